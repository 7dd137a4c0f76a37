"""tune insists on getting exactly the buffer size it asked for."""


# expect: fails a10_test_recv_buffer "exact buffer sizes assumed"
# %% a10_solution_tune
def tune(sock, *, nodelay=True, keepalive=True, recv_buffer=None):
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, int(nodelay))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, int(keepalive))
    if recv_buffer is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, recv_buffer)
        granted = sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
        if granted != recv_buffer:
            raise ValueError(f"asked for {recv_buffer} bytes, got {granted}")
