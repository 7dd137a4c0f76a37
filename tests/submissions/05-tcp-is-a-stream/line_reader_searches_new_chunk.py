"""Looks for the delimiter in the newest chunk only: a split b"\r\n" is never found."""


# expect: fails a05_test_read_until_crlf "search the whole buffer"
# %% a05_solution_line_reader
class LineReader:
    def __init__(self, sock):
        self.sock = sock
        self.buffer = b""

    def read_until(self, delimiter=b"\n"):
        if delimiter not in self.buffer:
            while True:
                chunk = self.sock.recv(4096)
                if not chunk:
                    raise EOFError("closed early")
                self.buffer += chunk
                if delimiter in chunk:
                    break
        message, _, self.buffer = self.buffer.partition(delimiter)
        return message
