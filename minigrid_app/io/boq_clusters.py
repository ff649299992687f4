"""Which homes each cluster of a bill of quantities was priced for: a sheet of the workbook, checked on reading back.

A quote prices a cluster's lines by line id ('shared-C1:drilling'); the id says nothing of the
homes. A tender whose clusters were regrouped since (a home signed or left, the residents moved a
home) has a 'Cluster 1' of other homes: its prices were attached to them without a word. The
workbook now says per cluster which homes it is, readable for the contractor (sheet 'Clusters':
the cluster's name and its homes by name, and the ids the program reads back). Read back, a
cluster whose homes are another cluster's now moves to that cluster (said), as a quote saved
before does (method.md#tender-old-quotes); one whose homes no cluster has now is not read (said in
Dutch and English), so no price lands on homes it was not given for. A workbook without the sheet
(made before) is read as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from minigrid_app.core.formatting import join_names
from minigrid_app.core.problems import Problem

CLUSTER_SHEET = "Clusters"
CLUSTER_HEADERS = ("Cluster", "Woningen", "Kenmerk cluster", "Kenmerken woningen")
CLUSTER_HEADERS_EN = ("Cluster", "Homes", "Cluster key", "Homes' keys")
_HEADER_ROW = 4


def _members(lines) -> dict[str, tuple[str, list[str], list[str]]]:
    """Field id → (cluster name, its homes' ids, their names), as the bill lines of the tender have them."""
    found: dict[str, tuple[str, list[str], list[str]]] = {}
    for line in lines:
        if line.field_id is None:
            continue
        name, ids, names = found.setdefault(line.field_id, ("", [], []))
        if line.household_id is None and not name:
            found[line.field_id] = (line.owner, ids, names)
        elif line.household_id is not None and line.household_id not in ids:
            ids.append(line.household_id)
            names.append(line.owner)
    return found


def _names(names: Sequence[str]) -> str:
    return join_names(names) or "–"


def _names_en(names: Sequence[str]) -> str:
    return join_names(names, "en") or "–"


def write_cluster_sheet(workbook, lines, fill_header: str, language: str = "nl") -> None:
    """Add the sheet 'Clusters' to ``workbook``: per cluster of ``lines`` its name and homes (protected), its
    words in ``language`` (the sheet's name and layout are the same in both: read back either way)."""
    from openpyxl.styles import Alignment, Font

    sheet = workbook.create_sheet(CLUSTER_SHEET)
    english = language == "en"
    sheet["A1"] = "Which homes belong to which cluster" if english else "Welke woningen bij welk cluster horen"
    sheet["A1"].font = Font(bold=True, size=14, color=fill_header)
    sheet["A2"] = (
        "A cluster's prices in the bill of quantities are for these homes. Leave this sheet as it is." if english else
        "De prijzen van een cluster in de staat van hoeveelheden gelden voor deze woningen. Laat dit blad staan zoals het is."
    )
    for column, title in enumerate(CLUSTER_HEADERS_EN if english else CLUSTER_HEADERS, start=1):
        sheet.cell(_HEADER_ROW, column, title).font = Font(bold=True)
    for row, (field_id, (name, ids, names)) in enumerate(_members(lines).items(), start=_HEADER_ROW + 1):
        # the homes' names one a line: read back, a name with a comma ('Lindehof 1, achter') stays one name
        for column, value in enumerate((name, "\n".join(names), field_id, ", ".join(ids)), start=1):
            cell = sheet.cell(row, column, "'" + value if value.startswith("=") else value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCD", (22, 60, 18, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.protection.sheet = True


def moved_clusters(workbook, lines, file_name: str) -> tuple[dict[str, str | None], list[Problem]]:
    """What the workbook's clusters are in the tender now: field id as written → the field id with exactly its
    homes (another id), or None when no cluster has them (its prices are not read); only clusters whose homes
    differ. With what is said about each."""
    from minigrid_app.core.safe_text import clean_text

    if lines is None or CLUSTER_SHEET not in workbook.sheetnames:
        return {}, []
    sheet = workbook[CLUSTER_SHEET]
    now = _members(lines)
    by_homes = {frozenset(ids): field_id for field_id, (_, ids, _) in now.items()}
    moved: dict[str, str | None] = {}
    said: list[Problem] = []
    for row in range(_HEADER_ROW + 1, min(sheet.max_row, _HEADER_ROW + 200) + 1):
        name, written, field_id, ids = (sheet.cell(row, column).value for column in range(1, 5))
        if not isinstance(field_id, str) or not field_id.startswith("shared-") or not isinstance(ids, str):
            continue
        homes = frozenset(part.strip() for part in ids.split(",") if part.strip())
        if field_id in now and frozenset(now[field_id][1]) == homes:
            continue  # the same homes: as priced
        name = clean_text(str(name or field_id), 80)[0]
        given = [clean_text(part.strip(), 80)[0] for part in str(written or "").splitlines() if part.strip()]
        target = by_homes.get(homes)
        moved[field_id] = target
        if target is not None:
            said.append(Problem(
                f"{file_name}: de prijzen voor {name} zijn gegeven voor {_names(given)}; die woningen zijn in de "
                f"uitvraag nu {now[target][0]}. Daar ingelezen.",
                f"{file_name}: the prices for {name} were given for {_names_en(given)}; those homes are "
                f"{now[target][0]} in the tender now. Read there.",
                severity="warning",
            ))
            continue
        current = now.get(field_id)
        now_nl = f"; {current[0]} van de uitvraag is nu {_names(current[2])}" if current else ""
        now_en = f"; {current[0]} of the tender is now {_names_en(current[2])}" if current else ""
        said.append(Problem(
            f"{file_name}: de prijzen voor {name} zijn gegeven voor {_names(given)}{now_nl}. Geen cluster van de "
            "uitvraag heeft nu precies die woningen, dus deze prijzen zijn niet ingelezen (ze horen niet bij andere "
            "woningen). Vraag de aanbieder een offerte voor de uitvraag zoals die nu is.",
            f"{file_name}: the prices for {name} were given for {_names_en(given)}{now_en}. No cluster of the tender "
            "has exactly those homes now, so these prices were not read (they do not belong to other homes). Ask the "
            "supplier for a quote for the tender as it is now.",
            severity="warning",
        ))
    return moved, said
