"""The kind read from sock.proto (0 for sockets made with the defaults), not from sock.type."""

# expect: fails a02_test_endpoint_connected "sock.type"


# %% a02_solution_endpoint_info
def endpoint_info(sock):
    kind = "tcp" if sock.proto == socket.IPPROTO_TCP else "udp"
    if sock.fileno() == -1:
        return {"kind": kind, "local": None, "peer": None, "fd": None}
    try:
        peer = sock.getpeername()
    except OSError:
        peer = None
    return {"kind": kind, "local": sock.getsockname(), "peer": peer, "fd": sock.fileno()}
