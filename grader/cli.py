"""The instructor's command line: ``python -m grader COMMAND``.

Commands:

* ``grade NOTEBOOK [--json]``: grade one notebook exactly as nbgrader's autograde would.
* ``grade-all FOLDER [--csv FILE]``: grade every notebook below a folder (an LMS download).
* ``release [ASSIGNMENT ...]``: regenerate ``exercises/`` from ``solutions/`` with nbgrader.
* ``check-release``: fail if ``exercises/`` differs from what nbgrader would generate.
* ``execute-lessons [LESSON ...]``: re-run lessons top to bottom and store their outputs.
* ``lab [JUPYTER OPTIONS ...]``: open the course in JupyterLab on its start page.

Exit status: 0 when the command did its work, 1 when a check failed, 2 for bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from grader.grading import GradeError, Report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m grader", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    grade = commands.add_parser("grade", help="grade one notebook")
    grade.add_argument("notebook", type=Path)
    grade.add_argument("--json", action="store_true", help="print one JSON object")

    grade_all = commands.add_parser("grade-all", help="grade every notebook below a folder")
    grade_all.add_argument("folder", type=Path)
    grade_all.add_argument("--csv", type=Path, help="also write the scores to this CSV file")
    grade_all.add_argument("--json", action="store_true", help="print one JSON object per line")

    release = commands.add_parser("release", help="regenerate exercises/ from solutions/")
    release.add_argument("assignments", nargs="*")

    commands.add_parser("check-release", help="check exercises/ is what nbgrader generates")

    execute = commands.add_parser("execute-lessons", help="run lessons and store their outputs")
    execute.add_argument("lessons", nargs="*", type=Path)

    commands.add_parser("lab", help="open the course in JupyterLab (other options go to jupyter)")

    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "lab":
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.options = extra
    try:
        return COMMANDS[args.command](args)
    except GradeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def _grade(args: argparse.Namespace) -> int:
    from grader.grading import grade_notebook

    report = grade_notebook(args.notebook)
    print(json.dumps(report.as_dict(), ensure_ascii=False) if args.json else report.as_table())
    return 0


def _grade_all(args: argparse.Namespace) -> int:
    from grader.grading import grade_folder

    reports = grade_folder(args.folder)
    for report in reports:
        if args.json:
            print(json.dumps(report.as_dict(), ensure_ascii=False))
        else:
            print(report.summary_line())
    if args.csv:
        Report.write_csv(reports, args.csv)
        print(f"scores written to {args.csv}", file=sys.stderr)
    return 0


def _release(args: argparse.Namespace) -> int:
    from grader.release import release

    for assignment in release(args.assignments or None):
        print(f"released {assignment}")
    return 0


def _check_release(args: argparse.Namespace) -> int:
    from grader.release import release_differences

    differences = release_differences()
    for line in differences:
        print(line)
    if differences:
        print("exercises/ is out of date: run `make exercises` and commit the result.")
        return 1
    print("exercises/ is exactly what nbgrader generates from solutions/.")
    return 0


def _execute_lessons(args: argparse.Namespace) -> int:
    from grader.lessons import execute_lesson, lesson_paths

    for path in args.lessons or lesson_paths():
        seconds = execute_lesson(path)
        print(f"{path.name}: executed in {seconds:.1f} s")
    return 0


def _lab(args: argparse.Namespace) -> int:
    import os

    from grader import course

    command = [
        str(Path(sys.executable).parent / "jupyter"),
        "lab",
        "START-HERE.ipynb",
        f"--ServerApp.root_dir={course.ROOT}",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")  # containers and CI run as root; Jupyter refuses otherwise
    course.put_environment_on_path()
    os.chdir(course.ROOT)  # nbgrader's extensions read nbgrader_config.py from here
    os.execv(command[0], command + args.options)


COMMANDS = {
    "grade": _grade,
    "grade-all": _grade_all,
    "release": _release,
    "check-release": _check_release,
    "execute-lessons": _execute_lessons,
    "lab": _lab,
}
