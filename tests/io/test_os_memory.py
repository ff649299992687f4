"""Freed memory given back to the system by a one-off command (issue 16: minigrid intent's peak)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from minigrid_app.io import os_memory

#: Freed between blocks still in use, then given back: the resident memory drops by most of it [MB].
FREED_MB = 64


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim; elsewhere nothing is done")
def test_freed_heap_pages_go_back_to_the_system():
    # blocks of 64 kB come from the C heap (below glibc's mmap threshold); the last one kept pins
    # the heap's top, so freeing the others gives nothing back by itself
    code = textwrap.dedent(f"""
        import os
        from minigrid_app.io.os_memory import return_freed_memory

        def resident():
            with open("/proc/self/statm") as statm:
                return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

        blocks = [bytearray(64 * 1024) for _ in range({FREED_MB} * 16)]
        kept = bytearray(64 * 1024)
        del blocks
        before = resident()
        done = return_freed_memory()
        print(done, before - resident())
    """)
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert found.returncode == 0, found.stderr
    done, dropped = found.stdout.split()
    if done != "True":
        pytest.skip("not glibc: nothing to give back with")
    assert float(dropped) > 0.75 * FREED_MB


def test_elsewhere_nothing_is_done(monkeypatch):
    monkeypatch.setattr(os_memory.sys, "platform", "win32")
    assert os_memory.return_freed_memory() is False
