"""The length prefix counts characters, not bytes."""


# expect: fails a01_test_frame_utf8 "counts characters"
# %% a01_solution_frame_text
def frame_text(text):
    return struct.pack("!I", len(text)) + text.encode("utf-8")
