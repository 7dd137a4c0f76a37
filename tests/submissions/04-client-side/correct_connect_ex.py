"""Correct, written differently: connect_ex and errno constants, try/finally, other errors raise."""

# expect: full
# %% a04_solution
import os


def probe(host, port, timeout):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        code = sock.connect_ex((host, port))
    finally:
        sock.close()
    if code == 0:
        return "open"
    if code == errno.ECONNREFUSED:
        return "refused"
    if code in (errno.EAGAIN, errno.EWOULDBLOCK, errno.ETIMEDOUT):
        return "timeout"
    raise OSError(code, os.strerror(code))
