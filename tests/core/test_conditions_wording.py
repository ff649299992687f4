"""Regression (usability walk-through): the group verdict of a condition that is not met named
the number of homes for which it IS met ("niet voldaan: voor 0 van 8 woningen")."""

from __future__ import annotations

from minigrid_app.core.businesscase import compute_project
from minigrid_app.core.conditions import MET, NOT_MET, check_conditions
from minigrid_app.io.examples import load_example


def test_not_met_names_the_homes_it_fails_for():
    project = load_example("hofje-8")
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    seen = 0
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
                assert outcome.reason_nl.startswith(f"voor {failing} van de {checked} woningen niet")
                assert outcome.reason_en.startswith(f"not for {failing} of the {checked} homes")
    assert seen >= 2  # hofje-8 has conditions that some variants do not meet
