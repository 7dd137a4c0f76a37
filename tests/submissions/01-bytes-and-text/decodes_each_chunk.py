"""Each chunk is decoded on its own: a character cut in half raises UnicodeDecodeError."""


# expect: fails a01_test_read_text_split_characters "decoded on its own"
# %% a01_solution_read_text
def read_text(sock):
    text = ""
    while True:
        chunk = sock.recv(4096)
        if not chunk:
            return text
        text += chunk.decode("utf-8")
