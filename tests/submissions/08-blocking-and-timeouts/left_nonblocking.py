"""Non-blocking receive with select, and the socket is never put back in its old mode."""


# expect: fails a08_test_restores_after_success "left non-blocking"
# expect: score 4
# %% a08_solution_mode
def socket_mode(sock):
    timeout = sock.gettimeout()
    if timeout is None:
        return "blocking"
    return "non-blocking" if timeout == 0 else "timeout"


# %% a08_solution_recv
import select


def recv_exactly_by(sock, n, deadline_seconds):
    sock.setblocking(False)  # the bug: never undone
    deadline = time.monotonic() + deadline_seconds
    data = b""
    while len(data) < n:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("deadline passed")
        readable, _, _ = select.select([sock], [], [], left)
        if not readable:
            raise TimeoutError("deadline passed")
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise EOFError("peer closed")
        data += chunk
    return data
