"""recv_message reads 4096 bytes at a time and drops what follows the message: the next is lost."""


# expect: fails a06_test_recv_message "read past the end of the previous message"
# expect: score 6
# %% a06_solution_messages
def send_message(sock, payload):
    sock.sendall(struct.pack("!I", len(payload)) + payload)


def recv_message(sock):
    data = b""
    while len(data) < 4:
        chunk = sock.recv(4096)
        if not chunk:
            if data:
                raise EOFError("stream ended in a header")
            return None
        data += chunk
    (length,) = struct.unpack("!I", data[:4])
    while len(data) < 4 + length:
        chunk = sock.recv(4096)
        if not chunk:
            raise EOFError("stream ended mid-message")
        data += chunk
    return data[4 : 4 + length]  # the bug: bytes after the message are dropped


# %% a06_solution_json
def send_json(sock, obj):
    send_message(sock, json.dumps(obj, ensure_ascii=False).encode("utf-8"))


def recv_json(sock):
    payload = recv_message(sock)
    return None if payload is None else json.loads(payload.decode("utf-8"))
