"""tune sets TCP_NODELAY at SOL_SOCKET, where 1 is SO_DEBUG (set silently as root, else refused)."""


# expect: fails a10_test_tune "wrong level"
# expect: fails a10_test_tune_off "wrong level"
# %% a10_solution_tune
def tune(sock, *, nodelay=True, keepalive=True, recv_buffer=None):
    sock.setsockopt(socket.SOL_SOCKET, socket.TCP_NODELAY, 1 if nodelay else 0)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1 if keepalive else 0)
    if recv_buffer is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, recv_buffer)
