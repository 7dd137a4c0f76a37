"""Correct, written differently: an unbuffered makefile('rb', buffering=0) and readinto."""


# expect: full
# %% a06_solution_messages
def send_message(sock, payload):
    with sock.makefile("wb") as out:
        out.write(struct.pack("!I", len(payload)))
        out.write(payload)


def read_exactly(stream, n):
    buffer = bytearray(n)
    view = memoryview(buffer)
    done = 0
    while done < n:
        got = stream.readinto(view[done:])
        if not got:
            return bytes(buffer[:done])
        done += got
    return bytes(buffer)


def recv_message(sock):
    # Unbuffered: a buffered reader would read ahead into the next message and lose it on close.
    with sock.makefile("rb", buffering=0) as stream:
        header = read_exactly(stream, 4)
        if not header:
            return None
        if len(header) < 4:
            raise EOFError("the stream ended inside a header")
        (length,) = struct.unpack("!I", header)
        payload = read_exactly(stream, length)
        if len(payload) < length:
            raise EOFError("the stream ended inside a payload")
        return payload


# %% a06_solution_json
def send_json(sock, obj):
    send_message(sock, json.dumps(obj, ensure_ascii=False).encode())


def recv_json(sock):
    payload = recv_message(sock)
    return None if payload is None else json.loads(payload.decode())
