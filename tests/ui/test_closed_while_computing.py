"""A window closed while the engine works for it is left alone when the work ends: the work's
answer goes nowhere instead of into a deleted window (a message about a fault of the program).
Closing the program while files are being written asks first: its end would end them half-way."""

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


def test_closing_while_the_evenings_documents_are_written_asks_first(quick_window, qtbot, tmp_path):
    """Bestand → Afsluiten while step 5's documents were being written closed the program at once:
    the pack stopped half-way (the declarations there, the handouts and the report not), without a
    word. Now the window names what is being written: 'Wachten' keeps it open, 'Toch afsluiten' closes."""
    window = quick_window(load_example("straat-24"))
    runner = HeldRunner()
    window.document.runner = runner
    window.dialogs.answers.extend([str(tmp_path / "avond"), "wait"])
    window.make_documents()
    assert runner.held  # the pack is being written
    assert not window.close()
    asked = window.dialogs.asked[-1]
    assert asked[:2] == ("ask_choice", "Nog bezig met schrijven")
    assert "Minigrid schrijft nog: de documenten voor de bewonersavond. Als u nu afsluit, is dat niet af." in asked[2]
    assert window.isVisible()

    window.set_language("en")
    window.dialogs.answers.append("close")
    assert window.close()
    assert window.dialogs.asked[-1][2].startswith("Minigrid is still writing: the documents for the residents' evening.")
    window.set_language("nl")
    runner.held.clear()


def test_closing_after_the_documents_are_written_asks_nothing_about_them(quick_window, tmp_path):
    window = quick_window(load_example("straat-24"))
    runner = HeldRunner()
    window.document.runner = runner
    window.dialogs.answers.append(str(tmp_path / "avond"))
    window.make_documents()
    runner.release()  # written
    assert (tmp_path / "avond").is_dir()
    asked = len(window.dialogs.asked)
    assert window.close()
    assert [a for a in window.dialogs.asked[asked:] if a[1] == "Nog bezig met schrijven"] == []


def test_an_excel_export_under_way_is_named_too(quick_window, tmp_path):
    window = quick_window(load_example("hofje-8"))
    runner = HeldRunner()
    window.document.runner = runner
    window.dialogs.answers.extend([str(tmp_path / "hofje.xlsx"), False])
    assert window.controller.export_excel()
    assert window.engine.files_being_written() == ["de Excel-werkmap"]
    window.set_language("en")
    assert window.engine.files_being_written() == ["the Excel workbook"]
    window.set_language("nl")
    runner.release()
    assert window.engine.files_being_written() == []
    assert (tmp_path / "hofje.xlsx").is_file()
