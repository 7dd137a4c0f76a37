"""The server treats b'' as "the peer closed" (a TCP habit) and stops."""


# expect: fails a09_test_empty_datagram "b'' taken as a close"
# %% a09_solution_server
def udp_echo_server(sock, stop):
    sock.settimeout(0.1)
    while not stop.is_set():
        try:
            data, address = sock.recvfrom(65535)
        except TimeoutError:
            continue
        if not data:
            break  # "the client closed"
        sock.sendto(data, address)
