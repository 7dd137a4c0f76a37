"""Where the course's parts live, and the nbgrader configuration built from them."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from traitlets.config import Config

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "solutions"
EXERCISES = ROOT / "exercises"
LESSONS = ROOT / "notebooks"
GRADING = ROOT / "grading"
"""Everything nbgrader makes while grading lives here, and git ignores it."""

COURSE_ID = "socket-course"

CELL_TIMEOUT = 60
"""Seconds any one cell may run while grading: the last backstop behind the harness's budgets."""


def assignments() -> list[str]:
    """The assignment ids, in course order: the folder names under ``solutions/``."""
    return sorted(p.name for p in SOLUTIONS.iterdir() if p.is_dir() and not p.name.startswith("."))


def solution_notebook(assignment: str) -> Path:
    (notebook,) = sorted((SOLUTIONS / assignment).glob("*.ipynb"))
    return notebook


def grade_ids(notebook: dict) -> list[str]:
    """The nbgrader ids of the test cells of a notebook, in order."""
    ids = []
    for cell in notebook.get("cells", []):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade") and "grade_id" in meta:
            ids.append(meta["grade_id"])
    return ids


def solution_grade_ids(assignment: str) -> list[str]:
    return grade_ids(json.loads(solution_notebook(assignment).read_text(encoding="utf-8")))


def put_environment_on_path() -> None:
    """Make the environment's own commands findable, as an activated virtualenv would.

    nbgrader runs the ``alembic`` command by name to set up a gradebook; when the course's
    Python is called by its path (``.venv/bin/python``) without activating the environment,
    that command is not on PATH.
    """
    bin_dir = str(Path(sys.executable).parent)
    if bin_dir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")


def nbgrader_config(
    root: Path = ROOT,
    *,
    source: str = "solutions",
    release: str = "exercises",
    grading: str = "grading",
) -> Config:
    """The course's nbgrader settings, for a course directory at ``root``."""
    from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor
    from nbgrader.preprocessors import (
        AssignLatePenalties,
        CheckCellMetadata,
        ClearHiddenTests,
        GetGrades,
        LimitOutput,
        SaveAutoGrades,
    )

    from grader.preprocessors import (
        HideHiddenTestTracebacks,
        KeepStderrAsText,
        ResilientExecute,
    )

    put_environment_on_path()
    c = Config()
    c.CourseDirectory.root = str(root)
    c.CourseDirectory.course_id = COURSE_ID
    c.CourseDirectory.source_directory = source
    c.CourseDirectory.release_directory = release
    c.CourseDirectory.submitted_directory = f"{grading}/submitted"
    c.CourseDirectory.autograded_directory = f"{grading}/autograded"
    c.CourseDirectory.feedback_directory = f"{grading}/feedback"
    c.CourseDirectory.solution_directory = f"{grading}/solution"
    c.CourseDirectory.db_url = f"sqlite:///{root / grading / 'gradebook.db'}"
    c.Execute.timeout = CELL_TIMEOUT
    c.Execute.interrupt_on_timeout = True
    # nbgrader's default argument, plus a quiet kernel: its log lines are not the student's.
    c.Execute.extra_arguments = [
        "--HistoryManager.hist_file=:memory:",
        "--IPKernelApp.log_level=40",
    ]
    # nbgrader's default pipeline with two changes. ResilientExecute instead of Execute: a
    # submission that kills its kernel still gets the points of the tests that work.
    # KeepStderrAsText instead of IgnorePattern: a test cell's score depends on its checks, not
    # on whether the code under test logged.
    c.Autograde.autograde_preprocessors = [
        ResilientExecute,
        KeepStderrAsText,
        ClearMetadataPreprocessor,
        LimitOutput,
        SaveAutoGrades,
        AssignLatePenalties,
        CheckCellMetadata,
    ]
    # Feedback shows what each hidden test reported, not its code (plain nbgrader shows both).
    c.GenerateFeedback.preprocessors = [
        GetGrades,
        HideHiddenTestTracebacks,
        ClearHiddenTests,
        CSSHTMLHeaderPreprocessor,
    ]
    return c
