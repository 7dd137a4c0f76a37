"""The header is read in a loop, the payload with one recv(n): only what has arrived comes back."""


# expect: fails a06_test_large_recv "only part of the payload"
# expect: fails a06_test_split_header "only part of the payload"
# expect: score 11
# %% a06_solution_messages
def send_message(sock, payload):
    sock.sendall(struct.pack("!I", len(payload)) + payload)


def recv_message(sock):
    header = b""
    while len(header) < 4:
        chunk = sock.recv(4 - len(header))
        if not chunk:
            if header:
                raise EOFError("stream ended in a header")
            return None
        header += chunk
    (length,) = struct.unpack("!I", header)
    if length == 0:
        return b""
    payload = sock.recv(length)  # the bug: up to length bytes, not length bytes
    if not payload:
        raise EOFError("stream ended mid-message")
    return payload


# %% a06_solution_json
def send_json(sock, obj):
    send_message(sock, json.dumps(obj, ensure_ascii=False).encode("utf-8"))


def recv_json(sock):
    payload = recv_message(sock)
    return None if payload is None else json.loads(payload.decode("utf-8"))
