"""The client takes one recv for the whole echo."""


# expect: fails a07_test_client_pieces "one recv is not the whole echo"
# expect: score 12
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
        sock.sendall(payload)
        sock.shutdown(socket.SHUT_WR)
        return sock.recv(1 << 20)  # the bug: one recv
