"""Correct, written differently: recvmsg in the server, replies collected in a dict by number."""


# expect: full
# %% a09_solution_server
def udp_echo_server(sock, stop):
    sock.settimeout(0.2)
    while True:
        if stop.is_set():
            return
        try:
            data, _, flags, address = sock.recvmsg(65536)
        except TimeoutError:
            continue
        if flags & socket.MSG_TRUNC:
            continue  # cannot happen with a 65536-byte buffer
        sock.sendto(data, address)


# %% a09_solution_ping
def ping(sock, server_address, count, timeout):
    rtts = {}
    for seq in range(1, count + 1):
        sent = time.monotonic()
        sock.sendto(f"PING {seq}".encode(), server_address)
        while seq not in rtts:
            remaining = sent + timeout - time.monotonic()
            if remaining <= 0:
                break
            sock.settimeout(remaining)
            try:
                reply, source = sock.recvfrom(4096)
            except socket.timeout:
                break
            try:
                number = int(reply.decode().split()[1])
            except (UnicodeDecodeError, IndexError, ValueError):
                continue
            if number == seq:
                rtts[seq] = time.monotonic() - sent
    return [(seq, rtts.get(seq)) for seq in range(1, count + 1)]
