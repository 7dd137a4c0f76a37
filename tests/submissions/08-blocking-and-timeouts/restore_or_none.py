"""The old timeout is restored with settimeout(previous or None): 0 (non-blocking) becomes None."""


# expect: fails a08_test_restores_after_success "0 was taken as 'no timeout'"
# expect: fails a08_test_restores_after_timeout "0 was taken as 'no timeout'"
# expect: score 12
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
    try:
        while len(data) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("deadline passed")
            sock.settimeout(left)
            chunk = sock.recv(n - len(data))
            if not chunk:
                raise EOFError("peer closed")
            data += chunk
        return data
    finally:
        sock.settimeout(previous or None)  # the bug: 0.0 or None is None
