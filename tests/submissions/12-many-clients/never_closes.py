"""Finished connections are unregistered but never closed: their descriptors pile up (and a
client that closed its side never sees the end of the stream)."""


# expect: fails a12_test_fds_released "fds not released"
# expect: fails a12_test_echo "never closed"
# %% a12_solution
def selector_echo_server(listener, stop):
    listener.setblocking(False)
    outgoing, finished, everyone = {}, set(), []
    with selectors.DefaultSelector() as selector:
        selector.register(listener, selectors.EVENT_READ)
        try:
            while not stop.is_set():
                for key, mask in selector.select(timeout=0.1):
                    if key.fileobj is listener:
                        conn, _ = listener.accept()
                        conn.setblocking(False)
                        everyone.append(conn)
                        outgoing[conn] = bytearray()
                        selector.register(conn, selectors.EVENT_READ)
                        continue
                    conn = key.fileobj
                    try:
                        if mask & selectors.EVENT_READ:
                            data = conn.recv(65536)
                            if data:
                                outgoing[conn] += data
                            else:
                                finished.add(conn)
                        if mask & selectors.EVENT_WRITE and outgoing[conn]:
                            del outgoing[conn][: conn.send(outgoing[conn])]
                    except OSError:
                        finished.add(conn)
                        outgoing[conn].clear()
                    events = 0 if conn in finished else selectors.EVENT_READ
                    if outgoing[conn]:
                        events |= selectors.EVENT_WRITE
                    if events:
                        selector.modify(conn, events)
                    else:
                        selector.unregister(conn)  # ...and forgot conn.close()
        finally:
            for conn in everyone:  # closed only when the server stops
                conn.close()
