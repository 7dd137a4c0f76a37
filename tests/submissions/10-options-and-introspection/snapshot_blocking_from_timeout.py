"""snapshot derives 'blocking' from the timeout: a socket with a timeout is called non-blocking."""


# expect: fails a10_test_timeout_modes "getblocking"
# %% a10_solution_snapshot
def snapshot(sock):
    try:
        peer = sock.getpeername()
    except OSError:
        peer = None
    tcp = sock.type == socket.SOCK_STREAM
    return {
        "family": sock.family,
        "type": sock.type,
        "fd": sock.fileno(),
        "timeout": sock.gettimeout(),
        "blocking": sock.gettimeout() is None,
        "local": sock.getsockname(),
        "peer": peer,
        "nodelay": bool(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)) if tcp else None,
        "keepalive": bool(sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)),
        "recv_buffer": sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF),
        "error": sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR),
    }
