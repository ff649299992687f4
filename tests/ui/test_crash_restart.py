"""Issue 14, failure 1, end to end: kill the program after an autosave, start it again BY FILE.

The real program (``minigrid FILE``) runs in a child process with its own home folder; the test
edits through the open window, waits for the autosave on disk, kills the process group
with SIGKILL (power cut), starts the program again with the same file (what a double-click
does) and checks that the recovery is offered, with what differs, and taken.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import load_project, save_project

pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")

FIND_WINDOW = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])


def main_window():
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == "MainWindow" and widget.isVisible():
            return widget
    return None


def when_open(action):
    def poll():
        window = main_window()
        if window is None:
            QTimer.singleShot(100, poll)
        else:
            action(window)
    QTimer.singleShot(100, poll)
"""

EDIT_AND_WAIT = FIND_WINDOW + r"""
from minigrid_app.ui import controller
controller.AUTOSAVE_INTERVAL_MS = 300  # a minute in the program


def edit(window):
    window.document.set_attr(lambda p: p.households[0], "gas_m3_per_year", 2345.0, "gas")
    print("edited", flush=True)


when_open(edit)
from minigrid_app.cli import main  # the program's own entry point: minigrid FILE
sys.exit(main([sys.argv[1]]))
"""

RESTART_BY_FILE = FIND_WINDOW + r"""
from minigrid_app.ui.services.dialogs import DialogService

asked = []


def ask_yes_no(self, title, text):
    asked.append(["ask_yes_no", title, text])
    return True


def ask_choice(self, title, text, choices):
    asked.append(["ask_choice", title, text])
    return None


def inform(self, title, text):
    asked.append(["inform", title, text])


DialogService.ask_yes_no = ask_yes_no
DialogService.ask_choice = ask_choice
DialogService.inform = inform
DialogService.warn = inform


def report(window):
    household = window.document.project.households[0]
    print(json.dumps({"asked": asked, "gas": household.gas_m3_per_year, "dirty": window.document.dirty,
                      "path": window.document.path}), flush=True)
    window.document.undo_stack.setClean()
    window.close()
    app.quit()


when_open(report)
from minigrid_app.cli import main  # the program's own entry point: minigrid FILE
sys.exit(main([sys.argv[1]]))
"""


def _environment(home: Path) -> dict:
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
        MPLBACKEND="Agg",
    )
    return env


def _autosaves(home: Path) -> list[Path]:
    return sorted((home / "data").rglob("*.minigrid"))  # autosaves (older versions: recovery.minigrid)


def test_1_killed_after_an_autosave_and_restarted_by_file_offers_the_recovery(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    project = tmp_path / "hofje.minigrid"
    save_project(load_example("hofje-8"), project)
    os.utime(project, (time.time() - 3600, time.time() - 3600))
    env = _environment(home)

    first = subprocess.Popen(
        [sys.executable, "-c", EDIT_AND_WAIT, str(project)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    try:
        line = first.stdout.readline().strip()
        if line != b"edited":
            first.wait(30)
            pytest.fail(f"the program did not start: {first.stderr.read().decode(errors='replace')[-3000:]}")
        deadline = time.monotonic() + 60
        while not _autosaves(home) and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.1)
        assert _autosaves(home), first.stderr.read1().decode(errors="replace") if first.poll() is not None else "no autosave"
        time.sleep(0.3)  # let the autosave's rename finish
    finally:
        os.killpg(first.pid, signal.SIGKILL)  # power cut: the program and its engine process
        first.wait()
    autosaved = _autosaves(home)
    assert load_project(autosaved[-1]).project.households[0].gas_m3_per_year == 2345.0

    second = subprocess.run(
        [sys.executable, "-c", RESTART_BY_FILE, str(project)],
        env=env, capture_output=True, timeout=180, start_new_session=True,
    )  # fmt: skip
    assert second.returncode == 0, second.stderr.decode(errors="replace")[-2000:]
    state = json.loads(second.stdout.decode().strip().splitlines()[-1])
    offers = [a for a in state["asked"] if a[0] == "ask_yes_no"]
    assert len(offers) == 1, state["asked"]
    assert "niet netjes afgesloten" in offers[0][2] and "Lindehof 1 (gasverbruik)" in offers[0][2]
    assert not [a for a in state["asked"] if a[0] == "ask_choice"]  # the dead program's lock was taken over
    assert state["gas"] == 2345.0 and state["dirty"] and state["path"] == str(project)
    assert _autosaves(home) == autosaved  # offered and taken, never deleted
    assert load_project(project).project.households[0].gas_m3_per_year == 1400.0  # the file itself untouched
