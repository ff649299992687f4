"""Every command that writes a project file leaves it alone when that would lose work (issues 14, 18).

Before, only ``import-households`` respected a window's lock and refused a repaired file;
``tender --quote`` and ``handoff --design`` saved over both, ``tender --quote`` of the same
workbook twice kept two quotes of one supplier, and a workbook of another project became a
quote.
"""

from __future__ import annotations

import datetime
import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from openpyxl import load_workbook

from minigrid_app.cli import main
from minigrid_app.core.analysis import compute_project
from minigrid_app.core.tender import build_tender, tender_scope
from minigrid_app.io.boq_xlsx import COL, SHEET, SUPPLIER_SHEET, write_boq
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import load_project, save_project
from minigrid_app.ui.services.project_lock import ACQUIRED, ProjectLock


@pytest.fixture(autouse=True)
def _application(qapp):
    """The commands make a QGuiApplication when none exists; the window tests after need a QApplication."""
    return qapp


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "hofje.minigrid"
    save_project(load_example("hofje-8"), path)
    return path


def _quote(tmp_path, example="hofje-8", supplier="Boorbedrijf Oost", price=9000):
    scope = tender_scope(load_example(example))
    pack = build_tender(scope, compute_project(scope.project, break_even=False, sensitivity=False), datetime.date(2026, 12, 1))
    path = write_boq(pack, tmp_path / f"{example}-{price}.xlsx")
    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    for row in range(1, sheet.max_row + 1):
        line_id = sheet.cell(row, COL["id"]).value
        if isinstance(line_id, str) and line_id.endswith(":heat_pump"):
            sheet.cell(row, COL["price"], price)
    workbook[SUPPLIER_SHEET]["B3"] = supplier
    workbook.save(path)
    return path


def _design(tmp_path):
    path = tmp_path / "ontwerp.json"
    path.write_text(json.dumps({"format": "minigrid-design", "ground": {"conductivity_w_mk": 2.1}, "fields": []}))
    return path


def test_a_project_open_in_a_window_is_left_alone(project_file, tmp_path, capsys):
    before = project_file.read_bytes()
    lock = ProjectLock(project_file)
    assert lock.acquire() == ACQUIRED  # as a window holds it
    try:
        for args in (["tender", str(project_file), "--out", str(tmp_path / "uit"), "--quote", str(_quote(tmp_path))],
                     ["handoff", str(project_file), "--design", str(_design(tmp_path))]):
            assert main(args) == 2, args
            assert "geopend in een Minigrid-venster" in capsys.readouterr().err
            assert project_file.read_bytes() == before
    finally:
        lock.release()


def test_a_repaired_project_is_not_saved_over(tmp_path, capsys):
    path = tmp_path / "hersteld.minigrid"
    save_project(load_example("hofje-8"), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["conditions"] = ["een lijst waar een object hoort"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_project(path).repaired
    before = path.read_bytes()
    for args in (["tender", str(path), "--out", str(tmp_path / "uit"), "--quote", str(_quote(tmp_path))],
                 ["handoff", str(path), "--design", str(_design(tmp_path))]):
        assert main(args) == 2, args
        assert "verloren zouden gaan" in capsys.readouterr().err
        assert path.read_bytes() == before


def test_a_quote_read_twice_replaces_the_first(project_file, tmp_path, capsys):
    out = str(tmp_path / "uit")
    assert main(["tender", str(project_file), "--out", out, "--quote", str(_quote(tmp_path, price=9000))]) == 0
    assert main(["tender", str(project_file), "--out", out, "--quote", str(_quote(tmp_path, price=9500))]) == 0
    assert "vervangt de eerdere offerte" in capsys.readouterr().out
    quotes = load_project(project_file).project.tender.quotes
    assert len(quotes) == 1 and set(quotes[0].amounts.values()) == {9500.0}


def test_a_quote_of_another_project_is_refused(project_file, tmp_path, capsys):
    before = project_file.read_bytes()
    other = _quote(tmp_path, example="straat-24")
    assert main(["tender", str(project_file), "--out", str(tmp_path / "uit"), "--quote", str(other)]) == 2
    assert "andere uitvraag" in capsys.readouterr().err
    assert project_file.read_bytes() == before


def test_a_link_to_a_project_open_in_a_window_is_the_same_project(project_file, tmp_path, capsys):
    """The window locks the file itself; a command given a link to it (another folder) must see that lock."""
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    link = elsewhere / "snelkoppeling.minigrid"
    link.symlink_to(project_file)
    before = project_file.read_bytes()
    lock = ProjectLock(project_file)
    assert lock.acquire() == ACQUIRED
    try:
        survey = tmp_path / "enquete.csv"
        survey.write_text("Adres;Gasverbruik (m3)\nEikenlaan 1;1450\n", encoding="utf-8")
        assert main(["import-households", str(link), "--from", str(survey)]) == 2
        assert "geopend in een Minigrid-venster" in capsys.readouterr().err
        assert project_file.read_bytes() == before
    finally:
        lock.release()


def test_saving_through_a_link_writes_the_project_it_points_to(project_file, tmp_path):
    """Before, the save replaced the link by a new file: the real project did not get the import."""
    link = tmp_path / "snelkoppeling.minigrid"
    link.symlink_to(project_file)
    survey = tmp_path / "enquete.csv"
    survey.write_text("Adres;Gasverbruik (m3)\nEikenlaan 99;1450\n", encoding="utf-8")
    assert main(["import-households", str(link), "--from", str(survey)]) == 0
    assert link.is_symlink()
    assert "Eikenlaan 99" in [h.label for h in load_project(project_file).project.households]


def test_a_quote_without_any_price_is_refused_and_keeps_the_earlier_one(project_file, tmp_path, capsys):
    """The window refused a workbook without a price; the command added it, and one with the supplier's name
    replaced that supplier's priced quote with an empty one. Now refused, saying why no price was taken."""
    from minigrid_app.core.tender_model import Quote

    project = load_example("hofje-8")
    project.tender.quotes = [Quote(supplier="Boorbedrijf Oost", amounts={"hofje-1:heat_pump": 9000.0})]
    save_project(project, project_file)
    before = project_file.read_bytes()
    unpriced = _quote(tmp_path, price="=9000*1")  # formulas saved without a value, same supplier
    assert main(["tender", str(project_file), "--out", str(tmp_path / "uit"), "--quote", str(unpriced)]) == 2
    said = capsys.readouterr().err
    assert "geen enkele regel heeft een prijs" in said and "=9000*1" in said
    assert project_file.read_bytes() == before
