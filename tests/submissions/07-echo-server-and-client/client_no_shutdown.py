"""The client never shuts down its sending side: the server never sees the end, never closes."""


# expect: fails a07_test_client_echo "SHUT_WR"
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
    with socket.create_connection(address) as sock:
        sock.sendall(payload)  # the bug: no shutdown(SHUT_WR), then waits for the server to close
        received = []
        while chunk := sock.recv(65536):
            received.append(chunk)
        return b"".join(received)
