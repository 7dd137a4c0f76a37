"""Correct, written differently: options read as raw bytes and unpacked, ENOTCONN checked by errno,
nodelay None wherever TCP_NODELAY is not supported."""


# expect: full
# %% a10_solution_tune
def tune(sock, *, nodelay=True, keepalive=True, recv_buffer=None):
    settings = [
        (socket.IPPROTO_TCP, socket.TCP_NODELAY, int(bool(nodelay))),
        (socket.SOL_SOCKET, socket.SO_KEEPALIVE, int(bool(keepalive))),
    ]
    if recv_buffer is not None:
        settings.append((socket.SOL_SOCKET, socket.SO_RCVBUF, recv_buffer))
    for level, name, value in settings:
        sock.setsockopt(level, name, value)


# %% a10_solution_snapshot
import errno
import struct


def snapshot(sock):
    def flag(level, name):
        (value,) = struct.unpack("i", sock.getsockopt(level, name, 4))
        return value

    try:
        peer = sock.getpeername()
    except OSError as error:
        if error.errno != errno.ENOTCONN:
            raise
        peer = None
    try:
        nodelay = flag(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    except OSError:  # EOPNOTSUPP: not a TCP socket
        nodelay = None
    return dict(
        family=sock.family,
        type=sock.type,
        fd=sock.fileno(),
        timeout=sock.gettimeout(),
        blocking=sock.getblocking(),
        local=sock.getsockname(),
        peer=peer,
        nodelay=nodelay,
        keepalive=flag(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0,
        recv_buffer=flag(socket.SOL_SOCKET, socket.SO_RCVBUF),
        error=flag(socket.SOL_SOCKET, socket.SO_ERROR),
    )
