"""Correct, written differently: select() before each send, one byte per recv, a kept makefile."""

# expect: full
# %% a05_solution_send_all
import select


def send_all(sock, data):
    remaining = memoryview(data)
    while len(remaining):
        select.select([], [sock], [], 5)
        remaining = remaining[sock.send(remaining) :]


# %% a05_solution_recv_exactly
def recv_exactly(sock, n):
    pieces = []
    for _ in range(n):
        byte = sock.recv(1)
        if not byte:
            raise EOFError("the stream ended early")
        pieces.append(byte)
    return b"".join(pieces)


# %% a05_solution_line_reader
class LineReader:
    def __init__(self, sock):
        self.stream = sock.makefile("rb")  # its buffer keeps whatever was read ahead

    def read_until(self, delimiter=b"\n"):
        message = bytearray()
        while not message.endswith(delimiter):
            byte = self.stream.read(1)
            if not byte:
                raise EOFError("the stream ended before the delimiter")
            message += byte
        return bytes(message[: -len(delimiter)])
