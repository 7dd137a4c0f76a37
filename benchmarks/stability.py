"""Stability: grade every solution, exercise and submission variant several times, in parallel.

Run with ``make stability`` (``ROUNDS`` and ``WORKERS`` override the defaults). Every grading must
give the expected outcome every time: a test that passes or fails by timing luck shows up here as
a mismatch. Writes ``benchmarks/STABILITY.md``.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader import course  # noqa: E402
from tests import variants  # noqa: E402

RESULTS = ROOT / "benchmarks" / "STABILITY.md"


def jobs() -> list[tuple[str, Path | variants.Variant]]:
    items: list[tuple[str, Path | variants.Variant]] = []
    for assignment in course.assignments():
        items.append((f"{assignment}/solution", course.solution_notebook(assignment)))
        items.append(
            (f"{assignment}/exercise", course.EXERCISES / assignment / f"{assignment}.ipynb")
        )
    for path in variants.all_variants():
        variant = variants.load(path)
        items.append((variant.name, variant))
    return items


def run(item: tuple[str, Path | variants.Variant]) -> tuple[str, list[str]]:
    name, what = item
    with tempfile.TemporaryDirectory(prefix="stability-") as scratch:
        if isinstance(what, variants.Variant):
            report = variants.grade(variants.build_submission(what, Path(scratch)))
            return name, variants.problems(what, report)
        report = variants.grade(what)
        full = report["score"] == report["max_score"]
        if name.endswith("/solution") and not full:
            return name, [f"solution scored {report['score']:g}/{report['max_score']:g}"]
        if name.endswith("/exercise") and report["score"] != 0:
            return name, [f"exercise scored {report['score']:g}"]
        return name, []


def main() -> int:
    rounds = int(os.environ.get("ROUNDS", "3"))
    workers = int(os.environ.get("WORKERS", str(os.cpu_count() or 2)))
    course.put_environment_on_path()
    items = jobs() * rounds
    started = time.perf_counter()
    mismatches: list[str] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for name, found in pool.map(run, items):
            if found:
                mismatches.append(f"{name}: {'; '.join(found)}")
                print(f"MISMATCH {name}: {found}", flush=True)
    elapsed = time.perf_counter() - started
    lines = [
        "# Stability of grading",
        "",
        "Recorded by `make stability` (`benchmarks/stability.py`): every solution, exercise and "
        "submission variant graded by `python -m grader grade`, several rounds, in parallel.",
        "",
        f"- machine: {platform.system()} {platform.machine()}, {os.cpu_count()} cores",
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"- rounds: {rounds}; parallel graders: {workers}; gradings: {len(items)}",
        f"- wall time: {elapsed:.0f} s",
        f"- gradings whose outcome differed from the expected one: {len(mismatches)}",
        "",
    ]
    lines += [f"  - {m}" for m in mismatches]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(items)} gradings, {len(mismatches)} mismatches; written to {RESULTS.name}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    raise SystemExit(main())
