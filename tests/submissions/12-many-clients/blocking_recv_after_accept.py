"""After accept, the server waits (blocking) for the new client's first message."""


# expect: fails a12_test_silent_client "blocking call inside the loop"
# %% a12_solution
def selector_echo_server(listener, stop):
    listener.setblocking(False)
    pending = {}
    with selectors.DefaultSelector() as selector:
        selector.register(listener, selectors.EVENT_READ)
        try:
            while not stop.is_set():
                for key, mask in selector.select(timeout=0.1):
                    if key.fileobj is listener:
                        conn, _ = listener.accept()
                        first = conn.recv(65536)  # "every client says something first"
                        conn.setblocking(False)
                        pending[conn] = bytearray(first)
                        events = selectors.EVENT_READ | (selectors.EVENT_WRITE if first else 0)
                        selector.register(conn, events)
                        continue
                    conn = key.fileobj
                    try:
                        if mask & selectors.EVENT_READ:
                            data = conn.recv(65536)
                            if not data:
                                selector.unregister(conn)
                                conn.sendall(pending.pop(conn))
                                conn.close()
                                continue
                            pending[conn] += data
                        if mask & selectors.EVENT_WRITE and pending[conn]:
                            del pending[conn][: conn.send(pending[conn])]
                    except BlockingIOError:
                        pass
                    events = selectors.EVENT_READ
                    if pending[conn]:
                        events |= selectors.EVENT_WRITE
                    selector.modify(conn, events)
        finally:
            for conn in pending:
                conn.close()
