"""send_json leaves json.dumps's default ensure_ascii=True: non-ASCII characters become \\uXXXX."""


# expect: fails a06_test_send_json "ensure_ascii=False"
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
    send_message(sock, json.dumps(obj).encode("utf-8"))


def recv_json(sock):
    payload = recv_message(sock)
    return None if payload is None else json.loads(payload.decode("utf-8"))
