# nbgrader reads this through the nbgrader_config.py at the repository root.
from grader.course import nbgrader_config

c = get_config()  # noqa: F821 (provided by traitlets when it loads a config file)
c.merge(nbgrader_config())
