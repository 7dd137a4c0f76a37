"""Correct, written differently: one thread serving every client with selectors; a client that
sends from a thread while the caller's thread reads."""

# expect: full
# %% a07_solution_server
import selectors


def echo_server(listener, stop):
    listener.setblocking(False)
    pending = {}  # conn -> bytes received but not yet echoed
    with selectors.DefaultSelector() as selector:
        selector.register(listener, selectors.EVENT_READ)
        try:
            while not stop.is_set():
                for key, mask in selector.select(timeout=0.1):
                    sock = key.fileobj
                    if sock is listener:
                        try:
                            conn, _ = listener.accept()
                        except BlockingIOError:
                            continue
                        conn.setblocking(False)
                        pending[conn] = bytearray()
                        selector.register(conn, selectors.EVENT_READ)
                        continue
                    try:
                        if mask & selectors.EVENT_READ:
                            data = sock.recv(65536)
                            if not data:
                                if not pending[sock]:
                                    raise EOFError
                                selector.modify(sock, selectors.EVENT_WRITE, data="closing")
                            else:
                                pending[sock] += data
                                selector.modify(sock, selectors.EVENT_READ | selectors.EVENT_WRITE)
                        if mask & selectors.EVENT_WRITE and pending[sock]:
                            sent = sock.send(pending[sock])
                            del pending[sock][:sent]
                            if not pending[sock]:
                                if key.data == "closing":
                                    raise EOFError
                                selector.modify(sock, selectors.EVENT_READ)
                    except BlockingIOError:
                        pass
                    except (OSError, EOFError):
                        selector.unregister(sock)
                        del pending[sock]
                        sock.close()
        finally:
            for conn in pending:
                conn.close()


# %% a07_solution_client
def echo_client(address, payload):
    with socket.create_connection(address, timeout=5) as sock:
        failures = []

        def send_everything():
            try:
                sock.sendall(payload)
                sock.shutdown(socket.SHUT_WR)
            except OSError as error:
                failures.append(error)

        sender = threading.Thread(target=send_everything)
        sender.start()
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        finally:
            sender.join()
        if failures:
            raise failures[0]
        return b"".join(chunks)
