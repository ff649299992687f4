"""A check's message names the figure the home has, never a rounded one that contradicts the check.

Before: a gas use of 2,5 m³ was said as "2 m³ per jaar is erg weinig", 299,6 m³ as "300 m³ per
jaar is erg weinig" (300 is not flagged), 6 000,4 m³ as "6.000 m³ per jaar is erg hoog", a floor
area of 19,6 m² as "20 m² is ongewoon klein" and a distance of 20,4 m as "20 m, meer dan 20 m".
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minigrid_app.core.formatting import exact
from minigrid_app.core.model import Household
from minigrid_app.core.reading import read_number
from minigrid_app.core.validation import validate_household


@pytest.mark.parametrize(("field", "value", "nl", "en"), [
    ("gas_m3_per_year", 2.5, "2,5 m³ per jaar is erg weinig", "2.5 m³ a year is very little"),
    ("gas_m3_per_year", 299.6, "299,6 m³ per jaar is erg weinig", "299.6 m³ a year"),
    ("gas_m3_per_year", 6000.4, "6.000,4 m³ per jaar is erg hoog", "6,000.4 m³ a year"),
    ("gas_m3_per_year", 10000.25, "10.000,25 m³ per jaar is onmogelijk", "10,000.25 m³ a year"),
    ("gas_m3_per_year", 1500.0, None, None),
    ("floor_area_m2", 19.6, "woonoppervlak 19,6 m² is ongewoon klein", "floor area 19.6 m²"),
    ("distance_to_next_m", 20.4, "is 20,4 m, meer dan 20 m", "is 20.4 m, more than 20 m"),
])
def test_the_message_names_the_figure_as_the_home_has_it(field, value, nl, en):
    household = Household(label="Lindehof 5", gas_m3_per_year=1500.0)
    setattr(household, field, value)
    said = [p for p in validate_household(household, 1) if p.field == field]
    if nl is None:
        assert not said
        return
    assert nl in said[0].nl and en in said[0].en


@pytest.mark.parametrize(("value", "nl", "en"), [
    (2.5, "2,5", "2.5"), (1500.0, "1.500", "1,500"), (1.1805, "1,1805", "1.1805"), (-3.25, "−3,25", "−3.25"),
    (299.996, "299,996", "299.996"), (0.0, "0", "0"),
])
def test_exact(value, nl, en):
    assert (exact(value, "nl"), exact(value, "en")) == (nl, en)


@given(st.decimals(min_value=-10**7, max_value=10**7, places=4, allow_nan=False, allow_infinity=False))
def test_exact_is_the_same_figure(value):
    """What a message shows is the figure the home has (to 4 decimals), in both notations."""
    figure = float(value)
    dutch = exact(figure, "nl").replace("−", "-").replace(".", "").replace(",", ".")
    english = exact(figure, "en").replace("−", "-").replace(",", "")
    assert float(dutch) == float(english) == pytest.approx(figure, abs=1e-9)


@pytest.mark.parametrize(("text", "value"), [("2,5", 2.5), ("1.500", 1500.0), ("6.000,4", 6000.4)])
def test_what_a_message_shows_reads_back(text, value):
    assert read_number(text).value == value


@pytest.mark.parametrize(("key", "value", "nl", "en"), [
    # a percentage typed for a fraction: was '4.35 ligt buiten het toegestane bereik 0 tot 0.2 /jaar'
    ("loan_rate", 4.35, "4,35 ligt buiten het toegestane bereik 0 tot 0,2", "4.35 is outside the allowed range 0 to 0.2"),
    ("drilling_per_m_eur", 1500.5, "1.500,5 ligt buiten het toegestane bereik 0 tot 300 €/m", "1,500.5 is outside"),
    ("price_year", 2150, "2150 ligt buiten het toegestane bereik 2020 tot 2100.", "2150 is outside the allowed range 2020 to 2100."),
])
def test_a_figure_out_of_range_is_said_in_the_languages_notation(key, value, nl, en):
    from minigrid_app.io.defaults import engine_defaults

    problem = engine_defaults()[key].check(value)
    assert nl in problem.nl and en in problem.en


def test_an_engineers_figure_out_of_range_is_said_in_the_languages_notation():
    """Was "'geleidbaarheid' = 0.35 ligt buiten 0.5 tot 6.5" in the Dutch message."""
    from minigrid_app.core.handoff import DesignError, _number

    with pytest.raises(DesignError) as raised:
        _number(0.35, "ground.conductivity_w_mk", 0.5, 6.5, ("warmtegeleiding", "conductivity"))
    assert ": 0,35 ligt buiten 0,5 tot 6,5" in raised.value.problem.nl
    assert ": 0.35 is outside 0.5 to 6.5" in raised.value.problem.en
    with pytest.raises(DesignError) as raised:
        _number(12.5, "fields[1].boreholes", 1, 200, ("aantal boorgaten", "number of boreholes"), integer=True)
    assert "(12,5)" in raised.value.problem.nl


@given(st.floats(min_value=1.0, max_value=100_000.0, allow_nan=False))
def test_the_break_even_said_is_a_gas_use_at_which_the_home_is_cheaper(gas_m3):
    """'vanaf X m³ gas per jaar' is true: X is at or above the break-even, and within 10 m³ of it."""
    from minigrid_app.core.verdict import AT, break_even_text

    shown = float(break_even_text(AT, gas_m3, 100_000.0).split()[1].replace(".", ""))
    assert gas_m3 - 1e-6 <= shown < gas_m3 + 10


@pytest.mark.parametrize(("field", "value", "nl", "en"), [
    # the bounds as each language writes figures: '100000' and '5000' read as nonsense numbers in Dutch
    ("lt_measures_cost_eur", -4000.0, "kosten lage-temperatuurmaatregelen moeten tussen € 0 en € 100.000 liggen.",
     "low-temperature measures cost must be between € 0 and € 100,000."),
    ("floor_area_m2", -50.0, "woonoppervlak moet tussen 0 en 5.000 m² liggen.", "floor area must be between 0 and 5,000 m²."),
    ("boiler_age_years", 300.0, "leeftijd cv-ketel moet tussen 0 en 80 jaar liggen.", "boiler age must be between 0 and 80 years."),
    ("distance_to_next_m", -4.0, "afstand tot de volgende woning moet tussen 0 en 1.000 m liggen.",
     "distance to the next home must be between 0 and 1,000 m."),
    # a cooling need entered by hand had no bounds: −800 kWh lowered the bill, 5 GWh made it € 26.251 a month
    ("cooling_kwh_per_year", -800.0, "koelvraag moet tussen 0 en 50.000 kWh per jaar liggen.",
     "cooling need must be between 0 and 50,000 kWh a year."),
    ("cooling_kwh_per_year", 5_000_000.0, "koelvraag moet tussen 0 en 50.000 kWh per jaar liggen.", "cooling need"),
])
def test_a_figure_out_of_bounds_is_refused_with_the_bounds_written_as_figures(field, value, nl, en):
    household = Household(label="Lindehof 5", gas_m3_per_year=1500.0, wants_cooling=True)
    setattr(household, field, value)
    said = [p for p in validate_household(household, 1) if p.field == field]
    assert len(said) == 1 and said[0].is_error
    assert said[0].nl == f"Lindehof 5: {nl}" and en in said[0].en


def test_a_cooling_need_not_used_leaves_the_home_in():
    household = Household(label="Lindehof 5", gas_m3_per_year=1500.0, wants_cooling=False, cooling_kwh_per_year=-800.0)
    assert [p for p in validate_household(household, 1) if p.field == "cooling_kwh_per_year"] == []


def test_the_project_says_more_homes_than_a_mini_network_holds():
    from minigrid_app.core.model import Household, Project
    from minigrid_app.core.validation import validate_project

    project = Project(households=[Household(label=f"W{n}") for n in range(50)])
    assert validate_project(project) == []  # 50: the most a mini heat network is meant for
    project.households.append(Household(label="W50"))
    [problem] = validate_project(project)
    assert problem.en.startswith("51 homes: a mini heat network is meant for 2 to 50 homes.")
    assert problem.severity == "warning" and problem.field == "network_type"
    project.intake.network_type = "kleinschalig"
    assert validate_project(project) == []
