"""Grading one notebook, or a folder of them, exactly as nbgrader's autograde does.

Each notebook is graded in a private, temporary nbgrader course: the assignment's source is
copied from ``solutions/``, nbgrader generates it (recording the locked cells and hidden tests
in a fresh gradebook), the notebook is placed as a submission, and ``nbgrader autograde`` runs
it in a fresh kernel with the course's configuration. Nothing is shared between two notebooks,
so one broken submission cannot disturb another, nor the course's own gradebook.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
import re
import shutil
import tempfile
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path

from grader import course

STUDENT = "student"
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class GradeError(Exception):
    """Bad input: a message for the user, printed as one line."""


@dataclass
class TestResult:
    grade_id: str
    score: float
    max_score: float
    passed: bool
    message: str


@dataclass
class Report:
    notebook: str
    assignment: str
    score: float
    max_score: float
    tests: list[TestResult] = field(default_factory=list)
    error: str | None = None
    """Set when the notebook could not be graded at all (the score is then 0)."""

    def as_dict(self) -> dict:
        data = asdict(self)
        if self.error is None:
            del data["error"]
        return data

    def as_table(self) -> str:
        lines = [f"{self.notebook}  (assignment {self.assignment})"]
        if self.error:
            lines.append(f"  not graded: {self.error}")
        width = max([len(t.grade_id) for t in self.tests] + [4])
        for test in self.tests:
            status = "ok" if test.passed else "FAILED"
            lines.append(
                f"  {test.grade_id:<{width}}  {_points(test.score)}/{_points(test.max_score)}"
                f"  {status}"
            )
            if not test.passed and test.message:
                lines.extend(f"      {line}" for line in test.message.splitlines())
        lines.append(f"  total: {_points(self.score)}/{_points(self.max_score)}")
        return "\n".join(lines)

    def summary_line(self) -> str:
        status = f"not graded: {self.error}" if self.error else "graded"
        return (
            f"{self.notebook}: {_points(self.score)}/{_points(self.max_score)} "
            f"({self.assignment}, {status})"
        )

    @staticmethod
    def write_csv(reports: list[Report], path: Path) -> None:
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["notebook", "assignment", "score", "max_score", "error"])
            for r in reports:
                writer.writerow([r.notebook, r.assignment, r.score, r.max_score, r.error or ""])


def _points(value: float) -> str:
    return f"{value:g}"


# --- reading and identifying a submission --------------------------------------------------


def read_notebook(path: Path) -> dict:
    """The notebook at ``path`` as a dict, or a :class:`GradeError` saying what is wrong."""
    import nbformat

    if not path.exists():
        raise GradeError(f"{path}: no such file")
    if path.is_dir():
        raise GradeError(f"{path}: is a folder; give a notebook file (.ipynb)")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise GradeError(
            f"{path}: not a notebook (not UTF-8 text); expected a .ipynb file"
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise GradeError(
            f"{path}: not valid JSON ({error.msg} at line {error.lineno}); the file is damaged "
            "or not a notebook: download it again from JupyterLab (File > Download)"
        ) from None
    if not isinstance(data, dict) or "cells" not in data or "nbformat" not in data:
        raise GradeError(f"{path}: JSON, but not a Jupyter notebook (no 'cells'/'nbformat')")
    try:
        nbformat.validate(nbformat.reads(text, as_version=4))
    except Exception as error:  # nbformat raises several types for malformed notebooks
        first_line = str(error).strip().splitlines()[0][:200]
        raise GradeError(f"{path}: not a valid notebook ({first_line})") from None
    return data


def identify_assignment(path: Path, notebook: dict) -> str:
    """Which assignment a notebook is, by its folder, its file name, or its test cells' ids."""
    known = course.assignments()
    if path.parent.name in known:
        return path.parent.name
    for assignment in known:
        if assignment in path.stem:
            return assignment
    ids = set(course.grade_ids(notebook))
    overlaps = {a: len(ids & set(course.solution_grade_ids(a))) for a in known}
    best = max(overlaps, key=overlaps.get, default=None)
    if best is not None and overlaps[best] > 0:
        return best
    raise GradeError(
        f"{path}: not an assignment of this course: its folder, its file name and its nbgrader "
        f"test cells match none of {', '.join(known)}. Was it made from exercises/?"
    )


# --- grading -------------------------------------------------------------------------------


def grade_notebook(path: Path | str, assignment: str | None = None) -> Report:
    """Grade one notebook lying anywhere; raises :class:`GradeError` for bad input."""
    path = Path(path)
    notebook = read_notebook(path)
    assignment = assignment or identify_assignment(path, notebook)
    with tempfile.TemporaryDirectory(prefix="grade-") as workdir:
        return _autograde(path, notebook, assignment, Path(workdir))


def _autograde(path: Path, notebook: dict, assignment: str, root: Path) -> Report:
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    config = course.nbgrader_config(root, source="source", release="release", grading="grading")
    shutil.copytree(course.SOLUTIONS / assignment, root / "source" / assignment)
    notebook_name = course.solution_notebook(assignment).stem
    submitted = root / "grading" / "submitted" / STUDENT / assignment
    submitted.mkdir(parents=True)
    (submitted / f"{notebook_name}.ipynb").write_text(json.dumps(notebook), encoding="utf-8")

    api = NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)
    with warnings.catch_warnings():
        # nbgrader's gradebook code trips SQLAlchemy warnings that say nothing about the notebook.
        warnings.simplefilter("ignore", category=Warning)
        return _run_nbgrader(api, path, assignment, root, notebook_name, config)


def _run_nbgrader(api, path: Path, assignment: str, root: Path, notebook_name: str, config):
    from nbgrader.api import Gradebook

    _prepare_gradebook(api, assignment, Path(config.CourseDirectory.db_url[len("sqlite:///") :]))
    graded = api.autograde(assignment, STUDENT)

    max_scores = dict.fromkeys(course.solution_grade_ids(assignment), 0.0)
    if not graded["success"]:
        return _ungraded_report(path, assignment, config, graded.get("log", ""))

    autograded_path = root / "grading" / "autograded" / STUDENT / assignment
    autograded = json.loads((autograded_path / f"{notebook_name}.ipynb").read_text("utf-8"))
    messages = _messages_by_grade_id(autograded)
    tests = []
    with Gradebook(config.CourseDirectory.db_url, course.COURSE_ID) as gradebook:
        submission = gradebook.find_submission_notebook(notebook_name, assignment, STUDENT)
        by_id = {grade.name: grade for grade in submission.grades}
        for grade_id in max_scores:
            grade = by_id[grade_id]
            score = float(grade.auto_score or 0.0)
            tests.append(
                TestResult(
                    grade_id=grade_id,
                    score=score,
                    max_score=float(grade.max_score),
                    passed=score >= grade.max_score,
                    message=messages.get(grade_id, ""),
                )
            )
    return Report(
        notebook=str(path),
        assignment=assignment,
        score=sum(t.score for t in tests),
        max_score=sum(t.max_score for t in tests),
        tests=tests,
    )


def _prepare_gradebook(api, assignment: str, gradebook: Path) -> None:
    """Put a gradebook that knows the assignment at ``gradebook``.

    ``nbgrader generate_assignment`` records the assignment's locked cells and hidden tests in
    the gradebook; it depends only on the solution, so its result is kept in ``grading/cache``
    (keyed by a hash of the solution's files) and copied for each notebook graded.
    """
    digest = hashlib.sha256()
    for file in sorted((course.SOLUTIONS / assignment).rglob("*")):
        if file.is_file():
            digest.update(file.relative_to(course.SOLUTIONS).as_posix().encode())
            digest.update(file.read_bytes())
    cached = course.GRADING / "cache" / f"{assignment}-{digest.hexdigest()[:16]}.db"
    if cached.exists():
        shutil.copyfile(cached, gradebook)
        return
    generated = api.generate_assignment(assignment)
    if not generated["success"]:
        raise RuntimeError(f"nbgrader could not generate {assignment}:\n{generated.get('log')}")
    with contextlib.suppress(OSError):  # a read-only checkout just grades without the cache
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        shutil.copyfile(gradebook, partial)
        os.replace(partial, cached)  # atomic: parallel graders never see half a file


def _messages_by_grade_id(notebook: dict) -> dict[str, str]:
    """What each test cell reported: its error, or what it wrote to stderr."""
    messages = {}
    for cell in notebook["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if not meta.get("grade") or cell.get("cell_type") != "code":
            continue
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if errors:
            error = errors[-1]
            if error.get("ename") == "CellTimeoutError":
                text = (
                    f"the test cell did not finish within {course.CELL_TIMEOUT} s and was "
                    "interrupted: something in your code waits forever."
                )
            elif error.get("ename") == "NotImplementedError":
                text = (
                    "not done yet: the function still raises NotImplementedError. Replace "
                    "`raise NotImplementedError()` with your code."
                )
            elif error.get("evalue"):
                text = f"{error['ename']}: {error['evalue']}"
            else:
                text = ANSI.sub("", (error.get("traceback") or [error.get("ename", "")])[-1])
            messages[meta["grade_id"]] = ANSI.sub("", text)
    return messages


def _ungraded_report(path: Path, assignment: str, config, log: str) -> Report:
    """A zero report that says why autograde failed (for example, the kernel died)."""
    reason = "nbgrader could not run the notebook"
    if "DeadKernelError" in log or "Kernel died" in log:
        reason = (
            "the notebook's kernel died while running it (your code may call os._exit or "
            "crash the interpreter)"
        )
    elif "Timeout" in log:
        reason = "the kernel stopped responding"
    tests = [
        TestResult(grade_id=g, score=0.0, max_score=m, passed=False, message=reason)
        for g, m in _max_points(assignment).items()
    ]
    return Report(
        notebook=str(path),
        assignment=assignment,
        score=0.0,
        max_score=sum(t.max_score for t in tests),
        tests=tests,
        error=reason,
    )


def _max_points(assignment: str) -> dict[str, float]:
    notebook = json.loads(course.solution_notebook(assignment).read_text(encoding="utf-8"))
    points = {}
    for cell in notebook["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade"):
            points[meta["grade_id"]] = float(meta.get("points", 0))
    return points


def grade_folder(folder: Path) -> list[Report]:
    """Grade every notebook below ``folder``; a broken one is reported, never fatal."""
    if not folder.is_dir():
        raise GradeError(f"{folder}: not a folder")
    reports = []
    for path in sorted(folder.rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        try:
            reports.append(grade_notebook(path))
        except GradeError as error:
            reports.append(
                Report(notebook=str(path), assignment="?", score=0, max_score=0, error=str(error))
            )
    return reports
