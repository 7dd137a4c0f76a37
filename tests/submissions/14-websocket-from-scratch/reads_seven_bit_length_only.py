"""read_frame takes the 7-bit length as the length: 126 and 127 are not understood."""

# expect: fails a14_test_read_frame "7-bit length only"
# expect: fails a14_test_server_echo "7-bit length only"
# %% a14_solution_frames
MAX_SIZE = 1024 * 1024


def recv_exactly(sock, count):
    """Exactly `count` bytes from `sock`; ConnectionError if the peer closes first."""
    data = bytearray()
    while len(data) < count:
        chunk = sock.recv(min(65536, count - len(data)))
        if not chunk:
            raise ConnectionError("the peer closed the connection in the middle of a frame")
        data += chunk
    return bytes(data)


def apply_mask(data, mask_key):
    """`data` with byte i XORed with mask_key[i % 4] (masking and unmasking are the same)."""
    # All at once, as one big integer: fast even for a megabyte.
    repeated = (mask_key * (len(data) // 4 + 1))[: len(data)]
    mixed = int.from_bytes(data, "big") ^ int.from_bytes(repeated, "big")
    return mixed.to_bytes(len(data), "big")


def encode_frame(opcode, payload, fin=True):
    """One unmasked frame from the server: header (7-, 16- or 64-bit length), then `payload`."""
    first = (0x80 if fin else 0) | opcode
    length = len(payload)
    if length <= 125:
        header = struct.pack("!BB", first, length)
    elif length <= 0xFFFF:
        header = struct.pack("!BBH", first, 126, length)
    else:
        header = struct.pack("!BBQ", first, 127, length)
    return header + bytes(payload)


def read_frame(sock):
    """Read one masked frame from a client: (fin, opcode, unmasked payload)."""
    first, second = recv_exactly(sock, 2)
    length = second & 0x7F
    if not second & 0x80:
        raise ProtocolError(1002, "frames from a client must be masked")
    if length > MAX_SIZE:
        raise ProtocolError(1009, "frame too big")
    mask_key = recv_exactly(sock, 4)
    payload = apply_mask(recv_exactly(sock, length), mask_key)
    return bool(first & 0x80), first & 0x0F, payload
