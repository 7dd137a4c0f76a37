"""Nothing catches the error a departing client causes: one reset stops the whole server."""


# expect: fails a07_test_server_client_resets "crashed when a client left early"
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
            while chunk := conn.recv(65536):  # the bug: ConnectionResetError ends the server
                conn.sendall(chunk)


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
