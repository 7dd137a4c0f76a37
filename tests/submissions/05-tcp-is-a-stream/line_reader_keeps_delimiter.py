"""Returns each message with its delimiter still attached."""


# expect: fails a05_test_read_until "the delimiter is removed"
# %% a05_solution_line_reader
class LineReader:
    def __init__(self, sock):
        self.sock = sock
        self.buffer = b""

    def read_until(self, delimiter=b"\n"):
        while delimiter not in self.buffer:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise EOFError("closed early")
            self.buffer += chunk
        end = self.buffer.index(delimiter) + len(delimiter)
        message, self.buffer = self.buffer[:end], self.buffer[end:]
        return message
