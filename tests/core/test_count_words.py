"""Every count is read by one rule (core.reading.read_count): 'zes' was six residents in the
households table but 'geen getal' as the intake's planned connections (walker, session 16)."""

from __future__ import annotations

import pytest

from minigrid_app.core.reading import read_count, read_field
from minigrid_app.core.words import HOME_NOUNS, NUMBER_WORDS, PERSON_NOUNS


@pytest.mark.parametrize("word", sorted(NUMBER_WORDS))
def test_a_number_word_is_the_same_count_for_residents_and_homes(word):
    assert read_field("persons", word).value == NUMBER_WORDS[word]
    assert read_count(word, HOME_NOUNS).value == NUMBER_WORDS[word]


def test_the_counted_word_may_follow_and_nothing_else():
    assert read_count("zes woningen", HOME_NOUNS).value == 6
    assert read_count("Zes aansluitingen", HOME_NOUNS).value == 6
    assert read_count("zes personen", PERSON_NOUNS).value == 6
    assert read_count("zes woningen", PERSON_NOUNS).value is None  # not a count of residents
    assert read_count("veel", HOME_NOUNS).value is None
    assert read_count("8", HOME_NOUNS).value == 8 and read_count("", HOME_NOUNS).is_empty
