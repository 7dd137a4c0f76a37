"""Text files are read as text and Content-Length is len(str): too small for non-ASCII text."""

# expect: fails a13_test_strict "len(str)"
# expect: fails a13_test_get "Content-Length"
# %% a13_solution
MAX_HEAD = 64 * 1024
MAX_BODY = 1024 * 1024


class BadRequest(Exception):
    """The client sent something that is not a valid HTTP/1.1 request: answer 400."""


def read_request(conn):
    """Read one whole request from `conn`: (method, target, headers, body).

    `headers` is a dict with lower-case names. Raises BadRequest for a malformed request, and
    ConnectionError if the client closes its side before the request is complete.
    """
    data = bytearray()
    while (end := data.find(b"\r\n\r\n")) < 0:  # as many recv calls as it takes
        if len(data) > MAX_HEAD:
            raise BadRequest("the head is too large")
        chunk = conn.recv(4096)
        if not chunk:
            raise ConnectionError("the client closed before the end of its request")
        data += chunk
    head, body = bytes(data[:end]), bytearray(data[end + 4 :])
    request_line, *header_lines = head.decode("iso-8859-1").split("\r\n")
    parts = request_line.split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise BadRequest(f"not a request line: {request_line!r}")
    headers = {}
    for line in header_lines:
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            raise BadRequest(f"not a header line: {line!r}")
        headers[name.lower()] = value.strip()
    length = headers.get("content-length", "0")
    if not (length.isascii() and length.isdigit()) or int(length) > MAX_BODY:
        raise BadRequest(f"bad Content-Length: {length!r}")
    while len(body) < int(length):  # the body too, even if nobody needs it
        chunk = conn.recv(min(65536, int(length) - len(body)))
        if not chunk:
            raise ConnectionError("the client closed in the middle of the body")
        body += chunk
    return parts[0], parts[1], headers, bytes(body)


def find_file(root, target):
    """The path inside `root` that `target` names, or None if it would lead outside `root`."""
    path = urllib.parse.unquote(target.partition("?")[0])
    candidate = (root / path.lstrip("/")).resolve()  # removes every .., follows every link
    if not candidate.is_relative_to(root):
        return None
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate


def make_response(
    status, body=b"", content_type="text/plain; charset=utf-8", *, head_only=False, extra=()
):
    """The bytes of a response: status line, headers, blank line and (unless head_only) body."""
    lines = [
        f"HTTP/1.1 {status} {REASONS[status]}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",  # bytes, not characters
        "Connection: close",
        *extra,
    ]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")
    return head if head_only else head + body


def respond(root, method, target):
    """The response to a well-formed request for `target` (bytes)."""
    if method not in ("GET", "HEAD"):
        return make_response(405, b"only GET and HEAD\n", extra=["Allow: GET, HEAD"])
    head_only = method == "HEAD"
    try:
        path = find_file(root, target)
    except ValueError:  # a NUL byte in the path
        return make_response(400, b"bad path\n", head_only=head_only)
    if path is None:
        return make_response(403, b"forbidden\n", head_only=head_only)
    if not path.is_file():
        return make_response(404, b"not found\n", head_only=head_only)
    content_type = CONTENT_TYPES.get(path.suffix, "application/octet-stream")
    if path.suffix in CONTENT_TYPES:
        text = path.read_text(encoding="utf-8")
        head = make_response(200, b"", content_type, head_only=True)
        head = head.replace(b"Content-Length: 0", f"Content-Length: {len(text)}".encode())
        return head if head_only else head + text.encode()
    return make_response(200, path.read_bytes(), content_type, head_only=head_only)


def serve_static(listener, root, stop):
    """Serve the files under `root` over HTTP/1.1, one request per connection, until `stop`."""
    listener.settimeout(0.1)  # wake up regularly to check `stop`
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        with conn:
            conn.settimeout(5)  # a silent client cannot hold the server forever
            try:
                try:
                    method, target, _, _ = read_request(conn)
                except BadRequest as error:
                    conn.sendall(make_response(400, f"{error}\n".encode()))
                    continue
                conn.sendall(respond(root, method, target))
            except OSError:
                pass  # this client closed, reset or went silent: serve the next one
