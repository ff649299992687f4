"""A survey or a table filled in in English is read as the Dutch one is: the same answers in English words.

'undecided', 'not sure yet', 'maybe later' were 'not recognised' where 'twijfel', 'nog niet',
'misschien later' are 'not known yet'; 'signed up' and 'registered' where 'aangemeld' and
'ingeschreven' are signed; 'not for me' where 'doe niet mee' declines; 'yep', 'nope', 'gas hob' as
the answer to 'cooks on gas' and 'terrace', 'link-detached', 'maisonette' as a house type likewise
(found importing an English survey: import-households --lang en).
"""

from __future__ import annotations

import pytest

from minigrid_app.core.reading import read_house_type, read_participation, read_yes_no


@pytest.mark.parametrize(("answer", "state"), [
    ("undecided", "unknown"), ("Unsure", "unknown"), ("not sure yet", "unknown"), ("not yet", "unknown"),
    ("maybe later", "unknown"), ("need more info", "unknown"), ("thinking about it", "unknown"),
    ("don't know yet", "unknown"), ("on the fence", "unknown"),
    ("count me in", "interested"), ("Definitely", "interested"), ("keen", "interested"), ("yeah", "interested"),
    ("not for me", "declined"), ("no thank you", "declined"), ("nope", "declined"),
    ("signed up", "signed"), ("already signed", "signed"), ("registered", "signed"),
])
def test_english_answers_about_taking_part(answer, state):
    assert read_participation(answer).value == state


@pytest.mark.parametrize(("answer", "value"), [
    ("yep", True), ("of course", True), ("gas hob", True), ("yeah, gas hob", True),
    ("nope", False), ("not any more", False), ("induction hob", False), ("nah, induction", False),
])
def test_english_answers_to_cooking_on_gas(answer, value):
    assert read_yes_no(answer, "cooks_on_gas").value is value


@pytest.mark.parametrize(("answer", "house_type"), [
    ("terrace", "tussenwoning"), ("link-detached", "twee-onder-een-kap"), ("maisonette", "appartement"),
])
def test_english_house_types(answer, house_type):
    assert read_house_type(answer).value == house_type
