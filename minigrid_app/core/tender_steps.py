"""What steps 6-8 still miss (the "Nog te doen" of the window), and whether each holds anything yet,
decided in the engine.

Same shape as :mod:`minigrid_app.core.steps` (a list of ``Missing`` per step, a ``STARTED`` test per
step); the words are the pages'. Pure, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from minigrid_app.core.model import Project
from minigrid_app.core.tender_model import PERMIT_DONE_STATES, TenderSettings

NO_SIGNATURES = "no_signatures"  #: nobody signed the declaration of intent
#: homes signed, but no cluster has enough signers to be tendered (step 6 says why, per cluster)
NOTHING_TO_TENDER = "nothing_to_tender"
TENDER_NOT_SENT = "tender_not_sent"  #: the date the request went out is not set
OPEN_PERMITS = "open_permits"  #: ``count`` checklist items not granted or not needed
FEW_QUOTES = "few_quotes"  #: fewer than two quotes (``count`` so far)
NO_QUOTE_CHOSEN = "no_quote_chosen"  #: the decision names no quote
NO_ORGANISATION_MODEL = "no_organisation_model"  #: no organisation model chosen
NOT_SIGNED = "not_signed"  #: ``count`` of ``total`` homes in the tender have no signed binding agreement


@dataclass(frozen=True)
class Missing:
    what: str
    count: int = 0
    total: int = 0


def _signed(project: Project) -> list[str]:
    return [h.id for h in project.households if h.participation == "signed"]


def _in_tender(project: Project) -> list[str]:
    """The homes in the tender: signed, in a cluster of step 5 with enough signers (method.md#tender-scope)."""
    # the engine's clusters are loaded when step 8 is checked, not with the window
    from minigrid_app.core.tender_clusters import tender_clusters

    return [hid for cluster in tender_clusters(project) if cluster.tendered for hid in cluster.signed]


def _base_permit_kinds() -> tuple[str, ...]:
    # the planning module (and the text reading it uses) is loaded by the tender pages, not at start
    from minigrid_app.core.tender_planning import BASE_PERMIT_KINDS

    return BASE_PERMIT_KINDS


def open_permit_count(project: Project) -> int:
    """Checklist items (the ones every tender has) not yet granted or found not needed."""
    settings = project.tender.settings
    return sum(1 for kind in _base_permit_kinds() if settings.permit(kind).status not in PERMIT_DONE_STATES)


def missing_tender(project: Project, results=None) -> list[Missing]:
    """Step 6: signatures (in a cluster with enough of them), the date the request went out, open permits."""
    if not _signed(project):
        return [Missing(NO_SIGNATURES)]
    if not _in_tender(project):
        # 1 of 3 signed: step 6 said 'Nog 10 vergunningen of meldingen open' and asked for the date
        # the request went out, above an empty permits table and 'Geen cluster heeft genoeg handtekeningen'
        return [Missing(NOTHING_TO_TENDER)]
    found = []
    if not project.tender.settings.issued_on:
        found.append(Missing(TENDER_NOT_SENT))
    count = open_permit_count(project)
    if count:
        found.append(Missing(OPEN_PERMITS, count, len(_base_permit_kinds())))
    return found


def missing_quotes(project: Project, results=None) -> list[Missing]:
    """Step 7: two to three quotes."""
    count = len(project.tender.quotes)
    return [Missing(FEW_QUOTES, count)] if count < 2 else []


def missing_decision(project: Project, results=None) -> list[Missing]:
    """Step 8: a quote, an organisation model, the binding signatures, open permits (once a cluster is tendered)."""
    decision = project.tender.decision
    found = []
    if not decision.quote_id or project.tender.quote(decision.quote_id) is None:
        found.append(Missing(NO_QUOTE_CHOSEN))
    if not decision.organisation_model:
        found.append(Missing(NO_ORGANISATION_MODEL))
    signed = _signed(project)
    in_tender = _in_tender(project) if signed else []
    unsigned = [h for h in in_tender if decision.agreement(h).status != "signed"]
    if unsigned:
        found.append(Missing(NOT_SIGNED, len(unsigned), len(in_tender)))
    # the permits are step 6's checklist, which exists once a cluster is tendered: before that, step 8
    # said "Nog 10 vergunningen of meldingen open" while step 6 showed no permit at all
    count = open_permit_count(project) if in_tender else 0
    if count:
        found.append(Missing(OPEN_PERMITS, count, len(_base_permit_kinds())))
    return found


MISSING = {"tender": missing_tender, "quotes": missing_quotes, "decision": missing_decision}


def _tender_started(project: Project, results=None) -> bool:
    """Step 6 holds something: a cluster is tendered (its page shows the request and the bill of
    quantities drawn up for it, as steps 3 and 4 count once they show figures), or the advisor
    entered anything of the request (a date, who answers, the contracting, a party, a permit)."""
    settings, default = project.tender.settings, TenderSettings()
    entered = (
        settings.issued_on or settings.quotes_due or settings.advisor.strip() or settings.notes.strip()
        or settings.scope_overrides or settings.contracting != default.contracting
        or any(p.status != "to_do" or p.date or p.note.strip() for p in settings.permits)
    )
    return bool(entered) or (bool(_signed(project)) and bool(_in_tender(project)))


def _quotes_started(project: Project, results=None) -> bool:
    """Step 7 holds something: a quote was entered."""
    return bool(project.tender.quotes)


def _decision_started(project: Project, results=None) -> bool:
    """Step 8 holds something: a quote or organisation model chosen, a date, opt-out terms or notes written,
    or a binding agreement asked, answered or dated."""
    decision = project.tender.decision
    return bool(
        decision.quote_id or decision.organisation_model or decision.decided_on
        or decision.opt_out_terms.strip() or decision.notes.strip()
        or any(a.status != "not_asked" or a.date for a in decision.agreements)
    )


#: per step, whether it holds anything yet (:data:`minigrid_app.core.steps.STARTED`): the step list
#: said 'nog niet begonnen' beside a drafted tender, entered quotes and a chosen quote
STARTED = {"tender": _tender_started, "quotes": _quotes_started, "decision": _decision_started}
