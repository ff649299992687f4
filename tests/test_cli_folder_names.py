"""A folder given where a file belongs is named in the message, also '.' (it said 'Fout:  is een map').

``Path('.').name`` is empty, as is the name of '/' or a drive: the message must still say which folder.
"""

from __future__ import annotations

from minigrid_app.cli import main
from minigrid_app.io.safe_read import shown_name


def test_a_folder_named_dot_is_said_by_its_own_name(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "straat"
    folder.mkdir()
    monkeypatch.chdir(folder)
    assert main(["compute", "."]) == 2
    said = capsys.readouterr().err
    assert "Fout: straat is een map, geen bestand. Kies het bestand zelf (in die map)." in said
    (folder / "enquete.csv").write_text("Adres;Gasverbruik\nLindehof 1;1500\n", encoding="utf-8")
    assert main(["import-households", ".", "--from", "enquete.csv"]) == 2
    said = capsys.readouterr().err
    assert "Het projectbestand straat is niet aangepast." in said and "projectbestand  is" not in said


def test_shown_name():
    from pathlib import Path

    assert shown_name(Path("a/b.minigrid")) == "b.minigrid"
    assert shown_name(Path("/")) == "/"
