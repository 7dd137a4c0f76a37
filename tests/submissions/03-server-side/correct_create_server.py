"""Correct, written differently: socket.create_server, makefile for the greeting."""


# expect: full
# %% a03_solution_make_listener
def make_listener(host="127.0.0.1", port=0, backlog=None):
    # create_server sets SO_REUSEADDR before bind on POSIX, and closes the socket on failure.
    return socket.create_server((host, port), backlog=backlog)


# %% a03_solution_serve_one
def serve_one(listener, greeting):
    conn, address = listener.accept()
    conn.settimeout(5)
    with conn, conn.makefile("wb") as stream:
        stream.write(greeting)
    return address


# %% a03_solution_restart
def restart(listener, backlog=None):
    address = listener.getsockname()
    with listener:
        pass
    return make_listener(*address, backlog=backlog)
