"""getpeername() called without a guard: a listening or unconnected socket raises OSError."""

# expect: fails a02_test_endpoint_unconnected "getpeername() raises OSError"


# %% a02_solution_endpoint_info
def endpoint_info(sock):
    kind = "tcp" if sock.type == socket.SOCK_STREAM else "udp"
    if sock.fileno() == -1:
        return {"kind": kind, "local": None, "peer": None, "fd": None}
    return {
        "kind": kind,
        "local": sock.getsockname(),
        "peer": sock.getpeername(),
        "fd": sock.fileno(),
    }
