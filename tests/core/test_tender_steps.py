"""What steps 6-8 still miss (issue 18)."""

from __future__ import annotations

from minigrid_app.core import tender_steps
from minigrid_app.core.tender_model import Agreement, PermitStatus, Quote
from minigrid_app.core.tender_planning import BASE_PERMIT_KINDS
from minigrid_app.io.examples import load_example


def test_missing_per_step():
    project = load_example("hofje-8")
    found = {m.what: m for m in tender_steps.missing_tender(project)}
    assert set(found) == {tender_steps.TENDER_NOT_SENT, tender_steps.OPEN_PERMITS}
    assert found[tender_steps.OPEN_PERMITS].count == len(BASE_PERMIT_KINDS)
    project.tender.settings.issued_on = "2026-12-01"
    project.tender.settings.permits = [PermitStatus(kind, "granted") for kind in BASE_PERMIT_KINDS]
    assert tender_steps.missing_tender(project) == []
    assert tender_steps.missing_quotes(project) == [tender_steps.Missing(tender_steps.FEW_QUOTES, 0)]
    project.tender.quotes = [Quote(supplier="A"), Quote(supplier="B")]
    assert tender_steps.missing_quotes(project) == []
    decision = {m.what: m for m in tender_steps.missing_decision(project)}
    # the tender is Lindehof 1 and 3 (Cluster 1); Lindehof 7 signed alone in Cluster 2 and is not in it
    assert decision[tender_steps.NOT_SIGNED].count == 2 and decision[tender_steps.NOT_SIGNED].total == 2
    project.tender.decision.quote_id = project.tender.quotes[0].id
    project.tender.decision.organisation_model = "self_management"
    project.tender.decision.agreements = [Agreement(h, "signed") for h in ("hofje-1", "hofje-3")]
    assert tender_steps.missing_decision(project) == []
    for household in project.households:
        household.participation = "interested"
    assert [m.what for m in tender_steps.missing_tender(project)] == [tender_steps.NO_SIGNATURES]


def test_signatures_too_few_for_a_tender_ask_for_no_permits_yet():
    """Walk of session 17: 1 of 3 homes signed, no cluster tendered; step 6 said 'Vul de datum in waarop
    de uitvraag verstuurd is. Nog 10 vergunningen of meldingen open.' above an empty permits table and
    'Geen cluster heeft genoeg handtekeningen'. The permits count once a cluster is in the tender."""
    from minigrid_app.core.model import Household, Project

    project = Project(households=[Household(label=f"Nr {n}", gas_m3_per_year=1300.0, build_year=1990) for n in (1, 3, 5)])
    project.households[0].participation = "signed"
    assert tender_steps.missing_tender(project) == [tender_steps.Missing(tender_steps.NOTHING_TO_TENDER)]
    assert tender_steps.OPEN_PERMITS not in {m.what for m in tender_steps.missing_decision(project)}
    project.households[1].participation = "signed"
    project.households[2].participation = "signed"
    assert tender_steps.OPEN_PERMITS in {m.what for m in tender_steps.missing_tender(project)}
    assert tender_steps.OPEN_PERMITS in {m.what for m in tender_steps.missing_decision(project)}
