# The repository root is the nbgrader course directory; the settings live in the grader package.
load_subconfig("grader/nbgrader_config.py")  # noqa: F821 (provided by traitlets)
