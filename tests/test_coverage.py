"""Every method and idea of the seed notes is taught with code in a lesson and graded in a test."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from grader import course
from grader.lessons import lesson_paths

# The socket methods the notes list (服务器端方法, 客户端方法, 公共方法), in their order,
# with the notes' misspelling `recvform` corrected; then encode/decode (sockets carry bytes).
SEED_METHODS = [
    "bind", "listen", "accept",
    "connect", "connect_ex",
    "recv", "send", "sendall", "recvfrom", "sendto", "close", "getpeername", "getsockname",
    "setsockopt", "getsockopt", "settimeout", "gettimeout", "fileno", "setblocking", "makefile",
    "encode", "decode",
]  # fmt: skip

MAGIC = re.compile(r"^\s*[%!].*$", re.MULTILINE)


def cells(path: Path, kind: str) -> list[dict]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return [c for c in notebook["cells"] if c["cell_type"] == kind]


def source(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def methods_called(code: str) -> set[str]:
    """Names of the methods called in ``code`` (``x.name(...)``), by its syntax tree."""
    tree = ast.parse(MAGIC.sub("", code))
    return {
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    }


def called_in(paths: list[Path], keep=lambda cell: True) -> dict[str, list[str]]:
    where: dict[str, list[str]] = {}
    for path in paths:
        for cell in cells(path, "code"):
            if keep(cell):
                for name in methods_called(source(cell)):
                    where.setdefault(name, []).append(path.stem)
    return where


def test_the_course_has_all_its_lessons():
    numbers = [p.name[:2] for p in lesson_paths()]
    assert numbers == [f"{n:02d}" for n in range(16)], numbers


@pytest.mark.parametrize("method", SEED_METHODS)
def test_every_seed_method_is_called_in_a_lesson(method):
    where = called_in(lesson_paths())
    assert method in where, f"no lesson's code calls .{method}(...)"


@pytest.mark.parametrize("method", SEED_METHODS)
def test_every_seed_method_is_exercised_by_a_graded_test(method):
    """Called by a solution (so graded tests run it) or by a test cell itself."""

    def graded(cell: dict) -> bool:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        return bool(meta.get("solution") or meta.get("grade") or meta.get("locked"))

    solutions = [course.solution_notebook(a) for a in course.assignments()]
    where = called_in(solutions, graded)
    assert method in where, f"no assignment's solution or tests call .{method}(...)"


def markdown_of(stem: str) -> str:
    path = course.LESSONS / f"{stem}.ipynb"
    return "\n".join(source(c) for c in cells(path, "markdown"))


@pytest.mark.parametrize(
    ("lesson", "idea", "words"),
    [
        (
            "02-what-a-socket-is",
            "socket as the API between transport and application",
            ["传输层", "应用层"],
        ),
        ("02-what-a-socket-is", "socket vs WebSocket", ["WebSocket", "websocket是位于应用层"]),
        ("02-what-a-socket-is", "TCP is connection-oriented", ["面向连接"]),
        ("14-websocket-from-scratch", "WebSocket made concrete", ["Sec-WebSocket-Accept"]),
        ("01-bytes-and-text", "sockets carry bytes", ["encode", "decode"]),
    ],
)
def test_the_seed_ideas_are_taught_where_the_plan_puts_them(lesson, idea, words):
    text = markdown_of(lesson)
    missing = [w for w in words if w not in text]
    assert not missing, f"{lesson} should teach {idea}: no mention of {missing}"


def test_the_notes_dated_claims_are_corrected():
    every_lesson = "\n".join(markdown_of(p.stem) for p in lesson_paths())
    assert "recvform" in every_lesson, "the notes' misspelling recvform should be pointed out"
    assert "socket.error" in every_lesson, "socket.error should be explained as OSError"
    assert "backlog" in every_lesson


def test_the_glossary_maps_the_notes_terms():
    glossary = (course.LESSONS / "glossary.md").read_text(encoding="utf-8")
    for term in ["套接字", "面向连接", "阻塞", "超时", "文件描述符"]:
        assert term in glossary, f"the glossary lacks {term}"
