"""Correct, written differently (the Real Python guide's style): per-connection state in
key.data, the events recomputed and modified after every event, a PollSelector."""

# expect: full
# %% a12_solution
import types


def selector_echo_server(listener, stop):
    selector = selectors.PollSelector()
    listener.setblocking(False)
    selector.register(listener, selectors.EVENT_READ, data=None)

    def drop(key):
        selector.unregister(key.fileobj)
        key.fileobj.close()

    try:
        while not stop.is_set():
            for key, mask in selector.select(timeout=0.25):
                if key.data is None:
                    try:
                        conn, address = key.fileobj.accept()
                    except BlockingIOError:
                        continue
                    conn.setblocking(False)
                    state = types.SimpleNamespace(address=address, outb=b"", eof=False)
                    selector.register(conn, selectors.EVENT_READ, data=state)
                    continue
                conn, state = key.fileobj, key.data
                try:
                    if mask & selectors.EVENT_READ:
                        received = conn.recv(4096)
                        if received:
                            state.outb += received
                        else:
                            state.eof = True
                    if mask & selectors.EVENT_WRITE and state.outb:
                        state.outb = state.outb[conn.send(state.outb) :]
                except OSError:
                    drop(key)
                    continue
                wanted = (0 if state.eof else selectors.EVENT_READ) | (
                    selectors.EVENT_WRITE if state.outb else 0
                )
                if wanted:
                    selector.modify(conn, wanted, data=state)
                else:
                    drop(key)
    finally:
        for key in list(selector.get_map().values()):
            if key.data is not None:
                drop(key)
        selector.close()
