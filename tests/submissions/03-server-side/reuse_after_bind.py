"""SO_REUSEADDR set after bind: the flag reads back as set, but bind has already failed."""


# expect: fails a03_test_reuse_before_bind "too late"
# expect: fails a03_test_restart "before bind"
# %% a03_solution_make_listener
def make_listener(host="127.0.0.1", port=0, backlog=None):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((host, port))
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
    except BaseException:
        sock.close()
        raise
    return sock
