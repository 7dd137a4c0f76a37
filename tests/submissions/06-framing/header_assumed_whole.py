"""The header is read with a single recv(4): it breaks when the header itself arrives in pieces."""


# expect: fails a06_test_split_header "header was assumed to arrive whole"
# expect: score 11
# %% a06_solution_messages
def send_message(sock, payload):
    sock.sendall(struct.pack("!I", len(payload)) + payload)


def recv_message(sock):
    header = sock.recv(4)  # the bug: 4 bytes asked for, maybe fewer returned
    if not header:
        return None
    (length,) = struct.unpack("!I", header)
    payload = b""
    while len(payload) < length:
        chunk = sock.recv(length - len(payload))
        if not chunk:
            raise EOFError("stream ended mid-message")
        payload += chunk
    return payload


# %% a06_solution_json
def send_json(sock, obj):
    send_message(sock, json.dumps(obj, ensure_ascii=False).encode("utf-8"))


def recv_json(sock):
    payload = recv_message(sock)
    return None if payload is None else json.loads(payload.decode("utf-8"))
