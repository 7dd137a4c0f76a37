"""The server receives with recvfrom(1024): longer datagrams are silently truncated."""


# expect: fails a09_test_large_datagrams "truncated datagrams"
# %% a09_solution_server
def udp_echo_server(sock, stop):
    sock.settimeout(0.1)
    while not stop.is_set():
        try:
            data, address = sock.recvfrom(1024)
        except TimeoutError:
            continue
        sock.sendto(data, address)
