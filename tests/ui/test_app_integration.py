"""The program's place on the desktop: icon, and files handed over by the system (macOS)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import save_project
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.services.dialogs import ScriptedDialogs
from minigrid_app.ui.services.tasks import SyncRunner


def test_application_icon_has_every_size(qapp):
    from minigrid_app.ui.app import application_icon

    icon = application_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes


@pytest.fixture
def window(qtbot, tmp_path):
    from minigrid_app.ui.main_window import MainWindow

    document = ProjectDocument(runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    window = MainWindow(
        document,
        dialogs=ScriptedDialogs([]),
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        recovery_dir=tmp_path / "recovery",
    )
    qtbot.addWidget(window)
    yield window
    window.document.undo_stack.setClean()


def test_file_open_event_opens_the_project(window, tmp_path):
    from minigrid_app.ui.app import install_file_open_handler

    path = tmp_path / "hofje.minigrid"
    save_project(load_example("hofje-8"), path)
    app = QApplication.instance()
    handler = install_file_open_handler(app, window.controller)
    try:
        event = QFileOpenEvent(str(path))
        assert event.type() == QEvent.Type.FileOpen
        QApplication.sendEvent(app, event)
        assert window.document.path == str(path)
        assert len(window.document.project.households) == 8
    finally:
        app.removeEventFilter(handler)
