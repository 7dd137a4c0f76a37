"""The pinger sets a timeout but lets TimeoutError escape: a lost datagram crashes it."""


# expect: fails a09_test_ping_loss "catch TimeoutError"
# %% a09_solution_ping
def ping(sock, server_address, count, timeout):
    sock.settimeout(timeout)
    results = []
    for seq in range(1, count + 1):
        message = f"PING {seq}".encode()
        start = time.monotonic()
        sock.sendto(message, server_address)
        while sock.recvfrom(65535)[0] != message:
            pass
        results.append((seq, time.monotonic() - start))
    return results
