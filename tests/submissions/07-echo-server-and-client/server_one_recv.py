"""The server answers one recv and hangs up: a client that sends in pieces gets only the first."""


# expect: fails a07_test_server_pieces "answered one recv"
# expect: score 17
# %% a07_solution_server
def echo_server(listener, stop):
    listener.settimeout(0.1)
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        with conn:
            try:
                conn.sendall(conn.recv(1024))  # the bug: one recv taken for the whole message
            except OSError:
                pass


# %% a07_solution_client
def echo_client(address, payload):
    with socket.create_connection(address, timeout=5) as sock:
        received = []

        def reader():
            while chunk := sock.recv(65536):
                received.append(chunk)

        thread = threading.Thread(target=reader)
        thread.start()
        sock.sendall(payload)
        sock.shutdown(socket.SHUT_WR)
        thread.join()
        return b"".join(received)
