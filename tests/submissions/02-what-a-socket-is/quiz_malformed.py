"""Quiz answers in the wrong shape: q3 as a list instead of a dict."""

# expect: fails a02_test_quiz_answered "should be a dict"
# %% a02_solution_quiz
q1 = "C"
q2 = "B"
q3 = [False, True, True, False, False, True, False, True]
q4 = ["socket", "settimeout", "connect", "sendall"]
q5 = "B"
