"""tune sets an option only when its flag is true: tune(nodelay=False) leaves it on."""


# expect: fails a10_test_tune_off "switch the option off"
# %% a10_solution_tune
def tune(sock, *, nodelay=True, keepalive=True, recv_buffer=None):
    if nodelay:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    if keepalive:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    if recv_buffer:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, recv_buffer)
