"""Counts the bytes sent, but sends from the start of data again after a partial send."""


# expect: fails a05_test_send_all "keep a running total"
# %% a05_solution_send_all
def send_all(sock, data):
    total = 0
    while total < len(data):
        total += sock.send(data)
