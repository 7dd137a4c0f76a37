"""Loopback plumbing shared by the lessons, the exercises' tests and the harness.

Every helper here follows the course's rules for network code in a notebook:

* only the loopback address, and port 0 so the operating system picks a free port
  (read it back with ``getsockname()``); two copies of a cell never collide;
* a timeout on every socket, so a mistake becomes an exception instead of a frozen kernel;
* background threads that always stop, and never print (output from a thread would land in
  whichever cell happens to run next); their exceptions are handed back to the caller.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future

LOOPBACK = "127.0.0.1"
TIMEOUT = 5.0
"""Seconds. Long enough for any loopback exchange, short enough that a mistake shows quickly."""

Address = tuple[str, int]


def listener(*, backlog: int = 16, timeout: float | None = TIMEOUT) -> socket.socket:
    """A TCP socket listening on loopback, on a port the operating system picked."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.bind((LOOPBACK, 0))
        sock.listen(backlog)
    except BaseException:
        sock.close()
        raise
    return sock


def connect(address: Address, *, timeout: float | None = TIMEOUT) -> socket.socket:
    """A TCP client socket connected to ``address``, with ``timeout`` set before the handshake."""
    return socket.create_connection(address, timeout=timeout)


def tcp_pair(*, timeout: float | None = TIMEOUT) -> tuple[socket.socket, socket.socket]:
    """Two ends of one real TCP connection over loopback: ``(client_side, server_side)``.

    Unlike ``socket.socketpair()`` (a Unix socket), this is the same kind of connection a
    network server sees, with addresses and ports on both ends.
    """
    with listener(backlog=1, timeout=timeout) as lst:
        client = connect(lst.getsockname(), timeout=timeout)
        try:
            server_side, _ = lst.accept()
        except BaseException:
            client.close()
            raise
    server_side.settimeout(timeout)
    return client, server_side


def udp_socket(*, timeout: float | None = TIMEOUT) -> socket.socket:
    """A UDP socket bound to loopback on a free port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.settimeout(timeout)
        sock.bind((LOOPBACK, 0))
    except BaseException:
        sock.close()
        raise
    return sock


def format_address(address: object) -> str:
    """``('127.0.0.1', 50321)`` as ``127.0.0.1:<port>``: port numbers change every run."""
    if isinstance(address, tuple) and len(address) >= 2:
        return f"{address[0]}:<port>"
    return repr(address)


class BackgroundServer:
    """Accept connections on loopback in a background thread and hand each to ``handler``.

    >>> def shout(conn, address):
    ...     conn.sendall(conn.recv(1024).upper())
    >>> with BackgroundServer(shout) as server:
    ...     with connect(server.address) as client:
    ...         client.sendall(b"hi")
    ...         client.recv(1024)
    b'HI'

    ``handler(conn, address)`` runs once per connection; the server closes ``conn`` after it.
    With ``concurrent=True`` each connection gets its own thread, otherwise they are served one
    after another. ``configure(listening_socket)``, if given, runs before the first client can
    connect (for options that accepted sockets inherit, such as buffer sizes).

    Leaving the ``with`` block stops the server: it stops accepting, wakes any handler still
    waiting on its connection, waits for every thread, and re-raises the first exception a
    handler raised (instead of printing it from a thread).
    """

    def __init__(
        self,
        handler: Callable[[socket.socket, Address], object],
        *,
        concurrent: bool = False,
        timeout: float | None = TIMEOUT,
        backlog: int = 16,
        configure: Callable[[socket.socket], object] | None = None,
    ) -> None:
        self.handler = handler
        self.configure = configure
        self.concurrent = concurrent
        self.timeout = timeout
        self.backlog = backlog
        self.errors: list[BaseException] = []
        self.connections_served = 0
        self._lock = threading.Lock()
        self._open_connections: set[socket.socket] = set()
        self._workers: list[threading.Thread] = []
        self._listener: socket.socket | None = None
        self._wake_reader: socket.socket | None = None
        self._wake_writer: socket.socket | None = None
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> Address:
        if self._listener is None:
            raise RuntimeError("the server is not running: use it in a `with` block")
        return self._listener.getsockname()

    @property
    def port(self) -> int:
        return self.address[1]

    def __enter__(self) -> BackgroundServer:
        self._listener = listener(backlog=self.backlog, timeout=self.timeout)
        if self.configure is not None:
            self.configure(self._listener)
        # A socketpair lets stop() wake the accept loop at once, on every platform.
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._thread = threading.Thread(target=self._accept_loop, name="BackgroundServer")
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
        if self.errors and exc_info[0] is None:
            raise self.errors[0]

    def stop(self) -> None:
        if self._thread is None:
            return
        self._wake_writer.send(b"x")
        self._thread.join(timeout=TIMEOUT)
        with self._lock:
            for conn in self._open_connections:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        for worker in self._workers:
            worker.join(timeout=TIMEOUT)
        for sock in (self._listener, self._wake_reader, self._wake_writer):
            sock.close()
        stuck = [t.name for t in [self._thread, *self._workers] if t.is_alive()]
        self._thread = None
        if stuck:
            raise RuntimeError(f"server threads did not stop: {stuck}")

    def _accept_loop(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._listener, selectors.EVENT_READ)
            selector.register(self._wake_reader, selectors.EVENT_READ)
            while True:
                ready = {key.fileobj for key, _ in selector.select()}
                if self._wake_reader in ready:
                    return
                try:
                    conn, address = self._listener.accept()
                except OSError as error:  # e.g. the client gave up before we accepted
                    self.errors.append(error)
                    continue
                conn.settimeout(self.timeout)
                with self._lock:
                    self._open_connections.add(conn)
                if self.concurrent:
                    worker = threading.Thread(
                        target=self._serve, args=(conn, address), name=f"handler-{address[1]}"
                    )
                    self._workers.append(worker)
                    worker.start()
                else:
                    self._serve(conn, address)

    def _serve(self, conn: socket.socket, address: Address) -> None:
        try:
            with conn:
                self.handler(conn, address)
        except BaseException as error:  # handed back by __exit__, never printed here
            self.errors.append(error)
        finally:
            with self._lock:
                self._open_connections.discard(conn)
                self.connections_served += 1


@contextlib.contextmanager
def in_background(func: Callable[..., object], *args: object, **kwargs: object) -> Iterator[Future]:
    """Run ``func(*args, **kwargs)`` in a thread for the duration of a ``with`` block.

    Yields a ``Future``: call ``.result(timeout=...)`` to wait for the value (or the exception).
    On leaving the block the thread is waited for, so it never outlives the cell.
    """
    future: Future = Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(func(*args, **kwargs))
        except BaseException as error:  # delivered through the future, not printed
            future.set_exception(error)

    thread = threading.Thread(target=run, name=getattr(func, "__name__", "background"))
    thread.start()
    try:
        yield future
    finally:
        thread.join(timeout=TIMEOUT)
        if thread.is_alive():
            raise RuntimeError(
                f"{thread.name} was still running {TIMEOUT} s after the block ended; "
                "give its sockets a timeout so it cannot wait forever"
            )
