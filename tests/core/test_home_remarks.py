"""Issue 12 item 5: honest warnings, worded for residents and naming the home (never an internal id)."""

from __future__ import annotations

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.finance import MoneyInputs, MoneySettings, money
from tests.core.helpers import household, params, project

QUICK = dict(break_even=False, sensitivity=False, method="rule_of_thumb")


def _remarks(results, household_id):
    return [p.text("nl") for p in results.household(household_id).problems if p.severity == "warning"]


def test_a_tiny_design_load_is_called_oversized_naming_the_home():
    # 300 m³ a year: a design load of a few tenths of a kW against a 4 kW heat pump and a borehole
    tiny = household(id="own-hh-1", label="Dorpsstraat 3", gas_m3_per_year=300.0)
    results = compute_project(project(tiny, household(id="n", label="buur")), params(), **QUICK)
    assert results.household("own-hh-1").demand.design_load_kw < 1.0
    found = [text for text in _remarks(results, "own-hh-1") if "te groot" in text]
    assert len(found) == 1
    assert found[0].startswith("Dorpsstraat 3:") and "own-hh" not in found[0]
    assert "gasverbruik" in found[0] and "kleinere oplossing" in found[0]
    assert not [text for text in _remarks(results, "n") if "te groot" in text]


def test_a_loan_over_the_maximum_says_what_happens_to_the_rest():
    p = params(loan_max_eur=10000.0)
    results = compute_project(project(household(label="Dorpsstraat 5"), household(id="n", label="buur")), p, **QUICK)
    home = results.household("h1")
    ground = home.variants["ground_hp"]
    assert ground.investment_net_eur > 10000.0
    # the engine lends the maximum; the rest is own money at the start
    assert ground.loan_principal_eur == pytest.approx(10000.0)
    assert ground.own_money_year0_eur == pytest.approx(ground.investment_net_eur - 10000.0)
    text = next(t for t in _remarks(results, "h1") if "Energiebespaarlening" in t)
    assert text.startswith("Dorpsstraat 5:") and "eigen geld" in text and "€ 10.000" in text


def test_the_loan_is_capped_and_the_rest_is_own_money():
    settings = MoneySettings(15, 1.0, 0.0, 15, 0.03, 0.0, 0.0, loan_max_eur=9000.0)
    result = money(MoneyInputs(15000.0, (), 100.0, 0.0, 0.0), settings)
    assert result.loan_principal_eur == 9000.0 and result.own_money_year0_eur == 6000.0
    assert result.annual_loan_payment_eur == pytest.approx(600.0)
    # the total is the same money: own money now plus the (interest-free) loan payments
    assert result.tco_eur == pytest.approx(6000.0 + 15 * 600.0 + 15 * 100.0)


def _loan_street(homes: int):
    members = [household(id=f"h{i}", label=f"Dorpsstraat {i}", gas_m3_per_year=1000.0 + 100 * i) for i in range(1, homes + 1)]
    street = project(*members)
    return street, compute_project(street, params(loan_max_eur=10000.0), **QUICK)


def test_a_remark_of_many_homes_is_listed_once_naming_them_and_their_span():
    """A street of 40 homes listed the loan remark 19 times in step 3's 'Aandachtspunten' and on the
    command line: a screen of near-identical lines. From three homes on, it is said once; each home keeps
    its own remark (its row, its handout)."""
    from minigrid_app.core.home_remarks import remark_texts
    from minigrid_app.core.steps import attention_points
    from minigrid_app.io.report_text import results_table

    street, results = _loan_street(8)
    own = [t for h in results.households for t in _remarks(results, h.id) if "Energiebespaarlening" in t]
    assert len(own) == 8 and own[0].startswith("Dorpsstraat 1:")
    listed = [t for t in attention_points(results) if "Energiebespaarlening" in t]
    assert len(listed) == 1
    # per variant the span of the homes' amounts above the maximum, by hand from their investments
    parts = []
    for variant, name in (("air_hp", "eigen luchtwarmtepomp"), ("ground_hp", "eigen bodemlus"), ("shared_loop", "gedeelde bodemlus")):
        above = [h.variants[variant].investment_net_eur * results.parameters["loan_share"] - 10000.0 for h in results.households]
        low, high = (f"€ {round(x):,}".replace(",", ".") for x in (min(above), max(above)))
        assert min(above) > 0 and low != high
        parts.append(f"{name} {low} – {high}")
    assert listed[0] == (
        "8 woningen (Dorpsstraat 1, Dorpsstraat 2, Dorpsstraat 3, Dorpsstraat 4, Dorpsstraat 5, Dorpsstraat 6 en 2 meer): "
        f"de Energiebespaarlening gaat tot € 10.000; hun investering na subsidie is hoger ({'; '.join(parts)} meer). "
        "Minigrid rekent dat deel als eigen geld bij de start; het kan ook met een andere lening of door een deel later te doen."
    )
    english = [t for t in attention_points(results, "en") if "heat fund loan" in t]
    assert len(english) == 1 and english[0].startswith("8 homes (Dorpsstraat 1,") and "and 2 more" in english[0]
    # the command line lists it as the window does
    assert results_table(street, results).count("Energiebespaarlening") == 1
    # two homes: each its own line
    _street, two = _loan_street(2)
    assert len([t for t in remark_texts(two.problems, two) if "Energiebespaarlening" in t]) == 2


def test_tiny_design_loads_of_three_homes_are_listed_once_with_their_span():
    from minigrid_app.core.steps import attention_points

    tiny = [household(id=f"t{i}", label=f"Hofje {i}", gas_m3_per_year=gas) for i, gas in enumerate((320.0, 380.0, 450.0), 1)]
    results = compute_project(project(*tiny, household(id="n", label="buur")), params(), **QUICK)
    loads = sorted(results.household(f"t{i}").demand.design_load_kw for i in (1, 2, 3))
    assert 0.05 < loads[0] < loads[-1] < 1.0
    low, high = (f"{x:.1f}".replace(".", ",") for x in (loads[0], loads[-1]))
    assert low != high
    listed = [t for t in attention_points(results) if "koudste dag" in t]
    assert listed == [
        f"3 woningen (Hofje 1, Hofje 2, Hofje 3): zij vragen op de koudste dag maar {low} tot {high} kW warmte voor de "
        "verwarming. Een warmtepomp van minstens 4 kW en een boorgat zijn daarvoor veel te groot, en hun bedragen dus "
        "te hoog. Klopt hun gasverbruik? Zo ja, dan past een kleinere oplossing beter, zoals een kleine "
        "luchtwarmtepomp of een boilerwarmtepomp voor warm water."
    ]
    # each home's own remark says its own load, as the list's span does
    for i in (1, 2, 3):
        load = f"{results.household(f't{i}').demand.design_load_kw:.1f}".replace(".", ",")
        assert f"maar {load} kW warmte voor de verwarming" in " ".join(_remarks(results, f"t{i}"))


def test_homes_that_need_hardly_any_heating_are_said_so_together():
    from minigrid_app.core.steps import attention_points

    tiny = [household(id=f"t{i}", label=f"Hofje {i}", gas_m3_per_year=gas) for i, gas in enumerate((150.0, 200.0, 250.0), 1)]
    results = compute_project(project(*tiny, household(id="n", label="buur")), params(), **QUICK)
    assert all(results.household(f"t{i}").demand.design_load_kw < 0.05 for i in (1, 2, 3))
    listed = [t for t in attention_points(results, "en") if "coldest day" in t]
    assert len(listed) == 1 and listed[0].startswith(
        "3 homes (Hofje 1, Hofje 2, Hofje 3): their gas use goes almost entirely to hot water and cooking"
    )
    # some of them need a little: the most of them is said
    mixed = [household(id=f"t{i}", label=f"Hofje {i}", gas_m3_per_year=gas) for i, gas in enumerate((200.0, 250.0, 350.0), 1)]
    results = compute_project(project(*mixed, household(id="n", label="buur")), params(), **QUICK)
    most = f"{results.household('t3').demand.design_load_kw:.1f}".replace(".", ",")
    listed = [t for t in attention_points(results) if "koudste dag" in t]
    assert len(listed) == 1 and f"zij vragen op de koudste dag hooguit {most} kW warmte voor de verwarming." in listed[0]


def test_any_remark_of_many_homes_or_fields_is_listed_once_with_their_names():
    """The grouping covered two worded remarks only: straat-24 with its build years left empty, four gas
    uses of 250 m³ and every third distance 25 m listed 24 lines 'Vogelstraat N: bouwjaar ontbreekt: …',
    four 'is erg weinig' and eight distances, and three clusters' identical pipe remark: 48 lines, now 12.
    The same words after the names are said once, the names before them; words that differ (a field's own
    lengths, another cluster's metres) stay each on their own line."""
    import dataclasses

    from minigrid_app.core.steps import attention_points
    from minigrid_app.io.examples import load_example
    from minigrid_app.io.report_text import results_table

    example = load_example("straat-24")
    homes = [
        dataclasses.replace(h, build_year=None, supply_temp_c=None, distance_to_next_m=25.0 if i % 3 == 0 else h.distance_to_next_m,
                            gas_m3_per_year=250.0 if i < 4 else h.gas_m3_per_year)
        for i, h in enumerate(example.households)
    ]
    street = dataclasses.replace(example, households=homes)
    results = compute_project(street, break_even=False, sensitivity=False)
    points = attention_points(results)
    assert not [t for t in points if t.startswith("Vogelstraat")]
    built = [t for t in points if "bouwjaar ontbreekt" in t]
    assert len(built) == 1 and built[0].startswith(
        "24 woningen (Vogelstraat 2, Vogelstraat 4, Vogelstraat 6, Vogelstraat 8, Vogelstraat 10, Vogelstraat 12 en 18 meer): "
        "bouwjaar ontbreekt: Minigrid rekent daarom met een oudere woning"
    )
    far = [t for t in points if "afstand tot de volgende woning is 25 m" in t]
    assert far == [next(t for t in points if t.startswith("8 woningen (Vogelstraat 2, Vogelstraat 8, Vogelstraat 14,"))]
    pipes = [t for t in points if "aangesloten woningen ligt" in t]
    assert pipes[0].startswith("Cluster 1, Cluster 2 en Cluster 4: tussen twee aangesloten woningen ligt 25 m leiding")
    assert [t[:9] for t in pipes[1:]] == ["Cluster 3", "Cluster 5"]
    assert len(points) == 12
    english = attention_points(results, "en")
    assert any(t.startswith("24 homes (Vogelstraat 2,") and "and 18 more): build year is missing" in t for t in english)
    assert any(t.startswith("Cluster 1, Cluster 2 and Cluster 4: 25 m of pipe") for t in english)
    # each home keeps its own remark; the command line lists them as the window does
    assert any("bouwjaar ontbreekt" in p.text("nl") for p in results.household(homes[5].id).problems)
    table = results_table(street, results)
    assert table.count("bouwjaar ontbreekt") == 1 and table.count("ligt 25 m leiding") == 1
