"""Both functions wait forever: every test must fail, within its budget."""

# expect: zero
# %% a08_solution_mode
import threading


def socket_mode(sock):
    threading.Event().wait()


# %% a08_solution_recv
def recv_exactly_by(sock, n, deadline_seconds):
    threading.Event().wait()
