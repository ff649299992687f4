"""Who takes part (core/participation.py): one count of the group for every view (issue 15)."""

from __future__ import annotations

import pytest

from minigrid_app.core.model import Household, Project
from minigrid_app.core.participation import (
    benchmark_position,
    count_participation,
    group_participation,
    removed_signatures_note,
)


def _project(states, noted=None):
    project = Project(households=[Household(label=f"h{i}", participation=s) for i, s in enumerate(states)])
    project.first_evening.interested = noted
    return project


def test_the_homes_own_states_count():
    counts = group_participation(_project(["signed", "interested", "unknown", "declined"]))
    assert (counts.total, counts.signed, counts.interested, counts.unknown, counts.declined) == (4, 1, 1, 1, 1)
    assert (counts.taking_part, counts.supporting, counts.undecided, counts.from_evening) == (3, 2, 2, 0)
    assert counts == count_participation(_project(["signed", "interested", "unknown", "declined"]).households)


@pytest.mark.parametrize(
    ("states", "noted", "interested", "unknown", "from_evening"),
    [
        (["unknown"] * 6, 6, 6, 0, 6),  # the evening's count, nobody asked per home yet
        (["unknown"] * 6, 4, 4, 2, 4),
        (["unknown"] * 3, 10, 3, 0, 3),  # never more than there are homes not asked yet
        (["interested", "signed", "unknown", "unknown"], 3, 2, 1, 1),  # 2 answered, the evening said 3
        (["interested", "signed", "unknown"], 2, 1, 1, 0),  # the homes' answers say as many: they count
        (["unknown"] * 2, 0, 0, 2, 0),
        (["unknown"] * 2, None, 0, 2, 0),
    ],
)
def test_the_first_evening_counts_for_homes_not_asked_yet(states, noted, interested, unknown, from_evening):
    counts = group_participation(_project(states, noted))
    assert (counts.interested, counts.unknown, counts.from_evening) == (interested, unknown, from_evening)
    assert counts.unknown + counts.interested + counts.signed + counts.declined == counts.total == len(states)
    assert counts.taking_part == len(states) - states.count("declined")


def test_taking_part_says_how_many_of_the_homes_taking_part_are_computed():
    """Issue: the summary bar said "6 doen mee" and step 3 "5 deelnemende aansluitingen" for one
    project: a home taking part whose gas use is missing is in no cluster and not counted for the
    heat act. Both figures come from one count; the difference is the homes not computed."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.core.participation import taking_part
    from minigrid_app.io.examples import load_example

    project = load_example("twee-onder-een-kap-4")
    project.households[1].gas_m3_per_year = None  # takes part, cannot be computed
    project.households[2].participation = "declined"
    results = compute_project(project, break_even=False, sensitivity=False, joiners=False, price_band=False)
    counts = taking_part(project, results)
    assert (counts.taking_part, counts.computed, counts.not_computed) == (3, 2, 1)
    assert counts.computed == results.group.participants == sum(len(c.households) for c in results.clusters)
    assert counts.computed == results.group.wcw.connections
    assert counts.taking_part == group_participation(project).taking_part
    assert taking_part(project, None) == type(counts)(taking_part=3, computed=0)


def test_an_evening_count_above_the_streets_homes_is_said():
    """'Geïnteresseerd (woningen)' = 1000 in a street of 5 was counted as 5 without a word."""
    from minigrid_app.core.participation import evening_count_note

    note = evening_count_note(_project(["unknown"] * 5, 1000))
    assert note == "De eerste avond noteerde 1000 geïnteresseerde woningen, maar het project heeft er 5. Klopt het aantal?"
    assert note.text("en") == "The first evening noted 1000 interested homes, but the project has 5. Is the number right?"
    assert evening_count_note(_project(["unknown"] * 5, 5)) is None
    assert evening_count_note(_project([], 12)) is None  # no homes entered yet: nothing to compare with
    assert evening_count_note(_project(["unknown"] * 5, None)) is None


@pytest.mark.parametrize(
    ("rate", "said"),
    [(4 / 8, ("er precies op", "right at it")), (0.504, ("er precies op", "right at it")),
     (3 / 8, ("daaronder", "below it")), (0.496, ("er precies op", "right at it")), (5 / 8, ("daarboven", "above it"))],
)
def test_the_rate_stands_against_the_benchmark_as_both_are_shown(rate, said):
    """50 % signed against the pilots' 50 % said "u zit daarboven"; shown in whole percents, 50,4 %
    and 49,6 % are the 50 % of the page too."""
    position = benchmark_position(rate, 0.5)
    assert (position.nl, position.en) == said


def test_removing_signed_homes_names_them_once():
    project = Project(households=[Household(id="a", label="Nr 1", participation="signed"),
                                  Household(id="b", label="Nr 3", participation="interested"),
                                  Household(id="c", label="Nr 5", participation="signed")])
    note = removed_signatures_note(project, ["a", "b", "c"])
    assert note.nl == ("Nr 1 en Nr 5 tekenden de intentieverklaring (stap 5); die handtekeningen zijn met de "
                       "woningen weg. Ongedaan maken (Ctrl+Z) zet de woningen terug.")
    assert removed_signatures_note(project, ["a"], undo=False).en == (
        "Nr 1 signed the declaration of intent (step 5); the signature went with the home.")
    assert removed_signatures_note(project, ["b"]) is None
