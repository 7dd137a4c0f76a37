"""send_json counts characters, len(text), instead of the bytes of the UTF-8 payload."""


# expect: fails a06_test_send_json "counts characters"
# expect: score 18
# %% a06_solution_messages
def send_message(sock, payload):
    sock.sendall(struct.pack("!I", len(payload)) + payload)


def recv_exactly(sock, n, *, at_start=False):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            if at_start and not data:
                return None
            raise EOFError("stream ended mid-message")
        data += chunk
    return data


def recv_message(sock):
    header = recv_exactly(sock, 4, at_start=True)
    if header is None:
        return None
    return recv_exactly(sock, struct.unpack("!I", header)[0])


# %% a06_solution_json
def send_json(sock, obj):
    text = json.dumps(obj, ensure_ascii=False)
    sock.sendall(struct.pack("!I", len(text)) + text.encode("utf-8"))  # the bug: len(text)


def recv_json(sock):
    payload = recv_message(sock)
    return None if payload is None else json.loads(payload.decode("utf-8"))
