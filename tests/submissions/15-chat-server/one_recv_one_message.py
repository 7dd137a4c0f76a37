"""Takes each recv for one whole message: a message that arrives in pieces is lost."""


# expect: fails a15_test_separate_buffers "split into pieces"
# %% a15_solution
def chat_server(listener, stop):
    """Serve the chat protocol to every client of `listener` until `stop` is set."""
    listener.setblocking(False)
    selector = selectors.DefaultSelector()
    clients = {}  # socket -> {"sock", "name" (None until joined), "inbox", "outbox"}

    def members():
        return [client for client in clients.values() if client["name"] is not None]

    def watch(client):
        """Ask for EVENT_WRITE only while something waits in the outbox."""
        events = selectors.EVENT_READ | (selectors.EVENT_WRITE if client["outbox"] else 0)
        if selector.get_key(client["sock"]).events != events:
            selector.modify(client["sock"], events, client)

    def deliver(client, data):
        if client["sock"] not in clients:  # dropped earlier in this round
            return
        client["outbox"] += data
        if len(client["outbox"]) > MAX_OUTBOX:
            drop(client, "too slow: stopped reading")
        else:
            watch(client)

    def broadcast(message):
        data = encode(message)  # encoded once, queued for every member
        for client in members():
            deliver(client, data)

    def drop(client, reason):
        """A client leaves, whatever the reason: unregister, close, forget, then tell the others."""
        if clients.pop(client["sock"], None) is None:
            return
        selector.unregister(client["sock"])
        client["sock"].close()
        if client["name"] is not None:
            broadcast({"type": "left", "name": client["name"], "reason": reason})

    def refuse(client, text):
        deliver(client, encode({"type": "error", "text": text}))

    def handle(client, message):
        kind = message.get("type")
        if client["name"] is None:
            name = message.get("name")
            if kind != "join" or not isinstance(name, str) or not 1 <= len(name) <= 20:
                refuse(client, "join first, with a name of 1 to 20 characters")
            elif any(member["name"] == name for member in members()):
                refuse(client, f"the name {name!r} is taken")
            else:
                broadcast({"type": "joined", "name": name})  # before the name: others only
                client["name"] = name
                users = sorted(member["name"] for member in members())
                deliver(client, encode({"type": "welcome", "name": name, "users": users}))
        elif kind == "say" and isinstance(message.get("text"), str):
            broadcast({"type": "message", "sender": client["name"], "text": message["text"]})
        else:
            refuse(client, f"cannot do that: {json.dumps(message)[:100]}")

    def on_readable(client):
        try:
            data = client["sock"].recv(65536)
        except BlockingIOError:
            return
        except OSError:  # a reset: this client is gone, nobody else is concerned
            drop(client, "connection lost")
            return
        if not data:
            drop(client, "left")
            return
        try:
            messages = take_messages(bytearray(data))  # the bug: no inbox kept between recvs
        except ValueError:
            drop(client, "malformed message")
            return
        for message in messages:
            if client["sock"] not in clients:
                break
            handle(client, message)

    def on_writable(client):
        try:
            sent = client["sock"].send(client["outbox"])
        except BlockingIOError:
            return
        except OSError:
            drop(client, "connection lost")
            return
        del client["outbox"][:sent]  # send may take only part: keep the rest
        watch(client)

    selector.register(listener, selectors.EVENT_READ, None)
    try:
        while not stop.is_set():
            for key, mask in selector.select(timeout=0.1):
                if key.data is None:
                    try:
                        sock, _ = listener.accept()
                    except OSError:  # nobody after all, or the client gave up already
                        continue
                    sock.setblocking(False)
                    client = {
                        "sock": sock,
                        "name": None,
                        "inbox": bytearray(),
                        "outbox": bytearray(),
                    }
                    clients[sock] = client
                    selector.register(sock, selectors.EVENT_READ, client)
                    continue
                client = key.data
                if mask & selectors.EVENT_WRITE and client["sock"] in clients:
                    on_writable(client)
                if mask & selectors.EVENT_READ and client["sock"] in clients:
                    on_readable(client)
    finally:
        for sock in list(clients):
            selector.unregister(sock)
            sock.close()
        selector.close()
