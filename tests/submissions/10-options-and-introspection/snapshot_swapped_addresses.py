"""snapshot swaps the local and peer addresses."""


# expect: fails a10_test_snapshot_connected "local and peer swapped"
# %% a10_solution_snapshot
def snapshot(sock):
    try:
        local = sock.getpeername()
    except OSError:
        local = None
    tcp = sock.type == socket.SOCK_STREAM
    return {
        "family": sock.family,
        "type": sock.type,
        "fd": sock.fileno(),
        "timeout": sock.gettimeout(),
        "blocking": sock.getblocking(),
        "local": local,
        "peer": sock.getsockname(),
        "nodelay": bool(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)) if tcp else None,
        "keepalive": bool(sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)),
        "recv_buffer": sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF),
        "error": sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR),
    }
