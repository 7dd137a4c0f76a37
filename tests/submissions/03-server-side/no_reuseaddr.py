"""SO_REUSEADDR never set."""


# expect: fails a03_test_listener "SO_REUSEADDR is not set"
# expect: fails a03_test_reuse_before_bind "SO_REUSEADDR is not set before bind"
# %% a03_solution_make_listener
def make_listener(host="127.0.0.1", port=0, backlog=None):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((host, port))
        sock.listen() if backlog is None else sock.listen(backlog)
    except BaseException:
        sock.close()
        raise
    return sock
