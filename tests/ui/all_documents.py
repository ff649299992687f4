"""Every PDF document the program writes, built for a bundled example (for layout tests).

The evening's pack (each declaration of intent and kitchen-table handout, the report with its
"who pays" and signature sections), the tender request (uitvraag) and the decision record,
in Dutch and English. Computed with the rule-of-thumb sizing (fast); the documents' tables are
the same kind whatever the sizing.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.conditions import check_conditions
from minigrid_app.io import documents
from minigrid_app.io.documents.who_pays import with_signature_curves
from minigrid_app.io.examples import load_example
from minigrid_app.io.tender_documents import build_decision_document, build_tender_document
from minigrid_app.ui.services.tender_pack import TenderPackError, decision, tendered

TODAY = datetime.date(2026, 11, 30)


def every_document(example: str, language: str) -> Iterator[tuple[str, documents.DocumentContent]]:
    """(name, content) of every PDF document of ``example`` in ``language``."""
    project = load_example(example)
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    effects = documents.cluster_drop_out_effects(project, results, method="rule_of_thumb")
    results = with_signature_curves(project, results, method="rule_of_thumb")
    checks = check_conditions(project, results)
    yield "report", documents.build_report(project, results, language=language, effects=effects, checks=checks)
    for household in documents.declaration_households(results):
        yield f"declaration {household.label}", documents.build_declaration(
            project, results, household.id, language=language, effects=effects, checks=checks
        )
    for household in documents.handout_households(results):
        yield f"handout {household.label}", documents.build_handout(project, results, household.id, language=language, checks=checks)
    try:
        tender = tendered(project, method="rule_of_thumb", today=TODAY)
    except TenderPackError:  # nobody signed yet in this example: no tender documents
        return
    yield "tender request", build_tender_document(tender.pack, language=language, today=TODAY)
    yield "decision record", build_decision_document(decision(tender, TODAY), language=language, today=TODAY)
