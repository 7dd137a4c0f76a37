"""socket_mode takes a timeout of 0 for "no timeout": a non-blocking socket is called blocking."""


# expect: fails a08_test_socket_mode "0 was taken as 'no timeout'"
# expect: score 15
# %% a08_solution_mode
def socket_mode(sock):
    timeout = sock.gettimeout()
    if not timeout:  # the bug: 0.0 is falsy, like None
        return "blocking"
    return "timeout"


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
        sock.settimeout(previous)
