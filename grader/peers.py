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
import os
import select
import socket
import struct
import termios
import threading
import time
from collections.abc import Callable
from typing import Any

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


# --- UDP: a relay that loses, delays, reorders and duplicates by a fixed plan (09) -------------


class UdpRelay(Peer):
    """A UDP relay between one client and a server that follows a fixed plan, datagram by datagram.

    The client sends to :attr:`address` (instead of to the server); the relay forwards each
    datagram to ``server_address``, and each datagram coming back from the server to the client
    (the last address other than the server's that sent something). What happens to the *n*-th
    datagram of a direction is ``to_server[n]`` or ``to_client[n]`` (counted from 0; past the end
    of a plan, or for an index missing from a dict plan, ``"pass"``):

    * ``"pass"``: forward it;
    * ``"drop"``: lose it;
    * ``"duplicate"``: forward it twice;
    * ``"delay"``: hold it back, and forward it right after the next datagram the relay forwards
      (in either direction): it arrives late, after that one. No timer is involved: a reply
      delayed this way reaches the client only after the client has sent its next datagram,
      however long the client waited for it before giving up. Held datagrams never released
      (nothing passed after them) are lost.

    Deterministic: no randomness and no sleeps. Everything is recorded in the transcript (as
    ``datagram #1`` for plan index 0) and in :attr:`log` as ``(direction, index, data, action)``.
    """

    ACTIONS = ("pass", "drop", "delay", "duplicate")

    def __init__(
        self,
        server_address: net.Address,
        *,
        to_server: list[str] | tuple[str, ...] | dict[int, str] = (),
        to_client: list[str] | tuple[str, ...] | dict[int, str] = (),
        transcript: Transcript | None = None,
        client_name: str = "the client",
        server_name: str = "the server",
        deadline: float = 30.0,
    ) -> None:
        plans = {"to_server": to_server, "to_client": to_client}
        for direction, plan in plans.items():
            actions = plan.values() if isinstance(plan, dict) else plan
            unknown = sorted(set(actions) - set(self.ACTIONS))
            if unknown:
                raise ValueError(f"{direction}: unknown actions {unknown}; use {self.ACTIONS}")
        super().__init__(net.udp_socket(), transcript, deadline)
        self.name = "UdpRelay"
        self.server_address = tuple(server_address)
        self.plans = plans
        self.names = {"to_server": client_name, "to_client": server_name}
        self.client_address: net.Address | None = None
        self.counts = {"to_server": 0, "to_client": 0}
        self.log: list[tuple[str, int, bytes, str]] = []
        self._held: list[tuple[bytes, net.Address, str]] = []
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)

    @property
    def address(self) -> net.Address:
        """Where the client sends its datagrams (instead of to the server)."""
        return self.sock.getsockname()

    def action_for(self, direction: str, index: int) -> str:
        plan = self.plans[direction]
        if isinstance(plan, dict):
            return plan.get(index, "pass")
        return plan[index] if index < len(plan) else "pass"

    def forwarded(self, direction: str) -> list[bytes]:
        """The datagrams of ``direction`` in the order they arrived at the relay (any action)."""
        with self._lock:
            return [data for d, _, data, _ in self.log if d == direction]

    def wait_for(self, direction: str, count: int, timeout: float = net.TIMEOUT) -> bool:
        """Wait until the relay has handled ``count`` datagrams of ``direction``.

        A datagram sent to the relay is already in its socket, so this waits only for the
        relay's thread to get its turn; ``False`` if it had not within ``timeout``.
        """
        with self._arrived:
            return self._arrived.wait_for(lambda: self.counts[direction] >= count, timeout)

    def work(self) -> None:
        while not self.stopping.is_set() and self.time_left() > 0:
            readable, _, _ = select.select([self.sock], [], [], 0.05)
            if readable:
                data, source = self.sock.recvfrom(65535)
                self._relay(data, tuple(source))

    def _relay(self, data: bytes, source: net.Address) -> None:
        if source == self.server_address:
            direction, target = "to_client", self.client_address
        else:
            direction, target = "to_server", self.server_address
            self.client_address = source
        index = self.counts[direction]
        action = self.action_for(direction, index)
        with self._lock:
            self.log.append((direction, index, data, action))
        what = f"datagram #{index + 1} from {self.names[direction]}, {harness.show_bytes(data)}"
        # Each line is in the transcript before the datagram leaves, so whatever the student's
        # code does next, the transcript already tells what happened.
        try:
            if target is None:
                self.transcript.note(f"relay: {what}: dropped, no client has sent anything yet")
            elif action == "drop":
                self.transcript.note(f"relay: {what}: dropped (lost)")
            elif action == "delay":
                self._held.append((data, target, what))
                self.transcript.note(f"relay: {what}: held back until the next datagram passed")
            else:
                copies = 2 if action == "duplicate" else 1
                self.transcript.note(f"relay: {what}: passed" + (" twice" if copies == 2 else ""))
                for _ in range(copies):
                    self.sock.sendto(data, target)
                held, self._held = self._held, []
                for late, late_target, late_what in held:
                    self.transcript.note(f"relay: {late_what}: passed late, just now")
                    self.sock.sendto(late, late_target)
        finally:
            with self._lock:
                self.counts[direction] += 1
                self._arrived.notify_all()

    def stop(self) -> None:
        super().stop()
        self.sock.close()


class UdpEchoPeer(Peer):
    """A correct UDP echo server, for testing clients: each datagram goes back to its sender."""

    def __init__(self, *, transcript: Transcript | None = None, deadline: float = 30.0) -> None:
        super().__init__(net.udp_socket(), transcript, deadline)
        self.name = "UdpEchoPeer"
        self.echoed = 0

    @property
    def address(self) -> net.Address:
        return self.sock.getsockname()

    def work(self) -> None:
        while not self.stopping.is_set() and self.time_left() > 0:
            readable, _, _ = select.select([self.sock], [], [], 0.05)
            if readable:
                data, source = self.sock.recvfrom(65535)
                self.sock.sendto(data, source)
                self.echoed += 1

    def stop(self) -> None:
        super().stop()
        self.sock.close()


# --- running a student's server in the background until a stop event (09, 12) ---------------


def _thread_state(native_id: int) -> tuple[str, int] | None:
    """A thread's scheduler state letter (R, S, D...) and its running time so far (ns)."""
    try:
        with open(f"/proc/self/task/{native_id}/stat", encoding="ascii") as handle:
            stat = handle.read()
        with open(f"/proc/self/task/{native_id}/schedstat", encoding="ascii") as handle:
            running = int(handle.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return stat[stat.rindex(")") + 2], running


def wait_until_blocked(thread: threading.Thread, timeout: float = net.TIMEOUT) -> bool:
    """Wait until ``thread`` sleeps in a blocking call (select, recv, accept, a lock...).

    A test that wants to see whether a server notices ``stop`` while it waits must set ``stop``
    when the server *is* waiting, not while it is still between two calls (where it would see
    the flag by luck). Linux tells: the thread is asleep (state ``S`` or ``D``) and has not run
    at all across a short pause in which this thread let go of the interpreter lock (so it is
    not merely waiting for that lock). A condition, polled with a deadline; ``False`` when the
    thread never blocked in ``timeout`` (a busy loop), has ended, or Linux does not say.
    """
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    previous = None
    while time.monotonic() < deadline and thread.is_alive() and thread.native_id is not None:
        now = _thread_state(thread.native_id)
        if now is None:
            return False
        if now[0] in "SD" and now == previous:
            return True
        previous = now
        pause.wait(0.02)  # releases the interpreter lock: a thread waiting only for it runs
    return False


class StudentServer:
    """Run a student's ``server(*args, stop)`` in a background thread while a test talks to it.

    >>> with StudentServer(udp_echo_server, sock) as server:
    ...     ...                     # the test's clients talk to the server
    ...     server.check_running()  # fails clearly if the server already returned or raised

    ``stop`` is a :class:`threading.Event` the class creates and passes last. Leaving the block
    sets it (with ``must_stop``, once the server is waiting in a blocking call: see
    :func:`wait_until_blocked`); the server must then return within ``stop_budget`` seconds.
    If it does not, it is stopped by force (its sockets shut down or poked, an exception raised
    inside it) and, with ``must_stop`` (the default), the test fails with ``hang_cause`` as the
    likely cause. An exception the server raised fails the test too (``error_cause`` explains
    it: a text, or a function of the exception), unless the block itself is failing already.
    Nothing is printed from the thread.
    """

    def __init__(
        self,
        func: Callable[..., Any],
        *args: Any,
        stop_budget: float = 2.0,
        must_stop: bool = True,
        hang_cause: str | None = None,
        error_cause: str | Callable[[BaseException], str | None] | None = None,
        transcript: Transcript | None = None,
    ) -> None:
        self.func = func
        self.args = args
        self.name = getattr(func, "__name__", "the server")
        self.stop = threading.Event()
        self.stop_budget = stop_budget
        self.must_stop = must_stop
        self.hang_cause = hang_cause
        self.error_cause = error_cause
        self.transcript = transcript
        self.error: BaseException | None = None
        self.result: Any = None
        self.returned = threading.Event()
        self.thread = threading.Thread(target=self._run, name=f"student:{self.name}", daemon=True)

    def _run(self) -> None:
        try:
            self.result = self.func(*self.args, self.stop)
        except BaseException as error:  # kept for the test, never printed from the thread
            self.error = error
        finally:
            self.returned.set()

    def __enter__(self) -> StudentServer:
        self.thread.start()
        return self

    @property
    def native_id(self) -> int | None:
        return self.thread.native_id

    def ended_early(self) -> str | None:
        """``None`` while the server runs; otherwise how it ended, in words."""
        if not self.returned.is_set():
            return None
        if self.error is not None and not isinstance(self.error, harness.StudentTimeout):
            return self._describe_error()
        return f"{self.name} returned (with {self.result!r}) although stop was not set"

    def _error_cause(self) -> str | None:
        if callable(self.error_cause):
            return self.error_cause(self.error)
        return self.error_cause

    def _describe_error(self) -> str:
        error = self.error
        if isinstance(error, NotImplementedError):
            return f"{self.name} is not written yet (it raises NotImplementedError)"
        text = f": {error}" if str(error) else ""
        return f"{self.name} raised {type(error).__name__}{text}"

    def check_running(
        self, summary: str = "", *, cause: str | None = None, grace: float = 0.0
    ) -> None:
        """Fail if the server has already ended (returned or raised) before ``stop`` was set.

        ``grace`` (seconds) is for a test that has seen a sign of trouble, such as a client whose
        connection was closed: a server that crashes closes its sockets *before* its exception
        reaches this class, so the client may notice first. Waiting up to ``grace`` for the
        thread to end lets the failure name the exception rather than its symptom.
        """
        if grace > 0:
            self.returned.wait(grace)
        how = self.ended_early()
        if how is not None:
            harness.fail(
                f"{summary} {how}.".strip(),
                transcript=self.transcript,
                cause=cause or self._error_cause(),
            )

    def __exit__(self, exc_type: type | None, exc: BaseException | None, tb: object) -> None:
        if self.must_stop and exc_type is None:
            # Set stop while the server waits (in select, recvfrom...), as it would be in real
            # life: set a moment earlier, a loop that never wakes up could still see it by luck.
            wait_until_blocked(self.thread, timeout=self.stop_budget)
        self.stop.set()
        self.thread.join(self.stop_budget)
        if not self.thread.is_alive():
            error = self.error
            if exc_type is None and error is not None:
                if not isinstance(error, harness.StudentTimeout):
                    harness.fail(
                        self._describe_error() + ".",
                        transcript=self.transcript,
                        cause=self._error_cause(),
                    )
            return
        self._force_stop()
        if exc_type is None and self.must_stop:
            harness.fail(
                f"{self.name} did not return within {self.stop_budget:g} s after stop was set.",
                transcript=self.transcript,
                cause=self.hang_cause
                or "the loop does not check `stop` often enough: a blocking call (recvfrom, "
                "accept, select without a timeout) waits for something that never comes. "
                "Give it a short timeout (0.1 s) and check stop.is_set() each time round.",
            )

    def _force_stop(self) -> None:
        import ctypes

        sockets = [a for a in self.args if isinstance(a, socket.socket) and a.fileno() >= 0]
        fds = {s.fileno() for s in sockets}
        harness._silence_student_timeouts()
        for fd in fds:
            harness.shutdown_fd(fd)
        if self.thread.ident is not None and self.thread.is_alive():
            ctypes.pythonapi.PyThreadState_SetAsyncExc(
                ctypes.c_ulong(self.thread.ident), ctypes.py_object(harness.StudentTimeout)
            )
        for sock in sockets:  # a UDP socket is not woken by shutdown: send it a datagram
            if sock.type == socket.SOCK_DGRAM:
                with contextlib.suppress(OSError), net.udp_socket() as poke:
                    poke.sendto(b"", sock.getsockname())
        self.thread.join(1.0)


# --- many clients at once, and a busy-loop detector (12) --------------------------------------


class EchoClient(Peer):
    """A client of an echo server, in its own thread: it sends, and reads back, at the same time.

    It connects to ``address`` at once (so the connection exists when the constructor returns,
    whether or not the server has accepted it) or, with ``connect_now=False``, when it is
    started (its socket, and so its descriptor number, exists from the start: a test can choose
    which descriptor numbers are free when the server accepts). Started, it sends ``payload``
    in pieces of ``chunk_size`` bytes while reading whatever comes back, so a large payload
    cannot deadlock it. With ``shutdown`` it shuts down its sending side after the payload (end of
    stream for the server) and finishes when it has read the end of the stream; otherwise it
    finishes when it has read back as many bytes as it sent, and stays connected, idle. With
    ``read=False`` it never reads at all (a client that does not read its echo): it finishes
    when everything is sent. ``buffer_size`` shrinks its send and receive buffers before
    connecting (:func:`small_buffers`), so what it does not read cannot hide in its own kernel
    buffers.

    :attr:`received`, :attr:`eof`, :attr:`bytes_sent` tell how far it got; the transcript gets
    one line per milestone, not the bytes (many clients would drown it).
    """

    def __init__(
        self,
        address: net.Address,
        payload: bytes,
        *,
        name: str = "a client",
        chunk_size: int = 65536,
        shutdown: bool = True,
        read: bool = True,
        buffer_size: int | None = None,
        connect_now: bool = True,
        transcript: Transcript | None = None,
        deadline: float = 20.0,
    ) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.settimeout(net.TIMEOUT)
            if buffer_size is not None:
                small_buffers(sock, buffer_size)
            if connect_now:
                sock.connect(address)
        except BaseException:
            sock.close()
            raise
        super().__init__(sock, transcript, deadline)
        self.name = f"EchoClient({name})"
        self.label = name
        self.payload = payload
        self.chunk_size = chunk_size
        self.shutdown = shutdown
        self.read = read
        self.bytes_sent = 0
        self.received = bytearray()
        self.eof = False
        self.server_address = tuple(address)
        self.connected = threading.Event()
        self.address: net.Address | None = None
        """The client's own address (the server's ``getpeername()`` for this connection)."""
        if connect_now:
            self._connected()

    def _connected(self) -> None:
        self.address = self.sock.getsockname()
        self.connected.set()

    def finished(self) -> bool:
        if not self.read:
            return self.bytes_sent == len(self.payload)
        if self.shutdown:
            return self.eof
        return len(self.received) >= len(self.payload)

    def work(self) -> None:
        if not self.connected.is_set():
            self.sock.connect(self.server_address)
            self._connected()
        shut = False
        while not self.finished():
            if self.stopping.is_set() or self.time_left() <= 0:
                return
            sending = self.bytes_sent < len(self.payload)
            if not sending and self.shutdown and not shut:
                self.sock.shutdown(socket.SHUT_WR)
                shut = True
                self.transcript.note(f"{self.label} shut down its sending side")
                continue
            readers = [self.sock] if self.read and not self.eof else []
            writers = [self.sock] if sending else []
            if not readers and not writers:
                return
            readable, writable, _ = select.select(readers, writers, [], 0.05)
            if writable:
                piece = self.payload[self.bytes_sent : self.bytes_sent + self.chunk_size]
                self.bytes_sent += self.sock.send(piece)
                if self.bytes_sent == len(self.payload):
                    self.transcript.note(f"{self.label} has sent all its {self.bytes_sent:,} bytes")
            if readable:
                data = self.sock.recv(65536)
                if data:
                    self.received += data
                else:
                    self.eof = True
                    self.transcript.note(
                        f"{self.label} read the end of the stream after {len(self.received):,} "
                        "bytes"
                    )

    def stop(self) -> None:
        super().stop()
        self.sock.close()


def wait_all(clients: list[EchoClient], timeout: float = net.TIMEOUT) -> list[EchoClient]:
    """Wait until every client is done or ``timeout`` has passed; return those that are not."""
    deadline = time.monotonic() + timeout
    for client in clients:
        client.wait(max(0.0, deadline - time.monotonic()))
    return [client for client in clients if not (client.done.is_set() and client.finished())]


class CpuMeter:
    """How much processor this process's threads wanted during a ``with`` block: a busy-loop test.

    >>> with CpuMeter() as meter:
    ...     threading.Event().wait(0.5)  # nothing happens: a correct event loop sleeps in select
    >>> meter.share  # about 0.0 for a loop that waits, about 1.0 for a loop that spins

    Per thread, Linux's ``/proc/self/task/<tid>/schedstat`` gives the time it ran and the time it
    waited for a processor while runnable. A thread in a busy loop is always one or the other,
    however loaded the machine is, so their sum over the block is close to the block's wall
    time; a thread waiting in ``select`` or ``recv`` adds nothing. (Processor time alone would
    not do: on a loaded machine a busy loop may get only a fraction of a processor.) Where
    schedstat is missing, it falls back to the process's processor time (:attr:`method` says
    which), where load can make a busy loop look smaller.
    """

    def __init__(self) -> None:
        self.method = "schedstat"
        self.busy = 0.0
        self.wall = 0.0
        self.share = 0.0

    @staticmethod
    def _sample() -> dict[int, int] | None:
        values = {}
        try:
            tids = os.listdir("/proc/self/task")
        except OSError:
            return None
        for tid in tids:
            try:
                with open(f"/proc/self/task/{tid}/schedstat", encoding="ascii") as handle:
                    running, waiting, _ = handle.read().split()
            except (OSError, ValueError):
                continue
            values[int(tid)] = int(running) + int(waiting)
        return values or None

    def __enter__(self) -> CpuMeter:
        self._start = self._sample()
        self._cpu = time.process_time()
        self._began = time.monotonic()
        return self

    def __exit__(self, *exc_info: object) -> None:
        end = self._sample()
        self.wall = time.monotonic() - self._began
        if self._start is None or end is None:
            self.method = "process_time"
            self.busy = time.process_time() - self._cpu
        else:  # a thread that started during the block counts from zero
            self.busy = sum(v - self._start.get(tid, 0) for tid, v in end.items()) / 1e9
        self.share = self.busy / self.wall if self.wall > 0 else 0.0


def event_poll_fds() -> set[int]:
    """This process's descriptors that are epoll instances (a ``selectors.EpollSelector`` each)."""
    found = set()
    for name in os.listdir("/dev/fd"):
        with contextlib.suppress(OSError):
            if os.readlink(f"/dev/fd/{name}") == "anon_inode:[eventpoll]":
                found.add(int(name))
    return found
