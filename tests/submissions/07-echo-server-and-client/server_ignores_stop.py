"""The server checks stop only after accept returns: with no further client it waits for ever."""


# expect: fails a07_test_server_stops "did not return after stop was set"
# expect: score 8
# %% a07_solution_server
def echo_server(listener, stop):
    listener.settimeout(None)
    while not stop.is_set():
        conn, _ = listener.accept()  # the bug: blocks until a client comes, stop or not
        with conn:
            try:
                while chunk := conn.recv(65536):
                    conn.sendall(chunk)
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
