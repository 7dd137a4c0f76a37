"""Every use hangs: the server never answers nor stops, the pinger waits forever."""


# expect: zero
# expect: fails a09_test_stops "did not return within"
# expect: fails a09_test_ping "did not return within"
# %% a09_solution_server
def udp_echo_server(sock, stop):
    sock.settimeout(None)
    while True:
        sock.recvfrom(65535)  # and never answers


# %% a09_solution_ping
def ping(sock, server_address, count, timeout):
    sock.settimeout(None)
    sock.recvfrom(65535)  # waits for a reply before sending anything
