"""Every helper waits forever."""

# expect: zero
# %% a05_solution_send_all
import threading


def send_all(sock, data):
    threading.Event().wait()


# %% a05_solution_recv_exactly
def recv_exactly(sock, n):
    threading.Event().wait()


# %% a05_solution_line_reader
class LineReader:
    def __init__(self, sock):
        threading.Event().wait()

    def read_until(self, delimiter=b"\n"):
        threading.Event().wait()
