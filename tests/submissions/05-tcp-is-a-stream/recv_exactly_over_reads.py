"""recv(4096) whatever n is, and the surplus cut off: the next message loses its start."""


# expect: fails a05_test_recv_exactly_chunks "read more than n bytes"
# %% a05_solution_recv_exactly
def recv_exactly(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(4096)
        if not chunk:
            raise EOFError("closed early")
        data += chunk
    return data[:n]
