"""Accepts one client and waits for it to speak, forever; never looks at stop."""


# expect: zero
# expect: fails a12_test_echo "not served within"
# %% a12_solution
def selector_echo_server(listener, stop):
    listener.settimeout(None)
    while True:
        conn, _ = listener.accept()
        conn.recv(1)  # and never answers
