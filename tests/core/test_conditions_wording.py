"""Regression (usability walk-through): the group verdict of a condition that is not met named
the number of homes for which it IS met ("niet voldaan: voor 0 van 8 woningen")."""

from __future__ import annotations

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.conditions import MET, NOT_MET, check_conditions
from minigrid_app.io.examples import load_example


def test_not_met_names_the_homes_it_fails_for():
    project = load_example("hofje-8")
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    seen = every = 0
    for check in check_conditions(project, results):
        for variant, outcome in check.group.items():
            if variant not in check.counts:
                continue
            met, checked = check.counts[variant]
            failing = sum(
                1 for per_home in check.households.values() if per_home[variant].status not in (MET, "not_checkable")
            )
            assert failing == checked - met
            if outcome.status == NOT_MET:
                seen += 1
                if failing < checked:
                    assert outcome.reason_nl.startswith(f"voor {failing} van de {checked} woningen niet")
                    assert outcome.reason_en.startswith(f"not for {failing} of the {checked} homes")
                else:  # every home: said so, not 'voor 8 van de 8 woningen niet'
                    assert outcome.reason_nl.startswith(f"voor alle {checked} woningen niet; bijvoorbeeld ")
                    assert outcome.reason_en.startswith(f"not for any of the {checked} homes; for example ")
                    every += 1
    assert seen >= 2  # hofje-8 has conditions that some variants do not meet
    assert every >= 1  # and one that no home meets with some variant


def test_engine_warnings_carry_their_english():
    import copy
    import pickle

    from minigrid_app.core.model import Household, Project
    from minigrid_app.core.problems import Bilingual, in_language

    # a cluster of one home and a 40 m gap: two cluster warnings, in both languages
    homes = [Household(id=f"h{i}", label=f"nr {i}", gas_m3_per_year=1200, distance_to_next_m=40 if i == 1 else 8) for i in range(1, 4)]
    project = Project(households=homes)
    project.clusters.size = 2
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    texts = [w for w in results.warnings if isinstance(w, Bilingual)]
    assert any("40 m" in w and "40 m of pipe" in w.en for w in texts)
    assert any("maar één woning" in w and "only one home" in in_language(w, "en") for w in texts)
    warning = texts[0]
    assert in_language(warning, "nl") == str(warning) and warning.nl == str(warning)
    for clone in (copy.deepcopy(warning), pickle.loads(pickle.dumps(warning))):
        assert clone == warning and clone.en == warning.en
    assert in_language("plain", "en") == "plain"


def test_a_condition_not_met_by_the_one_home_says_so_plainly():
    """With one home taking part the group verdict read "voor 1 van de 1 woning niet; bijvoorbeeld …"."""
    from minigrid_app.core.model import Condition, Household, Project

    project = Project(households=[Household(id="h1", label="nr 1", gas_m3_per_year=1200)])
    project.conditions = [Condition(kind="cooling", text="koelen")]  # a gas boiler cannot cool: never met
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    (check,) = check_conditions(project, results)
    assert check.counts["gas"] == (0, 1)
    outcome = check.group["gas"]
    assert outcome.status == NOT_MET
    assert outcome.reason_nl == "niet voor de woning die meedoet: een cv-ketel kan niet koelen"
    assert outcome.reason_en == "not for the home that takes part: a gas boiler cannot cool"


def test_one_home_is_said_plainly_in_the_verdict_the_chart_and_the_report(monkeypatch):
    """'voordeliger voor 1 van de 1 woningen' (group verdict), 'voor 1 van de 1 woningen goedkoper dan gas'
    (the evening report's finding and its chart's title) read as badly as the condition's words."""
    import datetime

    from minigrid_app.core.model import Household, Project
    from minigrid_app.core.verdict import verdict_summary
    from minigrid_app.io import charts
    from minigrid_app.io.charts import household_difference_figure
    from minigrid_app.io.documents.common import document_context
    from minigrid_app.io.documents.report import _comparison_charts

    project = Project(households=[Household(id="h1", label="nr 1", gas_m3_per_year=3000)])
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    shared = results.households[0].variants["shared_loop"]
    cheaper = shared.difference_to_gas_eur < 0  # over the horizon: the one home's own figure decides the words
    group = verdict_summary(results, None, "shared_loop")
    assert group.break_even == ("voordeliger voor de woning die meedoet" if cheaper else "niet voordeliger voor de woning die meedoet")
    assert verdict_summary(results, None, "shared_loop", "en").break_even.endswith("cheaper for the home that takes part")
    for difference, title in ((-12.0, "Met de gedeelde bodemlus is het voor de woning goedkoper dan gas"),
                              (15.0, "Met de gedeelde bodemlus betaalt de woning € 15 per maand meer dan met gas")):
        assert household_difference_figure(["nr 1"], [difference]).minigrid_title[1] == title
    figure = household_difference_figure
    said = []  # the report's finding is the title of its chart per home
    monkeypatch.setattr(charts, "household_difference_figure", lambda *a, **k: said.append(k["title"]) or figure(*a, **k))
    _comparison_charts(document_context(project, results, "nl", "house_number", None, [], datetime.date(2026, 12, 1)), {})
    monthly = shared.monthly_costs_year1_eur - results.households[0].variants["gas"].monthly_costs_year1_eur
    assert said == ["Gedeelde bodemlus: goedkoper dan gas voor de woning die meedoet" if monthly < -0.5 else
                    f"Gedeelde bodemlus: voor de woning die meedoet € {round(monthly)} per maand meer dan gas"]


def test_two_homes_are_both_not_all_two():
    """The decision's conditions of a tender of two homes read 'voor alle 2 woningen niet; …'."""
    from minigrid_app.core.model import Condition, Household, Project

    project = Project(households=[Household(id=f"h{i}", label=f"nr {i}", gas_m3_per_year=1200) for i in (1, 2)])
    project.conditions = [Condition(kind="cooling", text="koelen"),  # a gas boiler cannot cool: never met
                          Condition(kind="max_investment", text="eenmalig hooguit € 15.000", value=15_000.0)]
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    cooling, investment = check_conditions(project, results)
    assert cooling.counts["gas"] == (0, 2) and investment.counts["gas"] == (2, 2)
    assert cooling.group["gas"].reason_nl == "voor beide woningen niet; bijvoorbeeld een cv-ketel kan niet koelen"
    assert cooling.group["gas"].reason_en == "not for either home; for example a gas boiler cannot cool"
    assert (investment.group["gas"].reason_nl, investment.group["gas"].reason_en) == ("voor beide woningen", "for both homes")
