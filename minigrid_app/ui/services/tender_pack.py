"""Write the documents of steps 6-8: the tender request (PDF) with its bill of quantities (xlsx),
the decision record (PDF), and the engineer's hand-off (CSV + JSON).

Plain work without widgets, like the evening pack (:mod:`minigrid_app.ui.services.intent_pack`):
the wizard runs it on the document's task runner, the command line (``minigrid tender`` and
``minigrid handoff``) runs it directly. The tender covers the homes that signed the declaration
of intent (:func:`minigrid_app.core.tender.tender_scope`).
"""

from __future__ import annotations

import datetime
import os
import pathlib
from collections.abc import Callable
from dataclasses import dataclass

from minigrid_app.core.decision import DecisionRecord, decision_record
from minigrid_app.core.handoff import unbuildable_fields
from minigrid_app.core.model import Project
from minigrid_app.core.problems import Problem, ProblemError
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.tender import (
    TenderPack,
    TenderScope,
    build_tender,
    tender_scope,
)
from minigrid_app.io.boq_xlsx import BoqError, write_boq
from minigrid_app.io.os_errors import plain_reason, with_advice, write_reason
from minigrid_app.ui.pdf import PdfError, render_pdf

#: File names per language: (tender request, bill of quantities, decision record)
FILE_NAMES = {
    "nl": ("uitvraag", "staat-van-hoeveelheden", "besluit"),
    "en": ("tender-request", "bill-of-quantities", "decision-record"),
}


class TenderPackError(ProblemError):
    """The documents could not be made; carries a Dutch and English message."""


@dataclass
class Tendered:
    """The project as tendered, its results and its pack."""

    scope: TenderScope
    results: ProjectResults
    pack: TenderPack


def tendered(project: Project, *, method: str = "pygfunction", today: datetime.date | None = None,
             progress: Callable[[float, str], None] | None = None, compute: Callable | None = None) -> Tendered:
    """Compute the tendered project (the homes that signed) and its pack.

    ``compute`` replaces ``compute_project`` (the program passes its worker process).

    Raises
    ------
    TenderPackError
        When nobody has signed, or no signed home can be computed into a cluster.
    """
    scope = tender_scope(project)
    if scope.empty:  # nobody signed, or no cluster of step 5 has enough signers (said per cluster)
        raise TenderPackError(Problem(scope.why_empty.nl, scope.why_empty.en))
    if compute is None:  # the engine (numpy) loads when first computed, not with the window (issue 16)
        from minigrid_app.core.analysis import compute_project as compute
    results = compute(scope.project, break_even=False, sensitivity=False, method=method, progress=progress)
    if not results.clusters:
        raise TenderPackError(
            Problem(
                "Geen van de woningen die tekenden kan worden berekend of zit in een cluster; vul hun gegevens aan.",
                "None of the homes that signed can be computed or is in a cluster; complete their data.",
            )
        )
    blocked = unbuildable_fields(results)
    if blocked is not None:
        raise TenderPackError(Problem(f"Geen uitvraag mogelijk: {blocked.nl}", f"No tender possible: {blocked.en}"))
    return Tendered(scope, results, build_tender(scope, results, today))


def _folder(out_dir) -> pathlib.Path:
    folder = pathlib.Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        nl, en = plain_reason(exc)
        raise TenderPackError(
            Problem(f"De map {folder} kan niet worden gemaakt: {nl}.", f"The folder {folder} cannot be created: {en}.")
        ) from exc
    return folder


def write_tender(tender: Tendered, out_dir: str | os.PathLike, *, language: str = "nl", with_budget: bool = False,
                 today: datetime.date | None = None) -> list[pathlib.Path]:
    """Write the tender request (PDF) and the bill of quantities (xlsx); returns both paths."""
    # the documents load the engine (numpy): imported when written, not with the window (issue 16)
    from minigrid_app.io.tender_documents import build_tender_document

    folder = _folder(out_dir)
    pdf_name, xlsx_name, _ = FILE_NAMES[language]
    pdf_path, xlsx_path = folder / f"{pdf_name}.pdf", folder / f"{xlsx_name}.xlsx"
    try:
        render_pdf(build_tender_document(tender.pack, language=language, today=today), pdf_path, language=language)
        write_boq(tender.pack, xlsx_path, with_budget=with_budget, today=today, language=language)
    except PdfError as exc:
        nl, en = with_advice(write_reason(exc), ("", ""))
        raise TenderPackError(
            Problem(f"De uitvraag kon niet worden geschreven naar {pdf_path}: {nl}", f"The tender request could not be written to {pdf_path}: {en}")
        ) from exc
    except BoqError as exc:
        raise TenderPackError(exc.problem) from exc
    return [pdf_path, xlsx_path]


def decision(tender: Tendered, today: datetime.date | None = None) -> DecisionRecord:
    return decision_record(tender.scope, tender.results, tender.pack, today)


def write_decision(tender: Tendered, out_dir: str | os.PathLike, *, language: str = "nl",
                   today: datetime.date | None = None, file_name: str | None = None) -> pathlib.Path:
    """Write the decision record (PDF) into ``out_dir``, as ``file_name`` (default: the language's
    'besluit.pdf' / 'decision-record.pdf'); returns its path. Raises TenderPackError when it cannot."""
    from minigrid_app.io.tender_documents import build_decision_document

    folder = _folder(out_dir)
    path = folder / (file_name or f"{FILE_NAMES[language][2]}.pdf")
    try:
        render_pdf(build_decision_document(decision(tender, today), language=language, today=today), path, language=language)
    except PdfError as exc:
        nl, en = with_advice(write_reason(exc), ("", ""))
        raise TenderPackError(
            Problem(f"Het besluit kon niet worden geschreven naar {path}: {nl}", f"The decision record could not be written to {path}: {en}")
        ) from exc
    return path
