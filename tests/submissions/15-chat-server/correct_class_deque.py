"""A class per connection, a deque of memoryviews as the outbox, its own parser; bad JSON gets an
error (the alternative rule 3 allows) instead of closing the connection."""

# expect: full
# %% a15_solution
import collections


class Peer:
    def __init__(self, sock):
        self.sock = sock
        self.name = None
        self.inbox = bytearray()
        self.outbox = collections.deque()  # memoryviews still to send, oldest first
        self.pending = 0
        self.gone = False

    def next_message(self):
        """The next message in the inbox: a dict, None (incomplete), or "bad" (bad JSON)."""
        if len(self.inbox) < HEADER.size:
            return None
        (length,) = HEADER.unpack_from(self.inbox)
        if length > MAX_MESSAGE:
            raise ValueError("length over MAX_MESSAGE")
        if len(self.inbox) < HEADER.size + length:
            return None
        body = bytes(self.inbox[HEADER.size : HEADER.size + length])
        del self.inbox[: HEADER.size + length]
        try:
            message = json.loads(body.decode("utf-8"))
        except ValueError:
            return "bad"
        return message if isinstance(message, dict) else "bad"


class Room:
    def __init__(self, listener):
        self.listener = listener
        self.selector = selectors.DefaultSelector()
        self.peers = {}

    def queue(self, peer, message):
        if peer.gone:
            return
        data = encode(message)
        peer.outbox.append(memoryview(data))
        peer.pending += len(data)
        if peer.pending > MAX_OUTBOX:
            self.remove(peer, "slow consumer")
        else:
            self.selector.modify(peer.sock, selectors.EVENT_READ | selectors.EVENT_WRITE, peer)

    def tell_members(self, message):
        for peer in [p for p in self.peers.values() if p.name is not None]:
            self.queue(peer, message)

    def remove(self, peer, reason):
        if peer.gone:
            return
        peer.gone = True
        del self.peers[peer.sock]
        self.selector.unregister(peer.sock)
        peer.sock.close()
        if peer.name is not None:
            self.tell_members({"type": "left", "name": peer.name, "reason": reason})

    def on_message(self, peer, message):
        if message == "bad":
            self.queue(peer, {"type": "error", "text": "not a JSON object in UTF-8"})
            return
        kind = message.get("type")
        if peer.name is None:
            name = message.get("name")
            taken = {p.name for p in self.peers.values()}
            if kind == "join" and isinstance(name, str) and 1 <= len(name) <= 20:
                if name in taken:
                    self.queue(peer, {"type": "error", "text": "name taken"})
                    return
                self.tell_members({"type": "joined", "name": name})
                peer.name = name
                users = [p.name for p in self.peers.values() if p.name is not None]
                self.queue(peer, {"type": "welcome", "name": name, "users": users})
            else:
                self.queue(peer, {"type": "error", "text": "join first"})
        elif kind == "say" and isinstance(message.get("text"), str):
            self.tell_members({"type": "message", "sender": peer.name, "text": message["text"]})
        else:
            self.queue(peer, {"type": "error", "text": f"unknown: {kind!r}"})

    def readable(self, peer):
        try:
            data = peer.sock.recv(32768)
        except BlockingIOError:
            return
        except OSError:
            self.remove(peer, "reset")
            return
        if not data:
            self.remove(peer, "quit")
            return
        peer.inbox.extend(data)
        while not peer.gone:
            try:
                message = peer.next_message()
            except ValueError:
                self.remove(peer, "malformed")
                return
            if message is None:
                return
            self.on_message(peer, message)

    def writable(self, peer):
        while peer.outbox:
            head = peer.outbox[0]
            try:
                sent = peer.sock.send(head)
            except BlockingIOError:
                return
            except OSError:
                self.remove(peer, "broken pipe")
                return
            peer.pending -= sent
            if sent < len(head):
                peer.outbox[0] = head[sent:]
                return
            peer.outbox.popleft()
        self.selector.modify(peer.sock, selectors.EVENT_READ, peer)

    def run(self, stop):
        self.listener.setblocking(False)
        self.selector.register(self.listener, selectors.EVENT_READ)
        with self.selector:
            try:
                while not stop.is_set():
                    for key, events in self.selector.select(0.05):
                        if key.fileobj is self.listener:
                            self.accept()
                            continue
                        peer = key.data
                        if events & selectors.EVENT_READ and not peer.gone:
                            self.readable(peer)
                        if events & selectors.EVENT_WRITE and not peer.gone:
                            self.writable(peer)
            finally:
                for peer in list(self.peers.values()):
                    peer.gone = True
                    self.selector.unregister(peer.sock)
                    peer.sock.close()

    def accept(self):
        try:
            sock, _ = self.listener.accept()
        except (BlockingIOError, ConnectionError):
            return
        sock.setblocking(False)
        peer = Peer(sock)
        self.peers[sock] = peer
        self.selector.register(sock, selectors.EVENT_READ, peer)


def chat_server(listener, stop):
    """Serve the chat protocol to every client of `listener` until `stop` is set."""
    Room(listener).run(stop)
