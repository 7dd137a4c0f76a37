"""The old timeout is restored only when the call returns: after TimeoutError it stays changed."""


# expect: fails a08_test_restores_after_timeout "finally"
# expect: score 9
# %% a08_solution_mode
def socket_mode(sock):
    timeout = sock.gettimeout()
    if timeout is None:
        return "blocking"
    return "non-blocking" if timeout == 0 else "timeout"


# %% a08_solution_recv
def recv_exactly_by(sock, n, deadline_seconds):
    previous = sock.gettimeout()
    deadline = time.monotonic() + deadline_seconds
    data = b""
    while len(data) < n:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("deadline passed")
        sock.settimeout(left)
        chunk = sock.recv(n - len(data))  # TimeoutError here skips the restore below
        if not chunk:
            raise EOFError("peer closed")
        data += chunk
    sock.settimeout(previous)
    return data
