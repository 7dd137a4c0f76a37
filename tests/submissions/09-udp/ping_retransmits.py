"""The pinger resends a ping once when it times out: one datagram per ping was asked for."""


# expect: fails a09_test_ping_loss "exactly one datagram per ping"
# %% a09_solution_ping
def ping(sock, server_address, count, timeout):
    results = []
    for seq in range(1, count + 1):
        message = f"PING {seq}".encode()
        rtt = None
        for _attempt in range(2):
            start = time.monotonic()
            sock.sendto(message, server_address)
            sock.settimeout(timeout / 2)
            try:
                while sock.recvfrom(65535)[0] != message:
                    pass
                rtt = time.monotonic() - start
                break
            except TimeoutError:
                continue
        results.append((seq, rtt))
    return results
