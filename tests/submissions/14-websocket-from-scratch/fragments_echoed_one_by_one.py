"""Every data frame is echoed as a whole message of its own."""


# expect: fails a14_test_server_fragments "fragments echoed one by one"
# expect: fails a14_test_websockets_client "fragments echoed one by one"
# %% a14_solution_server
def read_head(sock, limit=64 * 1024):
    """The opening handshake's bytes, up to and including the blank line."""
    data = bytearray()
    while not data.endswith(b"\r\n\r\n"):
        chunk = sock.recv(1)  # byte by byte: nothing after the blank line is consumed
        if not chunk or len(data) > limit:
            raise ConnectionError("no complete handshake")
        data += chunk
    return bytes(data)


def echo_connection(conn):
    """The handshake, then echo messages, answer pings and the close, on one connection."""
    response = handshake_response(read_head(conn))
    conn.sendall(response)
    if not response.startswith(b"HTTP/1.1 101 "):
        return
    opcode = None  # the message being received
    try:
        while True:
            fin, frame_opcode, payload = read_frame(conn)
            if frame_opcode == CLOSE:
                conn.sendall(encode_frame(CLOSE, payload[:2]))  # echo its status code
                return
            if frame_opcode == PING:
                conn.sendall(encode_frame(PONG, payload))
                continue
            if frame_opcode == PONG:
                continue
            if frame_opcode not in (CONTINUATION, TEXT, BINARY):
                raise ProtocolError(1002, f"unknown opcode {frame_opcode:#x}")
            if (frame_opcode == CONTINUATION) != (opcode is not None):
                raise ProtocolError(1002, "continuation frame out of place")
            if opcode is None:
                opcode = frame_opcode
            conn.sendall(encode_frame(opcode, payload))  # the bug: no joining
            if fin:
                opcode = None
    except ProtocolError as error:
        reason = error.reason.encode()[:100]
        conn.sendall(encode_frame(CLOSE, struct.pack("!H", error.code) + reason))


def websocket_echo_server(listener, stop):
    """Accept WebSocket clients until `stop` is set, echoing every message of each."""
    listener.settimeout(0.1)  # wake up regularly to check `stop`
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        with conn:
            conn.settimeout(5)  # a silent client cannot hold the server forever
            try:
                echo_connection(conn)
            except OSError:
                pass  # this client went away: serve the next one
