"""Correct, and it logs a warning and writes to stderr: logging must not cost marks."""

# expect: full
# %% a00_solution
import logging
import sys


@contextmanager
def background_server(handler):
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    stopping = threading.Event()
    logging.warning("starting a server")
    print("debug: server starting", file=sys.stderr)

    def serve():
        while True:
            conn, _ = listener.accept()
            with conn:
                if stopping.is_set():
                    return
                try:
                    handler(conn)
                except Exception as error:
                    logging.warning("handler failed: %s", error)

    thread = threading.Thread(target=serve)
    thread.start()
    try:
        yield port
    finally:
        stopping.set()
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
        thread.join(5)
        listener.close()
