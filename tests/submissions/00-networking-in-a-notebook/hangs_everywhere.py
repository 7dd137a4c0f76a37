"""Every use hangs: graded promptly, every test reported as a hang, zero."""


# expect: zero
# expect: fails a00_test_serves_a_client "did not return within"
# expect: fails a00_test_stops_cleanly "did not return within"
# %% a00_solution
@contextmanager
def background_server(handler):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    with listener:
        conn, _ = listener.accept()  # waits for a client before yielding: nobody comes
        yield listener.getsockname()[1]
