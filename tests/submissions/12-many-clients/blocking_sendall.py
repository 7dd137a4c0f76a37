"""Accepted sockets stay blocking, and the echo goes out with sendall right after recv."""


# expect: fails a12_test_non_reading_client "blocking send"
# %% a12_solution
def selector_echo_server(listener, stop):
    listener.setblocking(False)
    clients = set()
    with selectors.DefaultSelector() as selector:
        selector.register(listener, selectors.EVENT_READ)
        try:
            while not stop.is_set():
                for key, _ in selector.select(timeout=0.1):
                    if key.fileobj is listener:
                        conn, _ = listener.accept()
                        clients.add(conn)
                        selector.register(conn, selectors.EVENT_READ)
                        continue
                    conn = key.fileobj
                    try:
                        data = conn.recv(65536)  # the selector said readable: fine
                        if data:
                            conn.sendall(data)  # ...but this waits for the client to read
                            continue
                    except OSError:
                        pass
                    selector.unregister(conn)
                    clients.discard(conn)
                    conn.close()
        finally:
            for conn in clients:
                conn.close()
