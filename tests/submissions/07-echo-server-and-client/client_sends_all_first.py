"""The classic client sends the whole payload before reading: with 8 MB, a deadlock."""


# expect: fails a07_test_client_large "deadlock"
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
                while chunk := conn.recv(65536):
                    conn.sendall(chunk)
            except OSError:
                pass


# %% a07_solution_client
def echo_client(address, payload):
    with socket.create_connection(address, timeout=5) as sock:
        sock.sendall(payload)  # the bug: nothing reads the echo meanwhile
        sock.shutdown(socket.SHUT_WR)
        received = []
        while chunk := sock.recv(65536):
            received.append(chunk)
        return b"".join(received)
