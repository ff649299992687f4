"""Sizing from a cold process against GHEtool L2 in the same run (issue 16).

Each side runs in a fresh interpreter: the imports are done first, then the CPU time of one
sizing is taken (no g-function computed yet: Minigrid reads its shipped tables, GHEtool its
own precomputed data or pygfunction). Minigrid sizes one home and a 4-home field with its
heat pump COP ↔ fluid temperature loop; GHEtool L2 sizes the same fields for the ground
loads Minigrid converged to. Rounds alternate between the two; medians are compared, so a
busy machine slows both alike. Target: Minigrid ≤ GHEtool L2, at depths within 0.5 % of
GHEtool L3 (tests/core/test_borefield_validation.py).

GHEtool is no dependency of the program: the test is skipped when it cannot be imported.
Point ``GHETOOL_PATH`` at a folder holding it (``pip install --target DIR ghetool==2.3.4
pygfunction==2.3.0 --no-deps``) to run it without installing it into the venv.

Run: ``MINIGRID_BENCH=1 GHETOOL_PATH=.ghetool .venv/bin/python -m pytest
tests/benchmarks/test_ghetool_compare.py -s``
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
ROUNDS = 5

MINIGRID = """
import json, sys, time
from minigrid_app.io.defaults import install_bundled_defaults
install_bundled_defaults()
from minigrid_app.core import fieldsizing
from minigrid_app.core.demand import heat_demand
from minigrid_app.core.model import Household
from minigrid_app.core.parameters import ParameterSet
homes = int(sys.argv[1])
params, _ = ParameterSet.from_overrides({})
demand = heat_demand(Household(label="x", gas_m3_per_year=1200, cooks_on_gas=True, supply_temp_c=45,
                               build_year=1995), params)
started = time.process_time()
sizing = fieldsizing.size([demand] * homes, params)
cpu = time.process_time() - started
print(json.dumps({"cpu_s": cpu, "boreholes": sizing.boreholes, "depth_m": sizing.depth_m,
                  "extraction_kwh": list(sizing.monthly_extraction_kwh), "peak_kw": sizing.peak_extraction_kw}))
"""

GHETOOL = """
import json, sys, time
import numpy as np
from GHEtool import Borefield, GroundConstantTemperature, MonthlyGeothermalLoadAbsolute
case = json.loads(sys.argv[1])
load = MonthlyGeothermalLoadAbsolute(np.array(case["extraction_kwh"]), np.zeros(12),
                                     np.full(12, case["peak_kw"]), np.zeros(12), 25)
load.all_months_equal = False
field = Borefield(load=load)
field.set_ground_parameters(GroundConstantTemperature(1.8, 11.0, 2.4e6))
field.Rb = 0.10
field.set_min_avg_fluid_temperature(-1.5)
field.create_rectangular_borefield(case["boreholes"], 1, 6.0, 6.0, 100.0, 1.0, 0.065)
started = time.process_time()
depth = field.size_L2()
cpu = time.process_time() - started
print(json.dumps({"cpu_s": cpu, "depth_m": depth}))
"""


def _ghetool_env() -> dict[str, str]:
    env = dict(os.environ)
    extra = os.environ.get("GHETOOL_PATH")
    if extra:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(extra).resolve()), env.get("PYTHONPATH")) if p)
    return env


def _run(code: str, argument: str, env: dict[str, str] | None = None) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, argument], capture_output=True, text=True, check=True, cwd=ROOT, env=env
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("homes", [1, 4])
def test_cold_sizing_no_slower_than_ghetool_l2(homes, record_property):
    env = _ghetool_env()
    probe = subprocess.run([sys.executable, "-c", "import GHEtool"], capture_output=True, env=env)
    if probe.returncode != 0:
        pytest.skip("GHEtool is not installed (set GHETOOL_PATH to a folder holding it)")
    ours, theirs = [], []
    for _ in range(ROUNDS):
        mine = _run(MINIGRID, str(homes))
        ours.append(mine["cpu_s"])
        reference = _run(GHETOOL, json.dumps(mine), env)
        theirs.append(reference["cpu_s"])
    load = os.getloadavg()[0]
    summary = (
        f"{homes} home(s): Minigrid min {min(ours) * 1000:.0f} ms, median {statistics.median(ours) * 1000:.0f} ms; "
        f"GHEtool L2 min {min(theirs) * 1000:.0f} ms, median {statistics.median(theirs) * 1000:.0f} ms "
        f"(depth {mine['boreholes']} × {mine['depth_m']:.1f} m vs L2 {reference['depth_m']:.1f} m; load {load:.1f})"
    )
    print(summary)
    record_property("summary", summary)
    assert statistics.median(ours) <= statistics.median(theirs), summary
