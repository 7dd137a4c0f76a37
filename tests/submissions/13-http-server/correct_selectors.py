"""Correct, written differently: one thread, non-blocking sockets and selectors, a buffer per
connection, partial sends tracked by hand, Path.parents for the root check."""

# expect: full
# %% a13_solution
import selectors


class Connection:
    def __init__(self, sock):
        self.sock = sock
        self.incoming = bytearray()
        self.outgoing = b""
        self.need = None  # total bytes of head + body, once the head is known
        self.request = None


def parse_head(head):
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        return None
    headers = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            return None
        headers[name.lower()] = value.strip()
    return parts, headers


def answer(root, parts):
    method, target, _ = parts
    if method not in ("GET", "HEAD"):
        return 405, b"GET or HEAD only\n", "text/plain", ["Allow: GET, HEAD"], False
    head_only = method == "HEAD"
    path_text = urllib.parse.unquote(target.split("?")[0])
    if "\x00" in path_text:
        return 400, b"", "text/plain", [], head_only
    candidate = (root / path_text.lstrip("/")).resolve()
    if candidate != root and root not in candidate.parents:
        return 403, b"no\n", "text/plain", [], head_only
    if candidate.is_dir():
        candidate = candidate / "index.html"
    if not candidate.is_file():
        return 404, b"no such file\n", "text/plain", [], head_only
    kind = CONTENT_TYPES.get(candidate.suffix.lower(), "application/octet-stream")
    return 200, candidate.read_bytes(), kind, [], head_only


def encode(status, body, kind, extra, head_only):
    head = f"HTTP/1.1 {status} {REASONS[status]}\r\n"
    for line in [
        f"Content-Length: {len(body)}",
        f"Content-Type: {kind}",
        "Connection: close",
        *extra,
    ]:
        head += line + "\r\n"
    return (head + "\r\n").encode("ascii") + (b"" if head_only else body)


def progress(root, conn):
    """Look at what arrived; once the request is complete, prepare the response."""
    if conn.need is None:
        end = conn.incoming.find(b"\r\n\r\n")
        if end < 0:
            if len(conn.incoming) > 65536:
                conn.outgoing = encode(400, b"", "text/plain", [], False)
            return
        parsed = parse_head(bytes(conn.incoming[:end]))
        length = parsed and parsed[1].get("content-length", "0")
        if parsed is None or not (length.isascii() and length.isdigit()):
            conn.outgoing = encode(400, b"bad request\n", "text/plain", [], False)
            return
        conn.request = parsed[0]
        conn.need = end + 4 + int(length)
    if len(conn.incoming) >= conn.need:
        conn.outgoing = encode(*answer(root, conn.request))


def serve_static(listener, root, stop):
    selector = selectors.DefaultSelector()
    listener.setblocking(False)
    selector.register(listener, selectors.EVENT_READ)
    try:
        while not stop.is_set():
            for key, _ in selector.select(timeout=0.05):
                if key.fileobj is listener:
                    try:
                        sock, _ = listener.accept()
                    except BlockingIOError:
                        continue
                    sock.setblocking(False)
                    selector.register(sock, selectors.EVENT_READ, Connection(sock))
                    continue
                conn = key.data
                try:
                    if conn.outgoing:
                        sent = conn.sock.send(conn.outgoing)
                        conn.outgoing = conn.outgoing[sent:]
                        if not conn.outgoing:
                            raise ConnectionError("done")
                        continue
                    chunk = conn.sock.recv(65536)
                    if not chunk:
                        raise ConnectionError("the client left")
                    conn.incoming += chunk
                    progress(root, conn)
                    if conn.outgoing:
                        selector.modify(conn.sock, selectors.EVENT_WRITE, conn)
                except (OSError, ValueError):
                    selector.unregister(conn.sock)
                    conn.sock.close()
    finally:
        for key in list(selector.get_map().values()):
            if key.fileobj is not listener:
                key.fileobj.close()
        selector.close()
        listener.setblocking(True)
