"""Keeps every socket (for later?) and never closes them."""

# expect: fails a04_test_open "still open after probe returned"
# expect: fails a04_test_no_leaks "never closed"
# %% a04_solution
PROBED = []


def probe(host, port, timeout):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    PROBED.append(sock)
    sock.settimeout(timeout)
    code = sock.connect_ex((host, port))
    if code == 0:
        return "open"
    if code == errno.ECONNREFUSED:
        return "refused"
    return "timeout"
