"""Quiz left unanswered, and endpoint_info never returns."""

# expect: zero
# %% a02_solution_quiz
raise NotImplementedError()


# %% a02_solution_endpoint_info
def endpoint_info(sock):
    while True:
        pass
