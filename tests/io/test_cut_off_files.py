"""A file that ends in NUL bytes is a save that was cut off, not 'geen tekst'.

When a file's length is written but its last bytes are not (a USB stick pulled out during a save, a
crash), it ends in NUL bytes. Such a project file, or a survey, was refused as 'geen tekst (bijvoorbeeld
een afbeelding, een werkmap of een beschadigd bestand)' although everything before the NULs was there.
"""

from __future__ import annotations

from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import dumps_project, load_project
from minigrid_app.io.safe_read import CUT_OFF


def test_a_whole_project_followed_by_nul_bytes_opens_and_says_so(tmp_path):
    path = tmp_path / "straat.minigrid"
    path.write_bytes(dumps_project(load_example("hofje-8")).encode("utf-8") + b"\x00" * 4096)
    result = load_project(path)
    assert result.project is not None and len(result.project.households) == 8
    assert result.problems[0] == CUT_OFF and result.repaired  # saving over it asks first
    assert "USB-stick" in result.problems[0].nl


def test_a_project_cut_off_in_the_middle_says_both(tmp_path):
    text = dumps_project(load_example("hofje-8")).encode("utf-8")
    path = tmp_path / "straat.minigrid"
    path.write_bytes(text[: len(text) // 2] + b"\x00" * (len(text) // 2))
    result = load_project(path)
    assert result.project is None
    assert result.problems[0].nl.startswith("Het projectbestand is beschadigd (regel ")
    assert CUT_OFF.nl in result.problems[0].nl and CUT_OFF.en in result.problems[0].en
    path.write_bytes(b"\x00" * len(text))  # nothing of it was written
    assert load_project(path).problems[0].nl == "Het projectbestand is leeg (beschadigd); het origineel is niet aangepast."


def test_a_survey_followed_by_nul_bytes_is_read_and_said(tmp_path):
    from minigrid_app.io.survey import read_table

    path = tmp_path / "enquete.csv"
    path.write_bytes(b"Adres;Gasverbruik 2023 (m3)\nLindehof 1;1450\nLindehof 2;1180\n" + b"\x00" * 512)
    table = read_table(path)
    assert [row[:2] for row in table.rows] == [["Lindehof 1", "1450"], ["Lindehof 2", "1180"]]
    assert [note.nl for note in table.notes] == [f"enquete.csv: {CUT_OFF.nl} Controleer of de laatste rijen er zijn."]
