"""Benchmark: lesson execution, grading, and grading of hostile submissions, next to plain nbgrader.

Run with ``make bench``. Writes ``benchmarks/RESULTS.md`` (the machine, then the figures). Every
figure is the wall-clock time of one run on this machine; the ratios compare this course's grade
command with plain ``nbgrader autograde`` (nbgrader's default configuration, no course settings)
on the same notebook, in the same run.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader import course  # noqa: E402
from grader.lessons import execute_lesson, lesson_paths  # noqa: E402
from tests import variants  # noqa: E402

RESULTS = ROOT / "benchmarks" / "RESULTS.md"
HOSTILE = [
    ("00-networking-in-a-notebook", "hangs_everywhere", "every function hangs"),
    ("01-bytes-and-text", "hangs_everywhere", "every function hangs"),
    ("01-bytes-and-text", "kills_the_kernel", "one function kills the kernel"),
    ("00-networking-in-a-notebook", "correct_but_logs_to_stderr", "correct, but logs to stderr"),
]


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    with_model = Path("/proc/cpuinfo")
    if with_model.exists():
        for line in with_model.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB memory"
    import nbgrader

    return [
        f"- machine: {platform.system()} {platform.release()}, {cpu}, "
        f"{os.cpu_count()} cores{memory}",
        f"- Python {platform.python_version()}, nbgrader {nbgrader.__version__}",
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
    ]


def timed(command: list[str], cwd: Path = ROOT) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    return time.perf_counter() - started, completed


def grade_with_course(path: Path) -> tuple[float, dict]:
    seconds, completed = timed([sys.executable, "-m", "grader", "grade", str(path), "--json"])
    if completed.returncode != 0:
        raise RuntimeError(completed.stderr)
    return seconds, json.loads(completed.stdout)


def grade_with_plain_nbgrader(assignment: str, notebook: Path) -> tuple[float, float, str]:
    """generate_assignment then autograde with nbgrader's defaults, in a scratch course.

    Returns (generate seconds, autograde seconds, score text)."""
    with tempfile.TemporaryDirectory(prefix="plain-nbgrader-") as scratch:
        root = Path(scratch)
        shutil.copytree(course.SOLUTIONS / assignment, root / "source" / assignment)
        submitted = root / "submitted" / "student" / assignment
        submitted.mkdir(parents=True)
        shutil.copy(notebook, submitted / f"{assignment}.ipynb")
        nbgrader = [sys.executable, "-m", "nbgrader"]
        where = [f"--CourseDirectory.root={root}"]
        generate, _ = timed(nbgrader + ["generate_assignment", assignment, "--force"] + where, root)
        autograde, done = timed(nbgrader + ["autograde", assignment] + where, root)
        score = "no grade (autograde failed)" if done.returncode else _plain_score(root, assignment)
        return generate, autograde, score


def _plain_score(root: Path, assignment: str) -> str:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        submission = gradebook.find_submission(assignment, "student")
        return f"{submission.score:g}/{submission.max_score:g}"


def main() -> int:
    course.put_environment_on_path()
    lines = ["# Benchmark results", "", "Recorded by `make bench` (`benchmarks/bench.py`).", ""]
    lines += machine()

    lines += ["", "## Lessons", "", "| lesson | executed in |", "|---|---|"]
    total = 0.0
    with tempfile.TemporaryDirectory(prefix="lessons-") as scratch:
        for lesson in lesson_paths():
            copy = Path(scratch) / lesson.name
            shutil.copy(lesson, copy)
            seconds = execute_lesson(copy)
            total += seconds
            lines.append(f"| {lesson.stem} | {seconds:.1f} s |")
            print(f"lesson {lesson.stem}: {seconds:.1f} s", flush=True)
    lines.append(f"| all lessons | {total:.1f} s |")

    lines += [
        "",
        "## Grading each solution",
        "",
        "`grade`: `python -m grader grade --json` (a whole command: Python start, nbgrader, "
        "a fresh kernel). Plain: nbgrader's own `generate_assignment` then `autograde`, "
        "default settings. Ratio: grade / (plain generate + autograde).",
        "",
        "| assignment | score | grade | plain generate | plain autograde | ratio |",
        "|---|---|---|---|---|---|",
    ]
    for assignment in course.assignments():
        notebook = course.solution_notebook(assignment)
        grade_with_course(notebook)  # warm the gradebook cache, as every later grade finds it
        ours, report = grade_with_course(notebook)
        generate, autograde, _ = grade_with_plain_nbgrader(assignment, notebook)
        ratio = ours / (generate + autograde)
        lines.append(
            f"| {assignment} | {report['score']:g}/{report['max_score']:g} | {ours:.1f} s "
            f"| {generate:.1f} s | {autograde:.1f} s | {ratio:.2f} |"
        )
        print(f"grade {assignment}: {ours:.1f} s vs {generate + autograde:.1f} s", flush=True)

    lines += [
        "",
        "## Hostile submissions",
        "",
        "The same submission graded both ways. The time budgets live in the notebooks' tests "
        "(the harness), so plain nbgrader is spared the 30 s per-cell timeout too; what it "
        "lacks is surviving a kernel death and ignoring stderr.",
        "",
        "| submission | grade: time | grade: score | plain: time | plain: score |",
        "|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory(prefix="hostile-") as scratch:
        for assignment, name, what in HOSTILE:
            variant = variants.load(variants.SUBMISSIONS / assignment / f"{name}.py")
            folder = Path(scratch) / name / assignment
            folder.mkdir(parents=True)
            notebook = variants.build_submission(variant, folder)
            ours, report = grade_with_course(notebook)
            generate, autograde, plain_score = grade_with_plain_nbgrader(assignment, notebook)
            lines.append(
                f"| {assignment}: {what} | {ours:.1f} s | {report['score']:g}/"
                f"{report['max_score']:g} | {generate + autograde:.1f} s | {plain_score} |"
            )
            print(f"hostile {assignment}/{name}: {ours:.1f} s", flush=True)

    lines += [
        "",
        "## A submission whose every function hangs, each assignment",
        "",
        "Every test must still end within its own time budget and report the hang; the whole "
        "grade command, per test, is what an instructor waits.",
        "",
        "| assignment | tests | grade: time | per test | score |",
        "|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory(prefix="hanging-") as scratch:
        for assignment in course.assignments():
            variant = variants.load(variants.SUBMISSIONS / assignment / "hangs_everywhere.py")
            folder = Path(scratch) / assignment
            folder.mkdir(parents=True)
            ours, report = grade_with_course(variants.build_submission(variant, folder))
            tests = len(report["tests"])
            lines.append(
                f"| {assignment} | {tests} | {ours:.1f} s | {ours / tests:.1f} s "
                f"| {report['score']:g}/{report['max_score']:g} |"
            )
            print(f"hanging {assignment}: {ours:.1f} s for {tests} tests", flush=True)

    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"written to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
