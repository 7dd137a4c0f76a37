"""On a bad command the server replies ERROR and hangs up."""


# expect: fails a11_test_errors "goes on serving"
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
            elif command == "GET" and rest and " " not in rest:
                writer.write(f"VALUE {store[rest]}\n" if rest in store else "NOT FOUND\n")
            else:
                writer.write("BYE\n" if command == "QUIT" else "ERROR go away\n")
                writer.flush()
                break
            writer.flush()
