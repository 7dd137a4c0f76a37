"""Correct, written differently: a text file over the socket decodes as it reads."""


# expect: full
# %% a01_solution_read_text
def read_text(sock):
    with sock.makefile("r", encoding="utf-8", newline="") as stream:
        return stream.read()
