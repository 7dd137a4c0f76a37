"""Every relative link in the course (start page, lessons, assignments, README) leads somewhere."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from grader import course

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def documents() -> list[Path]:
    found = [course.ROOT / "START-HERE.ipynb", course.ROOT / "README.md"]
    found += sorted(course.LESSONS.glob("*.ipynb")) + sorted(course.LESSONS.glob("*.md"))
    found += sorted(course.SOLUTIONS.glob("*/*.ipynb")) + sorted(course.EXERCISES.glob("*/*.ipynb"))
    return found


def markdown_of(path: Path) -> str:
    if path.suffix == ".md":
        return path.read_text(encoding="utf-8")
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


@pytest.mark.parametrize("path", documents(), ids=lambda p: str(p.relative_to(course.ROOT)))
def test_relative_links_resolve(path):
    broken = []
    for target in LINK.findall(markdown_of(path)):
        if re.match(r"^[a-z]+:", target) or target.startswith("#"):
            continue  # web addresses and anchors within the page
        file = unquote(target.split("#", 1)[0])
        if not (path.parent / file).exists():
            broken.append(target)
    assert not broken, f"{path.name} links to missing files: {broken}"
