"""Homes named by letters in street order (issue 15: bar "6" on slide 6 read as house number 6)."""

from __future__ import annotations

import pytest

from minigrid_app.core.home_labels import street_letter, street_letters
from minigrid_app.core.model import Household


@pytest.mark.parametrize(("position", "letter"), [(1, "A"), (3, "C"), (26, "Z"), (27, "AA"), (28, "AB"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA")])
def test_letters_run_like_spreadsheet_columns(position, letter):
    assert street_letter(position) == letter


def test_no_letter_before_the_first_home():
    with pytest.raises(ValueError):
        street_letter(0)


def test_every_home_keeps_its_letter_whether_it_takes_part_or_not():
    homes = [Household(label=f"Vogelstraat {n}", participation="declined" if n == 4 else "unknown") for n in range(2, 50, 2)]
    letters = street_letters(homes)
    assert [letters[h.id] for h in homes[:4]] == ["A", "B", "C", "D"]
    assert letters[homes[1].id] == "B"  # no. 4 declined: still B, and no. 6 stays C
    assert len(set(letters.values())) == len(homes) == 24
    assert not any(ch.isdigit() for ch in "".join(letters.values()))
