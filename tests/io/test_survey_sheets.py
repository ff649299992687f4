"""A workbook's sheets weighed: the sheet that holds the survey is read, and another sheet with answers is said.

Failed before: with an explanation sheet in front that has a line under its first line
('Vul de enquête in op het tweede blad' / 'Dank u wel'), that sheet was read and the import
ended in 'Geen enkele kolom herkend', the answers on the next sheet unnamed; a second sheet
with answers (another street) was passed over without a word.
"""

from __future__ import annotations

import openpyxl
import pytest

from minigrid_app.cli import main
from minigrid_app.io.survey import read_survey


def _workbook(path, *, explanation: bool):
    workbook = openpyxl.Workbook()
    first = workbook.active
    if explanation:
        first.title = "Uitleg"
        first.append(["Vul de enquête in op het tweede blad"])
        first.append(["Dank u wel"])
        answers = workbook.create_sheet("Antwoorden")
    else:
        answers, first.title = first, "Antwoorden"
    answers.append(["Adres", "Huisnr", "Bouwjaar", "Gasverbruik (m3)"])
    answers.append(["Eikenlaan", 1, 1985, 1200])
    answers.append(["Eikenlaan", 2, 1985, 1300])
    later = workbook.create_sheet("Beukenlaan")
    later.append(["Adres", "Huisnr", "Bouwjaar", "Gasverbruik (m3)"])
    later.append(["Beukenlaan", 1, 1990, 1100])
    hidden = workbook.create_sheet("Keuzelijst")  # a hidden list behind a drop-down: no survey of homes
    hidden.append(["Adres", "Gasverbruik (m3)"])
    hidden.append(["Eikenlaan", 1000])
    hidden.sheet_state = "hidden"
    workbook.save(path)
    return path


@pytest.mark.parametrize("explanation", [True, False])
def test_the_survey_sheet_is_read_and_another_with_answers_is_said(tmp_path, explanation):
    table, plan = read_survey(_workbook(tmp_path / "enquete.xlsx", explanation=explanation))
    assert table.sheet == "Antwoorden" and len(table.rows) == 2
    assert plan.mapping()["gas_m3_per_year"] == 3
    said = [note.nl for note in table.notes]
    skipped = "Werkblad ‘Uitleg’ heeft geen kolom die Minigrid herkent; werkblad ‘Antwoorden’ is ingelezen."
    assert (skipped in said) == explanation
    assert ("De werkmap heeft ook werkblad ‘Beukenlaan’ met antwoorden (1 rij); dat is niet ingelezen. Lees dat "
            "werkblad apart in als die woningen ook meedoen.") in said
    assert not any("Keuzelijst" in text for text in said)  # hidden: not weighed


def test_a_sheet_named_is_read_alone(tmp_path):
    table, _ = read_survey(_workbook(tmp_path / "enquete.xlsx", explanation=True), sheet="Beukenlaan")
    assert table.sheet == "Beukenlaan" and not table.notes


def test_the_command_line_imports_the_survey_sheet_and_says_the_other(tmp_path, capsys):
    path = _workbook(tmp_path / "enquete.xlsx", explanation=True)
    assert main(["import-households", str(tmp_path / "p.minigrid"), "--from", str(path)]) == 0
    out = capsys.readouterr().out
    assert "werkblad ‘Antwoorden’: 2 rijen met antwoorden gelezen" in out  # was: 'Geen enkele kolom herkend'
    assert "ook werkblad ‘Beukenlaan’ met antwoorden (1 rij)" in out


def test_an_explanation_sheet_whose_sentence_names_a_home_is_passed_for_the_sheet_with_the_gas_use(tmp_path):
    """'Vul per woning een regel in.' on the first sheet read as a column of names ('woning'): that sheet was
    read, its second line ('Vragen? Bel Jan, 06-12345678') as a home, and the answers' sheet only said."""
    workbook = openpyxl.Workbook()
    explanation = workbook.active
    explanation.title = "Instructies"
    explanation.append(["Vul per woning een regel in. Gasverbruik staat op de jaarafrekening."])
    explanation.append(["Vragen? Bel Jan, 06-12345678"])
    answers = workbook.create_sheet("Antwoorden")
    answers.append(["Adres", "Huisnr", "Gasverbruik 2023 (m3)"])
    for number in range(1, 4):
        answers.append(["Lindehof", number, 1000 + 50 * number])
    workbook.save(tmp_path / "enquete.xlsx")
    table, plan = read_survey(tmp_path / "enquete.xlsx")
    assert table.sheet == "Antwoorden" and plan.mapping()["gas_m3_per_year"] == 2
    assert table.notes[0].nl == ("Werkblad ‘Instructies’ heeft geen kolom met het gasverbruik; werkblad ‘Antwoorden’ "
                                 "wel, en dat is ingelezen.")
