"""The length is the loop's only exit: after the peer closes, recv returns b'' forever."""


# expect: fails a05_test_recv_exactly_eof "spins on b''"
# %% a05_solution_recv_exactly
def recv_exactly(sock, n):
    data = b""
    while len(data) < n:
        data += sock.recv(n - len(data))
    return data
