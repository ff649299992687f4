"""Steps 6-8 say "bezig" in the step list once they hold something, as steps 1-5 do.

straat-24 with its tender drawn up (4 homes in two clusters), a quote read with 'minigrid tender
--quote' and that quote chosen showed '6. Uitvraag / 7. Offertes / 8. Besluit: nog niet begonnen'
beside a page full of them: the state came only from an edit made on the step's own page.
core.tender_steps.STARTED now says whether each holds anything; "klaar" stays the user's mark.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.core.model import STEPS
from minigrid_app.core.steps import DONE, IN_PROGRESS, NOT_STARTED, step_state
from minigrid_app.core.tender_model import Agreement, PermitStatus, Quote
from minigrid_app.io.examples import load_example
from tests.signers_together import signers_together


def _nobody_signed():
    project = load_example("hofje-8")
    for household in project.households:
        if household.participation == "signed":
            household.participation = "interested"
    project.steps = {}
    return project


@pytest.mark.parametrize(
    ("step", "entered"),
    [
        ("tender", lambda p: setattr(p.tender.settings, "issued_on", "2027-01-04")),
        ("tender", lambda p: setattr(p.tender.settings, "contracting", "separate")),
        ("tender", lambda p: p.tender.settings.permits.append(PermitStatus(kind="borefield_notification", status="applied"))),
        ("quotes", lambda p: p.tender.quotes.append(Quote(supplier="Boorbedrijf Oost"))),
        ("decision", lambda p: setattr(p.tender.decision, "organisation_model", "cooperative")),
        ("decision", lambda p: setattr(p.tender.decision, "opt_out_terms", "Tot 1 maart kosteloos.")),
        ("decision", lambda p: p.tender.decision.agreements.append(Agreement(household_id="hofje-1", status="sent"))),
    ],
)
def test_a_step_of_the_tender_is_in_progress_once_it_holds_something(step, entered):
    project = _nobody_signed()
    assert step_state(step, project, None) == NOT_STARTED
    entered(project)
    assert step_state(step, project, None) == IN_PROGRESS


def test_a_tendered_cluster_starts_step_6_and_a_mark_by_hand_stays():
    project = signers_together(load_example("hofje-8"))
    project.steps = {}
    assert [step_state(s, project, None) for s in ("tender", "quotes", "decision")] == [IN_PROGRESS, NOT_STARTED, NOT_STARTED]
    project.steps = {"quotes": DONE}
    project.tender.quotes = [Quote(supplier="A"), Quote(supplier="B")]
    assert step_state("quotes", project, None) == DONE  # 'klaar' is the user's, as for steps 1-5


def test_the_step_list_says_bezig_beside_quotes_entered_elsewhere(quick_window):
    project = signers_together(load_example("hofje-8"))
    project.steps = {step: "not_started" for step in STEPS}
    project.tender.quotes = [Quote(id="q1", supplier="Boorbedrijf Oost")]  # as 'minigrid tender --quote' reads one
    project.tender.decision.quote_id = "q1"
    window = quick_window(project)
    words = [window.navigator.list.item(STEPS.index(s)).text().splitlines()[-1] for s in ("tender", "quotes", "decision")]
    assert words == ["bezig", "bezig", "bezig"]
