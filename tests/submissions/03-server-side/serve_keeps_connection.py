"""serve_one keeps the connection open (stored for later): the client never sees the end."""

# expect: fails a03_test_serve_one "did not close the connection"
# %% a03_solution_serve_one
CONNECTIONS = []


def serve_one(listener, greeting):
    conn, address = listener.accept()
    conn.sendall(greeting)
    CONNECTIONS.append(conn)
    return address
