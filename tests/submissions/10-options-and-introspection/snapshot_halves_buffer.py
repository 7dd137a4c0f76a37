"""snapshot "corrects" the kernel's doubling and reports half of SO_RCVBUF."""


# expect: fails a10_test_recv_buffer "exact buffer sizes assumed"
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
        "blocking": sock.getblocking(),
        "local": sock.getsockname(),
        "peer": peer,
        "nodelay": bool(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)) if tcp else None,
        "keepalive": bool(sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)),
        "recv_buffer": sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) // 2,  # "the real size"
        "error": sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR),
    }
