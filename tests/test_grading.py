"""The grade command: full marks for solutions, zero for exercises, clear errors for bad input,
and the instructor's plain nbgrader workflow working on the course's configuration."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from grader import course
from grader.preprocessors import KeepStderrAsText

ASSIGNMENTS = course.assignments()


def run_grader(*args: str, cwd: Path = course.ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "grader", *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=cwd,
        check=False,
    )


def grade_json(path: Path) -> dict:
    completed = run_grader("grade", str(path), "--json")
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_the_solution_scores_full_marks(assignment):
    report = grade_json(course.solution_notebook(assignment))
    failures = [f"{t['grade_id']}: {t['message']}" for t in report["tests"] if not t["passed"]]
    assert report["score"] == report["max_score"] > 0, "\n".join(failures)
    assert set(report) == {"notebook", "assignment", "score", "max_score", "tests"}
    for test in report["tests"]:
        assert set(test) == {"grade_id", "score", "max_score", "passed", "message"}


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_the_generated_exercise_scores_zero(assignment):
    report = grade_json(course.EXERCISES / assignment / f"{assignment}.ipynb")
    assert report["score"] == 0
    assert report["max_score"] > 0
    assert all(not t["passed"] and t["message"] for t in report["tests"])


def test_grade_ids_are_unique_across_the_course():
    seen: dict[str, str] = {}
    for assignment in ASSIGNMENTS:
        notebook = json.loads(course.solution_notebook(assignment).read_text(encoding="utf-8"))
        for cell in notebook["cells"]:
            grade_id = cell["metadata"].get("nbgrader", {}).get("grade_id")
            if grade_id:
                assert grade_id not in seen, (
                    f"{grade_id} is in {seen.get(grade_id)} and {assignment}"
                )
                seen[grade_id] = assignment


def test_a_download_renamed_and_moved_is_identified_by_its_test_cells(tmp_path):
    download = tmp_path / "jdoe_late_submission (1).ipynb"
    shutil.copy(course.solution_notebook("01-bytes-and-text"), download)
    report = grade_json(download)
    assert report["assignment"] == "01-bytes-and-text"
    assert report["score"] == report["max_score"]


def test_the_table_lists_each_test_and_the_total():
    completed = run_grader(
        "grade", str(course.EXERCISES / "01-bytes-and-text" / "01-bytes-and-text.ipynb")
    )
    assert completed.returncode == 0
    assert "a01_test_frame_utf8" in completed.stdout
    assert "FAILED" in completed.stdout
    assert "not done yet" in completed.stdout
    assert completed.stdout.rstrip().endswith("total: 0/10")


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        (None, "no such file"),
        (b"\x89PNG\r\n\x1a\n\x00\xff", "not UTF-8 text"),
        (b'{"cells": [', "not valid JSON"),
        (b'{"hello": "world"}', "not a Jupyter notebook"),
        (
            b'{"cells": "nope", "nbformat": 4, "nbformat_minor": 5, "metadata": {}}',
            "not a valid notebook",
        ),
    ],
    ids=["missing", "binary", "truncated-json", "other-json", "malformed-notebook"],
)
def test_bad_input_gets_one_line_naming_the_problem_and_exit_2(tmp_path, content, complaint):
    path = tmp_path / "submission.ipynb"
    if content is not None:
        path.write_bytes(content)
    completed = run_grader("grade", str(path))
    assert completed.returncode == 2
    assert completed.stdout == ""
    lines = completed.stderr.strip().splitlines()
    assert len(lines) == 1, completed.stderr
    assert lines[0].startswith("error: ") and complaint in lines[0]


def test_a_notebook_from_elsewhere_is_not_an_assignment_of_this_course(tmp_path):
    import nbformat

    path = tmp_path / "homework.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")]), path)
    completed = run_grader("grade", str(path))
    assert completed.returncode == 2
    assert "not an assignment of this course" in completed.stderr
    assert "01-bytes-and-text" in completed.stderr  # it lists what it knows


def test_grade_all_grades_a_folder_and_reports_broken_files_without_stopping(tmp_path):
    lms = tmp_path / "lms-download"
    (lms / "alice").mkdir(parents=True)
    (lms / "bob").mkdir()
    shutil.copy(
        course.solution_notebook("01-bytes-and-text"), lms / "alice" / "01-bytes-and-text.ipynb"
    )
    (lms / "bob" / "01-bytes-and-text.ipynb").write_text('{"cells": [', encoding="utf-8")
    shutil.copy(
        course.EXERCISES / "01-bytes-and-text" / "01-bytes-and-text.ipynb", lms / "carol.ipynb"
    )
    scores = tmp_path / "scores.csv"
    completed = run_grader("grade-all", str(lms), "--csv", str(scores))
    assert completed.returncode == 0, completed.stderr
    rows = {
        Path(r["notebook"]).relative_to(lms).as_posix(): r
        for r in csv.DictReader(scores.read_text().splitlines())
    }
    assert rows["alice/01-bytes-and-text.ipynb"]["score"] == "10.0"
    assert "not valid JSON" in rows["bob/01-bytes-and-text.ipynb"]["error"]
    assert rows["carol.ipynb"]["score"] == "0.0"


def test_stderr_output_is_kept_as_text_and_no_longer_zeroes_a_cell():
    import nbformat

    cell = nbformat.v4.new_code_cell("print('x')")
    cell.outputs = [nbformat.v4.new_output("stream", name="stderr", text="WARNING: one\ntwo\n")]
    KeepStderrAsText().preprocess_cell(cell, {}, 0)
    assert cell.outputs[0].name == "stdout"
    assert cell.outputs[0].text == "[stderr] WARNING: one\n[stderr] two\n"


def test_exercises_are_exactly_what_nbgrader_generates_from_solutions():
    completed = run_grader("check-release")
    assert completed.returncode == 0, completed.stdout


def test_the_instructor_workflow_with_plain_nbgrader_commands(tmp_path):
    """generate_assignment, autograde, generate_feedback and export, run as the nbgrader
    commands an instructor types at the repository root, reading the course's nbgrader_config.py
    (only the course directory is moved to a scratch folder)."""
    assignment = "01-bytes-and-text"
    shutil.copytree(course.SOLUTIONS / assignment, tmp_path / "solutions" / assignment)
    for student, source in [
        ("alice", course.solution_notebook(assignment)),
        ("bob", course.EXERCISES / assignment / f"{assignment}.ipynb"),
    ]:
        folder = tmp_path / "grading" / "submitted" / student / assignment
        folder.mkdir(parents=True)
        shutil.copy(source, folder / f"{assignment}.ipynb")
    nbgrader = [sys.executable, "-m", "nbgrader"]
    where = [
        f"--CourseDirectory.root={tmp_path}",
        f"--CourseDirectory.db_url=sqlite:///{tmp_path / 'grading' / 'gradebook.db'}",
    ]
    for command in (
        ["generate_assignment", assignment, "--force"],
        ["autograde", assignment],
        ["generate_feedback", assignment],
        ["export", f"--to={tmp_path / 'grades.csv'}"],
    ):
        completed = subprocess.run(
            nbgrader + command + where,
            cwd=course.ROOT,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert completed.returncode == 0, f"nbgrader {command[0]} failed:\n{completed.stderr}"
    grades = {
        row["student_id"]: row
        for row in csv.DictReader((tmp_path / "grades.csv").read_text().splitlines())
    }
    assert float(grades["alice"]["score"]) == float(grades["alice"]["max_score"]) == 10
    assert float(grades["bob"]["score"]) == 0
    feedback = tmp_path / "grading" / "feedback" / "bob" / assignment / f"{assignment}.html"
    html = feedback.read_text(encoding="utf-8")
    assert "NotImplementedError" in html  # what each test reported is shown...
    assert "HIDDEN TESTS" not in html and "100_000" not in html  # ...not the hidden tests' code
    assert (tmp_path / "exercises" / assignment / f"{assignment}.ipynb").exists()
