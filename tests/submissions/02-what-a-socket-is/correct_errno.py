"""Correct, written differently: EAFP on getsockname, ENOTCONN checked by its errno."""

# expect: full

# %% a02_solution_endpoint_info
import errno


def endpoint_info(sock):
    kind = "udp" if sock.type is socket.SocketKind.SOCK_DGRAM else "tcp"
    try:
        local = sock.getsockname()
    except OSError:  # closed
        return dict(kind=kind, local=None, peer=None, fd=None)
    try:
        peer = sock.getpeername()
    except OSError as error:
        if error.errno != errno.ENOTCONN:
            raise
        peer = None
    return dict(kind=kind, local=local, peer=peer, fd=sock.fileno())
