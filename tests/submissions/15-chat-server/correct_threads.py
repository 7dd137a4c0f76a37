"""Threads instead of selectors: a reader and a writer thread per client, one lock for the room."""

# expect: full
# %% a15_solution
import collections
import contextlib
import select


def chat_server(listener, stop):
    """Serve the chat protocol to every client of `listener` until `stop` is set."""
    lock = threading.RLock()
    members = {}  # name -> Connection
    connections = set()
    readers = []

    class Connection:
        def __init__(self, sock):
            self.sock = sock
            self.name = None
            self.queue = collections.deque()  # bytes waiting for the writer thread
            self.queued = 0  # bytes in the queue and in the writer's hands
            self.ready = threading.Condition(lock)
            self.closed = False

    def deliver(conn, message):
        if conn.closed:
            return
        data = encode(message)
        conn.queue.append(data)
        conn.queued += len(data)
        if conn.queued > MAX_OUTBOX:
            leave(conn, "not reading")
        else:
            conn.ready.notify()

    def broadcast(message):
        for conn in list(members.values()):
            deliver(conn, message)

    def leave(conn, reason):
        """With the lock held. The reader thread closes the socket once both threads are done."""
        if conn.closed:
            return
        conn.closed = True
        connections.discard(conn)
        conn.ready.notify()
        with contextlib.suppress(OSError):
            conn.sock.shutdown(socket.SHUT_RDWR)  # wakes a writer stuck in sendall
        if members.get(conn.name) is conn:
            del members[conn.name]
            broadcast({"type": "left", "name": conn.name, "reason": reason})

    def handle(conn, message):
        kind, name, text = message.get("type"), message.get("name"), message.get("text")
        if conn.name is None:
            if kind != "join" or not isinstance(name, str) or not 0 < len(name) <= 20:
                deliver(conn, {"type": "error", "text": "join with a name of 1-20 characters"})
            elif name in members:
                deliver(conn, {"type": "error", "text": "that name is taken"})
            else:
                broadcast({"type": "joined", "name": name})
                conn.name = name
                members[name] = conn
                deliver(conn, {"type": "welcome", "name": name, "users": list(members)})
        elif kind == "say" and isinstance(text, str):
            broadcast({"type": "message", "sender": conn.name, "text": text})
        else:
            deliver(conn, {"type": "error", "text": "members may only say things"})

    def write(conn):
        while True:
            with lock:
                while not conn.queue and not conn.closed:
                    conn.ready.wait(0.1)
                if conn.closed:
                    return
                data = conn.queue.popleft()
            try:
                conn.sock.sendall(data)
            except OSError:
                with lock:
                    leave(conn, "connection lost")
                return
            with lock:
                conn.queued -= len(data)

    def read(conn):
        writer = threading.Thread(target=write, args=(conn,))
        writer.start()
        inbox = bytearray()
        reason = "server stopping"
        try:
            while not conn.closed and not stop.is_set():
                if not select.select([conn.sock], [], [], 0.1)[0]:
                    continue
                try:
                    data = conn.sock.recv(65536)
                except OSError:
                    reason = "connection lost"
                    break
                if not data:
                    reason = "left"
                    break
                inbox += data
                try:
                    messages = take_messages(inbox)
                except ValueError:
                    reason = "malformed message"
                    break
                with lock:
                    for message in messages:
                        if conn.closed:
                            break
                        handle(conn, message)
        finally:
            with lock:
                leave(conn, reason)
            writer.join()
            conn.sock.close()

    listener.settimeout(0.1)
    try:
        while not stop.is_set():
            try:
                sock, _ = listener.accept()
            except TimeoutError:
                continue
            conn = Connection(sock)
            with lock:
                connections.add(conn)
            reader = threading.Thread(target=read, args=(conn,))
            readers.append(reader)
            reader.start()
    finally:
        with lock:
            for conn in list(connections):
                leave(conn, "server stopping")
        for reader in readers:
            reader.join()
