"""Columns computed from others: the year before where the latest year is empty, the use
from two meter readings. Each is appended to the plan's table and said in a note.
"""

from __future__ import annotations

import re
from dataclasses import replace

from minigrid_app.core.formatting import exact
from minigrid_app.core.problems import Problem
from minigrid_app.core.reading import notation_of, read_number, words
from minigrid_app.core.reading_dates import read_month, year_in
from minigrid_app.core.validation import GAS_PLAUSIBLE_M3
from minigrid_app.io.survey.plan import ColumnChoice, ColumnPlan
from minigrid_app.io.survey.table import SurveyTable, column_letter

#: A header of a meter reading, not a use.
METER = re.compile(r"meterstand|meter ?reading|\bstand\b|\bmeter\b")


def fill_from_earlier_years(plan: ColumnPlan, latest) -> None:
    """The latest full year left empty for some homes: their use of the year before (a derived column, said).

    "Gasverbruik 2023" next to "Gasverbruik 2024" where 2024 is not filled in for everyone:
    a home without 2024 takes its 2023 figure rather than no figure at all.
    """
    table = plan.table
    chosen, others = latest[0], latest[1]
    earlier = sorted(
        ((year_in(table.headers[s.column]), s.column) for s in others),
        key=lambda item: -(item[0] or 0),
    )
    earlier = [(year, column) for year, column in earlier if year is not None and year < (year_in(table.headers[chosen.column]) or 0)]
    if not earlier:
        return
    filled: list[tuple[int, int]] = []  # (row index, year taken)
    texts, numbers = [], {}
    column = len(table.headers)
    for index, cells in enumerate(table.rows):
        text = cells[chosen.column] if chosen.column < len(cells) else ""
        if (index, chosen.column) in table.numbers:
            numbers[(index, column)] = table.numbers[(index, chosen.column)]
        if text.strip() or not any(cell.strip() for cell in cells):
            texts.append(text)
            continue
        for year, other in earlier:
            candidate = cells[other] if other < len(cells) else ""
            if candidate.strip() and cell_number(table, index, other, notation_of(table.column(other))) is not None:
                texts.append(candidate)
                if (index, other) in table.numbers:
                    numbers[(index, column)] = table.numbers[(index, other)]
                filled.append((index, year))
                break
        else:
            texts.append(text)
    if not filled:
        return
    latest_year = year_in(table.headers[chosen.column])
    # named in no language (the header and the years added): 'aangevuld met eerdere jaren (berekend)' stood in English
    header = f"{table.headers[chosen.column]} + {', '.join(str(year) for year, _ in earlier)}"
    rows = [[*cells, texts[index]] for index, cells in enumerate(table.rows)]
    derived = replace(
        table, headers=[*table.headers, header], rows=rows, numbers={**table.numbers, **numbers},
        derived={**table.derived, column: "earlier_year"},
    )
    plan.table = derived
    previous = plan.choices["gas_m3_per_year"]
    plan.choices["gas_m3_per_year"] = replace(
        previous, column=column,
        nl=f"{previous.nl}; waar {latest_year} leeg is, het jaar ervoor",
        en=f"{previous.en}; where {latest_year} is empty, the year before",
    )
    names = []  # (name in Dutch, in English, year): a row without a name is 'rij 7' / 'row 7' ('rij 7' stood in English)
    for index, year in filled:
        name = _row_name(plan, index)
        names.append((name or f"rij {table.row_numbers[index]}", name or f"row {table.row_numbers[index]}", year))
    listed_nl = ", ".join(f"{nl} ({year})" for nl, _, year in names[:8]) + (f" en {len(names) - 8} meer" if len(names) > 8 else "")
    listed_en = ", ".join(f"{en} ({year})" for _, en, year in names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
    plan.notes.append(Problem(
        f"Het gasverbruik van {latest_year} is niet bij iedereen ingevuld; daar is het verbruik van het jaar "
        f"ervoor genomen: {listed_nl}. Vraag die woningen om hun verbruik van {latest_year}.",
        f"The gas use of {latest_year} is not filled in for everyone; there the use of the year before was "
        f"taken: {listed_en}. Ask those homes for their use in {latest_year}.",
        field="gas_m3_per_year",
        severity="warning",
    ))


def _row_name(plan: ColumnPlan, index: int) -> str:
    """How a row is called in a note: its name, else its address (before conversion)."""
    cells = plan.table.rows[index]
    for name in ("label", "address"):
        column = plan.choices[name].column
        if column is not None and column < len(cells) and cells[column].strip():
            return " ".join(cells[column].split())[:40]
    return ""


def meter_difference(plan: ColumnPlan, profiles, today) -> None:
    """Two columns of meter readings and no column of use: the use is their difference."""
    table = plan.table
    meters = [
        column for column, header in enumerate(table.headers)
        if METER.search(words(header)) and profiles[column].filled and len(profiles[column].numbers) >= 0.5 * profiles[column].filled
    ]
    if len(meters) < 2:
        return

    def when(column: int) -> tuple[int, int, int]:
        header = table.headers[column]
        month = next((m for m in (read_month(part) for part in re.split(r"[()]", header)) if m), None)
        return (year_in(header) or 0, month[1] if month else 0, column)

    earlier, later = sorted(meters, key=when)[-2:]
    known = {column: notation_of(table.column(column)) for column in (earlier, later)}
    undecided = [column for column in (earlier, later) if known[column] is None]
    # '12,345' and '13,765' show no notation: Dutch decimals (12,345 m³) or English thousands (12.345 m³). The
    # reading whose differences are a year's use is taken (Dutch first on a tie), and English is said: read
    # as Dutch '12.345' is, not dropped, and not silently where it could be doubted
    tried = {each: _differences(table, earlier, later, {column: known[column] or each for column in known})
             for each in (("nl", "en") if undecided else ("nl",))}
    notation = max(tried, key=lambda each: _plausible_count(tried[each]))
    values = tried[notation]
    usable = [v for v in values if v is not None]
    if not usable or _plausible_count(usable) < 0.5 * len(usable):
        return
    numbers = {}
    column = len(table.headers)
    # named in no language: 'Verbruik uit meterstanden D − C (berekend)' stood in every English message about it
    header = f"{column_letter(later)} − {column_letter(earlier)} (m³)"
    rows = []
    for index, cells in enumerate(table.rows):
        use = values[index]
        text = "" if use is None else f"{use:.0f}"  # shown in either language ('1.450,117' in English); the number is kept
        if use is not None:
            numbers[(index, column)] = use
        rows.append([*cells, text])
    derived = replace(
        table, headers=[*table.headers, header], rows=rows, numbers={**table.numbers, **numbers},
        derived={**table.derived, column: "meter_difference"},
    )
    plan.table = derived
    plan.choices["gas_m3_per_year"] = ColumnChoice(
        "gas_m3_per_year", column,
        f"het verschil van de meterstanden in {derived.column_name(later)} en {derived.column_name(earlier)}",
        f"the difference of the meter readings in {derived.column_name(later)} and {derived.column_name(earlier)}",
    )
    english_nl = english_en = ""
    if notation == "en":
        example = next(text for text in table.column(undecided[-1]) if text.strip())
        value = cell_number(table, table.column(undecided[-1]).index(example), undecided[-1], "en")
        english_nl = f" De meterstanden zijn in Engelse schrijfwijze gelezen: ‘{example}’ als {exact(value, 'nl')} m³."
        english_en = f" The meter readings were read in English notation: ‘{example}’ as {exact(value, 'en')} m³."
    plan.notes.append(Problem(
        f"Er is geen kolom met het jaarverbruik, wel twee meterstanden: het gasverbruik is het verschil "
        f"(kolom {derived.column_name(later)} min kolom {derived.column_name(earlier)}). Controleer of de "
        "meterstanden een jaar uit elkaar liggen." + english_nl,
        f"There is no column of the year's use, but there are two meter readings: the gas use is their "
        f"difference (column {derived.column_name(later)} minus column {derived.column_name(earlier)}). Check "
        "that the readings are a year apart." + english_en,
        field="gas_m3_per_year",
        severity="warning",
    ))


def _differences(table: SurveyTable, earlier: int, later: int, notations: dict[int, str]) -> list[float | None]:
    """Per row the later meter reading minus the earlier one, each column read in its notation; None where one is
    missing."""
    values = []
    for index in range(len(table.rows)):
        first = cell_number(table, index, earlier, notations[earlier])
        second = cell_number(table, index, later, notations[later])
        values.append(second - first if first is not None and second is not None else None)
    return values


def _plausible_count(values) -> int:
    return sum(1 for v in values if v is not None and GAS_PLAUSIBLE_M3[0] <= v <= GAS_PLAUSIBLE_M3[1])


def cell_number(table: SurveyTable, index: int, column: int, notation: str | None = None) -> float | None:
    """A cell as a number, or None. In a Dutch column (``notation`` "nl") a comma before three
    digits is the decimal comma of a meter reading ("812,004"); in an English one the point ("812.004")."""
    typed = table.numbers.get((index, column))
    if typed is not None:
        return typed
    text = table.rows[index][column] if column < len(table.rows[index]) else ""
    reading = read_number(text, notation=notation)
    if reading.how == "ambiguous" and notation in ("nl", "en"):
        return reading.alternatives[0]  # a meter reading's decimals: '812,004' in Dutch, '812.004' in English
    return reading.value if reading.how in ("ok", "english") else None  # '4,123.456' as '4.123,456'
