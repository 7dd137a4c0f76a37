"""Binds every interface ('') instead of loopback."""


# expect: fails a00_test_loopback_only "every interface"
# %% a00_solution
@contextmanager
def background_server(handler):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("", 0))
    listener.listen()
    port = listener.getsockname()[1]
    stopping = threading.Event()

    def serve():
        while True:
            conn, _ = listener.accept()
            with conn:
                if stopping.is_set():
                    return
                try:
                    handler(conn)
                except Exception:
                    pass

    thread = threading.Thread(target=serve)
    thread.start()
    try:
        yield port
    finally:
        stopping.set()
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
        thread.join(5)
        listener.close()
