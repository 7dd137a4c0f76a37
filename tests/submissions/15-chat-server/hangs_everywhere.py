"""Accepts connections but never answers, and never looks at `stop`."""


# expect: zero
# %% a15_solution
def chat_server(listener, stop):
    """Serve the chat protocol to every client of `listener` until `stop` is set."""
    listener.settimeout(None)
    connections = []
    while True:
        conn, _ = listener.accept()
        connections.append(conn)
