"""Executing the lesson notebooks top to bottom and storing their outputs."""

from __future__ import annotations

import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from grader.course import LESSONS

LESSON_CELL_TIMEOUT = 30
"""Seconds per lesson cell. Lessons run in seconds; a cell this slow has a bug."""


def lesson_paths() -> list[Path]:
    return sorted(LESSONS.glob("[0-9][0-9]-*.ipynb"))


def execute_lesson(path: Path) -> float:
    """Run a lesson in a fresh kernel, from its own folder, and save it with its outputs.

    Returns the seconds it took. Cells tagged ``raises-exception`` may raise (they show an
    error on purpose); any other error stops and is reported.
    """
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=LESSON_CELL_TIMEOUT,
        kernel_name="python3",
        extra_arguments=["--IPKernelApp.log_level=40"],  # keep the kernel's own log lines quiet
        resources={"metadata": {"path": str(path.parent)}},
    )
    started = time.perf_counter()
    client.execute()
    elapsed = time.perf_counter() - started
    nbformat.write(notebook, path)
    return elapsed
