"""Text mode without an encoding, but errors='replace' hides the crash: the recorded makefile
arguments still show the missing encoding."""


# expect: fails a11_test_encoding "without an encoding"
# %% a11_solution_serve_kv
def serve_kv(conn, store):
    reader = conn.makefile("r", newline="\n", errors="surrogateescape")
    writer = conn.makefile("w", newline="\n", errors="surrogateescape")
    with conn, reader, writer:
        for line in reader:
            command, _, rest = line.rstrip("\n").partition(" ")
            if command == "SET" and " " in rest:
                key, _, value = rest.partition(" ")
                store[key] = value
                writer.write("OK\n")
            elif command == "GET" and rest and " " not in rest:
                writer.write(f"VALUE {store[rest]}\n" if rest in store else "NOT FOUND\n")
            elif command == "QUIT" and not rest:
                writer.write("BYE\n")
                writer.flush()
                break
            else:
                writer.write("ERROR ?\n")
            writer.flush()
