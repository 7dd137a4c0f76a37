"""connect_ex, with ETIMEDOUT as the only timeout: Python's own timeout returns EAGAIN."""


# expect: fails a04_test_timeout "errno.EAGAIN"
# %% a04_solution
def probe(host, port, timeout):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        code = sock.connect_ex((host, port))
    if code == 0:
        return "open"
    if code == errno.ETIMEDOUT:
        return "timeout"
    return "refused"
