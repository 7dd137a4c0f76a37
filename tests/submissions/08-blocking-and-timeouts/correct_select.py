"""Correct, written differently: non-blocking recv with select, the old timeout put back."""


# expect: full
# %% a08_solution_mode
def socket_mode(sock):
    if not sock.getblocking():
        return "non-blocking"
    return "blocking" if sock.gettimeout() is None else "timeout"


# %% a08_solution_recv
import select


def recv_exactly_by(sock, n, deadline_seconds):
    saved = sock.gettimeout()
    end = time.monotonic() + deadline_seconds
    parts, have = [], 0
    sock.setblocking(False)
    try:
        while have < n:
            left = end - time.monotonic()
            if left <= 0 or not select.select([sock], [], [], left)[0]:
                raise TimeoutError(f"only {have} of {n} bytes in {deadline_seconds} s")
            try:
                part = sock.recv(n - have)
            except BlockingIOError:
                continue
            if part == b"":
                raise EOFError(f"connection closed after {have} of {n} bytes")
            parts.append(part)
            have += len(part)
        return b"".join(parts)
    finally:
        sock.settimeout(saved)
