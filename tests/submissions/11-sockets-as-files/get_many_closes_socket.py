"""get_many closes the socket when it is done (with sock: ...)."""


# expect: fails a11_test_get_many_again "get_many closed sock"
# %% a11_solution_get_many
def get_many(sock, keys):
    with sock, sock.makefile("rwb") as stream:
        for key in keys:
            stream.write(f"GET {key}\n".encode())
        stream.flush()
        values = {}
        for key in keys:
            text = stream.readline().decode("utf-8").rstrip("\n")
            values[key] = text.removeprefix("VALUE ") if text.startswith("VALUE ") else None
        return values
