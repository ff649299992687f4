"""Issue 12: one verdict, one basis. The headlines cannot contradict each other.

Total lower than gas ⇔ payback within the horizon ⇔ the home's gas use above its break-even,
on every bundled example and on a seeded set of 240 small streets (2-6 homes), plus the
definitions themselves on hand-made numbers.
"""

from __future__ import annotations

import random

import pytest

from minigrid_app.core.analysis import compute_project, resolve_parameters
from minigrid_app.core.model import Household, Project
from minigrid_app.core.verdict import (
    ALWAYS,
    AT,
    NEVER,
    break_even_text,
    difference_text,
    find_break_even,
    loan_note,
    payback_text,
    payback_years,
    verdict_summary,
    verdict_text,
)
from tests.core.helpers import params

HEAT_PUMPS = ("air_hp", "ground_hp", "shared_loop")
#: At the boundary the two totals are equal within a euro, and the break-even is found to
#: within half a cubic metre: closer than that a verdict may go either way.
EURO, M3 = 1.0, 1.0
STREETS = 240


# ----------------------------------------------------------------- the definitions


def test_payback_interpolates_the_last_crossing():
    # differences with gas 0, 40, 40, −20: the variant drops below gas two thirds into year 3
    assert payback_years([0, 100, 180, 240], [0, 60, 140, 260]) == pytest.approx(2 + 40 / 60)


def test_payback_counts_only_a_lasting_crossing():
    # below gas in year 2, above again at the end: the total is not lower, so no payback
    assert payback_years([0, 50, 90, 300], [0, 60, 100, 200]) is None
    # below, above, below again: the payback is the last crossing
    assert payback_years([0, 50, 120, 150], [0, 60, 100, 200]) == pytest.approx(2 + 20 / 70)


def test_payback_at_once_and_equal_totals():
    assert payback_years([0, 10, 20], [5, 20, 40]) == 0.0
    assert payback_years([0, 10, 20], [0, 5, 20]) is None  # equal totals: not cheaper


def test_break_even_is_searched_on_the_side_where_the_verdict_turns():
    def difference(gas_m3):
        return 1000.0 - gas_m3  # the heat pump catches up at 1 000 m³

    above = find_break_even(difference, 1500.0, difference(1500.0))
    below = find_break_even(difference, 500.0, difference(500.0))
    assert above.status == below.status == AT
    assert above.gas_m3 == pytest.approx(1000.0, abs=0.5) and below.gas_m3 == pytest.approx(1000.0, abs=0.5)


def test_break_even_always_and_never_instead_of_search_bounds():
    assert find_break_even(lambda g: -1.0, 1200.0, -1.0).status == ALWAYS
    assert find_break_even(lambda g: 1.0, 1200.0, 1.0).status == NEVER
    assert find_break_even(lambda g: 1.0, 1200.0, 1.0).gas_m3 is None


def test_break_even_with_a_jump_stays_on_the_home_side():
    # a heat pump size step at 800 m³ makes the difference jump back up: a home at 1 500 m³
    # that is cheaper gets the crossing below it, never one above it
    def difference(gas_m3):
        return (600.0 - gas_m3) + (300.0 if gas_m3 > 800 else 0.0)

    found = find_break_even(difference, 1500.0, difference(1500.0))
    assert found.status == AT and found.gas_m3 < 1500.0 and difference(found.gas_m3 + 1) < 0


def test_words():
    assert verdict_text(-893.4, 15) == "over 15 jaar € 893 goedkoper dan gas"
    assert verdict_text(1234.0, 15, "en") == "over 15 years € 1,234 dearer than gas"
    assert payback_text(None, 15) == "niet binnen 15 jaar"
    assert payback_text(11.34, 15) == "11,3 jaar"
    # what rounds to nothing is said as nothing: never '€ 0 duurder' or '0,0 jaar'
    assert verdict_text(0.5, 15) == "over 15 jaar even duur als gas"
    assert verdict_text(-0.5, 15, "en") == "over 15 years as dear as gas"
    assert verdict_text(0.51, 15) == "over 15 jaar € 1 duurder dan gas"
    assert payback_text(0.04, 15) == "meteen"
    assert difference_text(0.5) == "even duur" and difference_text(-0.5, "en") == "as dear"
    assert difference_text(-3123.4) == "€ 3.123 goedkoper" and difference_text(545.0, "en") == "€ 545 dearer"
    assert payback_text(0.05, 15) == "0,1 jaar"
    assert break_even_text(ALWAYS, None, 10000) == "altijd voordeliger"
    assert break_even_text(NEVER, None, 10000) == "nooit voordeliger (tot 10.000 m³)"
    assert break_even_text(AT, 812.7, 10000) == "vanaf 820 m³ gas per jaar"  # up: at 811 m³ it is not cheaper yet
    assert break_even_text(AT, 810.0, 10000) == "vanaf 810 m³ gas per jaar"
    # dearer per month with the loan, cheaper over the horizon: the one sentence says why
    note = loan_note(222.0, 90.0, 187.0, -3123.0, 15, 15)
    assert "lening" in note and "€ 90" in note and "goedkoper" in note
    assert loan_note(150.0, 90.0, 187.0, -3123.0, 15, 15) == ""


# ------------------------------------------------------------------ the properties


def _cases(results):
    """(where, difference, payback, horizon, gas use, status, break-even) per home and heat pump variant."""
    horizon = results.parameters.int("horizon_years")
    for household in results.households:
        for variant in HEAT_PUMPS:
            result = household.variants.get(variant)
            if result is None:
                continue
            yield (
                f"{household.label}/{variant}",
                result.difference_to_gas_eur,
                result.payback_years,
                horizon,
                household.demand.gas_m3,
                result.break_even_status,
                result.break_even_gas_m3,
            )


def _street(rng: random.Random, number: int) -> Project:
    homes = []
    for i in range(rng.randint(2, 6)):
        homes.append(
            Household(
                id=f"s{number}-{i}",
                label=f"Straat {number} nr. {i + 1}",
                build_year=rng.choice([1930, 1965, 1985, 1995, 2005]),
                gas_m3_per_year=float(rng.randint(300, 3200)),
                cooks_on_gas=rng.random() < 0.6,
                persons=rng.randint(1, 5),
                insulation_savings=rng.choice([0.0, 0.0, 0.1, 0.25]),
                distance_to_next_m=float(rng.randint(5, 25)),
                boiler_age_years=float(rng.randint(0, 16)),
                participation=rng.choice(["interested", "interested", "signed", "declined"]),
            )
        )
    project = Project(households=homes)
    project.clusters.size = rng.choice([2, 3, 4])
    return project


@pytest.fixture(scope="module")
def street_results():
    """240 seeded streets (2-6 homes; sizing by rule of thumb, so the set runs in well under a minute)."""
    rng = random.Random(12)
    base = params()
    results = []
    for number in range(STREETS):
        p = base.with_overrides(
            {
                "gas_price_eur_m3": rng.uniform(0.9, 1.8),
                "electricity_price_eur_kwh": rng.uniform(0.18, 0.40),
                "loan_rate": rng.choice([0.0, 0.0435, 0.06]),
            }
        )
        results.append(compute_project(_street(rng, number), p, sensitivity=False, method="rule_of_thumb"))
    return results


@pytest.fixture(scope="module")
def example_results():
    """Every bundled example as shipped (installed default figures, real sizing)."""
    from minigrid_app.io.examples import EXAMPLES, load_example

    found = []
    for name in EXAMPLES:
        project = load_example(name)
        params_, _ = resolve_parameters(project)
        found.append(compute_project(project, params_, sensitivity=False))
    return found


def _all_cases(example_results, street_results):
    cases = [case for results in example_results + street_results for case in _cases(results)]
    assert len(cases) > 3 * STREETS
    return cases


def test_total_lower_iff_payback_within_horizon(example_results, street_results):
    for where, difference, payback, horizon, *_ in _all_cases(example_results, street_results):
        if abs(difference) < EURO:
            continue
        within = payback is not None and payback <= horizon
        assert (difference < 0) == within, (where, difference, payback)


def test_total_lower_iff_gas_use_above_break_even(example_results, street_results):
    for where, difference, _, _, gas_m3, status, break_even in _all_cases(example_results, street_results):
        if abs(difference) < EURO or (status == AT and abs(gas_m3 - break_even) < M3):
            continue
        above = status == ALWAYS or (status == AT and gas_m3 > break_even)
        assert status in (AT, ALWAYS, NEVER), where
        assert (difference < 0) == above, (where, difference, gas_m3, status, break_even)


def test_payback_within_horizon_iff_gas_use_above_break_even(example_results, street_results):
    for where, difference, payback, horizon, gas_m3, status, break_even in _all_cases(example_results, street_results):
        if abs(difference) < EURO or (status == AT and abs(gas_m3 - break_even) < M3):
            continue
        within = payback is not None and payback <= horizon
        above = status == ALWAYS or (status == AT and gas_m3 > break_even)
        assert within == above, (where, payback, gas_m3, status, break_even)


def test_group_payback_follows_the_group_total(example_results, street_results):
    for results in example_results + street_results:
        horizon = results.parameters.int("horizon_years")
        for variant in HEAT_PUMPS:
            totals = results.group.totals[variant]
            if not totals.households or abs(totals.difference_to_gas_eur) < EURO:
                continue
            within = totals.payback_years is not None and totals.payback_years <= horizon
            assert (totals.difference_to_gas_eur < 0) == within


def test_the_summary_says_what_the_numbers_say(example_results):
    results = example_results[0]
    household = results.households[0]
    for variant in HEAT_PUMPS:
        summary = verdict_summary(results, household.id, variant)
        result = household.variants[variant]
        assert ("goedkoper" in summary.verdict) == (result.difference_to_gas_eur < 0)
        assert ("niet binnen" in summary.payback) == (result.payback_years is None)
    group = verdict_summary(results, None, "shared_loop")
    assert group.basis == f"gemiddeld per deelnemende woning, {results.group.households_counted} woningen"
    assert group.break_even.startswith("voordeliger voor ")


def test_never_is_not_said_when_the_variant_turns_cheaper_before_the_field_fails():
    # cheaper between 2 000 and 6 000 m³, but no field can be built at 10 000 m³ (a huge difference)
    def difference(gas_m3):
        return 1.0e9 if gas_m3 > 6000 else 2000.0 - gas_m3

    found = find_break_even(difference, 1200.0, difference(1200.0))
    assert found.status == AT and found.gas_m3 == pytest.approx(2000.0, abs=0.5)


def test_a_home_without_gas_use_gets_a_break_even_not_a_division_by_zero():
    """A gas use of 0 m³ is allowed (a warning: nothing to save); its break-even search probed on a log scale
    from 0 and stopped the computation with ZeroDivisionError ('minigrid compute' of such a project)."""
    assert find_break_even(lambda gas_m3: 100.0, 0.0, 100.0).status == NEVER  # dearer at every gas use
    # dearer at 0 and at the top, cheaper in between (a field that jumps): the crossing at 30 m³ is found
    found = find_break_even(lambda gas_m3: -100.0 if 30.0 < gas_m3 < 300.0 else 100.0, 0.0, 100.0)
    assert found.status == AT and found.gas_m3 == pytest.approx(30.0, abs=1.0)


def test_a_project_with_a_home_without_gas_use_computes_its_break_even():
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.examples import load_example

    project = load_example("hofje-8")
    project.households = project.households[:2]
    project.households[0].gas_m3_per_year = 0.0
    results = compute_project(project, break_even=True, sensitivity=False)  # as minigrid compute
    home = results.household(project.households[0].id)
    assert all(result is None or result.variant == "gas" or result.break_even_status is not None
               for result in home.variants.values())


def test_the_groups_loan_note_says_its_amount_is_a_mean():
    """Step 4 for 'Hele groep', the report and 'minigrid compute': 'Per maand is dit duurder dan gas
    zolang u de lening aflost (15 jaar), na de lening € 81 per maand': the € 81 is the group's mean."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.core.formatting import euro
    from minigrid_app.core.verdict import verdict_summary
    from minigrid_app.io.examples import load_example

    results = compute_project(load_example("hofje-8"), break_even=False, sensitivity=False, method="rule_of_thumb")
    noted = [v for v in ("air_hp", "ground_hp", "shared_loop") if verdict_summary(results, None, v).loan_note.startswith("Per maand is dit duurder")]
    assert noted
    for variant in noted:
        group = {language: verdict_summary(results, None, variant, language) for language in ("nl", "en")}
        mean = group["nl"].monthly_after_loan_eur
        # named as step 4's row 'Per maand na de lening' ('zonder lening' read as: if you do not borrow)
        assert f"na de lening gemiddeld {euro(mean)} per maand" in group["nl"].loan_note
        assert f"on average {euro(mean, 0, 'en')} a month after the loan" in group["en"].loan_note
        assert "zonder lening" not in group["nl"].loan_note and "without the loan" not in group["en"].loan_note
        home = next(h for h in results.households if verdict_summary(results, h.id, variant).loan_note)
        assert "gemiddeld" not in verdict_summary(results, home.id, variant).loan_note  # one home's own figure


def test_at_once_beside_a_dearer_month_says_why():
    """'terugverdiend: meteen' next to '€ 8 per maand duurder' read as a mistake (hofje-8's Lindehof 4,
    air heat pump): gas needs a new boiler in year 1 (14 years old, a lifetime of 15; € 2.200), which
    counts in the total but not in the monthly costs. The words say so, for a home and for a group."""
    from tests.core.helpers import household, project

    homes = [household(id=f"x{i}", label=f"Huis {i}", gas_m3_per_year=1320.0, boiler_age_years=14.0) for i in (1, 2)]
    figures = params()
    assert (figures["boiler_cost_eur"], figures["boiler_lifetime_years"]) == (2200.0, 15.0)
    results = compute_project(project(*homes), figures, sensitivity=False, break_even=False, method="rule_of_thumb")
    home, gas = verdict_summary(results, "x1", "air_hp"), verdict_summary(results, "x1", "gas")
    assert round(home.monthly_year1_eur) > round(gas.monthly_year1_eur)  # dearer per month ...
    assert home.payback_years == 0.0  # ... and paid back at once
    assert home.payback == "meteen, want met gas is de cv-ketel aan vervanging toe (€ 2.200)"
    assert home.payback_reason == "met gas is de cv-ketel aan vervanging toe (€ 2.200)"
    english = verdict_summary(results, "x1", "air_hp", "en").payback
    assert english == "at once, because with gas the boiler is due for replacement (€ 2,200)"
    group = verdict_summary(results, None, "air_hp")
    assert group.payback == "meteen, want met gas zijn cv-ketels aan vervanging toe (gemiddeld € 2.200 per woning)"


def test_a_boiler_not_due_gives_no_reason():
    from tests.core.helpers import household, project

    # a young boiler: nothing due at the start, the words stay as they were
    young = compute_project(
        project(household(gas_m3_per_year=1320.0, boiler_age_years=2.0)), params(), sensitivity=False,
        break_even=False, method="rule_of_thumb",
    )
    summary = verdict_summary(young, "h1", "air_hp")
    assert summary.payback_reason == "" and "want" not in summary.payback


def test_a_variant_over_fewer_homes_is_compared_with_gas_of_the_same_homes():
    """hofje-8 with a strip of 3 × 1 m for cluster 2: its field cannot be built, so the shared loop's
    group mean is over cluster 1's 4 homes, and gas's over all 8. '€ 209 per maand, tegen € 167 met
    gas' compared two sets of homes; the words now say over which homes, against gas of the same."""
    from minigrid_app.io.examples import load_example
    from minigrid_app.io.report_text import results_table

    project = load_example("hofje-8")
    project.clusters.strip_lengths_m, project.clusters.strip_widths_m = {"C2": 3.0}, {"C2": 1.0}
    results = compute_project(project, sensitivity=False, break_even=False)
    assert [f.sizing.feasible for f in results.fields if f.id.startswith("shared")] == [True, False]
    covered = [h for h in results.households if h.participates and h.variants.get("shared_loop") is not None]
    assert len(covered) == 4 and results.group.households_counted == 8
    shared = verdict_summary(results, None, "shared_loop")
    same_gas = sum(h.variants["gas"].monthly_costs_year1_eur for h in covered) / 4
    assert shared.gas_monthly_year1_eur == pytest.approx(same_gas)
    assert shared.coverage == "4 van de 8 woningen"
    assert shared.basis == "gemiddeld per deelnemende woning, 8 woningen, deze variant: 4 van de 8 woningen"
    assert verdict_summary(results, None, "air_hp").coverage == ""  # every home has an air heat pump
    table = results_table(project, results)
    assert "Groep, gem. per deelnemende woning (4 van 8)  Gedeelde bodemlus" in table
    assert "Groep, gem. per deelnemende woning (8)        Gasketel (huidig)" in table
    # the evening report's summary: the shared loop's € per month against gas of the same 4 homes
    from minigrid_app.io.documents.common import document_context
    from minigrid_app.io.documents.report import _report_summary

    summary = _report_summary(document_context(project, results, "nl", "house_number", {}, [], None))
    assert (f"tegen € {round(same_gas)} met gas (dit geldt voor 4 van de 8 woningen, die een gedeelde bodemlus "
            "kunnen krijgen)") in summary
    assert ".;" not in summary  # its warnings are sentences side by side, not 'controleren.; De gedeelde …'


def test_a_later_payback_beside_a_dearer_month_says_which_year_gas_replaces_its_boiler():
    """hofje-8's Lindehof 1, air heat pump: '2,1 jaar' beside € 198 a month against € 192 with gas,
    without a reason. A boiler 12 years old (a lifetime of 15) is replaced in year 3 (€ 2.200): the
    cumulative costs cross in that year, so the payback falls in it and says so."""
    from tests.core.helpers import household, project

    homes = [household(id=f"x{i}", label=f"Huis {i}", gas_m3_per_year=1320.0, boiler_age_years=12.0) for i in (1, 2)]
    results = compute_project(project(*homes), params(), sensitivity=False, break_even=False, method="rule_of_thumb")
    gas = results.household("x1").variants["gas"]
    assert [(flow.year, flow.investment_eur) for flow in gas.cash_flows if flow.investment_eur] == [(3, 2200.0)]
    home = verdict_summary(results, "x1", "air_hp")
    assert round(home.monthly_year1_eur) > round(verdict_summary(results, "x1", "gas").monthly_year1_eur)
    assert 2 <= home.payback_years < 3  # crossed in year 3
    assert home.payback_reason == "in jaar 3 is met gas de cv-ketel aan vervanging toe (€ 2.200)"
    assert home.payback.endswith(", want in jaar 3 is met gas de cv-ketel aan vervanging toe (€ 2.200)")
    assert verdict_summary(results, "x1", "air_hp", "en").payback.endswith(
        ", because in year 3, with gas, the boiler is due for replacement (€ 2,200)"
    )
    group = verdict_summary(results, None, "air_hp")
    assert group.payback_reason == "in jaar 3 zijn met gas cv-ketels aan vervanging toe (gemiddeld € 2.200 per woning)"


def test_the_year_a_payback_falls_in():
    from minigrid_app.core.verdict import payback_year

    assert [payback_year(y) for y in (0.0, 0.04, 0.05, 1.0, 2.1, 2.999, 14.9)] == [0, 0, 1, 2, 3, 3, 15]


@pytest.mark.parametrize("counted, nl, en", [
    (0, "geen gemiddelde (nog geen woning die meedoet is berekend)", "no average (no participating home computed yet)"),
    (1, "gemiddeld per deelnemende woning, 1 woning", "average per participating home, 1 home"),
    (18, "gemiddeld per deelnemende woning, 18 woningen", "average per participating home, 18 homes"),
])
def test_the_basis_of_group_figures_says_when_there_is_none(counted, nl, en):
    """Every home declined: the evening report read 'Gemiddeld per deelnemende woning, 0 woningen.'
    above a table of '–' (the workbook, step 4 and the explanations said it too)."""
    from minigrid_app.core.verdict import basis_text

    assert basis_text(counted) == nl and basis_text(counted, "en") == en
