"""Correct, written differently: a send loop on send()'s count, int.to_bytes, a list of chunks."""


# expect: full
# %% a06_solution_messages
def send_message(sock, payload):
    data = memoryview(len(payload).to_bytes(4, "big") + payload)
    while data:
        sent = sock.send(data[:65536])
        data = data[sent:]


def recv_message(sock):
    chunks, have, need, header = [], 0, 4, None
    while True:
        if have == need:
            data = b"".join(chunks)
            if header is not None:
                return data
            header, chunks, have, need = data, [], 0, int.from_bytes(data, "big")
            continue
        chunk = sock.recv(min(need - have, 32768))
        if not chunk:
            if header is None and have == 0:
                return None
            raise EOFError("the peer closed the connection in the middle of a message")
        chunks.append(chunk)
        have += len(chunk)


# %% a06_solution_json
def send_json(sock, obj):
    send_message(sock, bytes(json.dumps(obj, ensure_ascii=False), "utf-8"))


def recv_json(sock):
    payload = recv_message(sock)
    return payload if payload is None else json.loads(payload)
