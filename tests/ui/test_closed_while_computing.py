"""A window closed while the engine works for it is left alone when the work ends: the work's
answer goes nowhere instead of into a deleted window (a message about a fault of the program)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from minigrid_app.io.examples import load_example
from tests.ui.test_first_calculation_words import HeldRunner  # holds a job until release()


def _deleted(widget) -> None:
    """Let Qt delete a window closed with WA_DeleteOnClose, as the event loop does."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(widget)


def test_presentation_closed_while_its_signature_curve_is_computed(quick_window, qtbot):
    window = quick_window(load_example("straat-24"))
    runner = HeldRunner()
    window.document.runner = runner
    window.start_presentation()
    presentation = window.presentation
    presentation.show_slide(presentation.slide_titles().index("Hoeveel van ons moeten tekenen?"))
    assert runner.held  # the curves are being computed
    presentation.close()
    _deleted(presentation)
    runner.release()  # the curves arrive: nothing is drawn in the closed presentation
    assert window.document.results is not None


def test_work_whose_window_was_deleted_meanwhile_answers_nobody(qtbot):
    """The task runner's answer to a method of a deleted window (a page's ``_documents_done``)."""
    import threading

    from PySide6.QtWidgets import QWidget

    from minigrid_app.ui.services.tasks import TaskRunner

    class Page(QWidget):
        def __init__(self):
            super().__init__()
            self.answers = []

        def done(self, value):
            self.answers.append(value)
            self.setWindowTitle(str(value))  # a deleted window raises here

    page = Page()
    runner = TaskRunner()
    go = threading.Event()
    job = runner.run(lambda _progress: go.wait(10) and 42, page.done, page.done, page.done)
    shiboken6.delete(page)
    with qtbot.waitSignal(job.finished, timeout=10000):
        go.set()
    assert page.answers == []
