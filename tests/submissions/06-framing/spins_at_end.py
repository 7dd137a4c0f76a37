"""The receive loops never check for b'': at the end of the stream they spin forever."""


# expect: fails a06_test_truncated "spins forever"
# expect: score 6
# %% a06_solution_messages
def send_message(sock, payload):
    sock.sendall(struct.pack("!I", len(payload)) + payload)


def recv_exactly(sock, n):
    data = b""
    while len(data) < n:
        data += sock.recv(n - len(data))  # the bug: b'' adds nothing, the loop goes on
    return data


def recv_message(sock):
    return recv_exactly(sock, struct.unpack("!I", recv_exactly(sock, 4))[0])


# %% a06_solution_json
def send_json(sock, obj):
    send_message(sock, json.dumps(obj, ensure_ascii=False).encode("utf-8"))


def recv_json(sock):
    payload = recv_message(sock)
    return None if payload is None else json.loads(payload.decode("utf-8"))
