"""Speed of the borefield sizing (issues 3, 13, 16): targets on the 2-core reference machine.

- a 5-home cluster from cold (no cached g-functions) ≤ 0.5 s;
- re-sizing after an input change with the g-functions cached ≤ 20 ms;
- straat-24 from cold, every field in its street with interference (own loops and shared
  fields, lowest-investment designs) ≤ 5 s; the same with passive cooling in every home;
- a warm re-compute of straat-24 after one home's gas use changes ≤ 0.5 s;
- a 50-home street from cold ≤ 15 s, peak memory ≤ 1 GB (fresh process).
"""

from __future__ import annotations

import copy
import itertools
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import minigrid_app.io  # noqa: F401 (installs the g-function tables)
from minigrid_app.core import borefield, fieldsizing, gfunctions
from minigrid_app.core.analysis import compute_project, resolve_parameters
from minigrid_app.core.demand import heat_demand
from minigrid_app.io.examples import load_example
from tests.benchmarks.conftest import assert_mean_below

ROOT = Path(__file__).resolve().parents[2]
COOLING_SHAPE = (0, 0, 0, 0, 0.08, 0.2, 0.32, 0.28, 0.12, 0, 0, 0)


def _cold_caches() -> None:
    """Forget every computed g-function and sizing (the shipped tables stay, as in a new process)."""
    borefield.clear_cache()
    gfunctions.BANK.clear()
    fieldsizing.clear_cache()


@pytest.fixture(scope="module")
def cluster_of_five():
    project = load_example("straat-24")
    params, _ = resolve_parameters(project)
    homes = [h for h in project.households if h.gas_m3_per_year][:5]
    demands = [heat_demand(h, params) for h in homes]
    ground = fieldsizing.ground_parameters(params)
    return [fieldsizing.home_heat(d) for d in demands], ground


def _cold(homes, ground):
    _cold_caches()
    return borefield.size_field(homes, ground)


def test_five_home_cluster_from_cold(benchmark, cluster_of_five):
    homes, ground = cluster_of_five
    sizing = benchmark.pedantic(_cold, args=(homes, ground), rounds=5, iterations=1, warmup_rounds=1)
    assert sizing.converged and not sizing.provisional
    assert_mean_below(benchmark, 0.5)


def test_resize_with_cached_g_functions(benchmark, cluster_of_five):
    homes, ground = cluster_of_five
    borefield.size_field(homes, ground)  # fill the cache for this geometry
    scale = iter([1.0 + 0.001 * i for i in range(1, 100000)])

    def resize():
        factor = next(scale)
        first = homes[0]
        changed = replace(
            first,
            space_heat_monthly_kwh=tuple(v * factor for v in first.space_heat_monthly_kwh),
            design_load_kw=first.design_load_kw * factor,
        )
        return borefield.size_field([changed, *homes[1:]], ground)

    sizing = benchmark.pedantic(resize, rounds=30, iterations=1)
    assert sizing.converged
    assert_mean_below(benchmark, 0.020)


def _straat_cold(project):
    _cold_caches()
    return compute_project(project, break_even=False, sensitivity=False)


def test_straat_24_all_fields_from_cold(benchmark):
    project = load_example("straat-24")
    results = benchmark.pedantic(_straat_cold, args=(project,), rounds=3, iterations=1, warmup_rounds=1)
    assert len(results.fields) > 24
    assert any(f.sizing.neighbours for f in results.fields)
    assert_mean_below(benchmark, 5.0)


def _with_cooling(street: fieldsizing.StreetFields, kwh: float = 800.0, peak_kw: float = 1.5):
    """The street's field requests with passive cooling in every home."""
    requests = []
    for request in street.requests.values():
        homes = tuple(
            replace(h, cooling_monthly_kwh=tuple(kwh * s for s in COOLING_SHAPE), cooling_peak_kw=peak_kw)
            for h in request.homes
        )
        requests.append(replace(request, homes=homes))
    return requests


def _street(project) -> fieldsizing.StreetFields:
    """straat-24's street as the business case lays it out (own loops and cluster fields)."""
    from minigrid_app.core.clusters import form_clusters

    params, _ = resolve_parameters(project)
    demands = {h.id: heat_demand(h, params) for h in project.households if h.gas_m3_per_year}
    eligible = {h for h in demands if project.household(h).participation != "declined"}
    clusters = form_clusters(
        project.households, eligible, params.int("cluster_size"), params["distance_default_m"],
        params["max_connection_distance_m"],
    )
    return fieldsizing.street_fields(project.households, demands, clusters, params, project.clusters)


def test_straat_24_with_cooling_from_cold(benchmark):
    from minigrid_app.core import streetsizing

    project = load_example("straat-24")
    street = _street(project)
    ground = replace(street.ground, max_fluid_temp_c=17.0)
    requests = _with_cooling(street)
    own = [r for r in requests if r.id.startswith("own-")]
    shared = [r for r in requests if r.id.startswith("shared-")]

    def cold():
        _cold_caches()
        return (
            streetsizing.size_street(own, ground),
            streetsizing.size_street(shared, ground, costs=street.costs, max_spacing_m=street.max_spacing_m),
        )

    own_sized, shared_sized = benchmark.pedantic(cold, rounds=3, iterations=1, warmup_rounds=1)
    assert all(s.annual_injection_kwh > 0 for s in own_sized.sizings.values())
    assert shared_sized.converged and own_sized.converged
    assert_mean_below(benchmark, 5.0)


def test_straat_24_warm_recompute_after_one_gas_change(benchmark):
    project = load_example("straat-24")
    compute_project(project, break_even=False, sensitivity=False)
    target = next(h for h in project.households if h.gas_m3_per_year)
    base = target.gas_m3_per_year
    steps = itertools.count(1)

    def recompute():
        changed = copy.deepcopy(project)
        home = next(h for h in changed.households if h.id == target.id)
        home.gas_m3_per_year = base + next(steps)
        return compute_project(changed, break_even=False, sensitivity=False)

    benchmark.pedantic(recompute, rounds=5, iterations=1)
    assert_mean_below(benchmark, 0.5)


FIFTY = """
import json, resource, time
from minigrid_app.io.defaults import install_bundled_defaults
install_bundled_defaults()
from minigrid_app.core.analysis import compute_project
from tests.benchmarks.projects import distinct_street
project = distinct_street(50)
started = time.perf_counter()
results = compute_project(project, break_even=False, sensitivity=False)
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "fields": len(results.fields),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def test_fifty_home_street_from_cold(benchmark):
    def run():
        out = subprocess.run([sys.executable, "-c", FIFTY], capture_output=True, text=True, check=True, cwd=ROOT)
        return json.loads(out.stdout.strip().splitlines()[-1])

    found = benchmark.pedantic(run, rounds=1, iterations=1)
    benchmark.extra_info.update(found)
    print(f"50 homes from cold: {found['seconds']:.1f} s, peak {found['peak_mb']:.0f} MB, {found['fields']} fields")
    assert found["fields"] > 50
    assert found["seconds"] <= 15.0
    assert found["peak_mb"] <= 1024
