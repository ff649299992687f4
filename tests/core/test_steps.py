"""What each step still misses (core.steps) and who takes part (core.participation): the one
definition every page, the step list and the afwegingskader use. Counts worked out by hand."""

from __future__ import annotations

import pytest

from minigrid_app.core import steps, tender_steps
from minigrid_app.core.analysis import compute_project
from minigrid_app.core.model import STEPS, Condition, Household, Project
from minigrid_app.core.parameters import default_parameters
from minigrid_app.core.participation import (
    count_participation,
    has_signed,
    supports,
    takes_part,
    undecided,
)
from minigrid_app.core.scorecard import DOUBT, GOOD, scorecard
from minigrid_app.io.examples import load_example


def _homes(*states: str) -> list[Household]:
    return [Household(label=f"nr {i}", gas_m3_per_year=1200, build_year=1995, participation=s) for i, s in enumerate(states, 1)]


def test_the_words_for_one_home():
    unknown, interested, signed, declined = _homes("unknown", "interested", "signed", "declined")
    assert [takes_part(h) for h in (unknown, interested, signed, declined)] == [True, True, True, False]
    assert [supports(h) for h in (unknown, interested, signed, declined)] == [False, True, True, False]
    assert [undecided(h) for h in (unknown, interested, signed, declined)] == [True, True, False, False]
    assert [has_signed(h) for h in (unknown, interested, signed, declined)] == [False, False, True, False]


def test_counts_and_shares():
    counts = count_participation(_homes("signed", "signed", "interested", "declined", "unknown", "interested", "interested"))
    assert (counts.total, counts.signed, counts.interested, counts.declined, counts.unknown) == (7, 2, 3, 1, 1)
    assert counts.taking_part == 6
    assert counts.supporting == 5
    assert counts.undecided == 4
    assert counts.rate == pytest.approx(2 / 7)
    assert counts.support_share == pytest.approx(5 / 7)
    empty = count_participation([])
    assert empty.rate == 0.0 and empty.support_share == 0.0


def test_engine_group_counts_follow_the_same_definition():
    project = load_example("hofje-8")
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    counts = count_participation(project.households)
    group = results.group
    assert (group.signed, group.interested, group.declined) == (counts.signed, counts.interested, counts.declined)
    assert group.participation_rate == pytest.approx(counts.rate)
    assert [h.participates for h in results.households] == [takes_part(h) for h in project.households]
    for cluster in results.clusters:
        assert cluster.signed == sum(1 for h in cluster.households if has_signed(project.household(h)))


def test_every_step_has_its_missing_function():
    assert tuple(steps.MISSING) == STEPS
    with pytest.raises(KeyError):
        steps.missing("no_such_step", Project(), None)


def test_one_home_is_not_enough_for_step_1_two_are():
    project = Project()
    project.intake.name = "Hofje"
    project.households = [Household(label="nr. 1", build_year=1995, gas_m3_per_year=1200.0)]
    assert [(m.what, m.count) for m in steps.missing("intake", project, None)] == [(steps.ONE_HOUSEHOLD, 1)]
    project.households.append(Household(label="nr. 2", build_year=1995, gas_m3_per_year=1100.0))
    assert steps.missing("intake", project, None) == []


def test_missing_in_an_empty_project():
    project = Project()
    found = {step: [m.what for m in steps.missing(step, project, None)] for step in STEPS}
    assert found == {
        "intake": [steps.PROJECT_NAME, steps.NO_HOUSEHOLDS],
        "first_evening": [steps.EVENING_DATE, steps.ATTENDANCE, steps.NO_CONDITIONS],
        "quickscan": [steps.NO_CLUSTERS],
        "business_case": [steps.NO_RESULTS],
        "second_evening": [steps.CONDITIONS_NOT_ASKED],
        # steps 6-8: nobody signed, so there is nothing to tender yet; no quotes, no decision
        "tender": [tender_steps.NO_SIGNATURES],
        "quotes": [tender_steps.FEW_QUOTES],
        # no permits either: step 6's checklist of them comes with the first signature
        "decision": [tender_steps.NO_QUOTE_CHOSEN, tender_steps.NO_ORGANISATION_MODEL],
    }


def test_missing_counts_the_homes():
    project = Project(households=_homes("signed", "interested", "unknown", "declined"))
    project.intake.name = "Hofje"
    project.households[1].gas_m3_per_year = None  # cannot be computed: an error at the intake
    project.first_evening.date = "2026-03-12"
    project.first_evening.attendance = 11
    project.conditions = [Condition(kind="no_outdoor_unit", text="Geen buitenunit", enabled=False)]
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")

    assert steps.missing("intake", project, results) == [steps.Missing(steps.HOUSEHOLD_ERRORS, 1, 4)]
    # a condition that is switched off does not count at the first evening, but it was asked
    assert steps.missing("first_evening", project, results) == [steps.Missing(steps.NO_CONDITIONS)]
    assert steps.missing("business_case", project, results) == [steps.Missing(steps.INCOMPLETE_HOUSEHOLDS, 1, 4)]
    # interested and unknown: not known yet whether they sign
    assert steps.missing("second_evening", project, results) == [steps.Missing(steps.UNDECIDED, 2, 4)]
    # rule of thumb only: the borefields are provisional; two attention points: nr 2's missing gas
    # use (an input problem of step 1) and the rule-of-thumb remark
    assert steps.missing("quickscan", project, results) == [steps.Missing(steps.PROVISIONAL_FIELDS), steps.Missing(steps.ATTENTION_POINTS, 2)]


def test_quickscan_is_not_done_while_its_panel_lists_attention_points():
    """Step 3's footer said 'Niets meer te doen' above a panel listing a home's missing gas use."""
    project = Project(households=_homes("signed", "signed", "signed"))
    project.households[2].gas_m3_per_year = None
    results = compute_project(project, break_even=False, sensitivity=False)  # computed fields, not provisional
    assert results.clusters and not any(f.sizing.provisional for f in results.fields)
    assert steps.attention_points(results) == ["nr 3: gasverbruik ontbreekt: vul het jaarverbruik in of schat het uit de jaarafrekening."]
    assert steps.missing("quickscan", project, results) == [steps.Missing(steps.ATTENTION_POINTS, 1)]
    project.households[2].gas_m3_per_year = 1200
    results = compute_project(project, break_even=False, sensitivity=False)
    assert steps.attention_points(results) == [] and steps.missing("quickscan", project, results) == []


def test_parameters_in_force_before_the_first_calculation():
    project = Project()
    project.parameter_overrides = {"horizon_years": 30, "participation_benchmark": 0.6}
    before = steps.parameters_in_force(project, None)
    assert before.int("horizon_years") == 30 and before["participation_benchmark"] == 0.6
    assert before["cluster_size"] == default_parameters()["cluster_size"].value  # not overridden: the default
    results = compute_project(load_example("hofje-8"), break_even=False, sensitivity=False, method="rule_of_thumb")
    assert steps.parameters_in_force(project, results) is results.parameters


def test_scorecard_support_uses_the_benchmark_in_force():
    project = Project(households=_homes("signed", "interested", "unknown", "unknown"))  # 2 of 4 support: 50 %
    project.parameter_overrides = {"participation_benchmark": 0.5}
    support = {row[0]: row for row in scorecard(project, None)}["Draagvlak bij bewoners"]
    assert support[1] == GOOD and support[2] == "2 van 4 woningen geïnteresseerd of getekend"
    project.parameter_overrides = {"participation_benchmark": 0.6}
    assert {row[0]: row for row in scorecard(project, None)}["Draagvlak bij bewoners"][1] == DOUBT


def test_an_edit_marks_a_step_not_started_and_only_that():
    states = {"intake": "done", "first_evening": "not_started", "quickscan": "in_progress"}
    assert steps.worked_on(states, "first_evening") == {**states, "first_evening": "in_progress"}
    assert steps.worked_on(states, "intake") == states  # done stays done (the user's own mark)
    assert steps.worked_on(states, "quickscan") == states
    assert steps.worked_on({}, "decision") == {"decision": "in_progress"}  # no entry: not started
    assert states["first_evening"] == "not_started"  # the mapping given is left as it is


def test_a_step_marked_done_that_misses_something_now_says_so():
    """Step 1 marked done, then a gas use made −500 m³: the step list said 'klaar' beside the
    footer's 'Nog te doen: 1 woning mist nog iets of heeft iets fouts'. It is "done_open" while
    missing() finds something, "done" again once the input is right; a step read off the results
    is not judged before there are any."""
    import dataclasses

    project = load_example("hofje-8")
    assert project.steps["intake"] == steps.DONE and steps.missing("intake", project, None) == []
    assert steps.step_state("intake", project, None) == steps.DONE
    wrong = dataclasses.replace(project.households[1], gas_m3_per_year=-500.0)
    project.households[1] = wrong
    assert [m.what for m in steps.missing("intake", project, None)] == [steps.HOUSEHOLD_ERRORS]
    assert steps.step_state("intake", project, None) == steps.DONE_OPEN
    project.households[1] = dataclasses.replace(wrong, gas_m3_per_year=980.0)
    assert steps.step_state("intake", project, None) == steps.DONE
    project.steps["quickscan"] = steps.DONE
    assert steps.step_state("quickscan", project, None) == steps.DONE  # nothing computed: not judged
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    assert steps.missing("quickscan", project, results)  # the rule of thumb's fields are provisional
    assert steps.step_state("quickscan", project, results) == steps.DONE_OPEN
