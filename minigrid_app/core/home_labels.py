"""How homes are named where the group looks together: letters A, B, C … in street order;
and a home's type in the reader's language.

On the projector, in the anonymous documents and on every chart of single homes, a home is
a letter, never a number: in a street numbered 2–48, bar "6" reads as house number 6. The
letter follows the order of the homes in the project (the street order of the intake) and
counts every home, also those that do not take part, so a home keeps its letter when a
neighbour drops out. The home's own handout says which letter is its own ("uw woning is C").
After Z come AA, AB, … (as spreadsheet columns).

Pure, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable

from minigrid_app.core.model import Household


def street_letter(position: int) -> str:
    """The letter of the home at ``position`` (1-based) along the street: 1 → 'A', 27 → 'AA'.

    Raises ValueError for a position below 1.
    """
    if position < 1:
        raise ValueError(f"position must be 1 or more, not {position}")
    letters = ""
    while position:
        position, remainder = divmod(position - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def street_letters(households: Iterable[Household]) -> dict[str, str]:
    """Household id → its letter, in the order given (the project's street order)."""
    return {household.id: street_letter(position) for position, household in enumerate(households, start=1)}


#: a house type (``Household.house_type``) in English, the words of the window's translation
HOUSE_TYPES_EN = {
    "tussenwoning": "terraced",
    "hoekwoning": "end of terrace",
    "twee-onder-een-kap": "semi-detached",
    "vrijstaand": "detached",
    "appartement": "flat",
    "anders": "other",
}


def house_type_label(house_type: str, language: str = "nl") -> str:
    """``house_type`` as the reader says it: the Dutch word itself, or its English word
    ("hoekwoning" → "end of terrace"); a type Minigrid does not know is shown as it is."""
    if language == "en":
        return HOUSE_TYPES_EN.get(house_type, house_type)
    return house_type


def home_name(household: Household, row: int) -> str:
    """How a paper names a home: its label, else the street and number of its address, else
    'Woning 3' (``row``: its place in the list, from 1). Never its internal id."""
    return household.label.strip() or household.address.split(",")[0].strip() or f"Woning {row}"
