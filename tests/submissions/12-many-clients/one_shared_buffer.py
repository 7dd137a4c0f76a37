"""One output buffer for everybody: whichever socket is writable gets whatever is pending."""


# expect: fails a12_test_non_reading_client "its own output buffer"
# %% a12_solution
def selector_echo_server(listener, stop):
    listener.setblocking(False)
    pending = bytearray()
    clients = set()
    with selectors.DefaultSelector() as selector:
        selector.register(listener, selectors.EVENT_READ)
        try:
            while not stop.is_set():
                for key, mask in selector.select(timeout=0.1):
                    if key.fileobj is listener:
                        conn, _ = listener.accept()
                        conn.setblocking(False)
                        clients.add(conn)
                        selector.register(conn, selectors.EVENT_READ)
                        continue
                    conn = key.fileobj
                    if conn not in clients:
                        continue
                    try:
                        if mask & selectors.EVENT_READ:
                            data = conn.recv(65536)
                            if not data:
                                selector.unregister(conn)
                                clients.discard(conn)
                                conn.close()
                                continue
                            pending.extend(data)
                        if mask & selectors.EVENT_WRITE and pending:
                            del pending[: conn.send(pending)]
                    except OSError:
                        selector.unregister(conn)
                        clients.discard(conn)
                        conn.close()
                        continue
                    events = selectors.EVENT_READ | (selectors.EVENT_WRITE if pending else 0)
                    for other in clients:
                        selector.modify(other, events)
        finally:
            for conn in clients:
                conn.close()
