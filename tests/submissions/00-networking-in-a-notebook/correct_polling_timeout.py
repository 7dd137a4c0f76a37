"""Correct, written differently: the accept loop polls a stop flag through a short timeout."""


# expect: full
# %% a00_solution
@contextmanager
def background_server(handler):
    stop = threading.Event()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.settimeout(0.05)

        def loop():
            while not stop.is_set():
                try:
                    conn, _ = listener.accept()
                except TimeoutError:
                    continue
                conn.settimeout(5)
                with conn:
                    try:
                        handler(conn)
                    except Exception:
                        continue

        worker = threading.Thread(target=loop)
        worker.start()
        try:
            yield listener.getsockname()[1]
        finally:
            stop.set()
            worker.join()
