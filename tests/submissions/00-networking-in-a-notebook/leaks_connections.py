"""Connections are never closed, and the listening socket is left open too."""


# expect: fails a00_test_no_leaks "never closed"
# %% a00_solution
@contextmanager
def background_server(handler):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.05)
    stopping = threading.Event()
    kept = []

    def serve():
        while not stopping.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            kept.append(conn)  # never closed
            try:
                handler(conn)
            except Exception:
                pass
            conn.shutdown(socket.SHUT_WR)

    thread = threading.Thread(target=serve)
    thread.start()
    yield listener.getsockname()[1]
    stopping.set()
    thread.join(5)
