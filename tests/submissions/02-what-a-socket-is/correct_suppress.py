"""Correct, written differently: a lookup table, fileno() < 0, suppress(); lowercase letters."""

# expect: full
# %% a02_solution_quiz
q1 = "c"
q2 = "b"
q3 = dict(zip("abcdefgh", [False, True, True, False, False, True, False, True], strict=True))
q4 = "socket settimeout connect sendall".split()
q5 = " B "

# %% a02_solution_endpoint_info
import contextlib

KINDS = {socket.SOCK_STREAM: "tcp", socket.SOCK_DGRAM: "udp"}


def endpoint_info(sock):
    info = {"kind": KINDS[sock.type], "local": None, "peer": None, "fd": None}
    if sock.fileno() < 0:
        return info
    info["fd"] = sock.fileno()
    info["local"] = sock.getsockname()
    with contextlib.suppress(OSError):
        info["peer"] = sock.getpeername()
    return info
