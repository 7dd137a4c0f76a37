"""Correct, written differently: a thread per connection, recv(1) until the blank line then
exactly Content-Length bytes, 404 (not 403) for escapes, and uppercase-insensitive headers."""


# expect: full
# %% a13_solution
class BadRequest(Exception):
    pass


def read_request(conn):
    head = b""
    while not head.endswith(b"\r\n\r\n"):
        byte = conn.recv(1)
        if not byte:
            raise ConnectionError("closed early")
        head += byte
        if len(head) > 65536:
            raise BadRequest("too long")
    first, *rest = head[:-4].decode("iso-8859-1").split("\r\n")
    parts = first.split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise BadRequest(first)
    headers = {}
    for line in rest:
        if ":" not in line or line[0] in " \t":
            raise BadRequest(line)
        name, value = line.split(":", 1)
        headers[name.strip().lower()] = value.strip()
    length = headers.get("content-length", "0")
    if not length.isdigit() or not length.isascii():
        raise BadRequest(length)
    remaining, body = int(length), []
    while remaining:
        chunk = conn.recv(min(remaining, 65536))
        if not chunk:
            raise ConnectionError("closed in the body")
        body.append(chunk)
        remaining -= len(chunk)
    return parts[0], parts[1], headers, b"".join(body)


def respond(root, method, target):
    def reply(status, body=b"", kind="text/plain; charset=utf-8", extra=""):
        head = (
            f"HTTP/1.1 {status} {REASONS[status]}\r\nConnection: close\r\n"
            f"Content-Type: {kind}\r\nContent-Length: {len(body)}\r\n{extra}\r\n"
        )
        return head.encode("ascii") + (b"" if method == "HEAD" else body)

    if method not in ("GET", "HEAD"):
        return reply(405, b"", extra="Allow: GET, HEAD\r\n")
    try:
        wanted = (root / urllib.parse.unquote(target.split("?")[0]).lstrip("/")).resolve()
    except ValueError:
        return reply(404)
    if not wanted.is_relative_to(root):
        return reply(404)  # do not even say it exists
    if wanted.is_dir():
        wanted /= "index.html"
    if not wanted.is_file():
        return reply(404, b"not here\n")
    kind = CONTENT_TYPES.get(wanted.suffix, "application/octet-stream")
    return reply(200, wanted.read_bytes(), kind)


def handle(conn, root):
    with conn:
        conn.settimeout(5)
        try:
            try:
                method, target, _, _ = read_request(conn)
            except BadRequest:
                conn.sendall(
                    b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                )
                return
            conn.sendall(respond(root, method, target))
        except OSError:
            pass


def serve_static(listener, root, stop):
    listener.settimeout(0.05)
    workers = []
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        worker = threading.Thread(target=handle, args=(conn, root))
        worker.start()
        workers.append(worker)
    for worker in workers:
        worker.join()
