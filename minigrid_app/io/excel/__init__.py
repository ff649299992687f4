"""The Excel workbook: a mirror of the Province of Utrecht model with live formulas (docs/excel.md).

``export_workbook(project, results, path)`` writes a workbook in which every quantity
the engine computes by arithmetic is an Excel formula that refers to named cells on
*Uitgangspunten* and to the household rows on *Woningen*. The formulas are the templates
of the method table (:mod:`minigrid_app.core.method`), the same entries whose functions the
engine evaluates. An advisor can change an assumption and every result follows; LibreOffice
or Excel then gives the same numbers as the program (tests/io/test_excel_recalc.py proves
it). What cannot be a formula (borefield sizing with pygfunction, the break-even root
search, the sensitivity runs) is written as values and marked "berekend door Minigrid"; a copy
of the inputs at export and a check cell per sheet say when those values no longer fit the
inputs (:mod:`~minigrid_app.io.excel.stale`).

Text that residents typed (labels, addresses, notes, conditions, the project name)
is always written as text, never as a formula.

One module per sheet; :mod:`~minigrid_app.io.excel.layout` fixes every row and column before
any sheet is written, :mod:`~minigrid_app.io.excel.formulas` turns the method's names into cells.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook

from minigrid_app.core.model import Project
from minigrid_app.core.problems import Problem, ProblemError
from minigrid_app.core.results import ProjectResults
from minigrid_app.io.excel import (
    annual,
    cash_flows,
    comparison,
    demand,
    explanation,
    heatpump,
    households,
    investments,
    organisation,
    parameters,
    sensitivity,
    source,
    stale,
)
from minigrid_app.io.excel.book import SHEETS, Book
from minigrid_app.io.excel.cells import safe_text
from minigrid_app.io.excel.privacy import scrub_workbook
from minigrid_app.io.os_errors import export_failed, quiet_abandoned_writers
from minigrid_app.io.projectfile import atomic_write_bytes

__all__ = ["SHEETS", "ExcelExportError", "build_workbook", "export_workbook", "safe_text"]

#: The sheets after Uitgangspunten, in the order they are written (any order works: the layout is fixed).
_SHEET_WRITERS = (
    households,
    demand,
    source,
    heatpump,
    investments,
    annual,
    cash_flows,
    comparison,
    sensitivity,
    organisation,
    explanation,
)


class ExcelExportError(ProblemError):
    """The workbook cannot be written; ``problem`` says why in Dutch and English."""


def build_workbook(
    project: Project, results: ProjectResults, *, anonymise: bool = False
) -> Workbook:
    """The workbook in memory (see :func:`export_workbook`)."""
    book = Book(project, results, anonymise)
    figure_rows = parameters.write(book)
    for sheet in _SHEET_WRITERS:
        sheet.write(book)
    parameters.mark_used(book, figure_rows)
    stale.write(book, figure_rows)
    workbook = book.finish()
    if anonymise:  # the net under the sheets: no free text of the project stays in
        scrub_workbook(workbook, project)
    return workbook


def export_workbook(
    project: Project, results: ProjectResults, path, *, anonymise: bool = False
) -> Path:
    """Write the Excel workbook with live formulas.

    Parameters
    ----------
    project : Project
    results : ProjectResults
        From :func:`minigrid_app.core.analysis.compute_project` (with break-even and
        sensitivity for the value columns; without them those cells stay empty).
    path : str or Path
        Output file (``.xlsx``); written to a temporary file first and then moved into
        place, so an existing file is never left half-written.
    anonymise : bool
        Households become Woning 1…N; addresses, names, notes and contact details are left out.

    Returns
    -------
    Path
        Where the workbook was written.

    Raises
    ------
    ExcelExportError
        When the file cannot be written (folder missing, no permission, disk full).
    """
    target = Path(path)
    if not str(path).strip():
        raise ExcelExportError(Problem("Er is geen naam voor het werkboek opgegeven.", "No name was given for the workbook."))
    if target.is_dir() or (target.exists() and not target.is_file()):
        what_nl, what_en = ("een map", "a folder") if target.is_dir() else ("geen gewoon bestand", "not a regular file")
        raise ExcelExportError(
            Problem(
                f"‘{path}’ is {what_nl}; geef de naam van het werkboek, bijvoorbeeld {target / 'minigrid.xlsx'}.",
                f"‘{path}’ is {what_en}; give the workbook's name, for example {target / 'minigrid.xlsx'}.",
            )
        )
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExcelExportError(
            Problem(
                f"De map {folder} bestaat niet; kies een andere plek voor het werkboek.",
                f"The folder {folder} does not exist; choose another place for the workbook.",
            )
        )
    workbook = build_workbook(project, results, anonymise=anonymise)
    # the zip is made in memory: a full disk then fails in our own write, which cleans up,
    # not inside openpyxl's ZipFile (whose __del__ printed a traceback after the message)
    problem = None
    with quiet_abandoned_writers():
        try:
            buffer = io.BytesIO()
            workbook.save(buffer)  # openpyxl still writes each sheet to a temporary file first
            atomic_write_bytes(target, buffer.getvalue())
        except OSError as exc:
            problem = export_failed(exc, str(target))
    if problem is not None:
        raise ExcelExportError(problem)
    return target
