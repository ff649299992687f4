"""Importing the same survey again never doubles a home.

Before: ``minigrid import-households FILE --from SURVEY --yes`` run twice added every home twice (the second run
marked each row 'staat al in het project' as doubtful, and --yes took the doubtful rows); the window's 'Ook
twijfelachtige rijen overnemen' did the same. A row that is a home already in the project (the same address, or
the same name where an address is missing) is now never added, and said with what the survey says otherwise.
"""

from __future__ import annotations

from minigrid_app.cli import main
from minigrid_app.core.home_labels import is_same_home, same_home_in
from minigrid_app.core.model import Household
from minigrid_app.io.projectfile import load_project

SURVEY = "Adres;Huisnummer;Gasverbruik\nLindehof;1;1500\nLindehof;2;1400\nLindehof;3;900\n"


def test_the_same_survey_imported_twice_with_yes_adds_each_home_once_and_says_so(tmp_path, capsys):
    survey, project = tmp_path / "enquete.csv", tmp_path / "straat.minigrid"
    survey.write_text(SURVEY, encoding="utf-8")
    assert main(["import-households", str(project), "--from", str(survey), "--yes"]) == 0
    capsys.readouterr()
    survey.write_text(SURVEY.replace("2;1400", "2;1450") + "Lindehof;4;1200\n", encoding="utf-8")
    assert main(["import-households", str(project), "--from", str(survey), "--yes"]) == 0
    out = capsys.readouterr().out
    homes = load_project(project).project.households
    assert [(h.label, h.gas_m3_per_year) for h in homes] == [
        ("Lindehof 1", 1500.0), ("Lindehof 2", 1400.0), ("Lindehof 3", 900.0), ("Lindehof 4", 1200.0)]
    assert ("[al in het project] Rij 3 (Lindehof 2): ‘Lindehof 2’ staat al in het project (woning 2, zelfde adres); "
            "niet opnieuw toegevoegd, de woning in het project is niet veranderd. De enquête zegt anders: gasverbruik "
            "(m³ per jaar) 1.450 (in het project 1.400). Klopt de enquête, pas de woning dan aan bij stap 1 (Intake).") in out
    assert ("3 woningen stonden al in het project (zelfde adres of naam): niet opnieuw toegevoegd en niet veranderd."
            in out)
    assert "1 woning toegevoegd aan straat.minigrid (4 in totaal)." in out


def test_a_third_run_with_nothing_new_changes_nothing_and_says_it_in_english(tmp_path, capsys):
    survey, project = tmp_path / "enquete.csv", tmp_path / "straat.minigrid"
    survey.write_text(SURVEY, encoding="utf-8")
    assert main(["import-households", str(project), "--from", str(survey), "--yes"]) == 0
    before = project.read_bytes()
    capsys.readouterr()
    assert main(["import-households", str(project), "--from", str(survey), "--yes", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert project.read_bytes() == before
    assert "3 homes were already in the project (same address or name): not added again and not changed." in out
    assert "Nothing added; straat.minigrid was not changed." in out


def test_one_rule_for_the_same_home():
    one = Household(label="Jansen", address="Lindehof 1a")
    assert is_same_home(one, Household(label="nr 1", address="lindehof 1 A"))  # the address decides
    assert not is_same_home(one, Household(label="Jansen", address="Lindehof 3"))  # two neighbours called Jansen
    assert is_same_home(Household(label="Lindehof 01a"), one)  # no address: the name is the other's address
    assert is_same_home(Household(label="Lindehof 2"), Household(label="lindehof  2"))
    assert not is_same_home(Household(), Household())  # nothing to go by: never the same
    homes = [Household(label="Lindehof 1"), Household(label="Lindehof 2")]
    assert same_home_in(Household(address="Lindehof 2"), homes) == 2
    assert same_home_in(Household(address="Lindehof 9"), homes) is None
