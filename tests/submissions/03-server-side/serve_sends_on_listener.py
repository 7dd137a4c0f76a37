"""serve_one sends on the listening socket instead of the accepted connection."""


# expect: fails a03_test_serve_one "send on the listening socket waits"
# %% a03_solution_serve_one
def serve_one(listener, greeting):
    conn, address = listener.accept()
    try:
        listener.sendall(greeting)
    finally:
        conn.close()
    return address
