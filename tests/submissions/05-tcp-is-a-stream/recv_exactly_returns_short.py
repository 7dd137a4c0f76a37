"""Stops at the end of the stream, and returns the truncated data as if it were complete."""


# expect: fails a05_test_recv_exactly_eof "truncated message"
# %% a05_solution_recv_exactly
def recv_exactly(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            break
        data += chunk
    return data
