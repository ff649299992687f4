"""The afwegingskader of the quick scan (core/scorecard.py), tested on plain data: eight
factors, each with the status its rule gives (Handreiking mini-warmtenetten, 4.3 and 5.3)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from minigrid_app.core.model import Household, Intake, Project
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.scorecard import DOUBT, GOOD, WEAK, scorecard
from tests.golden_examples import pinned_defaults

PARAMS = ParameterSet(pinned_defaults())
FACTORS_NL = [
    "Geschikte bron",
    "Dichte bebouwing",
    "Technisch haalbaar",
    "Financieel haalbaar",
    "Past bij gemeentelijk beleid",
    "Draagvlak bij bewoners",
    "Samenwerking",
    "Wat de initiatiefnemers zelf inbrengen",
]


def _project(states=("signed", "interested", "declined", "declined"), distance=10.0, **intake):
    """A project whose homes' distances were entered (``distance``; None: left empty)."""
    intake.setdefault("underground_obstacles", "geen bekend")
    return Project(intake=Intake(**intake), households=[
        Household(label=f"h{i}", participation=s, distance_to_next_m=distance) for i, s in enumerate(states)
    ])


def _results(gaps=(10.0,), provisional=False, paybacks=(8.0, 9.0)):
    shared = [SimpleNamespace(payback_years=p) for p in paybacks]
    return SimpleNamespace(
        parameters=PARAMS,
        clusters=[SimpleNamespace(largest_gap_m=g) for g in gaps],
        fields=[SimpleNamespace(sizing=SimpleNamespace(provisional=provisional))],
        households=[
            SimpleNamespace(computable=True, participates=True, variants={"shared_loop": v}) for v in shared
        ],
    )


def _status(rows):
    return {name: status for name, status, _why in rows}


def test_eight_factors_in_both_languages():
    rows = scorecard(_project(), _results())
    assert [name for name, _, _ in rows] == FACTORS_NL
    english = scorecard(_project(), _results(), "en")
    assert english[0][0] == "Suitable source" and len(english) == 8
    assert all(status in (GOOD, DOUBT, WEAK) and why for _, status, why in rows + english)


def test_a_promising_initiative_is_good_everywhere_but_the_policy_to_confirm():
    project = _project(
        ("signed", "interested", "signed", "declined"), policy_fit="past in de transitievisie", partners="gemeente",
        initiators_contribution="tijd en een zaal",
    )
    status = _status(scorecard(project, _results()))
    assert status.pop("Past bij gemeentelijk beleid") == DOUBT
    assert set(status.values()) == {GOOD}


@pytest.mark.parametrize("text", ["transitievisie: individueel all-electric", "past in de transitievisie", "ja", ""])
def test_no_text_about_the_policy_is_rated_favourable(text):
    """Issue 15: any text in "past bij gemeentelijk beleid" was rated ✓ gunstig, also one that says it does not fit."""
    rows = scorecard(_project(policy_fit=text), _results())
    name, status, why = rows[FACTORS_NL.index("Past bij gemeentelijk beleid")]
    assert status != GOOD
    if text:
        assert text in why and "gemeente" in why


def test_support_counts_the_first_evening_until_the_homes_answered():
    """Issue 15: 6 interested at the first evening read '0 van 6 woningen geïnteresseerd' on the scorecard."""
    project = _project(("unknown",) * 6)
    project.first_evening.interested = 6
    rows = scorecard(project, _results())
    why = dict((name, why) for name, _s, why in rows)["Draagvlak bij bewoners"]
    assert why.startswith("6 van 6 woningen geïnteresseerd of getekend")


def test_source_and_feasibility():
    status = _status(scorecard(_project(heat_sources=["lucht"]), _results()))
    assert status["Geschikte bron"] == DOUBT
    rows = scorecard(_project(underground_obstacles="kabels in de stoep"), _results())
    assert _status(rows)["Geschikte bron"] == DOUBT and _status(rows)["Technisch haalbaar"] == DOUBT
    assert "kabels in de stoep" in rows[0][2]
    assert _status(scorecard(_project(), _results(provisional=True)))["Technisch haalbaar"] == DOUBT


def test_a_new_project_is_not_judged_on_what_nobody_entered():
    """Walk of session 16: a brand-new project read 'Geschikte bron ✓ gunstig' (ground heat is ticked by
    default and no obstacles were typed) and 'Dichte bebouwing ✓ gunstig' (the default distance between
    homes): nothing had been looked at yet."""
    project = Project(households=[Household(label=f"h{i}", gas_m3_per_year=1200.0) for i in range(3)])
    rows = {name: (status, why) for name, status, why in scorecard(project, _results())}
    assert rows["Geschikte bron"][0] == DOUBT and rows["Geschikte bron"][1].startswith("nog niet beoordeeld")
    assert rows["Dichte bebouwing"][0] == DOUBT and rows["Dichte bebouwing"][1].startswith("nog niet beoordeeld")
    assert "3 van 3 woningen" in rows["Dichte bebouwing"][1]
    english = {name: why for name, _s, why in scorecard(project, _results(), "en")}
    assert english["Suitable source"].startswith("not assessed yet")
    assert english["Density"].startswith("not assessed yet")
    # of the lines that rest on the intake none is favourable (the payback rests on the gas use that was entered)
    assert all(rows[name][0] != GOOD for name in FACTORS_NL if name != "Financieel haalbaar")
    assert "kabels en leidingen" in rows["Technisch haalbaar"][1]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("geen bekend", GOOD), ("geen", GOOD), ("Nee, niets bekend", GOOD), ("none known", GOOD),
     ("", DOUBT), ("weet niet", DOUBT), ("glasvezel in de stoep", DOUBT), ("nee, maar wel een boom", DOUBT)],
)
def test_the_source_is_favourable_only_once_the_obstacles_are_answered(answer, expected):
    rows = scorecard(_project(underground_obstacles=answer), _results())
    assert _status(rows)["Geschikte bron"] == expected
    # 'geen' is no obstacle to look at on site; nothing answered is no finding either way
    assert (_status(rows)["Technisch haalbaar"] == GOOD) == (expected == GOOD)


def test_density_against_the_longest_connection():
    limit = PARAMS["max_connection_distance_m"]
    assert _status(scorecard(_project(), _results(gaps=(limit,))))["Dichte bebouwing"] == GOOD
    assert _status(scorecard(_project(), _results(gaps=(5.0, limit + 1))))["Dichte bebouwing"] == WEAK
    assert _status(scorecard(_project(), _results(gaps=())))["Dichte bebouwing"] == DOUBT


@pytest.mark.parametrize(
    ("paybacks", "expected"),
    [((8.0, 9.0), GOOD), ((8.0, None), DOUBT), ((8.0, 99.0), DOUBT), ((None, 99.0), WEAK), ((), DOUBT)],
)
def test_financially_feasible_when_every_home_pays_back_within_the_horizon(paybacks, expected):
    assert _status(scorecard(_project(), _results(paybacks=paybacks)))["Financieel haalbaar"] == expected


def test_support_against_the_participation_benchmark():
    benchmark = PARAMS["participation_benchmark"]
    # 2 of 4 interested or signed: 50 %
    expected = GOOD if benchmark <= 0.5 else DOUBT
    assert _status(scorecard(_project(), _results()))["Draagvlak bij bewoners"] == expected
    assert _status(scorecard(_project(("declined",) * 4), _results()))["Draagvlak bij bewoners"] == DOUBT
    assert _status(scorecard(_project(()), _results()))["Draagvlak bij bewoners"] == DOUBT


def test_without_results_nothing_is_called_good_by_the_numbers():
    status = _status(scorecard(_project(), None))
    assert status["Dichte bebouwing"] == DOUBT
    assert status["Technisch haalbaar"] == DOUBT
    assert status["Financieel haalbaar"] == DOUBT
