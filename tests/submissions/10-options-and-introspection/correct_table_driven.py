"""Correct, written differently: a table of options, getattr, and contextlib.suppress."""


# expect: full
# %% a10_solution_tune
def tune(sock, *, nodelay=True, keepalive=True, recv_buffer=None):
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, nodelay)  # a bool is an int
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, keepalive)
    if recv_buffer is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, recv_buffer)
        granted = sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
        print(f"asked for {recv_buffer} bytes of receive buffer, got {granted}")


# %% a10_solution_snapshot
import contextlib

READERS = {
    "family": lambda s: s.family,
    "type": lambda s: s.type,
    "fd": lambda s: s.fileno(),
    "timeout": lambda s: s.gettimeout(),
    "blocking": lambda s: s.getblocking(),
    "local": lambda s: s.getsockname(),
}


def snapshot(sock):
    report = {key: read(sock) for key, read in READERS.items()}
    report["peer"] = None
    with contextlib.suppress(OSError):
        report["peer"] = sock.getpeername()
    tcp = sock.type == socket.SOCK_STREAM
    report["nodelay"] = (
        sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1 if tcp else None
    )
    report["keepalive"] = sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
    report["recv_buffer"] = sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
    report["error"] = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    return report
