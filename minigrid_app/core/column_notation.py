"""The notation a column of one field is written in, decided once for every path that reads a column:
a survey's column (:mod:`minigrid_app.io.survey.convert`) and a column pasted into the homes' table.

What its figures show (:func:`~minigrid_app.core.reading.notation_of`: '1,234.5' English, '1.234,5'
Dutch), else English when two or more of its figures can only be meant the English way by the field's
plausible range and none the Dutch way: a year's gas use of '1,450', '2,100', '1,180 m3' (1,45 m³ is no
year's use). Such a column was 'can mean 1.45 m³ or 1,450 m³ … check it' on every row.
"""

from __future__ import annotations

from collections.abc import Iterable

from minigrid_app.core.reading import notation_evidence, notation_of, read_field


def column_notation(field: str, texts: Iterable[str]) -> str | None:
    """'en', 'nl' or None (mixed or unknown) for the texts of one column of household field ``field``."""
    texts = [text for text in texts if isinstance(text, str)]
    found = notation_of(texts)
    if found is not None or any(notation_evidence(text) for text in texts):
        return found  # English or Dutch by the figures themselves, or both (then each figure asks)
    ambiguous = [reading for reading in (read_field(field, text) for text in texts) if reading.how == "ambiguous"]
    taken = [reading for reading in ambiguous if reading.value is not None]
    english = [reading for reading in taken if reading.value == reading.alternatives[-1]]
    return "en" if len(english) >= 2 and len(english) == len(taken) else None
