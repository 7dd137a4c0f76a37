"""Only the refusal is caught: TimeoutError escapes from probe."""


# expect: fails a04_test_timeout "a timeout is an answer"
# %% a04_solution
def probe(host, port, timeout):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect((host, port))
        except ConnectionRefusedError:
            return "refused"
        return "open"
