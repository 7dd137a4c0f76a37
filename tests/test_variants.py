"""Plausible-but-wrong submissions lose points on the test that names their bug; correct
submissions written differently from the solution get full marks."""

from __future__ import annotations

import pytest

from grader import course
from tests import variants

VARIANTS = variants.all_variants()


def describe(report: dict) -> str:
    return "\n".join(
        f"  {t['grade_id']}: {t['score']:g}/{t['max_score']:g} {t['message'][:300]}"
        for t in report["tests"]
    )


@pytest.mark.parametrize("path", VARIANTS, ids=[f"{p.parent.name}/{p.stem}" for p in VARIANTS])
def test_variant_is_graded_as_expected(path, tmp_path):
    variant = variants.load(path)
    report = variants.grade(variants.build_submission(variant, tmp_path))
    tests = {t["grade_id"]: t for t in report["tests"]}
    summary = f"{variant.name} scored {report['score']:g}/{report['max_score']:g}:\n"
    summary += describe(report)
    if variant.full:
        assert report["score"] == report["max_score"], summary
    if variant.zero:
        assert report["score"] == 0, summary
    if variant.score is not None:
        assert report["score"] == variant.score, summary
    for grade_id, words in variant.fails:
        assert grade_id in tests, f"{variant.name}: no test {grade_id}\n{summary}"
        assert not tests[grade_id]["passed"], f"{grade_id} should fail\n{summary}"
        assert words.lower() in tests[grade_id]["message"].lower(), (
            f"{grade_id}'s message should say {words!r}\n{summary}"
        )


def test_every_assignment_has_wrong_and_differently_written_correct_variants():
    for assignment in course.assignments():
        loaded = [variants.load(p) for p in VARIANTS if p.parent.name == assignment]
        correct = [v for v in loaded if v.full]
        wrong = [v for v in loaded if v.fails]
        assert len(correct) >= 2, f"{assignment}: needs two correct variants written differently"
        assert wrong, f"{assignment}: needs wrong variants, one per bug COURSE.md lists"
