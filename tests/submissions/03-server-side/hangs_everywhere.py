"""Every function waits forever."""

# expect: zero
# %% a03_solution_make_listener
import threading


def make_listener(host="127.0.0.1", port=0, backlog=None):
    threading.Event().wait()


# %% a03_solution_serve_one
def serve_one(listener, greeting):
    threading.Event().wait()


# %% a03_solution_restart
def restart(listener, backlog=None):
    threading.Event().wait()
