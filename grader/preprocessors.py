"""nbgrader preprocessors the course adds to its autograde pipeline."""

from __future__ import annotations

import copy

from jupyter_core.utils import run_sync
from nbclient.exceptions import DeadKernelError
from nbformat.notebooknode import NotebookNode
from nbformat.v4 import new_code_cell, new_output
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from nbgrader.utils import is_grade


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


RELOAD_GRADER = """\
import importlib as _grader_importlib, sys as _grader_sys
for _grader_name in sorted(n for n in _grader_sys.modules if n.split(".")[0] == "grader"):
    _grader_importlib.reload(_grader_sys.modules[_grader_name])
"""


class ResilientExecute(Execute):
    """nbgrader's Execute, made robust against what student code can do to the grading.

    Before each test cell the ``grader`` modules are reloaded, so a solution cell that patches
    the harness (``grader.harness.fail = lambda *a, **k: None``) cannot pass the tests.

    A kernel death costs one test, not the whole notebook.

    Out of the box, when student code kills the kernel (``os._exit``, a crash in C code, running
    out of memory) nbgrader stops and records nothing for the notebook. Here the cell that
    killed the kernel gets an error saying so, a new kernel is started, the cells before it that
    are not tests (imports, the student's definitions, test setup) are run again to rebuild the
    state, and execution goes on with the next cell. A cell that kills the kernel is never run
    a second time.
    """

    def preprocess(self, nb, resources=None, km=None):
        self._deadly_cells: set[int] = set()
        return super().preprocess(nb, resources, km)

    def preprocess_cell(self, cell, resources, index):
        try:
            if is_grade(cell) and cell.cell_type == "code":
                self._restore_harness(index)
            return super().preprocess_cell(cell, resources, index)
        except DeadKernelError:
            self._deadly_cells.add(index)
            cell.outputs.append(
                new_output(
                    "error",
                    ename="KernelDied",
                    evalue=(
                        "the kernel died while this cell ran: the code under test ended the "
                        "Python process (for example with os._exit, a crash in C code, or by "
                        "running out of memory). The other tests were run in a new kernel."
                    ),
                    traceback=[],
                )
            )
            self._restart_kernel(index)
            return cell, self.resources

    def _restore_harness(self, index: int) -> None:
        """Reload the course's modules, undoing any patch the student's code made to them."""
        self._run_aside(new_code_cell(RELOAD_GRADER), index)

    def _run_aside(self, cell, index: int) -> None:
        """Execute a cell that is not part of the notebook (nbclient would store it at index)."""
        kept = self.nb.cells[index]
        try:
            self.execute_cell(cell, index, store_history=False)
        finally:
            self.nb.cells[index] = kept

    def _restart_kernel(self, failed_index: int) -> None:
        self.log.warning("Kernel died in cell %d; restarting it to run the rest", failed_index)
        run_sync(self.km.restart_kernel)(now=True)
        if self.kc is not None:
            self.kc.stop_channels()
        self.start_new_kernel_client()
        for index, earlier in enumerate(self.nb.cells[:failed_index]):
            if earlier.cell_type != "code" or index in self._deadly_cells or is_grade(earlier):
                continue
            self._run_aside(copy.deepcopy(earlier), index)


class HideHiddenTestTracebacks(NbGraderPreprocessor):
    """In feedback, show what a hidden test reported without the test's code.

    nbgrader's ClearHiddenTests removes hidden tests from a cell's source, but the traceback in
    its output still quotes the lines around the failure. For cells that hold hidden tests the
    traceback is cut to its last line (the exception and the harness's message, which says what
    was sent, what came back and the likely cause). Run it before ClearHiddenTests.
    """

    marker = "### BEGIN HIDDEN TESTS"

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int):
        if cell.cell_type == "code" and self.marker in cell.source:
            for output in cell.outputs:
                if output.output_type == "error":
                    output.traceback = [f"{output.ename}: {output.evalue}"]
        return cell, resources
