"""A new makefile() per call: its buffer reads ahead, and the surplus is lost with the file."""


# expect: fails a05_test_recv_exactly_chunks "read more than n bytes"
# %% a05_solution_recv_exactly
def recv_exactly(sock, n):
    with sock.makefile("rb") as stream:
        data = stream.read(n)
    if len(data) < n:
        raise EOFError("closed early")
    return data
