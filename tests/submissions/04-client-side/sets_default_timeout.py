"""socket.setdefaulttimeout: works, and changes every socket the program creates afterwards."""


# expect: fails a04_test_default_timeout "setdefaulttimeout"
# %% a04_solution
def probe(host, port, timeout):
    socket.setdefaulttimeout(timeout)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.connect((host, port))
        except ConnectionRefusedError:
            return "refused"
        except TimeoutError:
            return "timeout"
        return "open"
