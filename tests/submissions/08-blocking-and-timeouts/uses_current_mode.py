"""recv_exactly_by relies on the socket's own mode: non-blocking sockets raise BlockingIOError."""


# expect: fails a08_test_restores_after_timeout "without a timeout"
# expect: score 15
# %% a08_solution_mode
def socket_mode(sock):
    timeout = sock.gettimeout()
    if timeout is None:
        return "blocking"
    return "non-blocking" if timeout == 0 else "timeout"


# %% a08_solution_recv
def recv_exactly_by(sock, n, deadline_seconds):
    deadline = time.monotonic() + deadline_seconds
    data = b""
    while len(data) < n:
        if time.monotonic() > deadline:
            raise TimeoutError("deadline passed")
        chunk = sock.recv(n - len(data))  # the bug: waits (or not) as the socket's mode says
        if not chunk:
            raise EOFError("peer closed")
        data += chunk
    return data
