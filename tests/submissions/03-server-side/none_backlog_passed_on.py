"""listen(backlog) even when backlog is None: TypeError."""


# expect: fails a03_test_listener "listen() with no argument"
# %% a03_solution_make_listener
def make_listener(host="127.0.0.1", port=0, backlog=None):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(backlog)
    except BaseException:
        sock.close()
        raise
    return sock
