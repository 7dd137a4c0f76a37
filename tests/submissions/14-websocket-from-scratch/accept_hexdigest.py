"""base64 of the hex digest instead of the raw 20-byte digest."""


# expect: fails a14_test_accept_key "hexdigest"
# %% a14_solution_handshake
def accept_key(key):
    """The Sec-WebSocket-Accept value (str) for the client's Sec-WebSocket-Key `key` (str)."""
    digest = hashlib.sha1((key + GUID).encode("ascii")).hexdigest().encode("ascii")
    return base64.b64encode(digest).decode("ascii")


def handshake_response(request_head):
    """The response (bytes) to an opening handshake's head: 101 if it is valid, else 400."""
    request_line, *lines = request_head.decode("iso-8859-1").split("\r\n")
    headers = {}
    for line in lines:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    try:
        key = headers.get("sec-websocket-key", "")
        key_ok = len(base64.b64decode(key, validate=True)) == 16
    except binascii.Error:
        key_ok = False
    connection = {token.strip().lower() for token in headers.get("connection", "").split(",")}
    valid = (
        request_line.startswith("GET ")
        and request_line.endswith(" HTTP/1.1")
        and headers.get("upgrade", "").lower() == "websocket"
        and "upgrade" in connection
        and headers.get("sec-websocket-version") == "13"
        and key_ok
    )
    if not valid:
        body = b"not a WebSocket opening handshake\n"
        return (
            b"HTTP/1.1 400 Bad Request\r\nSec-WebSocket-Version: 13\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n"
            b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body
        )
    lines = [
        "HTTP/1.1 101 Switching Protocols",
        "Upgrade: websocket",
        "Connection: Upgrade",
        f"Sec-WebSocket-Accept: {accept_key(key)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")
