"""Waits for the server to say something: a listener that does not talk is reported as timeout."""


# expect: fails a04_test_open "the probe waited for data"
# %% a04_solution
def probe(host, port, timeout):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect((host, port))
            sock.recv(1)
        except ConnectionRefusedError:
            return "refused"
        except TimeoutError:
            return "timeout"
        return "open"
