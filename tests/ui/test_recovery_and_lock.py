"""Issue 14: recovery that survives opening by file, one writer per project, protected files.

Failures 1 (recovery deleted when the project is reopened by its file) and 2 (two windows
on one project lose work without a word), and the file-protection parts of 5 and 7.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from minigrid_app.core.model import Project
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import load_project, save_project
from minigrid_app.io.recovery import HISTORY, RecoveryStore
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.file_session import COPY, READ_ONLY
from minigrid_app.ui.services.dialogs import DISCARD, ScriptedDialogs
from minigrid_app.ui.services.project_lock import lock_path_for
from minigrid_app.ui.services.tasks import SyncRunner

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"
_WINDOWS = []


@pytest.fixture(autouse=True)
def _close_windows():
    yield
    while _WINDOWS:
        window = _WINDOWS.pop()
        window.document.undo_stack.setClean()
        window.document.recompute_now()
        window.controller.close_cleanly()


def make_window(qtbot, tmp_path, answers=()):
    from minigrid_app.ui.i18n import Translations
    from minigrid_app.ui.main_window import MainWindow

    document = ProjectDocument(Project(), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    window = MainWindow(
        document,
        dialogs=ScriptedDialogs(list(answers)),
        settings=QSettings(str(tmp_path / f"settings-{len(_WINDOWS)}.ini"), QSettings.Format.IniFormat),
        translations=Translations(QApplication.instance()),
        recovery_dir=tmp_path / "recovery",
    )
    qtbot.addWidget(window)
    _WINDOWS.append(window)
    return window


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "hofje.minigrid"
    save_project(load_example("hofje-8"), path)
    os.utime(path, (1_700_000_000, 1_700_000_000))  # saved well before any autosave
    return path


def crash(window) -> None:
    """What a power cut leaves: the autosaves, no clean close, the lock of a dead process."""
    window.controller.autosave_timer.stop()
    window.controller.session.release()  # a dead process holds nothing
    window.document.undo_stack.setClean()
    _WINDOWS.remove(window)


def edit_gas(window, value: float) -> None:
    window.document.set_attr(lambda p: p.households[0], "gas_m3_per_year", value, "gas")


def autosaves(tmp_path) -> list[Path]:
    return sorted((tmp_path / "recovery").rglob("autosave-*.minigrid"))


# ---------------------------------------------------------------- 1. reopened by its file


def test_1_recovery_is_offered_when_the_project_is_reopened_by_its_file(qtbot, tmp_path, project_file):
    first = make_window(qtbot, tmp_path)
    assert first.controller.open_path(str(project_file), ask_first=False)
    edit_gas(first, 2345.0)
    assert first.controller.autosave()
    crash(first)

    second = make_window(qtbot, tmp_path, answers=[True])
    assert second.controller.open_path(str(project_file), ask_first=False)  # a double-click
    method, title, text = second.dialogs.asked[-1]
    assert method == "ask_yes_no" and "niet netjes afgesloten" in text
    assert "Laatst gewijzigd: vandaag om " in text and "Het bestand is opgeslagen: " in text and "2023" in text  # both times
    assert "Woningen gewijzigd: Lindehof 1 (gasverbruik)" in text  # what differs
    assert "het project ‘Hofje De Linde’ (bestand hofje.minigrid)" in text  # by its name, not a folder
    assert second.document.project.households[0].gas_m3_per_year == 2345.0
    assert second.document.path == str(project_file) and second.document.dirty
    assert len(autosaves(tmp_path)) == 1  # opening never removes the recovery data


def test_1_declined_recovery_is_kept_and_a_later_crash_is_offered_again(qtbot, tmp_path, project_file):
    first = make_window(qtbot, tmp_path)
    first.controller.open_path(str(project_file), ask_first=False)
    edit_gas(first, 2345.0)
    first.controller.autosave()
    crash(first)

    second = make_window(qtbot, tmp_path, answers=[False])
    second.controller.open_path(str(project_file), ask_first=False)
    assert second.document.project.households[0].gas_m3_per_year == 1400.0  # the file's version
    assert len(autosaves(tmp_path)) == 1 and not second.controller.has_recovery()
    edit_gas(second, 999.0)
    second.controller.autosave()
    crash(second)

    third = make_window(qtbot, tmp_path, answers=[True])
    third.controller.open_path(str(project_file), ask_first=False)
    assert third.document.project.households[0].gas_m3_per_year == 999.0
    assert len(autosaves(tmp_path)) == 2


def test_1_plain_start_offers_the_autosave_of_a_saved_project(qtbot, tmp_path, project_file):
    first = make_window(qtbot, tmp_path)
    first.controller.open_path(str(project_file), ask_first=False)
    first.document.set_attr(lambda p: p.households[1], "participation", "signed", "signed")
    first.document.set_attr(lambda p: p, "conditions", [], "conditions")
    first.controller.autosave()
    crash(first)
    second = make_window(qtbot, tmp_path, answers=[True])
    assert second.controller.offer_recovery()
    text = second.dialogs.asked[-1][2]
    assert "Getekend: Lindehof 2" in text and "Voorwaarden weg:" in text
    assert second.document.path == str(project_file)
    assert second.controller.session.lock is not None and second.controller.session.lock.held


def test_1_discarding_changes_settles_the_autosave(qtbot, tmp_path, project_file):
    window = make_window(qtbot, tmp_path, answers=[DISCARD])
    window.controller.open_path(str(project_file), ask_first=False)
    edit_gas(window, 2345.0)
    window.controller.autosave()
    assert window.close()  # "Niet opslaan"
    _WINDOWS.remove(window)
    again = make_window(qtbot, tmp_path)
    again.controller.open_path(str(project_file), ask_first=False)
    assert not [a for a in again.dialogs.asked if a[0] == "ask_yes_no"]  # nothing offered
    assert len(autosaves(tmp_path)) == 1  # but still kept


def test_autosave_history_is_short_and_newest_first(tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    for number in range(HISTORY + 3):
        store.write(json.dumps({"n": number}), str(tmp_path / "p.minigrid"), "s")
    [entry] = store.entries()
    assert len(entry.autosaves) == HISTORY
    assert json.loads(entry.newest.read_text())["n"] == HISTORY + 2


def test_recovery_file_of_an_older_version_is_adopted(qtbot, tmp_path):
    (tmp_path / "recovery").mkdir()
    save_project(load_example("hofje-8"), tmp_path / "recovery" / "recovery.minigrid")
    (tmp_path / "recovery" / "recovery.json").write_text('{"original": ""}')
    window = make_window(qtbot, tmp_path, answers=[True])
    assert window.controller.offer_recovery()
    assert len(window.document.project.households) == 8


# ---------------------------------------------------------------- 2. two windows, one project


def test_2_second_window_is_offered_read_only_and_cannot_save_over(qtbot, tmp_path, project_file):
    first = make_window(qtbot, tmp_path)
    first.controller.open_path(str(project_file), ask_first=False)
    assert lock_path_for(project_file).exists()
    edit_gas(first, 2000.0)
    assert first.controller.autosave()

    second = make_window(qtbot, tmp_path, answers=[READ_ONLY])
    assert second.controller.open_path(str(project_file), ask_first=False)
    method, title, text = second.dialogs.asked[0]
    assert method == "ask_choice" and "al geopend in een ander Minigrid-venster" in text
    assert "op de computer" not in text  # this computer: not named as if it were another one
    assert "alleen lezen" in second.windowTitle()
    assert len(autosaves(tmp_path)) == 1  # the first window's recovery is untouched
    edit_gas(second, 3000.0)
    second.dialogs.answers.append(str(project_file))  # "Opslaan als" onto the same file
    assert not second.controller.save()
    assert any(a[0] == "warn" and "ander Minigrid-venster" in a[2] for a in second.dialogs.asked)
    assert load_project(project_file).project.households[0].gas_m3_per_year == 1400.0

    assert first.controller.save()  # the owner saves as usual
    assert load_project(project_file).project.households[0].gas_m3_per_year == 2000.0
    second.document.undo_stack.setClean()


def test_2_second_window_can_open_a_copy(qtbot, tmp_path, project_file):
    first = make_window(qtbot, tmp_path)
    first.controller.open_path(str(project_file), ask_first=False)
    second = make_window(qtbot, tmp_path, answers=[COPY])
    assert second.controller.open_path(str(project_file), ask_first=False)
    assert second.document.path is None and "kopie" in second.windowTitle()
    edit_gas(second, 1234.0)
    second.dialogs.answers.append(str(tmp_path / "kopie.minigrid"))
    assert second.controller.save()
    assert load_project(tmp_path / "kopie.minigrid").project.households[0].gas_m3_per_year == 1234.0
    assert load_project(project_file).project.households[0].gas_m3_per_year == 1400.0


def test_2_closing_the_first_window_frees_the_project(qtbot, tmp_path, project_file):
    first = make_window(qtbot, tmp_path)
    first.controller.open_path(str(project_file), ask_first=False)
    assert first.close()
    _WINDOWS.remove(first)
    assert not lock_path_for(project_file).exists()
    second = make_window(qtbot, tmp_path)
    second.controller.open_path(str(project_file), ask_first=False)
    assert not second.dialogs.asked and second.controller.session.mode == "edit"


HOLDER = r"""
import sys, time
from PySide6.QtCore import QCoreApplication, QLockFile
app = QCoreApplication(sys.argv)
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print(lock.tryLock(0), flush=True)
time.sleep(120)
"""


def test_2_lock_of_a_crashed_program_is_taken_over(qtbot, tmp_path, project_file):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock_path_for(project_file))], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"True"
        alive = make_window(qtbot, tmp_path, answers=[None])  # closes the question: cancelled
        assert not alive.controller.open_path(str(project_file), ask_first=False)
        assert alive.dialogs.asked[0][0] == "ask_choice"
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    window = make_window(qtbot, tmp_path)
    assert window.controller.open_path(str(project_file), ask_first=False)
    assert not window.dialogs.asked and window.controller.session.lock.held


# ---------------------------------------------------------------- 5 and 7. protected files


def test_5_repaired_file_is_not_saved_over_without_asking(qtbot, tmp_path):
    path = tmp_path / "wrong.minigrid"
    path.write_bytes((CASES / "wrong-container-types.minigrid").read_bytes())
    before = path.read_bytes()
    window = make_window(qtbot, tmp_path, answers=[False, None])  # "Nee", then no new name
    window.controller.open_path(str(path), ask_first=False)
    assert "ongewijzigd tot u opslaat" in window.dialogs.asked[0][2]
    edit_gas(window, 1111.0)
    assert not window.controller.save()
    assert [a[0] for a in window.dialogs.asked[1:]] == ["ask_yes_no", "get_save_path"]
    assert path.read_bytes() == before
    window.dialogs.answers.append(True)  # now the user confirms
    assert window.controller.save()
    assert load_project(path).project.households[0].gas_m3_per_year == 1111.0


def test_5_save_as_under_its_own_name_keeps_the_repaired_original_as_asked(qtbot, tmp_path):
    """'Opslaan als' with the open file's own name is 'Opslaan': the repaired original the user
    chose to keep was written over without a word when it was picked in the save dialog."""
    path = tmp_path / "wrong.minigrid"
    path.write_bytes((CASES / "wrong-container-types.minigrid").read_bytes())
    before = path.read_bytes()
    # "Nee" (keep the original), then its own name, "Nee" again, then no name at all
    window = make_window(qtbot, tmp_path, answers=[False, str(path), False, None])
    window.controller.open_path(str(path), ask_first=False)
    edit_gas(window, 1111.0)
    assert not window.controller.save()
    asked = [a[0] for a in window.dialogs.asked[1:]]
    assert asked == ["ask_yes_no", "get_save_path", "ask_yes_no", "get_save_path"]
    assert path.read_bytes() == before
    window.document.undo_stack.setClean()


def test_7_read_only_file_opens_read_only_and_is_never_replaced(qtbot, tmp_path, project_file):
    os.chmod(project_file, 0o444)
    try:
        window = make_window(qtbot, tmp_path, answers=[])
        window.controller.open_path(str(project_file), ask_first=False)
        assert window.controller.session.mode == READ_ONLY and "alleen lezen" in window.windowTitle()
        edit_gas(window, 1111.0)
        window.dialogs.answers.append(None)  # asked for a new name; cancelled
        assert not window.controller.save()
        assert window.dialogs.asked[-1][0] == "get_save_path"
        assert load_project(project_file).project.households[0].gas_m3_per_year == 1400.0
        window.document.undo_stack.setClean()
    finally:
        os.chmod(project_file, 0o644)


def test_4_typed_text_is_kept_as_the_loader_keeps_it(qtbot, tmp_path, project_file):
    """What the window saves loads back without repairs (no 'repaired' file after typing a long name)."""
    window = make_window(qtbot, tmp_path)
    window.controller.open_path(str(project_file), ask_first=False)
    window.document.set_attr(lambda p: p.households[0], "label", "\u202eNr. 1\x00 " + "x" * 300, "label")
    window.document.set_attr(lambda p: p.households[0], "notes", "regel 1\r\nregel 2", "notes")
    assert window.controller.save()
    result = load_project(project_file)
    assert result.ok and not result.problems and not result.repaired
    assert result.project.households[0].label.startswith("Nr. 1 x") and len(result.project.households[0].label) == 200
    assert result.project.households[0].notes == "regel 1\nregel 2"


def test_2_command_line_import_leaves_a_project_open_in_a_window_alone(qtbot, tmp_path, project_file):
    window = make_window(qtbot, tmp_path)
    window.controller.open_path(str(project_file), ask_first=False)
    before = project_file.read_bytes()
    survey = Path(__file__).resolve().parents[1] / "data" / "enquete-lindehof.csv"
    done = subprocess.run(
        [sys.executable, "-m", "minigrid_app", "import-households", str(project_file), "--from", str(survey), "--yes"],
        capture_output=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 2 and "geopend in een Minigrid-venster" in done.stderr.decode("utf-8")
    assert project_file.read_bytes() == before
    window.controller.close_cleanly()  # the window lets go: now the import may write
    done = subprocess.run(
        [sys.executable, "-m", "minigrid_app", "import-households", str(project_file), "--from", str(survey), "--yes"],
        capture_output=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not lock_path_for(project_file).exists()


def test_4_autosave_that_cannot_write_says_so_once(qtbot, tmp_path, project_file):
    (tmp_path / "recovery").write_text("not a folder")  # the app data folder cannot be used
    window = make_window(qtbot, tmp_path)
    window.controller.open_path(str(project_file), ask_first=False)
    edit_gas(window, 2000.0)
    assert not window.controller.autosave()
    assert not window.controller.autosave()
    warnings = [a for a in window.dialogs.asked if a[0] == "warn"]
    assert len(warnings) == 1 and "Sla het project zelf op" in warnings[0][2]


# ---------------------------------------------------------------- a second Minigrid while the first runs


def test_autosaves_of_a_running_window_are_not_offered_as_a_crash(qtbot, tmp_path):
    """A second start found the first window's autosave of an unsaved project and said 'Minigrid is
    de vorige keer niet netjes afgesloten', though the first window was still open."""
    first = make_window(qtbot, tmp_path)
    first.controller.open_example(load_example("hofje-8"))  # never saved: the autosaves' folder is the window's own
    edit_gas(first, 2345.0)
    assert first.controller.autosave()

    second = make_window(qtbot, tmp_path)
    assert second.controller.offer_recovery()  # handled: told, not offered
    [(method, title, text)] = second.dialogs.asked
    assert method == "inform" and "niet netjes afgesloten" not in text
    assert "Al geopend in een ander Minigrid-venster" in text and "• Hofje De Linde" in text and "niets verloren" in text
    assert second.document.project.households == [] and len(autosaves(tmp_path)) == 1
    assert first.controller.autosave()  # the first window goes on as before, in the same folder
    assert len(autosaves(tmp_path)) == 2


def test_autosaves_of_a_killed_program_are_offered(qtbot, tmp_path):
    """The folder's lock of a program killed with SIGKILL is stale (its process is gone): offered."""
    first = make_window(qtbot, tmp_path)
    first.controller.open_example(load_example("hofje-8"))
    edit_gas(first, 2345.0)
    first.controller.autosave()
    [folder] = {path.parent for path in autosaves(tmp_path)}
    crash(first)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder / "in-use.lock")], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"True"  # the running program autosaving there
        alive = make_window(qtbot, tmp_path)
        alive.controller.offer_recovery()
        assert [a[0] for a in alive.dialogs.asked] == ["inform"]
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    after = make_window(qtbot, tmp_path, answers=[True])
    assert after.controller.offer_recovery()
    method, title, text = after.dialogs.asked[-1]
    assert method == "ask_yes_no" and "niet netjes afgesloten" in text
    assert after.document.project.households[0].gas_m3_per_year == 2345.0


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_a_program_told_to_stop_keeps_the_work_for_the_next_start(qtbot, tmp_path):
    """SIGTERM (log-out, shutdown, kill) ended the program on the spot: the work since the last
    autosave was lost and the engine's semaphores were left behind. Now the changes are autosaved,
    the locks let go and the program ends with 128 + the signal's number."""
    from minigrid_app.ui.app import end_on_termination

    window = make_window(qtbot, tmp_path)
    window.controller.open_example(load_example("hofje-8"))
    edit_gas(window, 2345.0)  # not autosaved yet
    ended = []
    restore = end_on_termination(window, ended.append)
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    finally:
        restore()
    assert ended == [128 + signal.SIGTERM]
    assert len(autosaves(tmp_path)) == 1 and window.controller.session.autosave_lock is None
    window.document.undo_stack.setClean()
    _WINDOWS.remove(window)  # ended: nothing more happens in it
    after = make_window(qtbot, tmp_path, answers=[True])
    assert after.controller.offer_recovery()
    assert "niet netjes afgesloten" in after.dialogs.asked[-1][2]
    assert after.document.project.households[0].gas_m3_per_year == 2345.0
