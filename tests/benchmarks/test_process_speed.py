"""Whole-process speed of the command line (issue 16): start, imports, computing and writing.

Each command runs in a fresh interpreter, as a user starts it; the benchmark's figure is the
CPU time (user + system) of that process and everything it waited for, and its largest
resident memory, as the operating system counts them (``resource.getrusage``). CPU time,
not wall time, because the machine is shared: a busy machine slows the wall clock far more
than the CPU time. Targets on the 2-core reference machine:

- ``minigrid compute hofje-8`` ≤ 1.0 s; ``compute straat-24`` ≤ 1.5 s;
- ``compute`` of 200 distinct homes (:func:`tests.benchmarks.projects.distinct_homes`) ≤ 6 s;
- ``minigrid intent straat-24`` (every document of the second evening) ≤ 4 s and ≤ 200 MiB.

Run: ``MINIGRID_BENCH=1 .venv/bin/python -m pytest tests/benchmarks/test_process_speed.py
--benchmark-enable --benchmark-only -s`` (each round's CPU seconds and memory are printed and
kept in the benchmark's ``extra_info``, with the load average).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 3


@pytest.fixture(scope="module")
def projects(tmp_path_factory):
    """hofje-8, straat-24 and 200 distinct homes as project files."""
    folder = tmp_path_factory.mktemp("projects")
    subprocess.run([sys.executable, "-m", "tests.benchmarks.projects", str(folder)], check=True, cwd=ROOT,
                   capture_output=True)
    return folder


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    # an installed program has compiled bytecode; a source tree without it would compile every module on each start
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


#: runs one command and reports the CPU time and peak memory of it alone (its own children's figures)
MEASURE = """
import json, resource, subprocess, sys
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": done.returncode, "cpu_s": usage.ru_utime + usage.ru_stime,
                  "peak_mib": usage.ru_maxrss / 1024, "stderr": done.stderr[-2000:]}))
"""


def run_measured(arguments: list[str]) -> tuple[float, float]:
    """CPU seconds (user + system) and peak resident memory [MiB] of one ``minigrid`` process."""
    completed = subprocess.run(
        [sys.executable, "-c", MEASURE, sys.executable, "-m", "minigrid_app", *arguments],
        cwd=ROOT, env=_environment(), capture_output=True, text=True, timeout=900, check=True,
    )
    found = json.loads(completed.stdout.strip().splitlines()[-1])
    assert found["code"] == 0, found["stderr"]
    return found["cpu_s"], found["peak_mib"]  # ru_maxrss is in KiB on Linux


def measure(benchmark, arguments: list[str], label: str) -> tuple[float, float]:
    """Run the command ``ROUNDS`` times after one warm-up (bytecode, disk cache); median CPU, peak memory."""
    run_measured(arguments)
    found: list[tuple[float, float]] = []

    def rounds():
        found.extend(run_measured(arguments) for _ in range(ROUNDS))

    benchmark.pedantic(rounds, rounds=1, iterations=1)
    cpu = [c for c, _ in found]
    peak = max(m for _, m in found)
    load = os.getloadavg()[0]
    benchmark.extra_info.update(cpu_s=[round(c, 3) for c in cpu], peak_mib=round(peak), load=round(load, 1))
    print(f"{label}: CPU min {min(cpu):.2f} s, median {statistics.median(cpu):.2f} s; peak {peak:.0f} MiB "
          f"(load {load:.1f})")
    return statistics.median(cpu), peak


@pytest.mark.parametrize(
    "name, target_s",
    [("hofje-8", 1.0), ("straat-24", 1.5), ("distinct-200", 6.0)],
)
def test_compute_whole_process(benchmark, projects, name, target_s):
    cpu, _ = measure(benchmark, ["compute", str(projects / f"{name}.minigrid")], f"compute {name}")
    assert cpu <= target_s, f"compute {name}: {cpu:.2f} s CPU > {target_s} s"


def test_intent_pack_straat_24(benchmark, projects, tmp_path):
    cpu, peak = measure(
        benchmark, ["intent", str(projects / "straat-24.minigrid"), "--out", str(tmp_path / "pack")], "intent straat-24"
    )
    assert len(list((tmp_path / "pack").glob("*.pdf"))) > 40
    assert cpu <= 4.0 and peak <= 200, f"intent straat-24: {cpu:.2f} s CPU, {peak:.0f} MiB (targets 4 s, 200 MiB)"
