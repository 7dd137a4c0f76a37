"""Raises ConnectionError at the end of the stream instead of the EOFError asked for."""


# expect: fails a05_test_recv_exactly_eof "should raise EOFError"
# %% a05_solution_recv_exactly
def recv_exactly(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed early")
        data += chunk
    return data
