"""The timeout set after connect: too late for the handshake."""


# expect: fails a04_test_timeout "a timeout set after connect comes too late"
# %% a04_solution
def probe(host, port, timeout):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.connect((host, port))
            sock.settimeout(timeout)
        except ConnectionRefusedError:
            return "refused"
        except TimeoutError:
            return "timeout"
        return "open"
