"""Unconnected sockets handled, closed ones not: getsockname() on a closed socket raises EBADF."""

# expect: fails a02_test_endpoint_closed "check fileno() == -1 first"


# %% a02_solution_endpoint_info
def endpoint_info(sock):
    kind = "tcp" if sock.type == socket.SOCK_STREAM else "udp"
    local = sock.getsockname()
    try:
        peer = sock.getpeername()
    except OSError:
        peer = None
    fd = sock.fileno()
    return {"kind": kind, "local": local, "peer": peer, "fd": None if fd == -1 else fd}
