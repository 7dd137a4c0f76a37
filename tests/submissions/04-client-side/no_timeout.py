"""No timeout at all: a port that never answers keeps connect() waiting for minutes."""


# expect: fails a04_test_timeout "no timeout was set before connect"
# %% a04_solution
def probe(host, port, timeout):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.connect((host, port))
        except ConnectionRefusedError:
            return "refused"
        except TimeoutError:
            return "timeout"
        return "open"
