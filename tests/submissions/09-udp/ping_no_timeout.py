"""The pinger never sets a timeout: a dropped datagram means waiting forever."""


# expect: fails a09_test_ping_loss "no timeout"
# expect: fails a09_test_stale_reply "no timeout"
# %% a09_solution_ping
def ping(sock, server_address, count, timeout):
    sock.settimeout(None)
    results = []
    for seq in range(1, count + 1):
        message = f"PING {seq}".encode()
        start = time.monotonic()
        sock.sendto(message, server_address)
        while True:
            data, _ = sock.recvfrom(65535)
            if data == message:
                break
        results.append((seq, time.monotonic() - start))
    return results
