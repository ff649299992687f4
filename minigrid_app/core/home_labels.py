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

import re
from collections.abc import Iterable

from minigrid_app.core.model import Household
from minigrid_app.core.problems import Bilingual, Problem, in_language


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


def unnamed_home(row: int) -> Bilingual:
    """The name of a home the residents gave no name: 'Woning 3', in English 'Home 3' (``row``: its place
    in the list, from 1). The one place this name is made: it *is* the Dutch text, and every view
    that writes English takes ``.text("en")`` (:func:`minigrid_app.core.problems.in_language`)."""
    return Bilingual(f"Woning {row}", f"Home {row}")


def home_label(household: Household, row: int, language: str | None = None) -> str:
    """How a table names a home: its label, else 'Woning 3' / 'Home 3' (:func:`unnamed_home`), in
    ``language`` when given (both languages when not). Never its internal id."""
    name = household.label.strip() or unnamed_home(row)
    return in_language(name, language) if language else name


def home_name(household: Household, row: int) -> str:
    """How a paper names a home: its label, else the street and number of its address, else
    'Woning 3' / 'Home 3' (:func:`unnamed_home`). Never its internal id."""
    return household.label.strip() or household.address.split(",")[0].strip() or unnamed_home(row)


#: "nr. 12", "no 12", "huisnummer 12": the word before a house number
_NUMBER_WORD = re.compile(r"\b(?:nr|no|nummer|huisnummer|huisnr)\s+(?=\d)")
#: "12 a", "12-A": a house number and its one-letter addition
_ADDITION = re.compile(r"(?<=\d) (?=[a-z]\b)")


#: "08", "008": a number written with zeros in front
_LEADING_ZEROS = re.compile(r"\b0+(?=\d)")


def home_key(label: str) -> str:
    """What makes two names the same home: 'Lindehof 1a', 'lindehof 1 A', 'Lindehof nr. 1-a', 'Lindehof 01a'
    are one key."""
    # the reader loads with the first figure typed, not with the window
    from minigrid_app.core.reading import words

    return _LEADING_ZEROS.sub("", _ADDITION.sub("", _NUMBER_WORD.sub("", words(label))))


def same_homes(households: Iterable[Household]) -> dict[int, Problem]:
    """Row (1-based) → a warning for every home named as an earlier one ('Lindehof 8' and 'lindehof 08'):
    the same home entered twice counts twice in the group, its cluster and its field."""
    from minigrid_app.core.reading import short

    seen: dict[str, tuple[int, str]] = {}
    found = {}
    for row, household in enumerate(households, start=1):
        key = home_key(household.label)
        if not key:
            continue
        if key not in seen:
            seen[key] = (row, household.label)
            continue
        first_row, first = seen[key]
        name, first = short(household.label.strip()), short(first.strip())
        found[row] = Problem(
            f"{name} staat twee keer in het project (ook als ‘{first}’, woning {first_row}); is het dezelfde woning? "
            "Dan telt ze dubbel mee: verwijder er een.",
            f"{name} is in the project twice (also as ‘{first}’, home {first_row}); is it the same home? Then it "
            "counts twice: delete one.",
            field="label", row=row, severity="warning",
        )
    return found


def is_same_home(one: Household, other: Household) -> bool:
    """True when ``one`` and ``other`` are the same home: the same address (:func:`home_key`: 'Lindehof 1a' is
    'lindehof 1 A'); when one of them has no address, the same name, or the name of one is the other's address.

    Two homes both with an address are told apart by it alone: two neighbours both called 'Jansen' are two homes.
    """
    address, other_address = home_key(one.address), home_key(other.address)
    if address and other_address:
        return address == other_address
    names = {key for key in (address, home_key(one.label)) if key}
    return bool(names & {key for key in (other_address, home_key(other.label)) if key})


def same_home_in(household: Household, households: Iterable[Household]) -> int | None:
    """The place (1-based) in ``households`` of the home that is ``household`` (:func:`is_same_home`), or None:
    the one rule by which an import recognises a home already in the project."""
    return next((row for row, other in enumerate(households, start=1) if is_same_home(household, other)), None)
