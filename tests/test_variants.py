"""Plausible-but-wrong submissions lose points on the test that names their bug; correct
submissions written differently from the solution get full marks."""

from __future__ import annotations

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
