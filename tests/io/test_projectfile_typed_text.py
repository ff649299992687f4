"""A figure typed as text into a project file by hand is read as people type it, and said; never dropped.

(A yes/no written as text stays refused: it can decide money, a 0 % loan, and a person says it.)

Before: "gas_m3_per_year": "1.500" (edited in a text editor, the Dutch way) was left empty with
"ongeldige waarde", and the next save lost the figure; an assumption "1,45" was said to be 'geen
getal' and reset to the default.
"""

from __future__ import annotations

import json

import pytest

from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import dumps_project, load_project, loads_project, save_project


def _edited(tmp_path, edit):
    path = tmp_path / "hand.minigrid"
    save_project(load_example("hofje-8"), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return load_project(path)


def test_figures_and_yes_no_written_as_text_are_read_and_said(tmp_path):
    def edit(data):
        home = data["households"][0]
        home.update(gas_m3_per_year="1.500", build_year="1995", floor_area_m2="118,5")
        data["parameter_overrides"] = {"gas_price_eur_m3": "1,45"}
    loaded = _edited(tmp_path, edit)
    home = loaded.project.households[0]
    assert (home.gas_m3_per_year, home.build_year, home.floor_area_m2) == (1500.0, 1995, 118.5)
    assert loaded.project.parameter_overrides == {"gas_price_eur_m3": 1.45}
    said = " ".join(p.nl for p in loaded.problems)
    for text in ("(‘1.500’); gelezen als 1.500", "(‘1995’); gelezen als 1995", "(‘118,5’); gelezen als 118,5",
                 "(‘1,45’); gelezen als 1,45"):
        assert text in said


def test_what_is_doubtful_as_text_stays_refused(tmp_path):
    def edit(data):
        data["households"][0].update(gas_m3_per_year="1,180", build_year="1995,5", persons="ca. 3")
    loaded = _edited(tmp_path, edit)
    home = loaded.project.households[0]
    assert (home.gas_m3_per_year, home.build_year, home.persons) == (None, None, None)
    assert sum("ongeldige waarde" in p.nl for p in loaded.problems) == 3


def test_an_unknown_assumption_written_as_text_is_said_once_as_unknown():
    # was: 'stond als tekst in het bestand (‘1,45’); gelezen als 1,45' and then 'Onbekende aanname … genegeerd'
    data = json.loads(dumps_project(load_example("hofje-8")))
    data["parameter_overrides"] = {"gas_price_eur_per_m3": "1,45"}  # a misspelt key
    result = loads_project(json.dumps(data))
    assert result.project.parameter_overrides == {}
    said = [p.nl for p in result.problems if p.field == "gas_price_eur_per_m3"]
    assert said == ["Onbekende aanname 'gas_price_eur_per_m3' genegeerd. (aanname teruggezet)"]


@pytest.mark.parametrize(("field", "written", "taken", "said"), [
    ("house_type", "rijtjeshuis", "tussenwoning", "Woning 1 (Lindehof 1): woningtype ‘rijtjeshuis’ gelezen als tussenwoning."),
    ("house_type", "Hoekwoning", "hoekwoning", "Woning 1 (Lindehof 1): woningtype ‘Hoekwoning’ gelezen als hoekwoning."),
    ("house_type", "woonboot", "anders", "Woning 1 (Lindehof 1): woningtype ‘woonboot’ onbekend; gebruikt: anders."),
    ("participation", "JA", "interested", "Woning 1 (Lindehof 1): deelname ‘JA’ gelezen als ‘Geïnteresseerd’."),
    ("participation", "doet niet mee", "declined", "Woning 1 (Lindehof 1): deelname ‘doet niet mee’ gelezen als ‘Doet niet mee’."),
    ("participation", "xyz", "unknown", "Woning 1 (Lindehof 1): deelname \"xyz\" onbekend, 'onbekend' gebruikt."),
])
def test_a_choice_written_by_hand_is_read_as_a_surveys_answer_and_said(field, written, taken, said):
    # was: a house type kept as written without a word (and counted as no type); 'JA' for the
    # participation set to 'onbekend', the resident's answer lost
    data = json.loads(dumps_project(load_example("hofje-8")))
    data["households"][0][field] = written
    result = loads_project(json.dumps(data))
    assert getattr(result.project.households[0], field) == taken
    assert said in [p.nl for p in result.problems]


def test_two_homes_with_one_code_say_which_and_what_stays_with_the_first():
    # was: 'Woning 2: dubbele of ongeldige sleutel vervangen.' (which home? what follows from it?)
    data = json.loads(dumps_project(load_example("hofje-8")))
    data["households"][1]["id"] = data["households"][0]["id"]  # a row copied in a text editor
    result = loads_project(json.dumps(data))
    first, second = result.project.households[:2]
    assert first.id == "hofje-1" and second.id != "hofje-1"
    assert ("Woning 2 (Lindehof 2) had dezelfde code ‘hofje-1’ als woning 1 en kreeg een nieuwe. Wat onder die code "
            "bewaard is (de bindende overeenkomst, regels van een offerte), blijft bij woning 1: controleer het voor "
            "deze woning.") in [p.nl for p in result.problems]
