"""One recv(n) taken as the whole message."""


# expect: fails a05_test_recv_exactly "one recv taken as the whole message"
# %% a05_solution_recv_exactly
def recv_exactly(sock, n):
    return sock.recv(n)
