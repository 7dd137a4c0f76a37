"""One send, its count ignored: only what fit in the kernel's buffer is sent."""


# expect: fails a05_test_send_all "send's count is ignored"
# %% a05_solution_send_all
def send_all(sock, data):
    sock.send(data)
