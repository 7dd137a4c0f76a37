"""select() without a timeout: with no client active, the loop never gets to look at stop."""


# expect: fails a12_test_stops "does not look at `stop`"
# %% a12_solution
def selector_echo_server(listener, stop):
    listener.setblocking(False)
    outgoing, finished = {}, set()
    with selectors.DefaultSelector() as selector:
        selector.register(listener, selectors.EVENT_READ)
        try:
            while not stop.is_set():
                for key, mask in selector.select():
                    if key.fileobj is listener:
                        conn, _ = listener.accept()
                        conn.setblocking(False)
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
                        selector.unregister(conn)
                        conn.close()
                        del outgoing[conn]
        finally:
            for conn in outgoing:
                conn.close()
