"""The payback names gas's new boilers as its reason only where they turn the total.

Straat-24 over 20 years (the assumptions tab), the group's shared loop: '18,4 jaar, want in jaar 19 zijn met
gas cv-ketels aan vervanging toe (gemiddeld € 110 per woning)', where the homes were € 721 a home cheaper by
the end of year 19 without those boilers too (found by the breaker, session 19). Over 30 years the boilers
of year 27 do turn it (€ 132 a home dearer without them) and that is still said.
"""

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.variant import Variant
from minigrid_app.core.verdict import verdict_summary
from minigrid_app.io.examples import load_example


def _results(horizon):
    project = load_example("straat-24")
    project.parameter_overrides = {"horizon_years": horizon}
    return compute_project(project, break_even=False, sensitivity=False)


@pytest.fixture(scope="module")
def over_20():
    return _results(20)


def test_boilers_that_do_not_turn_it_are_not_the_reason(over_20):
    summary = verdict_summary(over_20, None, Variant.SHARED_LOOP, "nl")
    assert summary.monthly_year1_eur > summary.gas_monthly_year1_eur  # dearer per month
    assert summary.payback == "18,4 jaar" and summary.payback_reason == ""
    assert verdict_summary(over_20, None, Variant.SHARED_LOOP, "en").payback == "18.4 years"


def test_boilers_that_turn_it_are_still_said():
    summary = verdict_summary(_results(30), None, Variant.SHARED_LOOP, "nl")
    assert summary.payback == "26,9 jaar, want in jaar 27 zijn met gas cv-ketels aan vervanging toe (gemiddeld € 220 per woning)"
