"""Correct, written differently: socketserver.TCPServer, serve_forever and shutdown."""

# expect: full
# %% a00_solution
import socketserver


@contextmanager
def background_server(handler):
    class Handler(socketserver.BaseRequestHandler):
        def handle(self):
            self.request.settimeout(5)
            handler(self.request)

    class Server(socketserver.TCPServer):
        def handle_error(self, request, client_address):
            pass  # a handler's exception closes that connection only, silently

    with Server(("127.0.0.1", 0), Handler) as server:
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        thread.start()
        try:
            yield server.server_address[1]
        finally:
            server.shutdown()
            thread.join()
