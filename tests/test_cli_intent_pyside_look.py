"""``minigrid intent`` makes PySide6's look at each module imported after it light before the engine
and matplotlib are imported (issue 16): PySide6 read the source of each (a hundred-odd files) into
the line cache, 14 MB kept to the end of the command, near its 200 MiB peak."""

from __future__ import annotations

import argparse
import sys

import pytest

from minigrid_app import cli
from minigrid_app.core import analysis
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import dumps_project


class _Computed(Exception):
    """The pack's computation was reached: nothing more is needed."""


def _intent_until_it_computes(tmp_path, monkeypatch, compute) -> None:
    """Run ``minigrid intent`` on hofje-8 with ``compute`` standing in for the engine (it raises _Computed)."""
    monkeypatch.setattr(analysis, "compute_project", compute)
    path = tmp_path / "hofje.minigrid"
    path.write_text(dumps_project(load_example("hofje-8")), encoding="utf-8")
    with pytest.raises(_Computed):
        cli.cmd_intent(argparse.Namespace(file=str(path), out=str(tmp_path / "pack"), lang="nl", privacy="house_number"))


def test_intent_looks_light_at_the_modules_it_imports_after_pyside(tmp_path, monkeypatch):
    import PySide6.QtCore  # noqa: F401 - PySide6's import hook

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide6 does not look at the modules imported after it")
    monkeypatch.setattr(feature, "_mod_uses_pyside", lambda module: False)  # PySide6's own look, as at a start
    looks = []

    def compute(*args, **kwargs):
        looks.append(getattr(feature._mod_uses_pyside, "minigrid", False))
        raise _Computed

    _intent_until_it_computes(tmp_path, monkeypatch, compute)
    assert looks == [True]


def test_intent_imports_past_pysides_feature_hook_while_it_works(tmp_path, monkeypatch):
    # every import statement after PySide6 went through its ``from __feature__`` hook (a Python
    # function, three times as slow); the pack's own 10 000 go straight to the import PySide6
    # wrapped, and after the command the hook is back as it was
    import builtins

    import PySide6.QtCore  # noqa: F401 - PySide6's import hook

    hooked = getattr(builtins, "__feature_import__", None)
    if hooked is None or getattr(builtins, "__orig_import__", None) is None or builtins.__import__ is not hooked:
        pytest.skip("this PySide6 does not put a hook in front of every import")
    seen = []

    def compute(*args, **kwargs):
        import json  # an import statement while the pack is made still imports

        seen.append((builtins.__import__ is builtins.__orig_import__, json.dumps([1])))
        raise _Computed

    _intent_until_it_computes(tmp_path, monkeypatch, compute)
    assert seen == [(True, "[1]")]
    assert builtins.__import__ is hooked


def test_intent_leaves_qt_widgets_unloaded():
    """What ``minigrid intent`` imports (the PySide6 look's module, the pack, the engine) brings no
    QtWidgets: its libraries were 7.5 MiB of the command's 195 MiB peak (issue 16), for a splash
    label only the window shows. A fresh process: this one has the widgets already."""
    import os
    import subprocess

    code = (
        "import sys\n"
        "from minigrid_app.ui.app import lighter_pyside_import_check\n"
        "from minigrid_app.ui.services.intent_pack import ensure_gui_application, write_pack\n"
        "from minigrid_app.core.analysis import compute_project\n"
        "from minigrid_app.io import documents, charts\n"
        "lighter_pyside_import_check()\n"
        "ensure_gui_application()\n"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
