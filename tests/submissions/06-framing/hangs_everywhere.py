"""Every function waits forever: every test must fail, within its budget."""

# expect: zero
# %% a06_solution_messages
import threading


def send_message(sock, payload):
    threading.Event().wait()


def recv_message(sock):
    threading.Event().wait()


# %% a06_solution_json
def send_json(sock, obj):
    threading.Event().wait()


def recv_json(sock):
    threading.Event().wait()
