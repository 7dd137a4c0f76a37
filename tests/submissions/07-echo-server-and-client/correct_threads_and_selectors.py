"""Correct, written differently: a thread per client (joined on stop); a selectors client."""


# expect: full
# %% a07_solution_server
def _serve_one(conn):
    with conn:
        try:
            while True:
                data = conn.recv(4096)
                if not data:
                    break
                conn.sendall(data)
        except ConnectionError:
            pass  # the client left early: its problem only


def echo_server(listener, stop):
    workers = []
    listener.settimeout(0.05)
    try:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            worker = threading.Thread(target=_serve_one, args=(conn,), daemon=True)
            worker.start()
            workers.append(worker)
    finally:
        for worker in workers:
            worker.join(2)


# %% a07_solution_client
import selectors


def echo_client(address, payload):
    sock = socket.create_connection(address, timeout=5)
    sock.setblocking(False)
    view = memoryview(payload)
    echoed = bytearray()
    with sock, selectors.DefaultSelector() as selector:
        selector.register(sock, selectors.EVENT_READ | selectors.EVENT_WRITE)
        if not view:
            sock.shutdown(socket.SHUT_WR)
            selector.modify(sock, selectors.EVENT_READ)
        while True:
            events = selector.select(timeout=5)
            if not events:
                raise TimeoutError("the echo server went silent")
            for _, mask in events:
                if mask & selectors.EVENT_WRITE and view:
                    view = view[sock.send(view[:65536]) :]
                    if not view:
                        sock.shutdown(socket.SHUT_WR)
                        selector.modify(sock, selectors.EVENT_READ)
                if mask & selectors.EVENT_READ:
                    chunk = sock.recv(65536)
                    if not chunk:
                        return bytes(echoed)
                    echoed += chunk
