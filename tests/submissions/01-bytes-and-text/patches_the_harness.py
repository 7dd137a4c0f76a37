"""A wrong frame_text that switches the harness's checks off: the tests still catch it."""

# expect: fails a01_test_frame_ascii "frame_text('hi') is wrong"
# expect: fails a01_test_frame_utf8 "is wrong"
# %% a01_solution_frame_text
import grader.harness

grader.harness.expect_equal = lambda *args, **kwargs: None
grader.harness.fail = lambda *args, **kwargs: None


def frame_text(text):
    return b"wrong"
