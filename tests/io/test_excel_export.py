"""The Excel workbook without LibreOffice: sheets, names, formulas, styles, safe text, anonymising, CLI."""

from __future__ import annotations

import json

import openpyxl
import pytest

from minigrid_app.cli import main
from minigrid_app.core.analysis import compute_project
from minigrid_app.core.formatting import is_calendar_year_key
from minigrid_app.core.model import Condition, ManualCluster
from minigrid_app.core.variant import VARIANTS, variant_colour, variant_label
from minigrid_app.io.defaults import bundled_defaults as default_parameters
from minigrid_app.io.examples import load_example
from minigrid_app.io.excel import SHEETS, ExcelExportError, export_workbook
from minigrid_app.io.projectfile import save_project
from tests.io.excel_helpers import read_table

HOSTILE = (
    '=HYPERLINK("http://x","klik")',
    "+31 6 12345678",
    "-1",
    "@SUM(A1)",
    "=cmd|' /C calc'!A0",
)
REQUIRED_SHEETS = (
    "Toelichting",
    "Uitgangspunten",
    "Woningen",
    "Warmtevraag",
    "Bron",
    "Investeringen",
    "Jaarlasten",
    "Vergelijking",
    "Kasstromen",
    "Gevoeligheid",
)


@pytest.fixture(scope="module")
def hofje(tmp_path_factory):
    project = load_example("hofje-8")
    results = compute_project(project, method="rule_of_thumb")
    path = export_workbook(project, results, tmp_path_factory.mktemp("x") / "hofje.xlsx")
    return project, results, openpyxl.load_workbook(path)


def _all_strings(book) -> list[str]:
    return [
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]


def test_sheets_in_order(hofje):
    _project, _results, book = hofje
    assert book.sheetnames == [*SHEETS, "Exportstand"]  # the hidden copy of the inputs (stale.py)
    names = book.sheetnames
    assert [n for n in names if n in REQUIRED_SHEETS] == list(REQUIRED_SHEETS)


def test_every_parameter_has_a_named_cell_with_value_unit_source_year(hofje):
    _project, results, book = hofje
    sheet = book["Uitgangspunten"]
    headers, _rows = read_table(sheet)
    for key, definition in default_parameters().items():
        assert key in book.defined_names, key
        sheet_name, ref = next(iter(book.defined_names[key].destinations))
        assert sheet_name == "Uitgangspunten"
        first = ref.replace("$", "").split(":")[0]
        cell = sheet[first]
        expected = definition.value[0] if definition.is_series else definition.value
        assert cell.value == pytest.approx(expected), key
        row = cell.row
        # a calendar year stands without a unit ("1990"), as on screen and in the report
        assert sheet.cell(row, headers["Eenheid"]).value == (None if is_calendar_year_key(key) else definition.unit)
        assert sheet.cell(row, headers["Bron"]).value == definition.source
        assert sheet.cell(row, headers["Jaar"]).value == definition.year
        assert sheet.cell(row, headers["Naam in formules"]).value == key
    # the monthly outdoor temperatures are twelve rows
    _sheet, ref = next(iter(book.defined_names["monthly_outdoor_temp_c"].destinations))
    start, end = ref.replace("$", "").split(":")
    assert int(end[1:]) - int(start[1:]) == 11


def test_computed_quantities_are_formulas_and_program_values_are_values(hofje):
    _project, results, book = hofje
    checks = {
        "Warmtevraag": (
            "Nuttige warmte kWh/jaar",
            "Ruimteverwarming kWh/jaar",
            "Ontwerpvermogen kW",
            "Ruimte jan kWh",
        ),
        "Warmtepomp": ("COP ruimte jan", "Stroom warmtepomp kWh/jaar"),
        "Investeringen": (
            "Bruto investering",
            "ISDE-subsidie",
            "Netto investering",
            "Restwaarde einde periode",
        ),
        "Jaarlasten": (
            "Energie-kosten €/jaar",
            "Rente + aflossing €/jaar",
            "Maandlasten jaar 1 €/maand",
            "Totale kosten over de periode",
            "Contante waarde",
            "CO₂ kg/jaar",
        ),
        "Kasstromen": (
            "Energie",
            "Lening",
            "Vervanging (eigen geld)",
            "Kasstroom",
            "Contante waarde",
        ),
        "Bron": ("Boren en bodemlus €", "Totaal bodemveld €"),
    }
    for sheet_name, heads in checks.items():
        headers, rows = read_table(book[sheet_name])
        assert rows, sheet_name
        for head in heads:
            for row in rows:
                value = row[headers[head] - 1]
                if value == 0:  # e.g. no subsidy for the gas boiler: a plain 0
                    continue
                assert isinstance(value, str) and value.startswith("="), (sheet_name, head, value)
    # the PMT of the annuity loan is a live formula referring to the named parameters
    headers, rows = read_table(book["Jaarlasten"])
    assert "PMT(loan_rate,loan_term_years" in rows[1][headers["Rente + aflossing €/jaar"] - 1]
    # borefield sizing and break-even are the program's values
    headers, rows = read_table(book["Bron"])
    for field, row in zip(results.fields, rows, strict=False):
        assert row[headers["Boorgaten"] - 1] == field.sizing.boreholes
        assert row[headers["Totale lengte m"] - 1] == pytest.approx(field.sizing.total_length_m)
    headers, rows = read_table(book["Jaarlasten"])
    column = next(col for head, col in headers.items() if head.startswith("Omslagpunt"))
    values = [
        row[column - 1] for row in rows if row[headers["Variant"] - 1] != variant_label("gas")
    ]
    assert any(isinstance(v, float) for v in values)


def test_input_formula_and_program_cells_look_different(hofje):
    _project, _results, book = hofje
    woningen = book["Woningen"]
    headers, _rows = read_table(woningen)
    input_cell = woningen.cell(5, headers["Gasverbruik (m³/jaar)"])
    formula_cell = book["Jaarlasten"]["F5"]
    bron_headers, _rows = read_table(book["Bron"])
    engine_cell = book["Bron"].cell(5, bron_headers["Boorgaten"])
    fills = {cell.fill.fgColor.rgb for cell in (input_cell, formula_cell, engine_cell)}
    assert len(fills) == 3
    assert "€" in book["Jaarlasten"]["F5"].number_format
    for name in ("Uitgangspunten", "Woningen", "Investeringen", "Jaarlasten", "Kasstromen"):
        assert book[name].freeze_panes is not None, name
    assert book["Woningen"].column_dimensions["B"].width >= 15
    explanation = " ".join(_all_strings_of(book["Toelichting"]))
    for word in ("Invoer", "Formule", "berekend door Minigrid", "0.1", "Aannames"):
        assert word in explanation


def _all_strings_of(sheet) -> list[str]:
    return [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]


def test_charts_written(tmp_path):
    import zipfile

    project = load_example("twee-onder-een-kap-4")
    results = compute_project(project, method="rule_of_thumb", break_even=False, sensitivity=False)
    path = export_workbook(project, results, tmp_path / "t.xlsx")
    with zipfile.ZipFile(path) as archive:
        charts = sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart"))
        assert len(charts) == 2
        xml = [archive.read(n).decode() for n in charts]
    bar = next(x for x in xml if "barChart" in x)
    line = next(x for x in xml if "lineChart" in x)
    for chart in (bar, line):
        positions = [chart.index(variant_colour(v).lstrip("#").upper()) for v in VARIANTS]
        assert positions == sorted(positions), "series in the order gas, air, ground, shared"
    for variant in VARIANTS:
        assert variant_label(variant) in bar
    assert "Maandlasten" in bar and "Cumulatieve kosten" in line


def test_resident_text_is_never_a_formula(tmp_path):
    project = load_example("hofje-8")
    project.intake.name = HOSTILE[0]
    project.intake.location = HOSTILE[4]
    project.conditions = [Condition(kind="custom", text=text) for text in HOSTILE]
    for household, text in zip(project.households, HOSTILE, strict=False):
        household.label = text
        household.address = text
        household.notes = text
    project.clusters.manual = [ManualCluster(id="cl-hostile", name=HOSTILE[0])]
    project.households[5].cluster = "cl-hostile"
    project.households[6].cluster = "cl-hostile"
    results = compute_project(project, method="rule_of_thumb", break_even=False, sensitivity=False)
    path = export_workbook(project, results, tmp_path / "hostile.xlsx")
    book = openpyxl.load_workbook(path)
    found = {text: 0 for text in HOSTILE}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    for text in HOSTILE:
                        if cell.value == text:
                            assert cell.data_type == "s", (sheet.title, cell.coordinate)
                            assert cell.quotePrefix, (sheet.title, cell.coordinate)  # stays text when edited
                            found[text] += 1
                    if cell.data_type == "f":
                        assert "HYPERLINK" not in cell.value and "cmd|" not in cell.value, (
                            cell.coordinate
                        )
                        assert "SUM(A1)" not in cell.value
    assert all(count >= 3 for count in found.values()), found
    woningen = book["Woningen"]
    headers, rows = read_table(woningen)
    assert [row[headers["Woning"] - 1] for row in rows[:5]] == list(HOSTILE)
    assert woningen.cell(5 + 2, headers["Woning"]).value == "-1"  # text, not the number -1


def test_anonymised_workbook_has_no_names_or_addresses(tmp_path):
    project = load_example("hofje-8")
    project.intake.contact_person = "Jan Jansen"
    project.intake.contact_details = "jan@example.org 06-12345678"
    project.households[0].notes = "Mevrouw De Vries wil eerst de offerte zien"
    results = compute_project(project, method="rule_of_thumb", break_even=False, sensitivity=False)
    path = export_workbook(project, results, tmp_path / "anon.xlsx", anonymise=True)
    book = openpyxl.load_workbook(path)
    text = "\n".join(_all_strings(book))
    for household in project.households:
        assert household.label not in text
        assert household.address not in text
    assert project.intake.location not in text
    for secret in ("Jan Jansen", "jan@example.org", "06-12345678", "De Vries"):
        assert secret not in text
    headers, rows = read_table(book["Woningen"])
    assert "Adres" not in headers and "Opmerkingen" not in headers
    assert [row[headers["Woning"] - 1] for row in rows] == [f"Woning {i}" for i in range(1, 9)]
    # the numbers do not depend on the anonymising
    assert len(read_table(book["Jaarlasten"])[1]) == sum(
        1 for h in results.households for v in h.variants.values() if v is not None
    )


def test_written_atomically_and_replaces_an_existing_file(tmp_path):
    project = load_example("twee-onder-een-kap-4")
    results = compute_project(project, method="rule_of_thumb", break_even=False, sensitivity=False)
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    written = export_workbook(project, results, target)
    assert written == target
    assert openpyxl.load_workbook(target).sheetnames == [*SHEETS, "Exportstand"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]
    with pytest.raises(ExcelExportError) as info:
        export_workbook(project, results, tmp_path / "missing" / "out.xlsx")
    assert "bestaat niet" in info.value.problem.nl


def test_cli_export(tmp_path, capsys):
    project_file = tmp_path / "t.minigrid"
    save_project(load_example("twee-onder-een-kap-4"), project_file)
    out = tmp_path / "t.xlsx"
    assert main(["export", str(project_file), "--xlsx", str(out), "--anonymise"]) == 0
    assert "Werkboek geschreven naar" in capsys.readouterr().out
    book = openpyxl.load_workbook(out)
    headers, rows = read_table(book["Woningen"])
    assert rows[0][headers["Woning"] - 1] == "Woning 1"


@pytest.mark.parametrize(
    "content",
    [b"\x00\x01garbage\xff", json.dumps({"format": "iets-anders", "version": 1}).encode(), b""],
    ids=["binary", "foreign", "empty"],
)
def test_cli_bad_project_file_gives_exit_2_and_a_dutch_message(tmp_path, capsys, content):
    bad = tmp_path / "bad.minigrid"
    bad.write_bytes(content)
    out = tmp_path / "out.xlsx"
    assert main(["export", str(bad), "--xlsx", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fout: ") and "Error: " in err
    assert "Traceback" not in err
    assert not out.exists()


def test_cli_missing_output_folder_gives_exit_2(tmp_path, capsys):
    project_file = tmp_path / "t.minigrid"
    save_project(load_example("twee-onder-een-kap-4"), project_file)
    assert main(["export", str(project_file), "--xlsx", str(tmp_path / "nope" / "t.xlsx")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_break_even_not_searched_says_so(tmp_path):
    project = load_example("twee-onder-een-kap-4")
    results = compute_project(project, method="rule_of_thumb", break_even=False, sensitivity=False)
    book = openpyxl.load_workbook(export_workbook(project, results, tmp_path / "quick.xlsx"))
    headers, rows = read_table(book["Jaarlasten"])
    column = next(col for head, col in headers.items() if head.startswith("Omslagpunt"))
    values = {row[column - 1] for row in rows if row[headers["Variant"] - 1] != variant_label("gas")}
    assert values == {"niet berekend"}
    assert "niet berekend" in book["Gevoeligheid"]["A4"].value


def test_bron_says_where_every_borehole_is_and_whose_boreholes_cool_it(hofje):
    _project, results, book = hofje
    headers, rows = read_table(book["Bron"])
    positions = next(col for head, col in headers.items() if head.startswith("Plaats van de boorgaten"))
    neighbours = next(col for head, col in headers.items() if head.startswith("Rekening gehouden met"))
    for field, row in zip(results.fields, rows, strict=False):
        assert row[positions - 1].count("(") == field.sizing.boreholes == len(field.sizing.positions)
        x, y = field.sizing.positions[0]
        assert row[positions - 1].startswith(f"({x:.1f}; {y:.1f})".replace(".", ",").replace("-", "\u2212"))  # minus sign, as every figure
        assert row[headers["Afstand tussen de boorgaten m"] - 1] == pytest.approx(field.sizing.spacing_m)
        if field.sizing.neighbours:  # named as the workbook names fields
            assert row[neighbours - 1].count("bodemlus") == len(field.sizing.neighbours)


def test_each_value_of_a_series_figure_has_its_own_name_not_a_month():
    """The build-year limits of the cooling demand (three values) read 'januari', 'februari',
    'maart' on Uitgangspunten; the cooling demand per build-year band and the factor per house
    type repeated one long label four and six times."""
    from minigrid_app.core.parameters import default_parameters
    from minigrid_app.io.excel.cells import MONTHS_NL_LONG
    from minigrid_app.io.excel.parameters import item_labels

    definitions = default_parameters()
    series = [d for d in definitions.values() if d.is_series]
    assert {len(d.value) for d in series} > {12}  # shorter series are there
    for definition in series:
        labels = item_labels(definition)
        assert len(set(labels)) == len(definition.value), labels
        months = any(label.endswith(f": {month}") for label in labels for month in MONTHS_NL_LONG)
        assert months == (len(definition.value) == 12), labels
    cooling = item_labels(definitions["cooling_demand_kwh_per_m2"])
    assert cooling[1] == "Koelvraag per m² woonoppervlak: 1975-1991"


def test_a_wrapped_source_on_uitgangspunten_has_room_for_its_lines(tmp_path):
    """LibreOffice drew the long sources (column 'Bron') over the figures below them: a row
    without a height of its own stayed one line high."""
    import math

    import openpyxl

    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.examples import load_example
    from minigrid_app.io.excel import export_workbook

    project = load_example("hofje-8")
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    path = tmp_path / "hofje.xlsx"
    export_workbook(project, results, path)
    ws = openpyxl.load_workbook(path)["Uitgangspunten"]
    source = next(cell.column_letter for cell in ws[4] if cell.value == "Bron")
    width = ws.column_dimensions[source].width
    checked = 0
    for row in range(5, ws.max_row + 1):
        text = ws[f"{source}{row}"].value
        if isinstance(text, str) and len(text) > width:
            lines = math.ceil(len(text) / width)
            assert (ws.row_dimensions[row].height or 15) >= 15 * lines, (row, text)
            checked += 1
    assert checked > 10


def test_calendar_years_on_uitgangspunten_read_as_years(tmp_path):
    """'Vanaf dit bouwjaar volstaat 45 °C aanvoer' showed '1,990 jaar' (LibreOffice) and the
    cooling's build-year limits '1975.000'; the screen and the report show '1990'."""
    import openpyxl

    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.examples import load_example
    from minigrid_app.io.excel import export_workbook

    project = load_example("hofje-8")
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    path = export_workbook(project, results, tmp_path / "hofje.xlsx")
    ws = openpyxl.load_workbook(path)["Uitgangspunten"]
    header = {cell.value: cell.column_letter for cell in ws[4]}
    rows = {ws[f"{header['Naam in formules']}{r}"].value: r for r in range(5, ws.max_row + 1)}
    for key in ("modern_build_year", "cooling_build_year_bands"):
        row = rows[key]
        assert ws[f"{header['Waarde']}{row}"].number_format == "0", key
        assert not ws[f"{header['Eenheid']}{row}"].value, key


def test_payback_per_home_has_room_for_not_within_the_period(tmp_path):
    """Vergelijking's per-home payback said 'niet binnen 15' in LibreOffice: 'niet binnen 15 jaar'
    in a column 12 characters wide, cut where the next cell held a figure."""
    import openpyxl

    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.examples import load_example
    from minigrid_app.io.excel import export_workbook

    project = load_example("hofje-8")
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    path = export_workbook(project, results, tmp_path / "hofje.xlsx")
    ws = openpyxl.load_workbook(path)["Vergelijking"]
    horizon = results.parameters.int("horizon_years")
    words = f"niet binnen {horizon} jaar"
    heads = [cell for row in ws.iter_rows() for cell in row if isinstance(cell.value, str) and cell.value.startswith("Terugverdientijd (jaar): ")]
    assert len(heads) == 3  # the three heat pump variants
    for head in heads:
        assert ws.column_dimensions[head.column_letter].width >= len(words) + 1, head.value


def test_the_cells_minigrid_computed_have_one_colour_word_the_colour_of_their_fill(hofje):
    """Toelichting said 'Lila kolommen' in its check cell and 'Paarse cellen' a few lines below
    for the same cells (Bron said 'Paarse cellen' too). Their fill is a pale lilac: 'lila'."""
    import colorsys

    _project, _results, book = hofje
    bron_headers, _rows = read_table(book["Bron"])
    fill = book["Bron"].cell(5, bron_headers["Boorgaten"]).fill.fgColor.rgb[-6:]
    hue, lightness, saturation = colorsys.rgb_to_hls(*(int(fill[i:i + 2], 16) / 255 for i in (0, 2, 4)))
    assert 0.7 < hue < 0.85 and lightness > 0.85  # purple, and pale: lila, not paars
    text = " ".join(_all_strings(book)).lower()
    assert "paars" not in text and "lila kolommen" not in text
    toelichting = " ".join(_all_strings_of(book["Toelichting"]))
    assert "Lila cellen: waarden berekend door Minigrid" in toelichting  # the check cell
    assert "Lila cellen zijn door Minigrid berekend" in toelichting
    assert any("Lila cellen zijn berekend door Minigrid" in s for s in _all_strings_of(book["Bron"]))


def test_no_text_is_cut_off_or_runs_off_the_printed_page(hofje):
    """Text wider than its column was cut off by the filled cell beside it (the homes of a shared
    loop on Bron, long figure names on Uitgangspunten), or ran over empty columns past the table
    and shrank the printed Bron sheet to an unreadable strip. Such text wraps, in a row tall
    enough for its lines. Widths are counted in characters with a margin of 30 % (a proportional
    font fits more than one character per unit of column width)."""
    import textwrap

    from openpyxl.utils import get_column_letter

    _, _, book = hofje
    found, wrapped = [], 0
    for ws in book.worksheets:
        merged = {cell for rng in ws.merged_cells.ranges for cell in rng.cells}
        for row in ws.iter_rows():
            for cell in row:
                text = cell.value
                if not isinstance(text, str) or text.startswith("=") or (cell.row, cell.column) in merged:
                    continue
                width = ws.column_dimensions[get_column_letter(cell.column)].width or 8.43
                if len(text) <= 1.3 * width:
                    continue
                if cell.alignment.wrap_text:
                    wrapped += 1
                    height = ws.row_dimensions[cell.row].height
                    # at most 1.2 characters per unit of width fit on a line, wrapped at spaces
                    lines = len(textwrap.wrap(text, width=int(1.2 * width)))
                    if cell.row > 3 and (height or 15) < 15 * lines:
                        found.append(f"{ws.title}!{cell.coordinate}: row too low for {text[:40]!r}")
                    continue
                beside = ws.cell(cell.row, cell.column + 1).value
                last = cell.column == ws.max_column or all(
                    ws.cell(r, cell.column + 1).value is None for r in range(4, ws.max_row + 1)
                )
                if beside is not None or (cell.row > 3 and last):
                    found.append(f"{ws.title}!{cell.coordinate}: {text[:40]!r} in a column {width:g} wide")
    assert not found, found
    assert wrapped > 20  # the test saw wrapped text (sources, shared loops' homes, neighbours)


def test_the_homes_are_counted_as_on_screen():
    """The summary line said '8 woningen, 7 doen mee (1 nog niet berekend)' and the workbook's
    Toelichting '7 doorgerekend, 6 doen mee' (Kastanjelaan walk: '10 doorgerekend, 9 doen mee'
    beside '11 doen mee' on screen): the home that declined was counted as computed, the one
    without gas use left out of 'doen mee'."""
    import copy

    from minigrid_app.io.excel import build_workbook

    project = copy.deepcopy(load_example("hofje-8"))
    project.households[1].participation = "declined"
    project.households[2].gas_m3_per_year = None  # takes part, cannot be computed
    results = compute_project(project, method="rule_of_thumb", break_even=False, sensitivity=False)
    sheet = build_workbook(project, results)["Toelichting"]
    said = next(row[1].value for row in sheet.iter_rows() if row[0].value == "Woningen")
    assert said == ("8 in het project, 7 doen mee (1 nog niet berekend: gegevens onvolledig); "
                    "groepscijfers: gemiddeld per deelnemende woning, 6 woningen")
