"""A bare `except OSError`: a timeout is reported as refused."""


# expect: fails a04_test_timeout "every error is read as refused"
# %% a04_solution
def probe(host, port, timeout):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect((host, port))
        except OSError:
            return "refused"
        return "open"
