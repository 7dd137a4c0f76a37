"""snapshot calls getpeername without handling a socket that is not connected."""


# expect: fails a10_test_snapshot_unconnected "crash on an unconnected socket"
# %% a10_solution_snapshot
def snapshot(sock):
    tcp = sock.type == socket.SOCK_STREAM
    return {
        "family": sock.family,
        "type": sock.type,
        "fd": sock.fileno(),
        "timeout": sock.gettimeout(),
        "blocking": sock.getblocking(),
        "local": sock.getsockname(),
        "peer": sock.getpeername(),
        "nodelay": bool(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)) if tcp else None,
        "keepalive": bool(sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)),
        "recv_buffer": sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF),
        "error": sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR),
    }
