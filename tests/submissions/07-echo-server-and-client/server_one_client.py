"""The server serves one client and returns: the next client finds nobody."""


# expect: fails a07_test_server_several_clients "returned before stop was set"
# expect: score 15
# %% a07_solution_server
def echo_server(listener, stop):
    listener.settimeout(0.1)
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        with conn:
            while chunk := conn.recv(65536):
                conn.sendall(chunk)
        return  # the bug: done after one client


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
