"""Uses `with sock:`, which closes the caller's socket on the way out."""

# expect: fails a02_test_endpoint_connected "leave the socket as it found it"


# %% a02_solution_endpoint_info
def endpoint_info(sock):
    kind = "tcp" if sock.type == socket.SOCK_STREAM else "udp"
    if sock.fileno() == -1:
        return {"kind": kind, "local": None, "peer": None, "fd": None}
    with sock:
        try:
            peer = sock.getpeername()
        except OSError:
            peer = None
        return {"kind": kind, "local": sock.getsockname(), "peer": peer, "fd": sock.fileno()}
