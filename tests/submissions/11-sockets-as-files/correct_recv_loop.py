"""Correct, written differently: no makefile at all. A recv loop with a byte buffer, whole lines
decoded one at a time; the client decodes incrementally too."""


# expect: full
# %% a11_solution_serve_kv
def answer(line, store):
    parts = line.split(" ", 2)
    if parts[0] == "SET" and len(parts) == 3 and parts[1]:
        store[parts[1]] = parts[2]
        return "OK"
    if parts[0] == "GET" and len(parts) == 2 and parts[1]:
        value = store.get(parts[1])
        return "NOT FOUND" if value is None else "VALUE " + value
    if line == "QUIT":
        return "BYE"
    return "ERROR what?"


def serve_kv(conn, store):
    buffer = b""
    try:
        while True:
            data = conn.recv(4096)
            if not data:
                return
            buffer += data
            while b"\n" in buffer:
                raw, buffer = buffer.split(b"\n", 1)
                reply = answer(raw.decode("utf-8"), store)
                conn.sendall(reply.encode("utf-8") + b"\n")
                if reply == "BYE":
                    return
    finally:
        conn.close()


# %% a11_solution_get_many
def get_many(sock, keys):
    sock.sendall(b"".join(f"GET {key}\n".encode() for key in keys))
    buffer = b""
    values = {}
    for key in keys:
        while b"\n" not in buffer:
            data = sock.recv(1024)
            if not data:
                raise ConnectionError("closed")
            buffer += data
        line, buffer = buffer.split(b"\n", 1)
        text = line.decode("utf-8")
        if text == "NOT FOUND":
            values[key] = None
        elif text.startswith("VALUE "):
            values[key] = text[len("VALUE ") :]
        else:
            raise ValueError(text)
    return values
