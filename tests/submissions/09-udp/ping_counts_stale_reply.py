"""The pinger takes whatever arrives next as the reply to the current ping."""


# expect: fails a09_test_stale_reply "stale reply counted"
# expect: fails a09_test_duplicates_and_reordering "stale reply counted"
# %% a09_solution_ping
def ping(sock, server_address, count, timeout):
    sock.settimeout(timeout)
    results = []
    for seq in range(1, count + 1):
        start = time.monotonic()
        sock.sendto(f"PING {seq}".encode(), server_address)
        try:
            sock.recvfrom(65535)  # any reply will do...
            results.append((seq, time.monotonic() - start))
        except TimeoutError:
            results.append((seq, None))
    return results
