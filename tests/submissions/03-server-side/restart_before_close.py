"""restart binds the new listener while the old one still listens."""


# expect: fails a03_test_restart "close the old listener first"
# %% a03_solution_restart
def restart(listener, backlog=None):
    host, port = listener.getsockname()
    new = make_listener(host, port, backlog)
    listener.close()
    return new
