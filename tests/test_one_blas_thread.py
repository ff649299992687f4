"""numpy's OpenBLAS starts no spinning worker threads in Minigrid's processes (issue 16):
:func:`minigrid_app.blas_threads.one_blas_thread`, set before numpy is imported; a user's own choice stands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
THREADS = """
import os, sys
import minigrid_app.cli
import numpy
print(os.environ.get("OPENBLAS_NUM_THREADS"), len(os.listdir("/proc/self/task")))
"""


def threads_after_numpy(extra: dict[str, str] | None = None) -> tuple[str, int]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "GOTO_NUM_THREADS")}
    env.update(PYTHONPATH=str(ROOT), **(extra or {}))
    done = subprocess.run([sys.executable, "-c", THREADS], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    setting, threads = done.stdout.split()
    return setting, int(threads)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir() or (os.cpu_count() or 1) < 2, reason="counts Linux threads on 2+ cores")
def test_numpy_imported_after_the_program_starts_no_blas_workers():
    assert threads_after_numpy() == ("1", 1)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir() or (os.cpu_count() or 1) < 2, reason="counts Linux threads on 2+ cores")
def test_a_users_own_blas_threads_stand():
    setting, threads = threads_after_numpy({"OPENBLAS_NUM_THREADS": "2"})
    assert setting == "2" and threads == 2
