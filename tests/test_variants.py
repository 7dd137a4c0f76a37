"""Plausible-but-wrong submissions lose points on the test that names their bug; correct
submissions written differently from the solution get full marks."""

from __future__ import annotations

import difflib

import pytest

from grader import course
from tests import variants

VARIANTS = variants.all_variants()


@pytest.mark.parametrize("path", VARIANTS, ids=[f"{p.parent.name}/{p.stem}" for p in VARIANTS])
def test_variant_is_graded_as_expected(path, tmp_path):
    variant = variants.load(path)
    report = variants.grade(variants.build_submission(variant, tmp_path))
    found = variants.problems(variant, report)
    assert not found, f"{variant.name}: {'; '.join(found)}\n{variants.describe(report)}"


def test_every_assignment_has_wrong_and_differently_written_correct_variants():
    for assignment in course.assignments():
        loaded = [variants.load(p) for p in VARIANTS if p.parent.name == assignment]
        correct = [v for v in loaded if v.full]
        wrong = [v for v in loaded if v.fails]
        assert len(correct) >= 2, f"{assignment}: needs two correct variants written differently"
        assert wrong, f"{assignment}: needs wrong variants, one per bug COURSE.md lists"


def test_diff_variants_apply_strictly(tmp_path):
    """A .diff variant is the solution with its hunks applied; a stale diff is an error."""
    original = "def f():\n    x = 1\n    return x\n"
    changed = "def f():\n    x = 2\n    return x\n"
    diff = "".join(
        difflib.unified_diff(original.splitlines(True), changed.splitlines(True), "c", "c")
    )
    assert variants.patched_cells(tmp_path, diff, {"c": original}) == {"c": changed}
    with pytest.raises(ValueError, match="no longer applies"):
        variants.patched_cells(tmp_path, diff, {"c": original.replace("x = 1", "y = 1")})
    with pytest.raises(ValueError, match="no solution cell named 'c'"):
        variants.patched_cells(tmp_path, diff, {"other": original})


def test_every_diff_variant_applies_to_the_current_solution():
    for path in VARIANTS:
        if path.suffix == ".diff":
            assert variants.load(path).cells, path
