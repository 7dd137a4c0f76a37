"""A fixed port: the second server running at the same time cannot bind."""


# expect: fails a00_test_two_servers_at_once "hard-coded port"
# %% a00_solution
@contextmanager
def background_server(handler):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 50007))
    listener.listen()
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
        yield 50007
    finally:
        stopping.set()
        socket.create_connection(("127.0.0.1", 50007), timeout=5).close()
        thread.join(5)
        listener.close()
