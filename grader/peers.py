"""Adversarial peers: the other end of a connection, behaving as real networks can.

Each peer runs in a background thread, records what it does in a :class:`Transcript`, keeps its
exceptions instead of printing them, and stops when told (or when its deadline passes). Start
them through a :class:`~grader.harness.Scenario` (``scenario.dribble(...)`` and friends) so they
are stopped and their sockets closed when the test ends.

The peers do not sleep to pace themselves. A :class:`ChunkedWriter` sends its next chunk only
once the student's code has *read* the previous one (it watches the receiving socket's queue), so
"one ``recv`` returns one chunk" holds on every machine, however loaded.
"""

from __future__ import annotations

import contextlib
import fcntl
import select
import socket
import struct
import termios
import threading
import time

from grader import harness, net
from grader.harness import Transcript


def unread_bytes(fd: int) -> int:
    """How many bytes are waiting in the receive queue of socket ``fd`` (FIONREAD)."""
    buffer = bytearray(4)
    fcntl.ioctl(fd, termios.FIONREAD, buffer)
    return struct.unpack("i", buffer)[0]


class Peer(threading.Thread):
    """Base class: a daemon thread with a stop event, a deadline and a kept exception."""

    def __init__(self, sock: socket.socket, transcript: Transcript | None, deadline: float) -> None:
        super().__init__(name=type(self).__name__, daemon=True)
        self.sock = sock
        self.transcript = transcript if transcript is not None else Transcript()
        self.stopping = threading.Event()
        self.deadline = time.monotonic() + deadline
        self.error: BaseException | None = None
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self.work()
        except OSError as error:  # the student's side went away: part of the story, not a crash
            self.error = error
            self.transcript.note(f"{self.name} stopped: {error.__class__.__name__}: {error}")
        except BaseException as error:  # kept for the test, never printed from the thread
            self.error = error
        finally:
            self.done.set()

    def work(self) -> None:
        raise NotImplementedError

    def time_left(self) -> float:
        return self.deadline - time.monotonic()

    def stop(self) -> None:
        self.stopping.set()
        self.join(timeout=net.TIMEOUT)

    def wait(self, timeout: float = net.TIMEOUT) -> bool:
        """Wait until the peer has finished its work; ``False`` if it had not in ``timeout``."""
        return self.done.wait(timeout)


class ChunkedWriter(Peer):
    """Send ``data`` ``chunk_size`` bytes at a time, each chunk only after the last was read.

    ``receiver`` is the student's end of the connection (a socket or descriptor); when omitted
    it is found in this process by its addresses. ``then`` says what to do after the last
    chunk: ``"shutdown"`` (send end of stream, keep reading possible), ``"close"``, or
    ``"keep"`` (stay silent with the connection open).
    """

    def __init__(
        self,
        sock: socket.socket,
        data: bytes,
        chunk_size: int,
        *,
        receiver: socket.socket | int | None = None,
        then: str = "keep",
        transcript: Transcript | None = None,
        deadline: float = 10.0,
    ) -> None:
        super().__init__(sock, transcript, deadline)
        if chunk_size < 1:
            raise ValueError("chunk_size must be at least 1")
        if then not in ("shutdown", "close", "keep"):
            raise ValueError("then must be 'shutdown', 'close' or 'keep'")
        self.data = data
        self.chunk_size = chunk_size
        self.receiver = receiver
        self.then = then
        self.bytes_sent = 0

    def _receiver_fd(self) -> int | None:
        if isinstance(self.receiver, socket.socket):
            return self.receiver.fileno()
        if isinstance(self.receiver, int):
            return self.receiver
        return harness.find_socket_fd(self.sock.getpeername(), self.sock.getsockname())

    def work(self) -> None:
        receiver_fd = self._receiver_fd()
        for start in range(0, len(self.data), self.chunk_size):
            if self.stopping.is_set():
                return
            chunk = self.data[start : start + self.chunk_size]
            self.sock.sendall(chunk)
            self.bytes_sent += len(chunk)
            self.transcript.sent(chunk)
            if not self._wait_until_read(receiver_fd):
                return
        if self.then == "shutdown":
            self.sock.shutdown(socket.SHUT_WR)
            self.transcript.note("the test shut down its sending side (end of stream)")
        elif self.then == "close":
            self.sock.close()
            self.transcript.note("the test closed the connection")

    def _wait_until_read(self, receiver_fd: int | None) -> bool:
        """Wait until the receiver's queue is empty; ``False`` if told to stop meanwhile."""
        if receiver_fd is None:
            return not self.stopping.is_set()
        # Polls a condition with a deadline: this is not a sleep that guesses how long reading
        # takes, the chunk boundary holds however slow the machine is.
        while self.time_left() > 0:
            try:
                if unread_bytes(receiver_fd) == 0:
                    return True
            except OSError:
                return False  # the student's code closed its socket
            if self.stopping.wait(0.0005):
                return False
        self.transcript.note("your code stopped reading; the test gave up sending")
        return False


class SlowReader(Peer):
    """Read everything the student's code sends, in small pieces, until end of stream.

    With small socket buffers on both ends (set by :meth:`Scenario.slow_reader_pair`), a single
    ``send`` of a large payload can only hand part of it to the kernel and returns a short
    count: code that ignores ``send``'s return value loses data.
    """

    def __init__(
        self,
        sock: socket.socket,
        *,
        read_size: int = 4096,
        transcript: Transcript | None = None,
        deadline: float = 10.0,
    ) -> None:
        super().__init__(sock, transcript, deadline)
        self.read_size = read_size
        self.received = bytearray()
        self.eof = False

    def work(self) -> None:
        while not self.stopping.is_set() and self.time_left() > 0:
            readable, _, _ = select.select([self.sock], [], [], 0.05)
            if not readable:
                continue
            piece = self.sock.recv(self.read_size)
            if not piece:
                self.eof = True
                self.transcript.received(b"")
                return
            self.received += piece
        self.transcript.received(bytes(self.received))


class Collector(Peer):
    """Read whatever the student's code sends until end of stream, recording it."""

    def __init__(
        self, sock: socket.socket, *, transcript: Transcript | None = None, deadline: float = 10.0
    ) -> None:
        super().__init__(sock, transcript, deadline)
        self.received = bytearray()
        self.eof = False

    def work(self) -> None:
        while not self.stopping.is_set() and self.time_left() > 0:
            readable, _, _ = select.select([self.sock], [], [], 0.05)
            if not readable:
                continue
            piece = self.sock.recv(65536)
            if not piece:
                self.eof = True
                break
            self.received += piece
        if self.received:
            self.transcript.received(bytes(self.received))
        if self.eof:
            self.transcript.received(b"")


def reset(sock: socket.socket, transcript: Transcript | None = None) -> None:
    """Abort the connection: the other end gets a reset (RST), not an orderly end of stream."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()
    if transcript is not None:
        transcript.note("the test reset the connection (RST)")


def small_buffers(sock: socket.socket, size: int = 4096) -> None:
    """Shrink a socket's send and receive buffers (the kernel rounds the size up)."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, size)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, size)
