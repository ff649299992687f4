"""Names typed on the import's command line: an empty one is refused, a sheet's is found as Excel finds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from minigrid_app.cli import main

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

