"""No range check: int.to_bytes raises OverflowError instead of ValueError."""


# expect: fails a01_test_u32 "OverflowError"
# %% a01_solution_u32
def pack_u32(number):
    return number.to_bytes(4, "big")


def unpack_u32(data):
    if len(data) != 4:
        raise ValueError("not 4 bytes")
    return int.from_bytes(data, "big")
