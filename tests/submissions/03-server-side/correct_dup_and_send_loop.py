"""Correct, written differently: a `with` block and dup(), a send() loop, keyword arguments."""


# expect: full
# %% a03_solution_make_listener
def make_listener(host="127.0.0.1", port=0, backlog=None):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
        sock.bind((host, port))
        sock.listen(*(() if backlog is None else (backlog,)))
        return sock.dup()  # the `with` closes the original descriptor either way


# %% a03_solution_serve_one
def serve_one(listener, greeting):
    conn, address = listener.accept()
    try:
        conn.settimeout(5)
        view = memoryview(greeting)
        while view:
            view = view[conn.send(view) :]
    finally:
        conn.close()
    return address


# %% a03_solution_restart
def restart(listener, backlog=None):
    host, port = listener.getsockname()
    listener.close()
    return make_listener(host=host, port=port, backlog=backlog)
