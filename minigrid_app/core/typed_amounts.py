"""An amount typed into one of the program's own fields, read by one rule.

Step 1's cost field read every amount the Dutch way, whatever the window's language ('1,500' was
refused as 'kan € 1,5 of € 1.500 betekenen' in English), while step 5's loan read it in the notation
of the window's language (€ 1.500): the same keys were another amount, or none, a step further.

The rule: what is typed is read in the notation of the interface language (:func:`typed_notation`).
What was read is said next to the field where the keys leave room for doubt: an estimate, a range,
'12k', English notation in the Dutch window, and any other text the other notation would read otherwise,
unless it is written as the window writes its own figures, in either language ('€ 1.500' in Dutch and
'€ 1,500' in English say nothing; '1,500.00' in English is '‘1,500.00’ read as € 1,500'). Every field where an amount is typed reads it so: step 1's cost of the project and the
homes' cost of low-temperature measures, step 5's loan, step 7's quote cells and the assumptions in
euros ('Uitgangspunten'); and so is every other figure typed in the window, in m³, kWh, m or °C (the homes'
table, the assumptions, step 3's supply temperature and distance): in English the homes' table's own '1,850' m³,
typed back, was 'can mean 1.85 m³ or 1,850 m³ … check it', and '1,900' kWh an assumption refused. Pasted columns and
files keep their own notation, found from the column (:func:`minigrid_app.core.reading.notation_of`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from minigrid_app.core.formatting import exact
from minigrid_app.core.reading import OK, Reading, read_number, short, shown, visible


def typed_notation(language: str) -> str:
    """The notation an amount typed in a window of ``language`` ('nl' or 'en') is read in."""
    return "en" if language == "en" else "nl"


def read_typed(read: Callable[[str], Reading], text, language: str, unit: str = "€") -> Reading:
    """Read ``text`` with ``read(notation)`` in the notation of ``language``; when the other notation
    reads the same keys otherwise, the reading says what was read ('‘1.500’ gelezen als € 1.500').

    ``read`` is the field's own reader (its units, its range, its words), given the notation; ``unit``
    the unit the value is said in ('€', or an assumption's '€/m').
    """
    notation = typed_notation(language)
    reading = read(notation)
    if reading.how == "english" and notation == "en":
        # English notation typed in the English window is no news: said only where it could be doubted,
        # by the rule below as a Dutch figure in the Dutch window ('1,850' as the table writes it: nothing)
        reading = Reading(reading.value)
    if (reading.how == "ambiguous" and isinstance(text, str) and isinstance(reading.value, float)
            and _as_the_program_writes(text, reading.value, language)):
        # the figure as the window writes it, taken so: the assumptions' '9.769' kWh/m³ (9,769 in Dutch), typed
        # back or only confirmed, was 'can mean 9.769 or 9,769 kWh/m³; 9.769 kWh/m³ assumed: check it'
        return Reading(reading.value)
    if not isinstance(text, str) or not isinstance(reading.value, float) or reading.flagged:
        return reading  # nothing read, or already said (an estimate, a range, English notation in Dutch)
    other = read("en" if notation == "nl" else "nl")
    if other.value == reading.value or _as_the_program_writes(text, reading.value, language):
        return reading  # '€ 12.000' in Dutch is read as every Dutch figure the window shows: nothing to say
    raw = short(visible(text).strip())
    return Reading(reading.value, OK, "notation", f"‘{raw}’ gelezen als {shown(reading.value, unit)}",
                   f"‘{raw}’ read as {shown(reading.value, unit, 'en')}")


def _as_the_program_writes(text: str, value: float, language: str) -> bool:
    """``text`` is ``value`` as the window writes its own figures in ``language`` ('€ 1.234', '1.234' in Dutch)."""
    body = re.sub(r"[\s€]", "", visible(text))
    body = re.sub(r"[.,]-+$", "", body)  # '€ 12.500,-': whole euros, as written in Dutch
    return body == exact(value, language)


def read_typed_amount(text, language: str = "nl", *, plausible: tuple[float, float] | None = None) -> Reading:
    """An amount in euros typed into a field ('€ 12.000', '12,000' in English) by :func:`read_typed`.

    Parameters
    ----------
    text : str | None
        What was typed.
    language : str
        The interface language ('nl' or 'en').
    plausible : tuple[float, float] | None
        Range [€] that decides a number that stays ambiguous in that notation.
    """
    return read_typed(lambda notation: read_number(text, units=("eur",), unit="€", notation=notation, plausible=plausible),
                      text, language)
