"""Correct, written differently: headers parsed with http.client.parse_headers, frames read with
recv_into, masking with itertools.cycle, and one thread serving every client with selectors
(non-blocking sockets, a byte buffer and a parser per connection)."""

# expect: full
# %% a14_solution_handshake
import http.client
import io


def accept_key(key):
    return base64.b64encode(hashlib.sha1(key.encode() + GUID.encode()).digest()).decode()


def handshake_response(request_head):
    first_line, _, rest = request_head.partition(b"\r\n")
    headers = http.client.parse_headers(io.BytesIO(rest))  # case-insensitive names
    words = first_line.decode("latin-1").split()
    key = headers.get("Sec-WebSocket-Key", "")
    try:
        decoded = base64.b64decode(key, validate=True)
    except (binascii.Error, ValueError):
        decoded = b""
    tokens = [t.strip().lower() for t in headers.get("Connection", "").split(",")]
    if (
        len(words) == 3
        and words[0] == "GET"
        and words[2] == "HTTP/1.1"
        and headers.get("Upgrade", "").lower() == "websocket"
        and "upgrade" in tokens
        and headers.get("Sec-WebSocket-Version") == "13"
        and len(decoded) == 16
    ):
        return (
            "HTTP/1.1 101 Switching Protocols\r\n"
            f"Sec-WebSocket-Accept: {accept_key(key)}\r\n"
            "Connection: Upgrade\r\n"
            "Upgrade: websocket\r\n\r\n"
        ).encode()
    return b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


# %% a14_solution_frames
import itertools


def encode_frame(opcode, payload, fin=True):
    head = bytearray([(128 if fin else 0) + opcode])
    n = len(payload)
    if n < 126:
        head.append(n)
    elif n < 65536:
        head.append(126)
        head += n.to_bytes(2, "big")
    else:
        head.append(127)
        head += n.to_bytes(8, "big")
    return bytes(head) + payload


def recv_into_exactly(sock, n):
    buffer = bytearray(n)
    view = memoryview(buffer)
    got = 0
    while got < n:
        count = sock.recv_into(view[got:])
        if count == 0:
            raise ConnectionError("closed before the end of the frame")
        got += count
    return bytes(buffer)


def unmask(data, key):
    return bytes(b ^ k for b, k in zip(data, itertools.cycle(key)))


def parse_frame(data):
    """(frame, bytes used) from the start of `data`, or (None, 0) if incomplete."""
    if len(data) < 2:
        return None, 0
    n, at = data[1] & 127, 2
    if n >= 126:
        size = 2 if n == 126 else 8
        if len(data) < at + size:
            return None, 0
        n, at = int.from_bytes(data[at : at + size], "big"), at + size
    if not data[1] & 128:
        raise ProtocolError(1002, "unmasked client frame")
    if len(data) < at + 4 + n:
        return None, 0
    key = data[at : at + 4]
    return (data[0] >= 128, data[0] & 15, unmask(data[at + 4 : at + 4 + n], key)), at + 4 + n


def read_frame(sock):
    start = recv_into_exactly(sock, 2)
    n = start[1] & 127
    extra = recv_into_exactly(sock, {126: 2, 127: 8}.get(n, 0)) if n >= 126 else b""
    if not start[1] & 128:
        raise ProtocolError(1002, "unmasked client frame")
    size = int.from_bytes(extra, "big") if extra else n
    key = recv_into_exactly(sock, 4)
    return start[0] >= 128, start[0] & 15, unmask(recv_into_exactly(sock, size), key)


# %% a14_solution_server
import selectors


class Client:
    def __init__(self, sock):
        self.sock = sock
        self.inbox = bytearray()
        self.outbox = bytearray()
        self.open = False  # handshake done
        self.closing = False  # close once the outbox is empty
        self.message_opcode = None
        self.parts = []

    def handle(self):
        if not self.open:
            end = self.inbox.find(b"\r\n\r\n")
            if end < 0:
                return
            reply = handshake_response(bytes(self.inbox[: end + 4]))
            del self.inbox[: end + 4]
            self.outbox += reply
            self.open = reply.startswith(b"HTTP/1.1 101")
            self.closing = not self.open
        while self.open and not self.closing:
            try:
                frame, used = parse_frame(self.inbox)
            except ProtocolError as error:
                self.outbox += encode_frame(CLOSE, error.code.to_bytes(2, "big"))
                self.closing = True
                return
            if frame is None:
                return
            del self.inbox[:used]
            fin, opcode, payload = frame
            if opcode == CLOSE:
                self.outbox += encode_frame(CLOSE, payload[:2])
                self.closing = True
            elif opcode == PING:
                self.outbox += encode_frame(PONG, payload)
            elif opcode in (TEXT, BINARY, CONTINUATION):
                if opcode != CONTINUATION:
                    self.message_opcode = opcode
                self.parts.append(payload)
                if fin:
                    self.outbox += encode_frame(self.message_opcode, b"".join(self.parts))
                    self.parts = []


def websocket_echo_server(listener, stop):
    selector = selectors.DefaultSelector()
    listener.setblocking(False)
    selector.register(listener, selectors.EVENT_READ)
    clients = {}
    try:
        while not stop.is_set():
            for key, events in selector.select(0.05):
                if key.fileobj is listener:
                    try:
                        sock, _ = listener.accept()
                    except BlockingIOError:
                        continue
                    sock.setblocking(False)
                    clients[sock] = Client(sock)
                    selector.register(sock, selectors.EVENT_READ)
                    continue
                client = clients[key.fileobj]
                try:
                    if events & selectors.EVENT_READ:
                        data = client.sock.recv(65536)
                        if not data:
                            raise ConnectionError("gone")
                        client.inbox += data
                        client.handle()
                    if client.outbox:
                        sent = client.sock.send(client.outbox)
                        del client.outbox[:sent]
                    if client.closing and not client.outbox:
                        raise ConnectionError("done")
                    wanted = selectors.EVENT_READ | (selectors.EVENT_WRITE if client.outbox else 0)
                    selector.modify(client.sock, wanted)
                except (BlockingIOError, InterruptedError):
                    pass
                except OSError:
                    selector.unregister(client.sock)
                    client.sock.close()
                    del clients[client.sock]
    finally:
        for sock in clients:
            sock.close()
        selector.close()
