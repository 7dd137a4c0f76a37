"""Correct, written differently: a regular expression for the handshake, memoryview framing,
struct with explicit formats, and a thread per connection (joined before returning)."""

# expect: full
# %% a14_solution_handshake
import re

HEADER = re.compile(r"^([!-9;-~]+):[ \t]*(.*?)[ \t]*$")


def accept_key(key):
    sha = hashlib.sha1()
    sha.update(key.encode("ascii"))
    sha.update(GUID.encode("ascii"))
    return base64.standard_b64encode(sha.digest()).decode("ascii")


def bad_request():
    return (
        b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 12\r\n\r\nbad request\n"
    )


def handshake_response(request_head):
    lines = request_head.decode("latin-1").split("\r\n")
    if not re.fullmatch(r"GET \S+ HTTP/1\.1", lines[0]):
        return bad_request()
    headers = {}
    for line in lines[1:]:
        match = HEADER.match(line)
        if match:
            headers[match.group(1).lower()] = match.group(2)
    key = headers.get("sec-websocket-key", "")
    if not re.fullmatch(r"[A-Za-z0-9+/]{22}==", key):
        return bad_request()
    if headers.get("upgrade", "").lower() != "websocket":
        return bad_request()
    if not re.search(r"(^|,)\s*upgrade\s*(,|$)", headers.get("connection", ""), re.IGNORECASE):
        return bad_request()
    if headers.get("sec-websocket-version", "") != "13":
        return bad_request()
    return b"".join(
        [
            b"HTTP/1.1 101 Switching Protocols\r\n",
            b"Upgrade: websocket\r\n",
            b"Connection: Upgrade\r\n",
            b"Sec-WebSocket-Accept: " + accept_key(key).encode("ascii") + b"\r\n",
            b"\r\n",
        ]
    )


# %% a14_solution_frames
def encode_frame(opcode, payload, fin=True):
    b0 = opcode | (0b1000_0000 if fin else 0)
    if len(payload) > 65535:
        return struct.pack(">BBQ", b0, 127, len(payload)) + payload
    if len(payload) > 125:
        return struct.pack(">BBH", b0, 126, len(payload)) + payload
    return struct.pack(">BB", b0, len(payload)) + payload


def exactly(sock, n):
    parts, missing = [], n
    while missing:
        part = sock.recv(missing)
        if part == b"":
            raise ConnectionResetError("peer closed mid-frame")
        parts.append(part)
        missing -= len(part)
    return b"".join(parts)


def read_frame(sock):
    b0, b1 = struct.unpack(">BB", exactly(sock, 2))
    masked, n = b1 >> 7, b1 & 0x7F
    if n == 126:
        n = struct.unpack(">H", exactly(sock, 2))[0]
    elif n == 127:
        n = struct.unpack(">Q", exactly(sock, 8))[0]
    if not masked:
        raise ProtocolError(1002, "client frames must be masked")
    key = exactly(sock, 4)
    data = bytearray(exactly(sock, n))
    for i in range(len(data)):
        data[i] ^= key[i & 3]
    return bool(b0 >> 7), b0 & 0x0F, bytes(data)


# %% a14_solution_server
def serve_one(conn):
    head = b""
    while b"\r\n\r\n" not in head:
        piece = conn.recv(1)
        if not piece:
            return
        head += piece
    reply = handshake_response(head)
    conn.sendall(reply)
    if b" 101 " not in reply.split(b"\r\n")[0]:
        return
    message, kind = [], None
    while True:
        try:
            fin, opcode, payload = read_frame(conn)
        except ProtocolError as error:
            conn.sendall(encode_frame(CLOSE, struct.pack(">H", error.code) + b"protocol error"))
            return
        if opcode == PING:
            conn.sendall(encode_frame(PONG, payload))
        elif opcode == CLOSE:
            conn.sendall(encode_frame(CLOSE, payload[:2]))
            return
        elif opcode != PONG:
            kind = opcode if opcode else kind
            message.append(payload)
            if fin:
                conn.sendall(encode_frame(kind, b"".join(message)))
                message = []


def handle(conn):
    with conn:
        conn.settimeout(10)
        try:
            serve_one(conn)
        except OSError:
            pass


def websocket_echo_server(listener, stop):
    threads = []
    listener.settimeout(0.2)
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        threads.append(threading.Thread(target=handle, args=(conn,)))
        threads[-1].start()
    for thread in threads:
        thread.join()
