"""Correct, written differently: collect all the bytes, decode once; int.to_bytes."""


# expect: full
# %% a01_solution_frame_text
def frame_text(text):
    data = bytes(text, "utf-8")
    return len(data).to_bytes(4, byteorder="big") + data


# %% a01_solution_read_text
def read_text(sock):
    received = bytearray()
    while chunk := sock.recv(1024):
        received.extend(chunk)
    return received.decode()


# %% a01_solution_u32
def pack_u32(number):
    try:
        return number.to_bytes(4, "big", signed=False)
    except OverflowError as error:
        raise ValueError(str(error)) from None


def unpack_u32(data):
    if len(data) != 4:
        raise ValueError("unpack_u32 needs exactly 4 bytes")
    return int.from_bytes(data, "big")
