"""``python -m minigrid_app.cli`` speaks the chosen language in every command (walk of session 17).

Run as a module, cli.py is ``__main__``, and :mod:`minigrid_app.cli_tender` imported a second copy
of ``minigrid_app.cli`` whose ``--lang`` was never set: ``tender`` and ``handoff`` printed Dutch (and
wrote the hand-off's file names in Dutch) after ``--lang en``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from minigrid_app.io.examples import example_path

ROOT = Path(__file__).resolve().parents[1]


def test_handoff_run_as_the_cli_module_speaks_english(tmp_path):
    project = tmp_path / "twee.minigrid"
    shutil.copy(example_path("twee-onder-een-kap-4"), project)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "minigrid_app.cli", "handoff", str(project), "--out", str(tmp_path / "out"), "--lang", "en"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Files for the engineer"), done.stdout
    assert "Bestanden" not in done.stdout
