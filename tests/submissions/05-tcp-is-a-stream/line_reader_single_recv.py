"""One recv per line, split at the delimiter."""


# expect: fails a05_test_read_until "one recv taken as the whole message"
# %% a05_solution_line_reader
class LineReader:
    def __init__(self, sock):
        self.sock = sock

    def read_until(self, delimiter=b"\n"):
        return self.sock.recv(4096).split(delimiter)[0]
