"""The window's last resort: an exception nothing caught in a slot is said in the window, in its
language, a copy of the project is offered and the traceback is logged in the data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import load_project
from tests.ui.test_main_window import _stop_document_timers, make_window  # noqa: F401 - fixture


def _boom_in_a_slot(window, qtbot, message: str) -> None:
    """A slot of the window that raises, called by Qt (a button's click)."""

    def broken_slot():
        raise ZeroDivisionError(message)

    window.previous_button.clicked.connect(broken_slot)
    window.previous_button.setEnabled(True)
    window.previous_button.click()
    window.previous_button.clicked.disconnect(broken_slot)


@pytest.mark.qt_no_exception_capture  # the fault is the point: the window's handler takes it
def test_a_fault_in_a_slot_is_said_a_copy_saved_and_the_details_logged(qtbot, tmp_path):
    copy_path = tmp_path / "kopie.minigrid"
    window = make_window(qtbot, tmp_path, load_example("hofje-8"), answers=["copy", str(copy_path)])
    dialogs = window.dialogs
    window.document.set_attr(lambda project: project.intake, "name", "Hofje na de fout", "Naam")
    before = window.document.project

    _boom_in_a_slot(window, qtbot, "kapotte berekening 123")
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, *_ in dialogs.asked), timeout=5000)

    kinds = [kind for kind, *_ in dialogs.asked]
    assert kinds == ["ask_choice", "get_save_path", "inform"]
    _kind, title, text = dialogs.asked[0]
    assert title == "Er ging iets mis in Minigrid"
    assert "fout in het programma zelf (ZeroDivisionError)" in text and "niets verloren" in text
    log = tmp_path / "recovery" / "logs" / "minigrid-faults.log"
    assert str(log) in text
    logged = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: kapotte berekening 123" in logged and "broken_slot" in logged
    assert "Traceback" not in text  # the traceback is in the file, never in the message
    # nothing lost: the copy holds the project as it was, the window still has it, unchanged
    copy = load_project(copy_path).project
    assert copy.intake.name == "Hofje na de fout"
    assert len(copy.households) == len(before.households) == 8
    assert window.document.project is before and window.document.path in (None, "")
    assert window.document.dirty  # the copy is not the project's file: still unsaved
    assert str(copy_path) in dialogs.asked[2][2]
    window.document.undo_stack.setClean()


@pytest.mark.qt_no_exception_capture
def test_the_fault_is_said_in_english_once_and_continuing_changes_nothing(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, load_example("hofje-8"), answers=["continue"])
    window.set_language("en")
    try:
        dialogs = window.dialogs
        for _ in range(2):  # the same fault again (a paint failing each time): logged, said once
            _boom_in_a_slot(window, qtbot, "again")
        qtbot.waitUntil(lambda: bool(dialogs.asked), timeout=5000)
        qtbot.wait(50)
        assert [kind for kind, *_ in dialogs.asked] == ["ask_choice"]
        _kind, title, text = dialogs.asked[0]
        assert title == "Something went wrong in Minigrid"
        assert "a fault in the program itself (ZeroDivisionError), not in your input" in text
        log = (tmp_path / "recovery" / "logs" / "minigrid-faults.log").read_text(encoding="utf-8")
        assert log.count("ZeroDivisionError: again") == 2
        assert len(window.document.project.households) == 8
    finally:
        window.set_language("nl")


def test_the_copy_never_goes_over_a_project_open_in_another_window(qtbot, tmp_path):
    from minigrid_app.io.projectfile import save_project

    other_file = tmp_path / "buren.minigrid"
    save_project(load_example("twee-onder-een-kap-4"), str(other_file))
    other = make_window(qtbot, tmp_path / "other")
    assert other.controller.open_path(str(other_file), ask_first=False)  # that window holds its lock
    window = make_window(qtbot, tmp_path, load_example("hofje-8"), answers=[str(other_file)])

    assert window.controller.save_copy() is None  # refused: said, and nothing written
    kind, _title, text = window.dialogs.asked[-1]
    assert kind == "warn" and "ander Minigrid-venster" in text
    assert len(load_project(other_file).project.households) == 4  # the other window's file is as it was
    assert window.document.dirty is False and window.document.path in (None, "")
    window.document.undo_stack.setClean()


def test_a_copy_is_never_saved_over_the_open_project_itself(qtbot, tmp_path):
    """'Kopie opslaan…' onto the open file changed that file behind the window's back (still
    'unsaved', its figures perhaps from the fault): refused, said in the user's words, asked again."""
    from minigrid_app.io.projectfile import save_project

    own = tmp_path / "hofje.minigrid"
    save_project(load_example("hofje-8"), str(own))
    elsewhere = tmp_path / "kopie.minigrid"
    window = make_window(qtbot, tmp_path, answers=[str(tmp_path / "hofje"), str(elsewhere)])
    assert window.controller.open_path(str(own), ask_first=False)
    before = own.read_bytes()
    window.document.set_attr(lambda project: project.intake, "name", "Na de fout", "Naam")

    assert window.controller.save_copy() == str(elsewhere)
    kinds = [kind for kind, *_ in window.dialogs.asked]
    assert kinds == ["get_save_path", "warn", "get_save_path"]
    _kind, title, text = window.dialogs.asked[1]
    assert title == "Kopie opslaan" and "hofje.minigrid is het geopende project zelf" in text
    assert own.read_bytes() == before  # the open file as it was
    assert load_project(elsewhere).project.intake.name == "Na de fout"
    assert window.document.dirty and window.document.path == str(own)
    window.document.undo_stack.setClean()


@pytest.mark.qt_no_exception_capture
def test_the_screenshot_mode_logs_a_fault_and_goes_on_without_a_message(tmp_path, monkeypatch, qapp, capsys):
    """Nobody answers a message in the screenshot mode (offscreen): a message box there waited for
    ever; the fault is logged and printed, and every screenshot is still made."""
    from minigrid_app.ui import app
    from minigrid_app.ui.services.dialogs import DialogService
    from minigrid_app.ui.widgets.group_summary import GroupSummary

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    asked = []
    monkeypatch.setattr(DialogService, "ask_choice", lambda self, *args: asked.append(args) or "continue")
    set_busy = GroupSummary.set_busy
    faults = []

    def failing_once(self, busy, text):
        if busy and not faults:  # the first "busy" from the document's signal
            faults.append(busy)
            raise ZeroDivisionError("kapot in de schermafdrukken")
        set_busy(self, busy, text)

    monkeypatch.setattr(GroupSummary, "set_busy", failing_once)
    shots = tmp_path / "shots"
    assert app.run_gui(example="twee-onder-een-kap-4", screenshot_dir=str(shots)) == 0
    assert faults and asked == []
    assert (shots / "08-decision.png").exists()
    assert "kapot in de schermafdrukken" in capsys.readouterr().err
