"""UI tests run with the program's Dutch translations installed, as the program does at start:
Qt's own Dutch (``qtbase_nl``) and the plural forms of the messages that count (``minigrid_nl_*``)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def _dutch_as_the_program_starts(qapp):
    from minigrid_app.ui.i18n import Translations

    translations = Translations(qapp)
    translations.set_language("nl")
    yield translations


@pytest.fixture
def shown_page(qtbot):
    """Make a step page on a bundled example, computed with the quick sizing, shown at 1200 × 900:
    ``shown_page(SecondEveningPage)`` or ``shown_page(QuickscanPage, "straat-24")``."""
    from minigrid_app.io.examples import load_example
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.services.tasks import SyncRunner

    def make(page_class, example: str = "hofje-8", size: tuple[int, int] = (1200, 900)):
        document = ProjectDocument(load_example(example), runner=SyncRunner())
        document.sizing_method = "rule_of_thumb"
        document.full_analysis = False
        document.recompute_now()
        widget = page_class(document)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        return widget

    return make


@pytest.fixture
def quick_document():
    """``quick_document(project, runner=None)``: a :class:`ProjectDocument` on ``project`` that
    computes in this thread with the quick sizing and no break-even or sensitivity, computed at once
    when the project has homes (``runner``: another task runner, e.g. one that holds the work).
    A recalculation still waiting for a pause in the typing is stopped between tests (tests/conftest.py)."""
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.services.tasks import SyncRunner

    def make(project, runner=None) -> ProjectDocument:
        document = ProjectDocument(project, runner=runner or SyncRunner())
        document.sizing_method = "rule_of_thumb"
        document.full_analysis = False
        if project.households:
            document.recompute_now()
        return document

    return make


@pytest.fixture
def quick_window(qtbot, tmp_path, quick_document):
    """``quick_window(project, size=(1280, 800), immediate=False, runner=None)``: the program window on a
    :func:`quick_document`, with scripted dialogs, its own settings file and recovery folder, shown.
    ``immediate=True`` computes each edit at once instead of after the debounce. At teardown the
    window's project counts as saved, so closing it asks nothing."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from minigrid_app.ui.i18n import Translations
    from minigrid_app.ui.main_window import MainWindow
    from minigrid_app.ui.services.dialogs import ScriptedDialogs

    windows: list[MainWindow] = []

    def make(project, size: tuple[int, int] = (1280, 800), immediate: bool = False, runner=None) -> MainWindow:
        document = quick_document(project, runner)
        window = MainWindow(
            document,
            dialogs=ScriptedDialogs([]),
            settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
            translations=Translations(QApplication.instance()),
            recovery_dir=tmp_path / "recovery",
        )
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        if immediate:
            document.schedule_recompute = document.recompute_now
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.document.undo_stack.setClean()
