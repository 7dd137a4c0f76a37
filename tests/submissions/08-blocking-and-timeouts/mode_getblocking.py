"""socket_mode trusts getblocking(), which is True for a socket in timeout mode too."""


# expect: fails a08_test_socket_mode "getblocking() is True"
# expect: score 14
# %% a08_solution_mode
def socket_mode(sock):
    if sock.getblocking():  # the bug: True for timeout mode as well
        return "blocking"
    if sock.gettimeout() == 0:
        return "non-blocking"
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
