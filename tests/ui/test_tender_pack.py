"""Steps 6-8 on the command line: tender request, bill of quantities, decision record, hand-off (issue 18)."""

from __future__ import annotations

import json

import pytest

from minigrid_app.cli import main
from minigrid_app.io.boq_xlsx import COL, SHEET, SUPPLIER_SHEET
from minigrid_app.io.projectfile import load_project
from tests.pdf_text import pdf_pages, pdf_text


@pytest.fixture
def hofje(tmp_path, capsys):
    path = tmp_path / "hofje.minigrid"
    assert main(["example", "hofje-8", "-o", str(path)]) == 0
    capsys.readouterr()
    return path


def test_tender_command_writes_request_and_bill(hofje, tmp_path, capsys):
    out = tmp_path / "uitvraag"
    assert main(["tender", str(hofje), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "2 woningen" in printed  # Lindehof 1 and 3 (Cluster 1); Lindehof 7 signed alone in Cluster 2
    assert len(pdf_pages(out / "uitvraag.pdf")) >= 5
    text = pdf_text(out / "uitvraag.pdf")
    for words in ("Wie doet wat", "De bron per cluster", "Staat van hoeveelheden", "Vergunningen en meldingen", "Lindehof 7"):
        assert words in text
    assert (out / "staat-van-hoeveelheden.xlsx").stat().st_size > 0


def test_quotes_read_in_and_decision_record(hofje, tmp_path, capsys):
    out = tmp_path / "uitvraag"
    assert main(["tender", str(hofje), "--out", str(out)]) == 0
    from openpyxl import load_workbook

    workbook = load_workbook(out / "staat-van-hoeveelheden.xlsx")
    sheet = workbook[SHEET]
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row, COL["id"]).value == "shared-C1:drilling":
            sheet.cell(row, COL["price"], 71.5)
    workbook[SUPPLIER_SHEET]["B3"] = "Boorbedrijf Oost"
    filled = tmp_path / "offerte-oost.xlsx"
    workbook.save(filled)
    capsys.readouterr()
    assert main(["tender", str(hofje), "--out", str(out), "--quote", str(filled), "--decision"]) == 0
    assert "Boorbedrijf Oost" in capsys.readouterr().out
    project = load_project(hofje).project
    (quote,) = project.tender.quotes
    assert list(quote.amounts) == ["shared-C1:drilling"]
    text = pdf_text(out / "besluit.pdf")
    assert "Nog niet getekend" in text and "Lindehof 2" in text
    assert "nog openstaan" in text
    from tests.test_cli_decimals import english_figures

    for paper in ("uitvraag.pdf", "besluit.pdf"):  # '115 m', '1.257 m³', '8,0 °C': figures the Dutch way
        assert english_figures(pdf_text(out / paper)) == [], paper


def test_tender_without_signatures_is_refused(tmp_path, capsys):
    path = tmp_path / "straat.minigrid"
    assert main(["example", "twee-onder-een-kap-4", "-o", str(path)]) == 0
    project = load_project(path).project
    if any(h.participation == "signed" for h in project.households):
        pytest.skip("the example has signatures")
    capsys.readouterr()
    assert main(["tender", str(path), "--out", str(tmp_path / "x")]) == 2
    error = capsys.readouterr().err
    assert error.startswith("Fout: Nog niemand heeft de intentieverklaring getekend") and "Error: Nobody" in error


def test_handoff_out_and_design_back(hofje, tmp_path, capsys):
    out = tmp_path / "ingenieur"
    assert main(["handoff", str(hofje), "--out", str(out)]) == 0
    assert "2 van de 3 woningen die tekenden" in capsys.readouterr().out  # Lindehof 7 alone in its cluster
    template = json.loads((out / "ontwerp-sjabloon.json").read_text(encoding="utf-8"))
    template["engineer"] = "Bronadvies BV"
    template["fields"][0]["boreholes"] = 3
    template["fields"][0]["depth_m"] = 85
    design = tmp_path / "ontwerp.json"
    design.write_text(json.dumps(template), encoding="utf-8")
    assert main(["handoff", str(hofje), "--design", str(design)]) == 0
    assert "Bronadvies BV" in capsys.readouterr().out
    saved = load_project(hofje).project.tender.design
    assert (saved.fields[0].boreholes, saved.fields[0].depth_m) == (3, 85.0)
    design.write_text("{broken", encoding="utf-8")
    assert main(["handoff", str(hofje), "--design", str(design)]) == 2
    assert "Fout:" in capsys.readouterr().err
