"""The pinger checks the sequence number, but gives up on the ping at the first wrong one."""


# expect: fails a09_test_stale_reply "keep waiting"
# expect: fails a09_test_duplicates_and_reordering "keep waiting"
# %% a09_solution_ping
def ping(sock, server_address, count, timeout):
    sock.settimeout(timeout)
    results = []
    for seq in range(1, count + 1):
        message = f"PING {seq}".encode()
        start = time.monotonic()
        sock.sendto(message, server_address)
        try:
            data, _ = sock.recvfrom(65535)
        except TimeoutError:
            data = None
        results.append((seq, time.monotonic() - start if data == message else None))
    return results
