"""A do-while receive loop: for an empty message it calls recv(0), gets b'' and stops."""


# expect: fails a06_test_empty_message "empty message (length 0) was taken for the end"
# expect: score 18
# %% a06_solution_messages
def send_message(sock, payload):
    sock.sendall(struct.pack("!I", len(payload)) + payload)


def recv_exactly(sock, n):
    data = b""
    while True:
        chunk = sock.recv(n - len(data))  # recv(0) returns b'' at once
        if not chunk:
            raise EOFError("connection closed")
        data += chunk
        if len(data) == n:
            return data


def recv_message(sock):
    first = sock.recv(1)
    if not first:
        return None
    header = first + recv_exactly(sock, 3)
    return recv_exactly(sock, struct.unpack("!I", header)[0])


# %% a06_solution_json
def send_json(sock, obj):
    send_message(sock, json.dumps(obj, ensure_ascii=False).encode("utf-8"))


def recv_json(sock):
    payload = recv_message(sock)
    return None if payload is None else json.loads(payload.decode("utf-8"))
