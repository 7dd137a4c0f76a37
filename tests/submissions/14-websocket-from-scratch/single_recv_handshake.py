"""The opening handshake read with one recv(1024)."""


# expect: fails a14_test_server_handshake "single recv"
# %% a14_solution_server
def read_head(sock, limit=64 * 1024):
    """The opening handshake's bytes, up to and including the blank line."""
    return sock.recv(1024)  # the bug: one recv is not the whole head


def echo_connection(conn):
    """The handshake, then echo messages, answer pings and the close, on one connection."""
    response = handshake_response(read_head(conn))
    conn.sendall(response)
    if not response.startswith(b"HTTP/1.1 101 "):
        return
    opcode, fragments = None, []  # the message being received
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
            fragments.append(payload)
            if fin:  # the whole message: echo it once
                conn.sendall(encode_frame(opcode, b"".join(fragments)))
                opcode, fragments = None, []
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
