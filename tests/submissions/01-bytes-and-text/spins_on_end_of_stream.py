"""Never stops at end of stream: recv keeps returning b'' and the loop goes on."""


# expect: fails a01_test_read_text "recv returns b''"
# %% a01_solution_read_text
def read_text(sock):
    data = b""
    while not data.endswith(b"\n\n"):  # waits for a terminator the peer never sends
        data += sock.recv(4096)
    return data.decode("utf-8")
