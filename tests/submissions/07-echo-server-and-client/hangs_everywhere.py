"""Both functions wait forever: every test must fail, within its budget."""


# expect: zero
# %% a07_solution_server
def echo_server(listener, stop):
    threading.Event().wait()


# %% a07_solution_client
def echo_client(address, payload):
    threading.Event().wait()
