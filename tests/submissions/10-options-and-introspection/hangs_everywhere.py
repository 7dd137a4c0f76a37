"""Every call hangs."""

# expect: zero
# expect: fails a10_test_tune "did not return within"
# expect: fails a10_test_snapshot_connected "did not return within"
# %% a10_solution_tune
import threading


def tune(sock, *, nodelay=True, keepalive=True, recv_buffer=None):
    threading.Event().wait()


# %% a10_solution_snapshot
def snapshot(sock):
    threading.Event().wait()
