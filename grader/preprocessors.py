"""nbgrader preprocessors the course adds to its autograde pipeline."""

from __future__ import annotations

from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import NbGraderPreprocessor


class KeepStderrAsText(NbGraderPreprocessor):
    """Turn stderr output into ordinary text so it no longer zeroes a test cell.

    nbgrader gives a test cell no points when anything reached stderr, so a correct solution
    that logs a warning, or a library that prints a deprecation notice, would lose its marks.
    In this course a test cell fails only by raising (a failed assertion, an error, a timeout).
    The text is kept, marked, so students and instructors still see it in the feedback.
    """

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int):
        if cell.cell_type == "code":
            for output in cell.outputs:
                if output.output_type == "stream" and output.name == "stderr":
                    output.name = "stdout"
                    lines = output.text.splitlines(keepends=True)
                    output.text = "".join("[stderr] " + line for line in lines)
        return cell, resources
