"""One recv taken for the whole text."""


# expect: fails a01_test_read_text "one recv returns whatever has come so far"
# expect: fails a01_test_read_text_split_characters "read_text"
# %% a01_solution_read_text
def read_text(sock):
    return sock.recv(65536).decode("utf-8", errors="replace")
