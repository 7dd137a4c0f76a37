"""Every function hangs: zero, every test reported promptly."""


# expect: zero
# %% a01_solution_frame_text
def frame_text(text):
    while True:
        pass


# %% a01_solution_read_text
def read_text(sock):
    sock.settimeout(None)
    while True:
        sock.recv(1)


# %% a01_solution_u32
def pack_u32(number):
    threading_free_wait = __import__("threading").Event()
    threading_free_wait.wait()


def unpack_u32(data):
    while True:
        pass
