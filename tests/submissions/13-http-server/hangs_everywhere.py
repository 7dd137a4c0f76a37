"""Accepts connections, reads, never answers, never looks at stop: graded promptly, zero."""


# expect: zero
# expect: fails a13_test_get "http.client, GET /hello.txt: TimeoutError"
# expect: fails a13_test_strict "No response within"
# expect: fails a13_test_stops "No response within"
# %% a13_solution
def serve_static(listener, root, stop):
    listener.settimeout(None)
    kept = []
    while True:
        conn, _ = listener.accept()
        conn.settimeout(None)
        kept.append(conn)
        conn.recv(65536)  # and never answers
