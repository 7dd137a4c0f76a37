"""Correct, written differently: an offset loop, recv_into a preallocated buffer, partition."""


# expect: full
# %% a05_solution_send_all
def send_all(sock, data):
    offset = 0
    while offset < len(data):
        offset += sock.send(data[offset:])


# %% a05_solution_recv_exactly
def recv_exactly(sock, n):
    buffer = bytearray(n)
    view = memoryview(buffer)
    got = 0
    while got < n:
        count = sock.recv_into(view[got:], n - got)
        if count == 0:
            raise EOFError(f"expected {n} bytes, the stream ended after {got}")
        got += count
    return bytes(buffer)


# %% a05_solution_line_reader
class LineReader:
    def __init__(self, sock):
        self._sock = sock
        self._pending = b""

    def read_until(self, delimiter=b"\n"):
        while delimiter not in self._pending:
            chunk = self._sock.recv(1024)
            if chunk == b"":
                raise EOFError("no delimiter before the end of the stream")
            self._pending += chunk
        message, _, self._pending = self._pending.partition(delimiter)
        return message
