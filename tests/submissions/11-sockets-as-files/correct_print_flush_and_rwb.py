"""Correct, written differently: print(..., file=writer, flush=True), match; the client uses one
'rwb' file and asks one key at a time.

(Not one 'rw' text file for both directions: a TextIOWrapper throws away what it has read ahead
whenever you write to it.)"""


# expect: full
# %% a11_solution_serve_kv
def serve_kv(conn, store):
    reader = conn.makefile("r", encoding="utf-8", newline="\n")
    stream = conn.makefile("w", encoding="utf-8", newline="\n")
    try:
        while True:
            line = reader.readline()
            if not line:
                break
            words = line.rstrip("\n").split(" ", 2)
            match words:
                case ["SET", key, value] if key:
                    store[key] = value
                    print("OK", file=stream, flush=True)
                case ["GET", key] if key:
                    reply = f"VALUE {store[key]}" if key in store else "NOT FOUND"
                    print(reply, file=stream, flush=True)
                case ["QUIT"]:
                    print("BYE", file=stream, flush=True)
                    break
                case _:
                    print("ERROR unknown command", file=stream, flush=True)
    finally:
        stream.close()
        reader.close()
        conn.close()


# %% a11_solution_get_many
def get_many(sock, keys):
    with sock.makefile("rwb") as stream:
        answers = {}
        for key in keys:
            stream.write(b"GET " + key.encode("utf-8") + b"\n")
            stream.flush()
            reply = stream.readline().decode("utf-8").rstrip("\n")
            if reply == "NOT FOUND":
                answers[key] = None
            elif reply.startswith("VALUE "):
                answers[key] = reply.split(" ", 1)[1]
            else:
                raise ValueError(reply)
        return answers
