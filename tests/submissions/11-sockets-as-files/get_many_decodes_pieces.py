"""get_many decodes each recv on its own: a character split between two pieces breaks it."""


# expect: fails a11_test_get_many "decoding pieces of the stream separately"
# %% a11_solution_get_many
def get_many(sock, keys):
    sock.sendall("".join(f"GET {key}\n" for key in keys).encode())
    text = ""
    values = {}
    for key in keys:
        while "\n" not in text:
            text += sock.recv(1024).decode("utf-8")
        line, text = text.split("\n", 1)
        values[key] = line.removeprefix("VALUE ") if line.startswith("VALUE ") else None
    return values
