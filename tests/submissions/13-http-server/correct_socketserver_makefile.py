"""Correct, written differently: socketserver on the given listener, rfile/wfile (makefile),
os.path checks, http.HTTPStatus phrases, mimetypes, a Date header and 404 for escapes."""

# expect: full
# %% a13_solution
import email.utils
import mimetypes
import os
import socketserver
from http import HTTPStatus


def find_file(root, target):
    path = urllib.parse.unquote(target.split("?", 1)[0])
    real_root = os.path.realpath(root)
    full = os.path.realpath(os.path.join(real_root, path.lstrip("/")))
    if os.path.commonpath([real_root, full]) != real_root:
        return None
    if os.path.isdir(full):
        full = os.path.join(full, "index.html")
    return full


def response_head(status, length, content_type="text/plain", extra=()):
    lines = [
        f"HTTP/1.1 {status.value} {status.phrase}",
        f"Date: {email.utils.formatdate(usegmt=True)}",
        "Server: tiny/0.1",
        f"Content-Length: {length}",
        f"Content-Type: {content_type}",
        "Connection: close",
        *extra,
    ]
    return "".join(line + "\r\n" for line in lines).encode("latin-1") + b"\r\n"


class Handler(socketserver.StreamRequestHandler):
    timeout = 5

    def error(self, status, head_only=False, extra=()):
        body = f"{status.value} {status.phrase}\n".encode("ascii")
        self.wfile.write(response_head(status, len(body), extra=extra))
        if not head_only:
            self.wfile.write(body)

    def handle(self):
        request_line = self.rfile.readline(65537)
        if not request_line.endswith(b"\r\n"):
            return  # the client left before the end of its request line
        headers = {}
        while True:
            line = self.rfile.readline(65537)
            if not line.endswith(b"\r\n"):
                return
            if line == b"\r\n":
                break
            name, sep, value = line.decode("latin-1").partition(":")
            if not sep or name.strip() != name or not name:
                return self.error(HTTPStatus.BAD_REQUEST)
            headers[name.lower()] = value.strip()
        words = request_line.decode("latin-1").rstrip("\r\n").split(" ")
        if len(words) != 3 or not words[2].startswith("HTTP/1."):
            return self.error(HTTPStatus.BAD_REQUEST)
        length = headers.get("content-length", "0")
        if not length.isdecimal() or not length.isascii():
            return self.error(HTTPStatus.BAD_REQUEST)
        body = self.rfile.read(int(length))  # read it all, needed or not
        if len(body) < int(length):
            return
        method, target, _ = words
        if method not in ("GET", "HEAD"):
            return self.error(HTTPStatus.METHOD_NOT_ALLOWED, extra=["Allow: GET, HEAD"])
        head_only = method == "HEAD"
        try:
            path = find_file(self.server.root, target)
        except ValueError:
            return self.error(HTTPStatus.BAD_REQUEST, head_only)
        if path is None or not os.path.isfile(path):
            return self.error(HTTPStatus.NOT_FOUND, head_only)
        with open(path, "rb") as file:
            content = file.read()
        content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        if content_type.startswith("text/"):
            content_type += "; charset=utf-8"
        self.wfile.write(response_head(HTTPStatus.OK, len(content), content_type))
        if not head_only:
            self.wfile.write(content)


class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = False
    block_on_close = True

    def handle_error(self, request, client_address):
        pass  # one connection's failure is not the server's


def serve_static(listener, root, stop):
    server = Server(listener.getsockname(), Handler, bind_and_activate=False)
    server.socket.close()  # the one socketserver made; use the test's listener instead
    server.socket = listener
    server.root = root
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    stop.wait()
    server.shutdown()
    thread.join()
    # server_close() closes server.socket and waits for the handler threads (block_on_close).
    # The listener is the caller's to close: hand server_close a socket of its own instead.
    server.socket = socket.socket()
    server.server_close()
