"""The server only echoes non-empty datagrams."""


# expect: fails a09_test_empty_datagram "b'' skipped"
# %% a09_solution_server
def udp_echo_server(sock, stop):
    sock.settimeout(0.1)
    while not stop.is_set():
        try:
            data, address = sock.recvfrom(65535)
        except TimeoutError:
            continue
        if data:
            sock.sendto(data, address)
