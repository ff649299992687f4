"""The privacy net of the anonymised workbook: no text a resident typed leaves the group.

The sheets already write "Woning 1 … N" and leave out names, addresses, notes and contact
details when ``anonymise`` is set. This module is the net under that: after the workbook
is built, every piece of free text the project holds (any text field of any part of the
project, found by walking the dataclasses, so a field added later is covered without
anyone remembering it here) is looked for in every text cell, chart title and document
property, and replaced by :data:`REMOVED` (issue 14: the project name stayed on the first
sheet).

Only enumerations, internal ids and dates are not free text (:data:`NOT_FREE_TEXT`).
"""

from __future__ import annotations

import dataclasses
import re

from openpyxl import Workbook

from minigrid_app.core.model import Project

#: what replaces a private text
REMOVED = "[weggelaten]"
#: text fields that hold codes, ids or dates, never words a resident typed about people
NOT_FREE_TEXT = frozenset({
    "id", "cluster", "house_type", "participation", "participation_date", "network_type", "heat_sources",
    "financing", "kind", "layout", "allocation_key", "date", "created", "modified", "status", "contracting",
    "organisation_model", "quote_id", "household_id", "field_id", "issued_on", "quotes_due", "valid_until",
    "decided_on", "steps", "organisation", "market_billing", "scope_overrides",
})  # fmt: skip
#: texts shorter than this are not looked for (a label "1" would blank every 1)
MIN_LENGTH = 3


def private_texts(project: Project) -> list[str]:
    """Every free text in ``project`` (stripped, at least MIN_LENGTH characters), longest first."""
    found: set[str] = set()

    def walk(value, name: str) -> None:
        if name in NOT_FREE_TEXT:
            return
        if isinstance(value, str):
            for part in (value, *value.splitlines()):
                text = part.strip()
                if len(text) >= MIN_LENGTH and not text.replace(".", "").replace(",", "").isdigit():
                    found.add(text)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for item in dataclasses.fields(value):
                walk(getattr(value, item.name), item.name)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item, name)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, name)
                walk(key, name)

    walk(project, "project")
    return sorted(found, key=lambda text: (-len(text), text))


def _pattern(texts: list[str]) -> re.Pattern | None:
    if not texts:
        return None
    return re.compile("|".join(re.escape(text) for text in texts), re.IGNORECASE)


def scrub(text: str, pattern: re.Pattern | None) -> str:
    return pattern.sub(REMOVED, text) if pattern is not None and isinstance(text, str) else text


def scrub_workbook(workbook: Workbook, project: Project) -> int:
    """Replace every private text in ``workbook``; returns how many cells or titles changed."""
    pattern = _pattern(private_texts(project))
    if pattern is None:
        return 0
    changed = 0
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                # a formula is Minigrid's, never a resident's text: scrubbing one broke it ('hdd_month'
                # became 'hdd_[weggelaten]', Err:508 in every monthly column; a home called 'Index' would too)
                if isinstance(cell.value, str) and cell.data_type != "f":
                    clean = scrub(cell.value, pattern)
                    if clean != cell.value:
                        cell.value = clean
                        changed += 1
        for chart in getattr(ws, "_charts", []):
            changed += _scrub_chart(chart, pattern)
        for part in (ws.oddHeader, ws.oddFooter, ws.evenHeader, ws.evenFooter, ws.firstHeader, ws.firstFooter):
            for side in (part.left, part.center, part.right):
                if side.text and pattern.search(side.text):
                    side.text = scrub(side.text, pattern)
                    changed += 1
    properties = workbook.properties
    for name in ("title", "subject", "creator", "keywords", "description", "lastModifiedBy", "category"):
        value = getattr(properties, name, None)
        if isinstance(value, str) and pattern.search(value):
            setattr(properties, name, scrub(value, pattern))
            changed += 1
    return changed


def _scrub_chart(chart, pattern: re.Pattern) -> int:
    """Chart and axis titles are text runs inside the chart's XML."""
    changed = 0
    titles = [chart.title]
    for axis_name in ("x_axis", "y_axis"):
        axis = getattr(chart, axis_name, None)
        if axis is not None:
            titles.append(axis.title)
    for title in titles:
        rich = getattr(getattr(title, "tx", None), "rich", None)
        for paragraph in getattr(rich, "p", None) or []:
            for run in getattr(paragraph, "r", None) or []:
                if isinstance(run.t, str) and pattern.search(run.t):
                    run.t = scrub(run.t, pattern)
                    changed += 1
    return changed
