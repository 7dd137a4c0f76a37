"""Closes the socket after a successful connect only: every refusal and timeout leaks one."""


# expect: fails a04_test_no_leaks "never closed"
# %% a04_solution
def probe(host, port, timeout):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect((host, port))
    except ConnectionRefusedError:
        return "refused"
    except TimeoutError:
        return "timeout"
    sock.close()
    return "open"
