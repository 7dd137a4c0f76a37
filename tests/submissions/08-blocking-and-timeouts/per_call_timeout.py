"""The deadline is set once as the socket's timeout: it limits each recv, not the whole call."""


# expect: fails a08_test_overall_deadline "per-call timeout instead of an overall deadline"
# expect: score 14
# %% a08_solution_mode
def socket_mode(sock):
    timeout = sock.gettimeout()
    if timeout is None:
        return "blocking"
    return "non-blocking" if timeout == 0 else "timeout"


# %% a08_solution_recv
def recv_exactly_by(sock, n, deadline_seconds):
    previous = sock.gettimeout()
    sock.settimeout(deadline_seconds)  # the bug: a fresh deadline_seconds for every recv
    data = b""
    try:
        while len(data) < n:
            chunk = sock.recv(n - len(data))
            if not chunk:
                raise EOFError("peer closed")
            data += chunk
        return data
    finally:
        sock.settimeout(previous)
