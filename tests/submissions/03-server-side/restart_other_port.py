"""restart on port 0: it works, on another port."""


# expect: fails a03_test_restart "same host and port"
# %% a03_solution_restart
def restart(listener, backlog=None):
    host = listener.getsockname()[0]
    listener.close()
    return make_listener(host, 0, backlog)
