"""Correct, written differently: recv_into a buffer, a selector with the time left, a mode table."""


# expect: full
# %% a08_solution_mode
def socket_mode(sock):
    timeout = sock.gettimeout()
    return {None: "blocking", 0.0: "non-blocking"}.get(timeout, "timeout")


# %% a08_solution_recv
import selectors


def recv_exactly_by(sock, n, deadline_seconds):
    old = sock.gettimeout()
    stop_at = time.perf_counter() + deadline_seconds
    buffer = bytearray(n)
    view = memoryview(buffer)
    got = 0
    try:
        sock.settimeout(0)
        with selectors.DefaultSelector() as selector:
            selector.register(sock, selectors.EVENT_READ)
            while got < n:
                remaining = stop_at - time.perf_counter()
                if remaining <= 0 or not selector.select(remaining):
                    raise TimeoutError("too slow")
                count = sock.recv_into(view[got:])
                if count == 0:
                    raise EOFError("closed early")
                got += count
        return bytes(buffer)
    finally:
        sock.settimeout(old)
