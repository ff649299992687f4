"""A document that goes away takes its undo history and its waiting recalculation with it, in any
order the garbage collector picks, so neither a test nor the program has to remember to end them.

Each edit is a Python ``QUndoCommand`` owned by the document's C++ ``QUndoStack`` and refers back to
the document (and, through its closures, to the table model or page that made it). When such a
document became garbage, the collector broke that cycle in an order of its own: the document's C++
destructor then deleted commands the collector had already torn down, and the process died with a
segmentation fault (in the teardown of tests/conftest.py, depending on which tests ran before:
be9c83d hid it in one test by computing once more, which only moved the collector's order).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from minigrid_app.io.examples import load_example
from minigrid_app.ui.document import RECOMPUTE_DELAY_MS

# the document as tests/ui/test_cluster_keeping_ui.py left it: two homes removed through a model
# that refers to the document (as the table's model does), the second removal undone, not computed
DOCUMENTS_DROPPED = r"""
import gc, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from minigrid_app.io.defaults import install_bundled_defaults
install_bundled_defaults()
from minigrid_app.io.examples import load_example
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.services.tasks import SyncRunner

class Model:  # what the homes' table model keeps: its document, and edits whose closures keep it
    def __init__(self, document):
        self.document = document

    def remove(self, label):
        def apply(project):
            project.households[:] = [h for h in project.households if h.label != label]
        removed = [(i, h) for i, h in enumerate(self.document.project.households) if h.label == label]
        def revert(project):
            for i, h in removed:
                project.households.insert(i, h)
        self.document.edit("Woning verwijderen", apply, revert)

for attempt in range(6):
    document = ProjectDocument(load_example("hofje-8"), runner=SyncRunner())
    model = Model(document)
    model.remove("Lindehof 2")
    model.remove("Lindehof 3")
    document.undo_stack.undo()
    if attempt % 2:
        document.set_attr(lambda p: p.households[0], "label", "Lindehof 1a", "Naam wijzigen")
    del document, model
    gc.collect()
print("gone")
"""


def test_a_document_with_undo_history_can_be_collected_in_any_order():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", DOCUMENTS_DROPPED],
        env=env, capture_output=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0 and done.stdout.decode().strip().endswith("gone"), done.stderr.decode(errors="replace")[-2000:]


def test_closing_the_window_also_stops_the_recalculation_waiting_for_a_pause(quick_window, qtbot):
    """An edit starts its recalculation after a pause in the typing; a window closed within that
    pause started it anyway, in a closed window (and in a test's teardown, on the next test's turn)."""
    window = quick_window(load_example("hofje-8"))
    document = window.document
    document.set_attr(lambda p: p.households[0], "label", "Lindehof 1a", "Naam wijzigen")
    document.undo_stack.setClean()  # nothing to ask on closing
    assert window.close()
    with qtbot.assertNotEmitted(document.busyChanged, wait=RECOMPUTE_DELAY_MS + 300):
        pass
    assert not document.busy


@pytest.fixture
def lone_document():
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.services.tasks import SyncRunner

    document = ProjectDocument(load_example("hofje-8"), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    return document


def test_between_tests_no_documents_recalculation_is_left_waiting(lone_document, qtbot):
    """tests/conftest.py ends every document's waiting recalculation between tests: a test that
    edits and returns leaves nothing to start in the next one."""
    from minigrid_app.ui.document import stop_every_document

    lone_document.set_attr(lambda p: p.households[0], "label", "Lindehof 1a", "Naam wijzigen")
    stop_every_document()
    with qtbot.assertNotEmitted(lone_document.busyChanged, wait=RECOMPUTE_DELAY_MS + 300):
        pass
    assert lone_document.results is None
