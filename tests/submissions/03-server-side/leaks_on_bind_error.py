"""No cleanup: when bind raises, the new socket is never closed."""


# expect: fails a03_test_no_leaks "never closed"
# %% a03_solution_make_listener
def make_listener(host="127.0.0.1", port=0, backlog=None):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    if backlog is None:
        sock.listen()
    else:
        sock.listen(backlog)
    return sock
