"""Figures each within its allowed range that together made the engine divide by zero.

Found by pushing the overrides of real projects to their range's edges (hypothesis): every
month at or above the heating degree day base temperature (no heating degree days) and a
loan rate so small that 1 + r is 1 in floating point raised ZeroDivisionError from the
calculation, a traceback on the command line and a failed calculation in the window.
"""

from __future__ import annotations

import json

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.finance import annuity, outstanding_balance
from minigrid_app.core.parameters import ParameterSet, combination_problem, default_parameters
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import dumps_project, loads_project

QUICK = {"method": "rule_of_thumb", "break_even": False, "sensitivity": False}


def with_overrides(overrides: dict):
    data = json.loads(dumps_project(load_example("hofje-8")))
    data["parameter_overrides"] = overrides
    return loads_project(json.dumps(data))


@pytest.mark.parametrize("overrides", [
    {"monthly_outdoor_temp_c": [30.0] * 12},
    {"monthly_outdoor_temp_c": [12.0] * 12, "hdd_base_temp_c": 12},
])  # fmt: skip
def test_no_heating_season_is_said_and_the_defaults_apply(overrides):
    loaded = with_overrides(overrides)
    assert loaded.project is not None
    said = [p for p in loaded.problems if "stookseizoen" in p.nl]
    assert said and "No heating season" in said[0].en and "standaardwaarden" in said[0].nl
    assert "monthly_outdoor_temp_c" not in loaded.project.parameter_overrides
    results = compute_project(loaded.project, **QUICK)  # ZeroDivisionError before
    default = compute_project(load_example("hofje-8"), **QUICK)
    assert [h.demand.heat_kwh for h in results.households] == [h.demand.heat_kwh for h in default.households]


def test_one_month_below_the_base_is_a_heating_season():
    months = [30.0] * 11 + [17.9]
    params, problems = ParameterSet.from_overrides({"monthly_outdoor_temp_c": months})
    assert not problems and params["monthly_outdoor_temp_c"] == tuple(months)
    assert combination_problem(default_parameters(), {"monthly_outdoor_temp_c": [18.0] * 12}) is not None


def test_a_vanishing_loan_rate_is_a_loan_without_interest():
    assert annuity(10_000, 1e-21, 10) == 1_000.0
    assert outstanding_balance(10_000, 1e-21, 10, 4) == 6_000.0
    assert annuity(10_000, 0.05, 10) == pytest.approx(1295.045749654567)  # unchanged for a real rate
    loaded = with_overrides({"loan_rate": 1.265666188552613e-21, "loan_term_years": 1})
    compute_project(loaded.project, **QUICK)  # ZeroDivisionError before
