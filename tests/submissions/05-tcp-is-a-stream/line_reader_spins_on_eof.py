"""No check for b'': when the stream ends before a delimiter, the loop never ends."""


# expect: fails a05_test_read_until_eof "spins on b''"
# %% a05_solution_line_reader
class LineReader:
    def __init__(self, sock):
        self.sock = sock
        self.buffer = b""

    def read_until(self, delimiter=b"\n"):
        while delimiter not in self.buffer:
            self.buffer += self.sock.recv(4096)
        message, _, self.buffer = self.buffer.partition(delimiter)
        return message
