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


def test_a_home_entered_twice_is_said_at_the_second():
    from minigrid_app.core.home_labels import same_homes

    homes = [Household(label="Lindehof 8"), Household(label="Lindehof 80"), Household(label="lindehof 08"),
             Household(label="Lindehof 8 A"), Household(label="")]
    found = same_homes(homes)
    assert list(found) == [3]  # 80 and 8 A are other homes; a home without a name is no duplicate
    assert found[3].nl == ("lindehof 08 staat twee keer in het project (ook als ‘Lindehof 8’, woning 1); is het "
                           "dezelfde woning? Dan telt ze dubbel mee: verwijder er een.")


def test_the_results_of_a_home_entered_twice_say_so():
    # was: a home pasted twice counted twice in the group, its cluster and its field without a word
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.examples import load_example

    project = load_example("hofje-8")
    project.households[3].label = project.households[2].label.upper()
    results = compute_project(project, break_even=False, sensitivity=False)
    second = results.household(project.households[3].id)
    assert [p.row for p in second.problems if "twee keer" in p.nl] == [4]
    assert sum("twee keer" in p.nl for p in results.problems) == 1
