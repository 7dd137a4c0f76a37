"""A daemon thread blocked in accept() and no way to wake it: it outlives the with block."""


# expect: fails a00_test_stops_cleanly "still running"
# expect: fails a00_test_no_leaks "still running"
# %% a00_solution
@contextmanager
def background_server(handler):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def serve():
        while True:
            conn, _ = listener.accept()
            with conn:
                try:
                    handler(conn)
                except Exception:
                    pass

    threading.Thread(target=serve, daemon=True).start()
    yield listener.getsockname()[1]
