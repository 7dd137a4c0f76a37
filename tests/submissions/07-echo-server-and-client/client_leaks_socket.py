"""The client never closes its socket."""


# expect: fails a07_test_client_echo "never closed"
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
_keep = []


def echo_client(address, payload):
    sock = socket.create_connection(address, timeout=5)
    _keep.append(sock)  # the bug: never closed
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
