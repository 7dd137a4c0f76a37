"""Quiz answers from the classic misconceptions, one per topic; endpoint_info is right."""

# expect: fails a02_test_quiz_socket "a socket is not a protocol"
# expect: fails a02_test_quiz_websocket "WebSocket is not a socket"
# expect: fails a02_test_quiz_connection "settimeout comes before connect"
# expect: fails a02_test_quiz_bytes "a socket sends bytes, not str"
# %% a02_solution_quiz
q1 = "A"
q2 = "A"
q3 = {"a": True, "b": True, "c": True, "d": False, "e": True, "f": True, "g": True, "h": True}
q4 = ["socket", "connect", "settimeout", "sendall"]
q5 = "A"


# %% a02_solution_endpoint_info
def endpoint_info(sock):
    kind = "tcp" if sock.type == socket.SOCK_STREAM else "udp"
    if sock.fileno() == -1:
        return {"kind": kind, "local": None, "peer": None, "fd": None}
    try:
        peer = sock.getpeername()
    except OSError:
        peer = None
    return {"kind": kind, "local": sock.getsockname(), "peer": peer, "fd": sock.fileno()}
