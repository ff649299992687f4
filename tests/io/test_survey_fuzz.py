"""The survey import under attack (hypothesis): a clear message or homes a project can keep.

Surveys are drawn as residents' spreadsheets make them: the usual headers in any order, a
title row, cells typed as numbers (up to Excel's 1,8E+308), dates, times, yes/no, Dutch
decimal commas and thousands dots, units, estimates, ranges, formulas, error values, stray
quotes and separators, merged ranges; CSV files in UTF-8 (with or without BOM), UTF-16 and
Windows-1252, separated by ``;``, ``,`` or tab. Whatever is drawn, reading, choosing the
columns and converting end in a :class:`ImportFileError` with a Dutch and English message,
or in homes that are saved and load back unchanged, without repairs. No other exception.

More examples: ``MINIGRID_SURVEY_EXAMPLES=2000``.
"""

from __future__ import annotations

import csv
import datetime
import io
import os

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minigrid_app.core.model import Project
from minigrid_app.io.projectfile import dumps_project, loads_project, project_to_dict
from minigrid_app.io.survey import ImportFileError, choose_columns, convert, read_table

EXAMPLES = int(os.environ.get("MINIGRID_SURVEY_EXAMPLES", "120"))
TODAY = datetime.date(2025, 6, 1)

HEADERS = [
    "Adres", "Huisnr", "Toevoeging", "Naam", "Gasverbruik 2023 (m3)", "Gasverbruik 2022 (m3)", "Bouwjaar",
    "Aantal bewoners", "Koken op gas", "Interesse", "Type woning", "Oppervlak (m2)", "Meterstand 1 jan 2023",
    "Meterstand 1 jan 2024", "Maand", "Opmerkingen", "Aanvoertemperatuur", "Leeftijd cv-ketel", "Krachtstroom",
    "Maandbedrag gas (EUR)", "Wat is uw adres?", "Hoeveel m³ gas verbruikte u vorig jaar?",
]
TEXTS = st.sampled_from([
    "ja", "Nee", "JA", "misschien", "weet niet", "n.v.t.", "-", "?", "ja, maar nee", "Nee, inductie",
    "1.234,5", "1,234.5", "1 200", "€ 1.500", "1200 m3", "ca 1100", "1.180", "1,180", "1e3", "1e400", "NaN",
    "-0", "0", "1.200.000", "12.000 kWh", "± 1300", "1200-1400", "½", "１２００", "01-01-1980", "1-1-80", "'80",
    "jaren 90", "voor 1945", "1930-1940", "31-02-1990", "tussenwoning", "hoekwoning", "2-onder-1-kap",
    "appartement", "1a", "12-2", "12 bis", "jan 2023", "Q1", "Lindehof 3", "Lindelaan\n12", "Totaal",
    "Gemiddeld", "=1/0", "=SUM(E2:E9)", "#DIV/0!", "#N/A", '"Goed plan', 'zegt "ja"', "a;b", "a,b", "a\tb",
    " ", "\u00a0", "x" * 300, "twee", "vier personen", "2 volw + 2 kind",
])
TYPED = st.one_of(
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(min_value=-1.7e308, max_value=1.7e308, allow_nan=False, allow_infinity=False),
    st.sampled_from([1e308, -1e308, 1e20, 1e15, 2**53 + 1, 4123.456, 0.12, 1450.0, 1996, 0.0]),
    st.booleans(),
    st.datetimes(min_value=datetime.datetime(1900, 1, 1), max_value=datetime.datetime(2100, 12, 31)),
    st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(9999, 12, 31)),
    st.times(),
)
CELLS = st.one_of(st.none(), TEXTS, TYPED, st.text(max_size=12))


@st.composite
def surveys(draw) -> list[list]:
    headers = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8, unique=True))
    rows = draw(st.lists(st.lists(CELLS, min_size=len(headers), max_size=len(headers)), min_size=1, max_size=10))
    title = [["Enquête warmtenet 2024"]] if draw(st.booleans()) else []
    return title + [headers] + rows


def _cell_for_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    return str(value)


def _workbook_bytes(rows: list[list], merge: tuple[int, int, int] | None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append([_clean_for_xlsx(value) for value in row])
    if merge is not None:
        first, last, width = merge
        sheet.merge_cells(start_row=first, start_column=1, end_row=max(first, last), end_column=max(1, width))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _clean_for_xlsx(value):
    if isinstance(value, str):  # a workbook cannot hold control characters
        return "".join(c for c in value if c in "\t\n" or ord(c) >= 32)
    return value


def _text_bytes(rows: list[list], delimiter: str, encoding: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(
        [[_cell_for_text(value) for value in row] for row in rows])
    return buffer.getvalue().encode(encoding, errors="replace")


def check_survey(path) -> None:
    try:
        table = read_table(path)
    except ImportFileError as exc:
        assert exc.problem.nl and exc.problem.en
        return
    plan = choose_columns(table, today=TODAY)
    report = convert(plan.table, plan.mapping(), notes=plan.notes)
    plan.lines("nl"), plan.lines("en"), report.lines("nl"), report.lines("en")
    homes = report.households(include_doubtful=True)
    loaded = loads_project(dumps_project(Project(households=homes)))
    assert loaded.ok and not loaded.repaired, [p.nl for p in loaded.problems][:3]
    again = project_to_dict(loaded.project)["households"]
    assert again == project_to_dict(Project(households=homes))["households"]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(rows=surveys(), merge=st.none() | st.tuples(st.integers(1, 3), st.integers(1, 5), st.integers(1, 6)))
def test_any_workbook_is_a_message_or_homes_that_keep(tmp_path_factory, rows, merge):
    path = tmp_path_factory.mktemp("fuzz") / "enquete.xlsx"
    path.write_bytes(_workbook_bytes(rows, merge))
    check_survey(path)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(rows=surveys(), delimiter=st.sampled_from([";", ",", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_any_csv_is_a_message_or_homes_that_keep(tmp_path_factory, rows, delimiter, encoding):
    path = tmp_path_factory.mktemp("fuzz") / "enquete.csv"
    path.write_bytes(_text_bytes(rows, delimiter, encoding))
    check_survey(path)
