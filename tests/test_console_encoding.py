"""Issue 14, failure 6: output that is not UTF-8 crashed the CLI ("CO₂" in compute, "←" in import)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from minigrid_app.io.console import HANDLER, make_console_safe, register

DATA = Path(__file__).resolve().parent / "data"


def run(encoding: str, *args):
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    return subprocess.run([sys.executable, "-m", "minigrid_app", *args], capture_output=True, timeout=300, env=env)


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_6_compute_and_import_print_on_a_narrow_console(encoding, tmp_path):
    done = run(encoding, "compute", str(DATA / "v1" / "hofje-8.minigrid"), "--quick")
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode(encoding)  # what was written is valid in that encoding
    assert "CO2 kg/jr" in text and "Lindehof 1" in text
    target = tmp_path / "p.minigrid"
    done = run(encoding, "import-households", str(target), "--from", str(DATA / "enquete-lindehof.csv"))
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode(encoding)
    assert "<-" in text and "Traceback" not in done.stderr.decode(encoding)


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_6_errors_in_dutch_reach_a_narrow_console(encoding):
    done = run(encoding, "compute", "/nonexistent/bestand‘€’.minigrid")
    assert done.returncode == 2
    message = done.stderr.decode(encoding)
    assert "bestaat niet" in message and "Traceback" not in message


def test_stand_ins_are_readable():
    register()
    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors=HANDLER)
    stream.write("CO₂ ← € ë ĳ 3 °C “x” … \ud800 漢")
    stream.flush()
    assert stream.buffer.getvalue().decode("ascii") == 'CO2 <- EUR e ij 3 C "x" ... ? ?'


def test_streams_that_cannot_be_reconfigured_are_left_alone():
    make_console_safe([io.StringIO(), None])  # no error
