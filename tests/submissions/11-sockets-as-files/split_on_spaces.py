"""The server splits the whole line on spaces: a value with spaces is an error."""


# expect: fails a11_test_text "spaces included"
# %% a11_solution_serve_kv
def serve_kv(conn, store):
    reader = conn.makefile("r", encoding="utf-8", newline="\n")
    writer = conn.makefile("w", encoding="utf-8", newline="\n")
    with conn, reader, writer:
        for line in reader:
            words = line.split()
            if len(words) == 3 and words[0] == "SET":
                store[words[1]] = words[2]
                writer.write("OK\n")
            elif len(words) == 2 and words[0] == "GET":
                writer.write(f"VALUE {store[words[1]]}\n" if words[1] in store else "NOT FOUND\n")
            elif words == ["QUIT"]:
                writer.write("BYE\n")
                writer.flush()
                break
            else:
                writer.write("ERROR bad command\n")
            writer.flush()
