"""struct's native format ('I' without '!'): the machine's byte order and alignment."""


# expect: fails a01_test_u32 "network byte order is big-endian"
# %% a01_solution_u32
def pack_u32(number):
    if not 0 <= number < 2**32:
        raise ValueError("does not fit")
    return struct.pack("I", number)


def unpack_u32(data):
    if len(data) != 4:
        raise ValueError("not 4 bytes")
    return struct.unpack("I", data)[0]
