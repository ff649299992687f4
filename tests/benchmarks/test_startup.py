"""Start-up speed and bundle size (issue 7): targets on the 2-core reference machine.

- start → first window painted (offscreen), source install: ≤ 2 × a bare PySide6 window
  started the same way (same interpreter, same platform plugin, same first-paint hook);
- the same for the frozen bundle ``dist/Minigrid`` against a frozen bare window
  (skipped when the bundle has not been built: ``bash installers/build_linux.sh``);
- the unpacked bundle ≤ 300 MB.

Run: ``MINIGRID_BENCH=1 .venv/bin/python -m pytest tests/benchmarks/test_startup.py -s`` (or with
the other benchmarks, ``--benchmark-enable --benchmark-only``: the medians and the size are
kept in each benchmark's ``extra_info``).
Both programs quit after their first paint: the app through ``MINIGRID_EXIT_AFTER_PAINT=1``
(:func:`minigrid_app.ui.app.quit_after_first_paint`), the bare window through the same
event filter, copied into :data:`BARE_WINDOW`. Each is started once to warm the caches
(fonts, .pyc), then alternately ``RUNS`` times; the medians are compared, so a busy
machine slows both alike.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "Minigrid"
FROZEN_APP = BUNDLE / ("Minigrid.exe" if sys.platform == "win32" else "Minigrid")
#: where the frozen bare window is built (and kept between runs; build/ is not committed)
BARE_BUILD = ROOT / "build" / "startup-bench"
RUNS = 5
#: start-up of the program may take this many times the bare window's
MAX_RATIO = 2.0
MAX_BUNDLE_MB = 300
#: a megabyte as ``du -m`` counts it (the CI script prints ``du`` figures) [bytes]
MB = 2**20

BARE_WINDOW = '''\
"""A bare PySide6 window that quits after its first paint (start-up benchmark baseline)."""
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1200, 800)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is window:
            app.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False


first_paint = FirstPaint()
app.installEventFilter(first_paint)
window.show()
sys.exit(app.exec())
'''


@pytest.fixture(scope="module")
def clean_env(tmp_path_factory):
    """Offscreen, first-paint exit, and an empty home: no recovery file, no recent projects."""
    home = tmp_path_factory.mktemp("home")
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
        MINIGRID_EXIT_AFTER_PAINT="1",
    )
    env.pop("PYTEST_CURRENT_TEST", None)
    # an installed program (and the frozen bundle) has compiled bytecode: without it the source
    # tree would compile every module on each start, which no user waits for
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@pytest.fixture(scope="module")
def bare_script(tmp_path_factory):
    path = tmp_path_factory.mktemp("bare") / "bare_window.py"
    path.write_text(BARE_WINDOW, encoding="utf-8")
    return path


def start_seconds(command: list[str], env: dict) -> float:
    """Wall-clock time of one start until the program has quit after its first paint [s]."""
    started = time.perf_counter()
    completed = subprocess.run(command, env=env, cwd=env["HOME"], capture_output=True, text=True, timeout=120, check=False)
    elapsed = time.perf_counter() - started
    assert completed.returncode == 0, f"{command} exited with {completed.returncode}:\n{completed.stderr[-2000:]}"
    return elapsed


def median_starts(program: list[str], baseline: list[str], env: dict) -> tuple[float, float]:
    """Median start times of ``program`` and ``baseline`` [s], started alternately."""
    start_seconds(program, env)  # warm-up: font caches, compiled bytecode
    start_seconds(baseline, env)
    program_times, baseline_times = [], []
    for _ in range(RUNS):
        program_times.append(start_seconds(program, env))
        baseline_times.append(start_seconds(baseline, env))
    return statistics.median(program_times), statistics.median(baseline_times)


def report(label: str, program: float, bare: float) -> str:
    line = f"{label}: first window painted after {program:.2f} s, bare PySide6 window {bare:.2f} s ({program / bare:.1f} ×)"
    print(line)
    return line


def measure_starts(benchmark, program: list[str], baseline: list[str], env: dict) -> tuple[float, float]:
    """Run :func:`median_starts` under pytest-benchmark (one round) and keep the medians."""
    result = benchmark.pedantic(median_starts, args=(program, baseline, env), rounds=1, iterations=1)
    benchmark.extra_info.update(program_s=round(result[0], 3), bare_window_s=round(result[1], 3))
    return result


def test_source_first_window_within_twice_a_bare_window(benchmark, clean_env, bare_script):
    """The first window a user sees: the start-up splash, painted before the engine loads."""
    program, bare = measure_starts(
        benchmark,
        [sys.executable, "-m", "minigrid_app"],
        [sys.executable, str(bare_script)],
        dict(clean_env, MINIGRID_EXIT_AFTER_PAINT="splash"),
    )
    line = report("source install, splash", program, bare)
    assert program <= MAX_RATIO * bare, f"{line}; target ≤ {MAX_RATIO:.0f} ×"


def test_source_start_within_twice_a_bare_window(benchmark, clean_env, bare_script):
    """The main window, painted with its first step (about 1.9 × on the 2-core machine, 2026-11-30)."""
    program, bare = measure_starts(
        benchmark, [sys.executable, "-m", "minigrid_app"], [sys.executable, str(bare_script)], clean_env
    )
    line = report("source install", program, bare)
    assert program <= MAX_RATIO * bare, f"{line}; target ≤ {MAX_RATIO:.0f} ×"


@pytest.fixture(scope="module")
def frozen_bare_window(bare_script):
    """The bare window frozen with the same PyInstaller (built once, kept in build/)."""
    if not FROZEN_APP.is_file():
        pytest.skip("no frozen bundle: run bash installers/build_linux.sh first")
    pytest.importorskip("PyInstaller")
    name = "bare-window"
    executable = BARE_BUILD / "dist" / name / (f"{name}.exe" if sys.platform == "win32" else name)
    source = BARE_BUILD / "bare_window.py"
    if not executable.is_file() or not source.is_file() or source.read_text(encoding="utf-8") != BARE_WINDOW:
        shutil.rmtree(BARE_BUILD, ignore_errors=True)
        BARE_BUILD.mkdir(parents=True)
        source.write_text(BARE_WINDOW, encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "--onedir",
             "--name", name, "--distpath", str(BARE_BUILD / "dist"), "--workpath", str(BARE_BUILD / "work"),
             "--specpath", str(BARE_BUILD), str(source)],
            check=True, capture_output=True, timeout=600,
        )
    return executable


def test_frozen_start_within_twice_a_bare_window(benchmark, clean_env, frozen_bare_window):
    program, bare = measure_starts(benchmark, [str(FROZEN_APP)], [str(frozen_bare_window)], clean_env)
    line = report("frozen bundle", program, bare)
    assert program <= MAX_RATIO * bare, f"{line}; target ≤ {MAX_RATIO:.0f} ×"


def folder_bytes(folder: Path) -> int:
    """Bytes of the regular files below ``folder`` (symbolic links not followed or counted)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def test_bundle_size(benchmark):
    if not FROZEN_APP.is_file():
        pytest.skip("no frozen bundle: run bash installers/build_linux.sh first")
    total_mb = benchmark.pedantic(folder_bytes, args=(BUNDLE,), rounds=1, iterations=1) / MB
    benchmark.extra_info["bundle_mb"] = round(total_mb, 1)
    internal = BUNDLE / "_internal"
    parts = sorted(
        ((folder_bytes(p) if p.is_dir() else p.lstat().st_size) / MB, p.name) for p in internal.iterdir()
    )
    largest = ", ".join(f"{name} {size:.0f} MB" for size, name in reversed(parts[-6:]))
    print(f"bundle {total_mb:.0f} MB unpacked; largest: {largest}")
    assert total_mb <= MAX_BUNDLE_MB, f"bundle {total_mb:.0f} MB > {MAX_BUNDLE_MB} MB; largest: {largest}"
