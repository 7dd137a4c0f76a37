"""serve_one closes the listening socket (with listener:) instead of the connection."""


# expect: fails a03_test_serve_one "closed the listening socket"
# %% a03_solution_serve_one
def serve_one(listener, greeting):
    with listener:
        conn, address = listener.accept()
        conn.sendall(greeting)
        conn.close()
    return address
