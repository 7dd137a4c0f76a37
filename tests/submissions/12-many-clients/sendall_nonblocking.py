"""Non-blocking sockets, but the echo goes out with sendall: BlockingIOError when a client lags."""


# expect: fails a12_test_non_reading_client "BlockingIOError"
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
                        conn.setblocking(False)
                        clients.add(conn)
                        selector.register(conn, selectors.EVENT_READ)
                        continue
                    conn = key.fileobj
                    data = conn.recv(65536)
                    if data:
                        conn.sendall(data)
                    else:
                        selector.unregister(conn)
                        clients.discard(conn)
                        conn.close()
        finally:
            for conn in clients:
                conn.close()
