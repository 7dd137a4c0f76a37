"""Correct, written differently: the server waits in select; the pinger connects its UDP socket
and uses send/recv, with select for the deadline."""

# expect: full
# %% a09_solution_server
import select  # the ping cell uses it too: cells share one namespace


def udp_echo_server(sock, stop):
    buffer = bytearray(65535)
    while not stop.is_set():
        readable, _, _ = select.select([sock], [], [], 0.05)
        if not readable:
            continue
        size, address = sock.recvfrom_into(buffer)
        sock.sendto(buffer[:size], address)


# %% a09_solution_ping
def ping(sock, server_address, count, timeout):
    sock.connect(server_address)  # connected UDP: send/recv, and only the server's datagrams
    results = []
    for seq in range(1, count + 1):
        start = time.perf_counter()
        sock.send(b"PING %d %f" % (seq, start))
        rtt = None
        while rtt is None:
            left = start + timeout - time.perf_counter()
            if left <= 0 or not select.select([sock], [], [], left)[0]:
                break
            words = sock.recv(65535).split()
            if len(words) >= 2 and words[0] == b"PING" and int(words[1]) == seq:
                rtt = time.perf_counter() - start
        results.append((seq, rtt))
    return results
