"""A value typed for one assumption, read once for every entry path: the assumptions table (step 3 and the
window's 'Uitgangspunten') and a figure written as text in a project file's ``parameter_overrides``."""

from __future__ import annotations

import re

from minigrid_app.core.formatting import shown_unit
from minigrid_app.core.parameters import Parameter
from minigrid_app.core.reading import Reading, read_number, unit_families, with_value

_PERCENT = re.compile(r"%|procent|percent", re.IGNORECASE)


def is_fraction(definition: Parameter) -> bool:
    """A figure of at most 1 without a unit of its own (a share, a rate a year): one a percentage is typed for.
    A borehole's radius (0,03–0,2 m) or resistance (mK/W) is none: '15%' was taken as 0,15 m."""
    return definition.maximum <= 1 and re.sub(r"(?:/|per)?\s*jaar", "", definition.unit).strip(" -") == ""


def read_parameter(text: str, definition: Parameter, notation: str | None = None) -> Reading:
    """Read a value typed for one assumption: its own units allowed, its range decides an ambiguous number.

    A percentage typed for a fraction ("60 %" or "60 procent" for a simultaneity of 0,6) is divided by 100.
    ``notation``: ``"nl"`` or ``"en"`` for a figure typed in the window (:mod:`minigrid_app.core.typed_amounts`);
    None reads the Dutch way (a project file).
    """
    families = unit_families(definition.unit)
    fraction = is_fraction(definition)
    if fraction:
        families.add("percent")
    reading = read_number(text, units=families, plausible=(definition.minimum, definition.maximum),
                          unit=(shown_unit(definition.unit, "nl"), shown_unit(definition.unit, "en")), notation=notation)
    if isinstance(reading.value, float) and fraction and _PERCENT.search(str(text)):
        return with_value(reading, reading.value / 100)
    return reading

