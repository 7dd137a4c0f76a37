"""recv_message raises EOFError at every end of stream, also the clean end between messages."""


# expect: fails a06_test_recv_message "clean end of stream"
# expect: score 8
# %% a06_solution_messages
def send_message(sock, payload):
    sock.sendall(struct.pack("!I", len(payload)) + payload)


def recv_exactly(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise EOFError("connection closed")  # the bug: also between messages
        data += chunk
    return data


def recv_message(sock):
    (length,) = struct.unpack("!I", recv_exactly(sock, 4))
    return recv_exactly(sock, length)


# %% a06_solution_json
def send_json(sock, obj):
    send_message(sock, json.dumps(obj, ensure_ascii=False).encode("utf-8"))


def recv_json(sock):
    payload = recv_message(sock)
    return None if payload is None else json.loads(payload.decode("utf-8"))
