"""A buffer local to each call: what follows the delimiter is thrown away."""


# expect: fails a05_test_read_until_leftover "the bytes after the delimiter were dropped"
# %% a05_solution_line_reader
class LineReader:
    def __init__(self, sock):
        self.sock = sock

    def read_until(self, delimiter=b"\n"):
        data = b""
        while delimiter not in data:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise EOFError("closed early")
            data += chunk
        message, _, _rest = data.partition(delimiter)
        return message
