"""The server waits in recvfrom with no timeout of its own: it never sees `stop`."""


# expect: fails a09_test_stops "does not look at `stop`"
# %% a09_solution_server
def udp_echo_server(sock, stop):
    while True:
        try:
            data, address = sock.recvfrom(65535)
        except TimeoutError:
            continue
        sock.sendto(data, address)
