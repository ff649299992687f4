"""An empty build year is said where the home is checked: the engine takes it as an older home (the
safe side: hotter water in the radiators, a less efficient heat pump), and step 1 said '✓ Alle woningen
zijn compleet' without a word (walker, session 16). The remark and the engine's choice are one
decision: said exactly when the engine assumed the old supply temperature for want of a build year."""

from __future__ import annotations

import itertools

import pytest

from minigrid_app.core.demand import heat_demand
from minigrid_app.core.model import Household
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.validation import validate_household
from tests.golden_examples import pinned_defaults

PARAMS = ParameterSet(pinned_defaults())


def _said(household):
    return [p for p in validate_household(household, 1) if p.field == "build_year"]


def test_an_empty_build_year_is_said_as_the_assumption_it_is():
    household = Household(label="Lindehof 5", gas_m3_per_year=1400.0)
    (remark,) = _said(household)
    assert not remark.is_error  # the home is computed; the remark says on what
    assert remark.nl.startswith("Lindehof 5: bouwjaar ontbreekt: Minigrid rekent daarom met een oudere woning")
    assert "WOZ" in remark.nl and remark.en.startswith("Lindehof 5: build year is missing")


@pytest.mark.parametrize(
    ("build_year", "supply", "savings"),
    list(itertools.product((None, 1930, 2015), (None, 45.0), (0.0, 0.1, 0.5))),
)
def test_said_exactly_when_the_engine_assumed_an_old_home_for_want_of_a_build_year(build_year, supply, savings):
    household = Household(label="A", gas_m3_per_year=1400.0, build_year=build_year, supply_temp_c=supply,
                          insulation_savings=savings)
    demand = heat_demand(household, PARAMS)
    assumed = build_year is None and demand.supply_temp_suggested and demand.supply_temp_c == PARAMS["supply_temp_old_c"]
    assert bool(_said(household)) == assumed


def test_step_1_does_not_say_nothing_is_left_above_a_remark():
    """Walk of session 17: the footer said 'Niets meer te doen in deze stap.' above 'Let op: Nr 5:
    bouwjaar ontbreekt …' (step 3 got the same rule before: the footer never says nothing is left
    above a list of remarks)."""
    from minigrid_app.core import steps
    from minigrid_app.core.model import Project

    project = Project(households=[Household(label="A", gas_m3_per_year=1400.0, build_year=1990),
                                  Household(label="B", gas_m3_per_year=1300.0)])
    project.intake.name = "Lindehof"
    assert steps.missing("intake", project, None) == [steps.Missing(steps.HOUSEHOLD_REMARKS, 1, 2)]
    project.households[0].gas_m3_per_year = None  # an error: said as one, not again as a remark
    assert steps.missing("intake", project, None) == [steps.Missing(steps.HOUSEHOLD_ERRORS, 1, 2),
                                                      steps.Missing(steps.HOUSEHOLD_REMARKS, 1, 2)]
    project.households[0].gas_m3_per_year = 1400.0
    project.households[1].build_year = 1990
    assert steps.missing("intake", project, None) == []
