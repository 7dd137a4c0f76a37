"""Addresses guarded, but fileno() reported as is: -1 for a closed socket."""

# expect: fails a02_test_endpoint_closed "report None, not -1"


# %% a02_solution_endpoint_info
def endpoint_info(sock):
    kind = "tcp" if sock.type == socket.SOCK_STREAM else "udp"
    try:
        local = sock.getsockname()
    except OSError:
        local = None
    try:
        peer = sock.getpeername()
    except OSError:
        peer = None
    return {"kind": kind, "local": local, "peer": peer, "fd": sock.fileno()}
