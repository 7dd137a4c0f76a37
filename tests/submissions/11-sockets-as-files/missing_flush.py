"""The server writes its replies to the file but never flushes it (the client's requests too)."""


# expect: fails a11_test_replies "missing flush"
# expect: fails a11_test_get_many "missing flush"
# %% a11_solution_serve_kv
def serve_kv(conn, store):
    reader = conn.makefile("r", encoding="utf-8", newline="\n")
    writer = conn.makefile("w", encoding="utf-8", newline="\n")
    with conn, reader, writer:
        for line in reader:
            command, _, rest = line.rstrip("\n").partition(" ")
            if command == "SET" and " " in rest:
                key, _, value = rest.partition(" ")
                store[key] = value
                writer.write("OK\n")
            elif command == "GET" and rest:
                writer.write(f"VALUE {store[rest]}\n" if rest in store else "NOT FOUND\n")
            elif command == "QUIT":
                writer.write("BYE\n")
                break
            else:
                writer.write("ERROR ?\n")


# %% a11_solution_get_many
def get_many(sock, keys):
    values = {}
    with sock.makefile("wb") as requests, sock.makefile("rb") as replies:
        for key in keys:
            requests.write(f"GET {key}\n".encode())
        for key in keys:
            text = replies.readline().decode("utf-8").rstrip("\n")
            values[key] = text.removeprefix("VALUE ") if text.startswith("VALUE ") else None
    return values
