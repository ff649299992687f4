"""Speed of the borefield sizing (issue 3): targets on the 2-core reference machine.

- a 5-home cluster from cold (no cached g-functions) ≤ 0.5 s;
- re-sizing after an input change with the g-functions cached ≤ 20 ms;
- all of straat-24 (a field per home and one per cluster) from cold ≤ 5 s.
"""

from __future__ import annotations

import pytest

from minigrid_app.core import borefield, fields
from minigrid_app.core.analysis import compute_project
from minigrid_app.core.demand import heat_demand
from minigrid_app.io.examples import load_example
from tests.benchmarks.conftest import assert_mean_below


@pytest.fixture(scope="module")
def cluster_of_five():
    project = load_example("straat-24")
    from minigrid_app.core.analysis import resolve_parameters

    params, _ = resolve_parameters(project)
    homes = [h for h in project.households if h.gas_m3_per_year][:5]
    demands = [heat_demand(h, params) for h in homes]
    ground = fields.ground_parameters(params)
    return [fields.home_heat(d) for d in demands], ground


def _cold(homes, ground):
    borefield.clear_cache()
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
        changed = borefield.HomeHeatDemand(
            tuple(v * factor for v in first.space_heat_monthly_kwh),
            first.dhw_monthly_kwh,
            first.supply_temp_c,
            first.design_load_kw * factor,
        )
        return borefield.size_field([changed, *homes[1:]], ground)

    sizing = benchmark.pedantic(resize, rounds=30, iterations=1)
    assert sizing.converged
    assert_mean_below(benchmark, 0.020)


def _straat_cold(project):
    borefield.clear_cache()
    fields.clear_cache()
    return compute_project(project, break_even=False, sensitivity=False)


def test_straat_24_all_fields_from_cold(benchmark):
    project = load_example("straat-24")
    results = benchmark.pedantic(_straat_cold, args=(project,), rounds=3, iterations=1, warmup_rounds=1)
    assert len(results.fields) > 24
    assert_mean_below(benchmark, 5.0)
