"""pack_u32 ends the Python process: that test scores zero, every other test still counts."""

# expect: score 8
# expect: fails a01_test_u32 "kernel died"
# %% a01_solution_u32
import os


def pack_u32(number):
    os._exit(1)


def unpack_u32(data):
    return struct.unpack("!I", data)[0]
