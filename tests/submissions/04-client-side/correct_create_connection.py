"""Correct, written differently: socket.create_connection, which closes the socket on failure."""


# expect: full
# %% a04_solution
def probe(host, port, timeout):
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except ConnectionRefusedError:
        return "refused"
    except TimeoutError:
        return "timeout"
    return "open"
