"""The residents' survey named where the project belongs: said as such, with the command that reads it.

'minigrid compute enquete.csv' said 'Het projectbestand is beschadigd (regel 1); het origineel
is niet aangepast.': nothing was damaged, and the command that would read the survey was not
named. A project file that did break (cut off, a comment typed above it) is still 'beschadigd'.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from minigrid_app.cli import main
from minigrid_app.io.projectfile import load_project

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("name", ["enquete-lindehof.csv", "enquete-lindehof.xlsx"])
@pytest.mark.parametrize("command", [["compute"], ["export", "--xlsx", "uit.xlsx"], ["intent", "--out", "uit"]])
def test_a_survey_given_as_the_project_points_to_the_import(tmp_path, capsys, name, command, monkeypatch):
    monkeypatch.chdir(tmp_path)
    survey = shutil.copy(DATA / name, tmp_path / name)
    assert main([command[0], str(survey), *command[1:]]) == 2
    err = capsys.readouterr().err
    assert f"Lees hem in met: minigrid import-households PROJECT.minigrid --from {survey}" in err
    assert f"Import it with: minigrid import-households PROJECT.minigrid --from {survey}" in err
    assert "Het projectbestand is beschadigd" not in err and "The project file is damaged" not in err
    assert not (tmp_path / "uit.xlsx").exists() and not (tmp_path / "uit").exists()


def test_text_that_is_no_project_is_not_called_damaged(tmp_path):
    path = tmp_path / "brief.minigrid"
    path.write_text("Beste buren,\nHierbij de cijfers.\n", encoding="utf-8")
    problem = load_project(path).problems[0]
    assert problem.nl == ("Dit bestand is geen Minigrid-project: het is een ander soort tekstbestand (bijvoorbeeld "
                          "een tabel of een CSV-bestand).")
    assert problem.en.startswith("This file is not a Minigrid project: it is another kind of text file")


@pytest.mark.parametrize("text, line", [
    ('{\n "format": "minigrid-project",\n "version": 2,\n "households": [', 4),  # cut off
    ('// mijn project\n{"format": "minigrid-project", "version": 2}', 1),  # a comment typed above it
    ("{not json", 1),
])
def test_a_project_that_broke_is_still_damaged_with_its_line(tmp_path, text, line):
    path = tmp_path / "kapot.minigrid"
    path.write_text(text, encoding="utf-8")
    problem = load_project(path).problems[0]
    assert problem.nl == f"Het projectbestand is beschadigd (regel {line}); het origineel is niet aangepast."
