"""Submission variants: other students' code, and what grading must make of it.

A variant is a file ``tests/submissions/<assignment>/<name>.py``. It holds code for the
solution cells of the assignment's *student* notebook (from ``exercises/``), each cell after a
line ``# %% <solution cell grade_id>``; solution cells it does not name get the reference
solution's code, so a variant shows one bug at a time. Its header says what grading must
conclude::

    \"\"\"A hard-coded port: a second server collides with the first.\"\"\"
    # expect: fails a00_test_two_servers_at_once "hard-coded port"
    # %% a00_solution
    ...code...

Expectations, one per line:

* ``# expect: full``: every test passes (a correct implementation, written differently);
* ``# expect: zero``: every test fails;
* ``# expect: score <points>``: the total is exactly that;
* ``# expect: fails <test grade_id> "<words>"``: that test fails, and its message contains the
  words (case-insensitive): the message names the bug. Any number of these lines.

A wrong implementation that is the reference solution with one bug put in can instead be a file
``<name>.diff``: a line of description and the ``# expect:`` lines, then a unified diff against the
reference solution, one ``--- <grade_id>`` / ``+++ <grade_id>`` section per cell it changes (as
``difflib.unified_diff`` or ``diff -u`` writes it). The bug is all the file shows, and a diff that
no longer applies to the solution (because the solution changed) is an error, not a silent pass::

    A blocking sendall to each client: one that never reads stalls all.
    # expect: fails a15_test_slow_client "slow client"
    --- a15_solution
    +++ a15_solution
    @@ -40,3 +40,3 @@
    ...
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import whatthepatch
from whatthepatch.exceptions import HunkApplyException

from grader import course

SUBMISSIONS = Path(__file__).parent / "submissions"
CELL_MARK = re.compile(r"^# %% (\S+)\s*$", re.MULTILINE)


@dataclass
class Variant:
    path: Path
    assignment: str
    cells: dict[str, str]
    full: bool = False
    zero: bool = False
    score: float | None = None
    fails: list[tuple[str, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.assignment}/{self.path.stem}"


def load(path: Path) -> Variant:
    text = path.read_text(encoding="utf-8")
    variant = Variant(path=path, assignment=path.parent.name, cells={})
    if path.suffix == ".diff":
        text, _, diff = text.partition("\n--- ")
        variant.cells = patched_cells(path, "--- " + diff, reference_solutions(variant.assignment))
    for line in text.splitlines():
        if line.startswith("# expect:"):
            words = shlex.split(line.removeprefix("# expect:"))
            if words == ["full"]:
                variant.full = True
            elif words == ["zero"]:
                variant.zero = True
            elif len(words) == 2 and words[0] == "score":
                variant.score = float(words[1])
            elif len(words) == 3 and words[0] == "fails":
                variant.fails.append((words[1], words[2]))
            else:
                raise ValueError(f"{path}: cannot read expectation {line!r}")
    pieces = CELL_MARK.split(text)
    for grade_id, code in zip(pieces[1::2], pieces[2::2], strict=True):
        variant.cells[grade_id] = normalised(code)
    if not variant.cells:
        raise ValueError(f"{path}: no '# %% <solution cell id>' line (in a .diff: '--- <id>')")
    if not (variant.full or variant.zero or variant.fails or variant.score is not None):
        raise ValueError(f"{path}: no '# expect:' line")
    return variant


def all_variants() -> list[Path]:
    return sorted([*SUBMISSIONS.glob("*/*.py"), *SUBMISSIONS.glob("*/*.diff")])


def patched_cells(path: Path, diff: str, reference: dict[str, str]) -> dict[str, str]:
    """The cells a ``.diff`` variant describes: the reference solution with its diff applied.

    Applied strictly: every context and removed line must match the solution as it is now."""
    cells: dict[str, str] = {}
    for section in whatthepatch.parse_patch(diff):
        grade_id = section.header.old_path if section.header else None
        if grade_id not in reference:
            raise ValueError(f"{path}: no solution cell named {grade_id!r}")
        try:
            lines = whatthepatch.apply_diff(section, normalised(reference[grade_id]))
        except HunkApplyException as error:
            raise ValueError(
                f"{path}: the diff for {grade_id} no longer applies to the reference solution "
                f"({error}): the solution has changed, so update this submission to put its bug "
                "into the new solution."
            ) from error
        cells[grade_id] = "\n".join(lines) + "\n"
    return cells


def normalised(code: str) -> str:
    """A cell's code as variants hold it: no blank lines around it, one final newline."""
    return code.strip("\n") + "\n"


def build_submission(variant: Variant, folder: Path) -> Path:
    """The student notebook with the variant's code in its solution cells, as a student saves it."""
    exercise = course.EXERCISES / variant.assignment / f"{variant.assignment}.ipynb"
    notebook = json.loads(exercise.read_text(encoding="utf-8"))
    reference = reference_solutions(variant.assignment)
    for cell in notebook["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("solution"):
            cell["source"] = variant.cells.get(meta["grade_id"], reference[meta["grade_id"]])
    solution_ids = set(reference)
    unknown = set(variant.cells) - solution_ids
    if unknown:
        raise ValueError(f"{variant.path}: no solution cell named {sorted(unknown)}")
    path = folder / f"{variant.assignment}.ipynb"
    path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False), encoding="utf-8")
    return path


def reference_solutions(assignment: str) -> dict[str, str]:
    """The solution cells' code from ``solutions/``, with nbgrader's markers removed."""
    notebook = json.loads(course.solution_notebook(assignment).read_text(encoding="utf-8"))
    code = {}
    for cell in notebook["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("solution"):
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            lines = [
                line
                for line in source.splitlines(keepends=True)
                if "### BEGIN SOLUTION" not in line and "### END SOLUTION" not in line
            ]
            code[meta["grade_id"]] = "".join(lines)
    return code


def grade(path: Path) -> dict:
    """Grade through the command line, exactly as an instructor grades a student."""
    completed = subprocess.run(
        [sys.executable, "-m", "grader", "grade", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if completed.returncode != 0:
        raise AssertionError(f"grading failed (exit {completed.returncode}):\n{completed.stderr}")
    return json.loads(completed.stdout)


def problems(variant: Variant, report: dict) -> list[str]:
    """How a grading report departs from what the variant expects (empty: as expected)."""
    found = []
    tests = {t["grade_id"]: t for t in report["tests"]}
    if variant.full and report["score"] != report["max_score"]:
        found.append(f"expected full marks, got {report['score']:g}/{report['max_score']:g}")
    if variant.zero and report["score"] != 0:
        found.append(f"expected zero, got {report['score']:g}")
    if variant.score is not None and report["score"] != variant.score:
        found.append(f"expected a score of {variant.score:g}, got {report['score']:g}")
    for grade_id, words in variant.fails:
        if grade_id not in tests:
            found.append(f"no test {grade_id}")
        elif tests[grade_id]["passed"]:
            found.append(f"{grade_id} should fail")
        elif words.lower() not in tests[grade_id]["message"].lower():
            found.append(f"{grade_id}'s message should say {words!r}")
    return found


def describe(report: dict) -> str:
    lines = [f"scored {report['score']:g}/{report['max_score']:g}:"]
    lines += [
        f"  {t['grade_id']}: {t['score']:g}/{t['max_score']:g} {t['message'][:300]}"
        for t in report["tests"]
    ]
    return "\n".join(lines)
