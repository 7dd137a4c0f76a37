"""Correct, written differently: a non-blocking connect, select() for the deadline, SO_ERROR."""

# expect: full
# %% a04_solution
import select


def probe(host, port, timeout):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setblocking(False)
        code = sock.connect_ex((host, port))
        if code not in (0, errno.EINPROGRESS):
            return "refused" if code == errno.ECONNREFUSED else os_error(code)
        _, writable, _ = select.select([], [sock], [], timeout)
        if not writable:
            return "timeout"
        code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if code == 0:
            return "open"
        if code == errno.ECONNREFUSED:
            return "refused"
        return os_error(code)


def os_error(code):
    raise OSError(code, errno.errorcode.get(code, "error"))
