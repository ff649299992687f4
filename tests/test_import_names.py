"""Names typed on the import's command line: an empty one is refused, a sheet's is found as Excel finds it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from minigrid_app.cli import main
from minigrid_app.io.projectfile import load_project

MONTHLY = Path(__file__).resolve().parent / "data" / "cases" / "one-home-monthly-export.csv"


@pytest.mark.parametrize("option, source, nl", [
    # before: a home without a name got the year's use ('Jaarverbruik 1257 m³ ingevuld bij ‘’')
    ("--as-home", MONTHLY, "Fout: Bij --as-home staat geen naam (een lege naam); schrijf de naam van de woning"),
    ("--sheet", Path(__file__).resolve().parent / "data" / "enquete-lindehof.xlsx",
     "Fout: Bij --sheet staat geen naam (een lege naam); schrijf de naam van het werkblad, of laat --sheet weg."),
])
@pytest.mark.parametrize("empty", ["", "   "])
def test_an_empty_name_is_refused_and_nothing_is_written(tmp_path, capsys, option, source, nl, empty):
    target = tmp_path / "nieuw.minigrid"
    assert main(["import-households", str(target), "--from", str(source), option, empty]) == 2
    assert nl in capsys.readouterr().err
    assert not target.exists()


def test_a_sheet_is_found_whatever_its_case_and_the_spaces_around_it(tmp_path, capsys):
    # Excel knows no case in sheet names: 'enquête 2024' is the sheet 'Enquête 2024' (was: 'geen werkblad')
    book = openpyxl.Workbook()
    book.active.title = "Uitleg"
    book.active.append(["Vul per woning een regel in."])
    sheet = book.create_sheet("Enquête 2024")
    for row in (["Adres", "Gasverbruik 2023 (m3)"], ["Eik 1", 1200], ["Eik 2", 1350]):
        sheet.append(row)
    source = tmp_path / "enquete.xlsx"
    book.save(source)
    target = tmp_path / "project.minigrid"
    assert main(["import-households", str(target), "--from", str(source), "--sheet", " enquête 2024 "]) == 0
    assert "werkblad ‘Enquête 2024’" in capsys.readouterr().out
    homes = load_project(target).project.households
    assert [(h.label, h.gas_m3_per_year) for h in homes] == [("Eik 1", 1200.0), ("Eik 2", 1350.0)]
