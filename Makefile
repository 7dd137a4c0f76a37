# Two commands: `make lab` (study) and `make test` (check everything). Both build .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Tests run in parallel on every core; override with `make test JOBS=1`.
JOBS ?= auto

.PHONY: lab test lint unit lessons-check lessons exercises bench stability clean

# The environment is rebuilt whenever requirements.txt or pyproject.toml is newer than it.
$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found %s); run: make PYTHON=python3.12 ..." % sys.version.split()[0])'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

lab: $(STAMP)
	$(PY) -m grader lab

test: lint unit lessons-check

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check --diff grader tests benchmarks

# The project's own suite: harness, grading, exercises in sync with solutions, method coverage.
unit: $(STAMP)
	$(PY) -m pytest -n $(JOBS) tests

# Strict nbval: every lesson re-executed and compared with its stored outputs.
lessons-check: $(STAMP)
	$(PY) -m pytest -n $(JOBS) --dist loadfile --nbval notebooks --nbval-sanitize-with notebooks/nbval-sanitize.cfg

# Re-execute the lessons in place (after editing one), storing fresh outputs.
lessons: $(STAMP)
	$(PY) -m grader execute-lessons

# Regenerate exercises/ from solutions/ with nbgrader.
exercises: $(STAMP)
	$(PY) -m grader release

bench: $(STAMP)
	$(PY) benchmarks/bench.py

# Grade everything several times in parallel: outcomes must never change (ROUNDS=3, WORKERS=cores).
stability: $(STAMP)
	$(PY) benchmarks/stability.py

clean:
	rm -rf $(VENV) grading
