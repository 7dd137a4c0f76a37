"""Every call hangs: the server never reads nor answers, the client waits before sending."""

# expect: zero
# expect: fails a11_test_replies "missing flush"
# expect: fails a11_test_get_many "did not return within"
# %% a11_solution_serve_kv
import threading


def serve_kv(conn, store):
    threading.Event().wait()


# %% a11_solution_get_many
def get_many(sock, keys):
    sock.settimeout(None)
    sock.recv(1)
