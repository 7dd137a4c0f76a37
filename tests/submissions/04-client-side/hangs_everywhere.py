"""The probe waits forever, whatever the port."""

# expect: zero
# %% a04_solution
import threading


def probe(host, port, timeout):
    threading.Event().wait()
