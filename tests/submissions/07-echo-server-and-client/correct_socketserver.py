"""Correct, written differently: socketserver on the given listener; a client that sends in
bounded chunks and reads each chunk's echo back before sending the next."""

# expect: full
# %% a07_solution_server
import socketserver


class _Echo(socketserver.StreamRequestHandler):
    def handle(self):
        try:
            while chunk := self.request.recv(65536):
                self.request.sendall(chunk)
        except OSError:
            pass


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = False
    block_on_close = True


def echo_server(listener, stop):
    server = _Server(listener.getsockname(), _Echo, bind_and_activate=False)
    server.socket.close()
    server.socket = listener  # serve on the caller's listening socket
    listener.settimeout(None)
    runner = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    runner.start()
    stop.wait()
    server.shutdown()
    runner.join()
    server.server_close()  # joins the handler threads (and closes the listener: harmless)


# %% a07_solution_client
def echo_client(address, payload, chunk=32768):
    with socket.create_connection(address, timeout=5) as sock:
        echoed = bytearray()
        for start in range(0, len(payload), chunk):
            piece = payload[start : start + chunk]
            sock.sendall(piece)
            wanted = len(echoed) + len(piece)
            while len(echoed) < wanted:
                data = sock.recv(wanted - len(echoed))
                if not data:
                    return bytes(echoed)
                echoed += data
        sock.shutdown(socket.SHUT_WR)
        while data := sock.recv(65536):
            echoed += data
        return bytes(echoed)
