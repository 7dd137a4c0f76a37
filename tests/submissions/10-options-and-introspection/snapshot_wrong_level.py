"""snapshot reads TCP_NODELAY at SOL_SOCKET, where option 1 is SO_DEBUG."""


# expect: fails a10_test_snapshot_nodelay "reads SO_DEBUG instead of TCP_NODELAY"
# %% a10_solution_snapshot
def snapshot(sock):
    try:
        peer = sock.getpeername()
    except OSError:
        peer = None
    nodelay = None
    if sock.type == socket.SOCK_STREAM:
        nodelay = bool(sock.getsockopt(socket.SOL_SOCKET, socket.TCP_NODELAY))
    return {
        "family": sock.family,
        "type": sock.type,
        "fd": sock.fileno(),
        "timeout": sock.gettimeout(),
        "blocking": sock.getblocking(),
        "local": sock.getsockname(),
        "peer": peer,
        "nodelay": nodelay,
        "keepalive": bool(sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)),
        "recv_buffer": sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF),
        "error": sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR),
    }
