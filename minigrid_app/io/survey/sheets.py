"""A workbook's sheets weighed: with no sheet named, the one that holds the survey, and every other
sheet with answers said, never passed over in silence.

:func:`~.read.read_table` reads the first visible sheet with a header and rows below it; an
explanation sheet in front ('Vul de enquête in op het tweede blad', 'Dank u wel') is such a sheet,
and its columns mean nothing. :func:`read_survey` reads the survey as the command line and the
import dialog do (the table and the columns chosen) and then looks at the workbook's other visible
sheets: when the sheet read has no column Minigrid recognises and another has, or no column with the gas
use and another has, that one is read (said); another sheet that holds answers too is said, not read (a
second street, a later round).
"""

from __future__ import annotations

import datetime
import os

from minigrid_app.core.formatting import count
from minigrid_app.core.problems import Problem
from minigrid_app.io.survey.columns import ColumnPlan, choose_columns
from minigrid_app.io.survey.read import read_table
from minigrid_app.io.survey.table import ImportFileError, SurveyTable

#: At most this many other sheets are read to weigh them (a workbook of a sheet per month).
MAX_SHEETS_WEIGHED = 12


def recognised(plan: ColumnPlan) -> bool:
    """Some column of the survey feeds a household field (or is a doubtful choice, or the file is one
    home's monthly history): the sheet is a survey Minigrid can read."""
    return plan.monthly is not None or bool(plan.doubtful()) or any(c is not None for c in plan.mapping().values())


def _has_gas(plan: ColumnPlan) -> bool:
    """A column for the year's gas use was found (or proposed as doubtful)."""
    return plan.mapping(include_doubtful=True).get("gas_m3_per_year") is not None


def _answers(table: SurveyTable) -> int:
    return sum(1 for row in table.rows if any(cell.strip() for cell in row))


def read_survey(path: str | os.PathLike, sheet: str | None = None,
                today: datetime.date | None = None) -> tuple[SurveyTable, ColumnPlan]:
    """The survey's table and its columns; with ``sheet`` None, the sheet that holds it (see the module).

    Raises
    ------
    ImportFileError
        As :func:`~.read.read_table`.
    """
    table = read_table(path, sheet=sheet)
    plan = choose_columns(table, today)
    if sheet is not None or table.sheet is None or len(table.sheet_names) < 2:
        return table, plan
    others = [name for name in table.sheet_names if name != table.sheet and name not in table.hidden_sheets]
    found: list[tuple[SurveyTable, ColumnPlan]] = []
    for name in others[:MAX_SHEETS_WEIGHED]:
        try:
            other = read_table(path, sheet=name)
        except ImportFileError:
            continue  # no survey on it
        other_plan = choose_columns(other, today)
        if recognised(other_plan) and other_plan.monthly is None:
            found.append((other, other_plan))
    if not recognised(plan) and found:
        skipped = table.sheet
        table, plan = found.pop(0)
        table.notes.insert(0, Problem(
            f"Werkblad ‘{skipped}’ heeft geen kolom die Minigrid herkent; werkblad ‘{table.sheet}’ is ingelezen.",
            f"Sheet ‘{skipped}’ has no column Minigrid recognises; sheet ‘{table.sheet}’ was read.",
            severity="warning",
        ))
    elif not _has_gas(plan) and (with_gas := next((f for f in found if _has_gas(f[1])), None)) is not None:
        # an explanation sheet in front whose sentence names a home ('Vul per woning een regel in') looked like a
        # column of names; the sheet with the gas use is the survey
        skipped = table.sheet
        found.remove(with_gas)
        table, plan = with_gas
        table.notes.insert(0, Problem(
            f"Werkblad ‘{skipped}’ heeft geen kolom met het gasverbruik; werkblad ‘{table.sheet}’ wel, en dat is "
            "ingelezen.",
            f"Sheet ‘{skipped}’ has no column with the gas use; sheet ‘{table.sheet}’ has, and that was read.",
            severity="warning",
        ))
    for other, _ in found:
        rows = _answers(other)
        table.notes.append(Problem(
            f"De werkmap heeft ook werkblad ‘{other.sheet}’ met antwoorden ({count(rows, 'rij', 'rijen')}); dat is "
            "niet ingelezen. Lees dat werkblad apart in als die woningen ook meedoen.",
            f"The workbook also has sheet ‘{other.sheet}’ with answers ({count(rows, 'row', 'rows')}); it was not "
            "read. Import that sheet separately if those homes take part too.",
            severity="warning",
        ))
    return table, plan
