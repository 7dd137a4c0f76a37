"""Correct, written differently: recv_into a preallocated buffer, header and payload sent apart."""

# expect: full
# %% a06_solution_messages
HEADER = struct.Struct(">I")


def send_message(sock, payload):
    sock.sendall(HEADER.pack(len(payload)))
    sock.sendall(payload)


def _fill(sock, buffer, clean_end_ok):
    view = memoryview(buffer)
    filled = 0
    while filled < len(buffer):
        count = sock.recv_into(view[filled:])
        if count == 0:
            if clean_end_ok and filled == 0:
                return False
            raise EOFError(f"truncated: {filled} of {len(buffer)} bytes")
        filled += count
    return True


def recv_message(sock):
    header = bytearray(HEADER.size)
    if not _fill(sock, header, clean_end_ok=True):
        return None
    payload = bytearray(HEADER.unpack(header)[0])
    _fill(sock, payload, clean_end_ok=False)
    return bytes(payload)


# %% a06_solution_json
def send_json(sock, obj):
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    send_message(sock, text.encode("utf-8"))


def recv_json(sock):
    payload = recv_message(sock)
    if payload is None:
        return None
    return json.loads(str(payload, "utf-8"))
