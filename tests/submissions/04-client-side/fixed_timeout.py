"""A fixed 2.5 s timeout, whatever the caller asked for."""


# expect: fails a04_test_timeout "settimeout(timeout) before connect"
# %% a04_solution
def probe(host, port, timeout):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(2.5)
        try:
            sock.connect((host, port))
        except ConnectionRefusedError:
            return "refused"
        except TimeoutError:
            return "timeout"
        return "open"
