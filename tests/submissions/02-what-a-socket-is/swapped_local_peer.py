"""Local and peer swapped: getpeername() reported as this end, getsockname() as the other."""

# expect: fails a02_test_endpoint_connected "local and peer are swapped"


# %% a02_solution_endpoint_info
def endpoint_info(sock):
    kind = "tcp" if sock.type == socket.SOCK_STREAM else "udp"
    if sock.fileno() == -1:
        return {"kind": kind, "local": None, "peer": None, "fd": None}
    try:
        other = sock.getpeername()
    except OSError:
        other = None
    if other is None:
        return {"kind": kind, "local": sock.getsockname(), "peer": None, "fd": sock.fileno()}
    return {"kind": kind, "local": other, "peer": sock.getsockname(), "fd": sock.fileno()}
