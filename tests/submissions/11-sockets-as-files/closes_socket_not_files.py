"""The server closes the socket but leaves the makefile files open: the client never sees EOF."""


# expect: fails a11_test_quit "socket closed but file left open"
# %% a11_solution_serve_kv
def serve_kv(conn, store):
    reader = conn.makefile("r", encoding="utf-8", newline="\n")
    writer = conn.makefile("w", encoding="utf-8", newline="\n")
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
            writer.flush()
            break
        else:
            writer.write("ERROR ?\n")
        writer.flush()
    conn.close()  # the files still hold the connection open
    KEEP.append((reader, writer))  # kept for "later" (a log, a cache...): never closed


KEEP = []
