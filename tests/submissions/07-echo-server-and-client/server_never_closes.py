"""The server echoes but keeps every connection open: its clients never see the end of the echo."""


# expect: fails a07_test_server_echoes "never closed the connection"
# expect: score 10
# %% a07_solution_server
def echo_server(listener, stop):
    listener.settimeout(0.1)
    kept = []
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        kept.append(conn)  # the bug: closed only when the server stops
        try:
            while chunk := conn.recv(65536):
                conn.sendall(chunk)
        except OSError:
            pass
    for conn in kept:
        conn.close()


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
