"""recv returning b'' is not checked: after the peer closes, the loop spins until the deadline."""


# expect: fails a08_test_end_of_stream "instead of EOFError"
# expect: score 16
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
            data += chunk
        return data
    finally:
        sock.settimeout(previous)
