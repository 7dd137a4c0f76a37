"""The loopback test harness: what the exercises' test cells use to drive students' code.

On loopback one ``recv`` nearly always returns a whole message, so naive code passes naive tests.
The harness makes the classic bugs show, every time, and turns every failure into a message that
teaches: what the test did, what came back (a transcript of the bytes), and the likely cause.

* :func:`call` runs student code under a time budget: a hang becomes a failure within seconds.
* :class:`Scenario` owns the harness's sockets and peers, closes them, and checks hygiene at the
  end: sockets the student's code left open (and ports left bound), threads left running,
  ``ResourceWarning``.
* :mod:`grader.peers` has the adversarial peers (chunked and dribbled delivery, slow readers,
  resets, silent clients).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import signal
import socket
import stat
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

from grader import net

DEFAULT_BUDGET = 3.0
"""Seconds a single call into student code may take before it is declared hung."""

THREAD_GRACE = 1.0
"""Seconds a thread started by student code gets to finish after its work is done."""


class GradingFailure(AssertionError):
    """A failed check, with a message written for the student."""


class StudentTimeout(BaseException):
    """Raised inside student code whose time budget ran out.

    A ``BaseException`` (like ``KeyboardInterrupt``) so ``except Exception`` cannot swallow it.
    """


def show_bytes(data: bytes, limit: int = 120) -> str:
    """``data`` as a Python literal, shortened in the middle when long, with its length."""
    size = f"{len(data):,} byte{'' if len(data) == 1 else 's'}"
    if len(data) <= limit:
        return f"{data!r} ({size})"
    head, tail = data[: limit // 2], data[-limit // 4 :]
    return f"{head!r} ... {tail!r} ({size})"


def first_difference(expected: bytes, got: bytes) -> str:
    """Where two byte strings part ways, in words."""
    for index, (a, b) in enumerate(zip(expected, got, strict=False)):
        if a != b:
            return (
                f"they differ first at byte {index}: expected {expected[index : index + 1]!r}, "
                f"got {got[index : index + 1]!r}"
            )
    if len(got) < len(expected):
        return f"{len(expected) - len(got):,} bytes are missing at the end"
    if len(got) > len(expected):
        return f"there are {len(got) - len(expected):,} extra bytes at the end"
    return "they are equal"


class Transcript:
    """What crossed the wire between the test and the student's code, in order.

    Thread-safe: peers running in background threads record into the same transcript.
    """

    def __init__(self, test_name: str = "the test", student_name: str = "your code") -> None:
        self.test_name = test_name
        self.student_name = student_name
        self._events: list[str] = []
        self._lock = threading.Lock()

    def _add(self, line: str) -> None:
        with self._lock:
            self._events.append(line)

    def sent(self, data: bytes, to: str | None = None) -> None:
        """The test sent ``data`` to the student's code."""
        self._add(f"{self.test_name} -> {to or self.student_name}: {show_bytes(data)}")

    def received(self, data: bytes, source: str | None = None) -> None:
        """The test received ``data`` from the student's code (``b''`` means end of stream)."""
        who = source or self.student_name
        if data:
            self._add(f"{who} -> {self.test_name}: {show_bytes(data)}")
        else:
            self._add(f"{who} closed its side (the test read b'', end of stream)")

    def note(self, text: str) -> None:
        self._add(f"({text})")

    def __len__(self) -> int:
        return len(self._events)

    def format(self, limit: int = 40) -> str:
        with self._lock:
            events = list(self._events)
        if not events:
            return "  (nothing was exchanged)"
        if len(events) > limit:
            hidden = len(events) - limit
            events = [
                *events[: limit // 2],
                f"... {hidden} more events ...",
                *events[-limit // 2 :],
            ]
        return "\n".join(f"  {line}" for line in events)


def fail(
    summary: str,
    *,
    expected: object = None,
    got: object = None,
    transcript: Transcript | None = None,
    cause: str | None = None,
) -> NoReturn:
    """Raise a :class:`GradingFailure` laid out the same way everywhere."""
    parts = [summary]
    if expected is not None:
        parts.append(f"Expected: {_show(expected)}")
    if got is not None:
        parts.append(f"Got:      {_show(got)}")
    if transcript is not None and len(transcript):
        parts.append("What was exchanged:\n" + transcript.format())
    if cause:
        parts.append(f"Likely cause: {cause}")
    raise GradingFailure("\n".join(parts))


def _show(value: object) -> str:
    if isinstance(value, bytes | bytearray):
        return show_bytes(bytes(value))
    text = repr(value)
    return text if len(text) <= 300 else text[:200] + " ... " + text[-60:]


def expect_equal(
    got: object,
    expected: object,
    summary: str,
    *,
    transcript: Transcript | None = None,
    cause: str | None = None,
) -> None:
    """Fail with a full message unless ``got == expected``."""
    if got == expected:
        return
    if isinstance(got, bytes | bytearray) and isinstance(expected, bytes | bytearray):
        summary = f"{summary} ({first_difference(bytes(expected), bytes(got))})"
    fail(summary, expected=expected, got=got, transcript=transcript, cause=cause)


def describe_call(func: Callable[..., Any], args: tuple, kwargs: dict) -> str:
    shown = [_short_repr(a) for a in args] + [f"{k}={_short_repr(v)}" for k, v in kwargs.items()]
    return f"{getattr(func, '__name__', repr(func))}({', '.join(shown)})"


def _short_repr(value: object) -> str:
    if isinstance(value, socket.socket):
        return "<socket>"
    text = repr(value)
    return text if len(text) <= 40 else text[:30] + "...)"


def call(
    func: Callable[..., Any],
    *args: Any,
    budget: float = DEFAULT_BUDGET,
    transcript: Transcript | None = None,
    hang_cause: str | None = None,
    **kwargs: Any,
) -> Any:
    """Call student code and return its result, failing clearly if it hangs.

    Exceptions the student's code raises pass through unchanged (tests decide what they mean).
    In the main thread a timer signal interrupts the call when ``budget`` runs out, whatever it
    is blocked in; elsewhere the call runs in a watched thread.
    """
    description = describe_call(func, args, kwargs)
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        runner = _call_with_alarm
    else:
        runner = _call_in_thread
    try:
        return runner(func, args, kwargs, budget)
    except StudentTimeout:
        pass
    fail(
        f"{description} did not return within {budget:g} s.",
        transcript=transcript,
        cause=hang_cause
        or "a blocking call (accept, recv, connect...) that waits for something that never "
        "comes, or a loop that never ends. Check the loop's exit condition, and remember that "
        "recv returns b'' when the peer has closed.",
    )


def _call_with_alarm(func: Callable[..., Any], args: tuple, kwargs: dict, budget: float) -> Any:
    def on_alarm(signum: int, frame: object) -> None:
        # Re-arm: code that swallows the first interrupt gets another one shortly.
        signal.setitimer(signal.ITIMER_REAL, 0.25)
        raise StudentTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, budget)
    try:
        return func(*args, **kwargs)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _call_in_thread(func: Callable[..., Any], args: tuple, kwargs: dict, budget: float) -> Any:
    outcome: dict[str, Any] = {}
    sockets_before = open_socket_fds()

    def run() -> None:
        try:
            outcome["value"] = func(*args, **kwargs)
        except BaseException as error:  # handed to the caller below, never printed
            outcome["error"] = error

    worker = threading.Thread(target=run, name=f"student:{getattr(func, '__name__', 'call')}")
    worker.daemon = True
    worker.start()
    worker.join(budget)
    if worker.is_alive():
        # Wake it wherever it waits: sockets it made, and sockets it was given.
        values = (*args, *kwargs.values(), getattr(func, "__self__", None))
        given = {a.fileno() for a in values if isinstance(a, socket.socket)}
        stop_thread(worker, (open_socket_fds() - sockets_before) | given)
        raise StudentTimeout
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def stop_thread(thread: threading.Thread, fds: set[int] = frozenset()) -> bool:
    """Make a runaway thread stop: wake its blocking calls, then raise inside it.

    ``shutdown`` on its sockets wakes a thread blocked in ``accept``/``recv``; the asynchronous
    exception stops a Python loop. Returns whether the thread ended within a second.
    """
    _silence_student_timeouts()
    for fd in fds:
        shutdown_fd(fd)
    if thread.ident is not None and thread.is_alive():
        ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(thread.ident), ctypes.py_object(StudentTimeout)
        )
    thread.join(1.0)
    return not thread.is_alive()


def _silence_student_timeouts() -> None:
    """Keep threads that end by the harness's stop from printing a traceback.

    The exception is delivered when the thread next runs Python code, which may be much later
    (after a blocking call returns), so the hook stays installed.
    """
    current = threading.excepthook
    if getattr(current, "silences_student_timeouts", False):
        return

    def hook(args: threading.ExceptHookArgs) -> None:
        if not issubclass(args.exc_type, StudentTimeout):
            current(args)

    hook.silences_student_timeouts = True
    threading.excepthook = hook


# --- resources: sockets, ports and threads --------------------------------------------------


def open_socket_fds() -> set[int]:
    """The file descriptors of this process that are sockets."""
    fds = set()
    for name in os.listdir("/dev/fd"):
        fd = int(name)
        with contextlib.suppress(OSError):
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                fds.add(fd)
    return fds


@contextlib.contextmanager
def _borrowed(fd: int) -> Iterator[socket.socket]:
    """A temporary socket object on a duplicate of ``fd``; the original is not touched."""
    sock = socket.socket(fileno=os.dup(fd))
    try:
        yield sock
    finally:
        sock.close()


def describe_fd(fd: int) -> str:
    """A socket descriptor in words: kind, local address, peer, whether it listens."""
    try:
        with _borrowed(fd) as sock:
            kind = {socket.SOCK_STREAM: "TCP", socket.SOCK_DGRAM: "UDP"}.get(sock.type, "socket")
            if sock.family == socket.AF_UNIX:
                kind = "Unix " + kind
            local = sock.getsockname()
            listening = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN)
            try:
                peer = f", connected to {net.format_address(sock.getpeername())}"
            except OSError:
                peer = ""
    except OSError:
        return f"socket fd {fd}"
    state = " listening (its port stays bound)" if listening else ""
    where = f" on {net.format_address(local)}" if local else ""
    return f"a {kind} socket{where}{peer}{state}"


def shutdown_fd(fd: int) -> None:
    with contextlib.suppress(OSError), _borrowed(fd) as sock:
        sock.shutdown(socket.SHUT_RDWR)


def find_socket_fd(local: tuple, peer: tuple) -> int | None:
    """The descriptor in this process whose local and peer addresses are the ones given.

    Used to find the student's end of a connection the harness made, so a peer can watch it.
    """
    for fd in sorted(open_socket_fds()):
        with contextlib.suppress(OSError), _borrowed(fd) as sock:
            if sock.getsockname() == local and sock.getpeername() == peer:
                return fd
    return None


def listening_addresses(port: int) -> list[tuple]:
    """The local addresses of this process's listening sockets on ``port`` (any interface)."""
    found = []
    for fd in sorted(open_socket_fds()):
        with contextlib.suppress(OSError), _borrowed(fd) as sock:
            address = sock.getsockname()
            listening = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN)
            if listening and isinstance(address, tuple) and address[1] == port:
                found.append(address)
    return found


class Scenario:
    """One test's worth of harness: its sockets, peers, transcript and hygiene checks.

    >>> with Scenario("recv_exactly over 1-byte chunks") as scenario:
    ...     ours, theirs = scenario.tcp_pair()
    ...     ...

    On leaving the block it stops the peers, closes the harness's own sockets, then fails if the
    student's code left a socket open, a port bound or a thread running, or triggered a
    ``ResourceWarning`` (an unclosed socket the garbage collector found).
    """

    def __init__(self, name: str = "the test", *, check_leaks: bool = True) -> None:
        self.name = name
        self.check_leaks = check_leaks
        self.transcript = Transcript()
        self._owned: list[socket.socket] = []
        self._stoppers: list[Callable[[], None]] = []
        self._fds_before: set[int] = set()
        self._threads_before: set[threading.Thread] = set()
        self._warnings: contextlib.AbstractContextManager | None = None
        self._caught: list[warnings.WarningMessage] = []

    def __enter__(self) -> Scenario:
        gc.collect()
        self._fds_before = open_socket_fds()
        self._threads_before = set(threading.enumerate())
        self._warnings = warnings.catch_warnings(record=True)
        self._caught = self._warnings.__enter__()
        warnings.simplefilter("always", ResourceWarning)
        return self

    def __exit__(self, exc_type: type | None, exc: BaseException | None, tb: object) -> None:
        for stop in reversed(self._stoppers):
            with contextlib.suppress(Exception):
                stop()
        for sock in self._owned:
            sock.close()
        # Always clean up what the student's code left (so it cannot disturb the next test);
        # only report it when this scenario checks for leaks.
        problems = self._hygiene_problems()
        self._warnings.__exit__(None, None, None)
        if problems and exc_type is None and self.check_leaks:
            fail(
                "Your code left resources behind:\n" + "\n".join(f"  - {p}" for p in problems),
                cause="a socket that is not closed on every path (use `with socket.socket(...) "
                "as s:` or try/finally), or a background thread that is never told to stop.",
            )

    # -- what the test uses

    def own(self, sock: socket.socket) -> socket.socket:
        """Have the scenario close ``sock`` at the end (and not count it as a leak)."""
        self._owned.append(sock)
        return sock

    def on_exit(self, stop: Callable[[], None]) -> None:
        """Run ``stop`` when the scenario ends (before the hygiene checks)."""
        self._stoppers.append(stop)

    def tcp_pair(
        self, *, timeout: float | None = net.TIMEOUT
    ) -> tuple[socket.socket, socket.socket]:
        """``(test_end, student_end)`` of a loopback TCP connection; both closed at the end."""
        client, server_side = net.tcp_pair(timeout=timeout)
        return self.own(client), self.own(server_side)

    def connect(self, address: net.Address, *, timeout: float = net.TIMEOUT) -> socket.socket:
        """Connect to the student's server as a client, failing clearly if nothing answers."""
        try:
            return self.own(net.connect(address, timeout=timeout))
        except ConnectionRefusedError:
            fail(
                f"Nothing accepted a connection on {net.format_address(address)}.",
                transcript=self.transcript,
                cause="the server is not listening yet (listen() was not called) or it "
                "listens on another address or port than the one it reported.",
            )
        except TimeoutError:
            fail(
                f"Connecting to {net.format_address(address)} timed out.",
                transcript=self.transcript,
                cause="the server's backlog is full because it stopped calling accept().",
            )

    def start(self, peer: Any) -> Any:
        """Start a peer from :mod:`grader.peers`; it is stopped when the scenario ends."""
        peer.start()
        self.on_exit(peer.stop)
        return peer

    def dribble(self, sock: socket.socket, data: bytes, chunk_size: int, **options: Any) -> Any:
        """Send ``data`` over ``sock`` in chunks, each after the student's code read the last."""
        from grader.peers import ChunkedWriter

        return self.start(
            ChunkedWriter(sock, data, chunk_size, transcript=self.transcript, **options)
        )

    def collect(self, sock: socket.socket, **options: Any) -> Any:
        """Read what the student's code sends over ``sock`` until end of stream."""
        from grader.peers import Collector

        return self.start(Collector(sock, transcript=self.transcript, **options))

    def slow_reader_pair(self, *, read_size: int = 4096) -> tuple[Any, socket.socket]:
        """``(reader, student_end)``: a connection with small buffers and a slow reader.

        ``student_end`` has a timeout (so ``send`` is never retried inside the kernel) and a
        small send buffer: one ``send`` of a large payload returns a short count.
        """
        from grader.peers import SlowReader, small_buffers

        with net.listener(backlog=1) as lst:
            small_buffers(lst)  # inherited by the accepted socket
            student_end = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            self.own(student_end)
            student_end.settimeout(net.TIMEOUT)
            small_buffers(student_end)
            student_end.connect(lst.getsockname())
            test_end, _ = lst.accept()
        self.own(test_end)
        test_end.settimeout(net.TIMEOUT)
        reader = SlowReader(test_end, read_size=read_size, transcript=self.transcript)
        return self.start(reader), student_end

    def call(
        self,
        func: Callable[..., Any],
        *args: Any,
        budget: float = DEFAULT_BUDGET,
        hang_cause: str | None = None,
        **kwargs: Any,
    ) -> Any:
        """:func:`call` with this scenario's transcript in the failure message."""
        return call(
            func, *args, budget=budget, transcript=self.transcript, hang_cause=hang_cause, **kwargs
        )

    def expect_equal(
        self, got: object, expected: object, summary: str, *, cause: str | None = None
    ) -> None:
        expect_equal(got, expected, summary, transcript=self.transcript, cause=cause)

    def fail(self, summary: str, **details: Any) -> NoReturn:
        fail(summary, transcript=self.transcript, **details)

    # -- hygiene

    def _hygiene_problems(self) -> list[str]:
        problems = []
        deadline = time.monotonic() + THREAD_GRACE
        new_threads = [t for t in threading.enumerate() if t not in self._threads_before]
        for thread in new_threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        gc.collect()  # so an unreferenced, unclosed socket raises its ResourceWarning now
        leaked_fds = open_socket_fds() - self._fds_before
        for fd in sorted(leaked_fds):
            problems.append(f"{describe_fd(fd)} was never closed")
        for thread in new_threads:
            if thread.is_alive():
                problems.append(f"thread {thread.name!r} was still running")
        unclosed = [w for w in self._caught if issubclass(w.category, ResourceWarning)]
        if unclosed:
            problems.append(
                f"{len(unclosed)} socket(s) were never closed; the garbage collector found "
                f"them (ResourceWarning: {str(unclosed[0].message)[:100]})"
            )
        # Whatever was left, make sure it cannot disturb the next test.
        for thread in new_threads:
            if thread.is_alive():
                stop_thread(thread, leaked_fds)
        for fd in leaked_fds:
            shutdown_fd(fd)
        return problems
