"""The server checks stop, but only between receives that wait up to the socket's 5 s timeout."""


# expect: fails a09_test_stops "does not look at `stop`"
# %% a09_solution_server
def udp_echo_server(sock, stop):
    while not stop.is_set():
        try:
            data, address = sock.recvfrom(65535)
        except TimeoutError:
            continue
        sock.sendto(data, address)
