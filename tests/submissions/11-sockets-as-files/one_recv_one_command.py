"""The server takes each recv as one command, and decodes each piece on its own."""


# expect: fails a11_test_stream "one recv is not one command"
# %% a11_solution_serve_kv
def serve_kv(conn, store):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                return
            try:
                line = data.decode("utf-8").rstrip("\n")
            except UnicodeDecodeError:
                conn.sendall(b"ERROR not UTF-8\n")
                continue
            command, _, rest = line.partition(" ")
            if command == "SET" and " " in rest:
                key, _, value = rest.partition(" ")
                store[key] = value
                reply = "OK"
            elif command == "GET" and rest and " " not in rest:
                reply = f"VALUE {store[rest]}" if rest in store else "NOT FOUND"
            elif command == "QUIT" and not rest:
                conn.sendall(b"BYE\n")
                return
            else:
                reply = "ERROR ?"
            conn.sendall(reply.encode() + b"\n")
