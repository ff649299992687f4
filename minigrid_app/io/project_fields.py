"""Reading a project file's raw JSON field by field: numbers, text and ids made safe for every later step.

:func:`from_dict` fills a dataclass from a mapping, each value coerced to its field's type
(:class:`Coercer`: finite numbers within :data:`NUMBER_LIMIT`, text cleaned and cut to
:data:`TEXT_LIMITS`, enumerations and ids checked) and what was changed noted in a
:class:`Report`. :mod:`minigrid_app.io.project_validation` reads the project's parts with it.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import re
import types
import typing
from dataclasses import dataclass, field

from minigrid_app.core.file_words import field_words
from minigrid_app.core.formatting import exact
from minigrid_app.core.model import (
    Household,
    new_id,
)
from minigrid_app.core.problems import Problem
from minigrid_app.core.reading import OK, Reading, read_number
from minigrid_app.core.reading import short as quoted
from minigrid_app.core.safe_text import clean_text

#: largest number accepted anywhere in a project file (absolute value); far above any
#: meaningful figure, far below what overflows a float calculation
NUMBER_LIMIT = 1e9

#: longest text kept per field [characters]; other fields: DEFAULT_TEXT_LIMIT
TEXT_LIMITS = {
    "id": 64,
    "label": 200,
    "address": 300,
    "name": 200,
    "location": 300,
    "notes": 5000,
    "text": 1000,
    "date": 40,
    "participation_date": 40,
    "contact_person": 200,
    "created": 40,
    "modified": 40,
}
DEFAULT_TEXT_LIMIT = 2000
#: fields that may hold line breaks
MULTILINE_FIELDS = frozenset({
    "notes", "connection_types", "technical_study", "planned_infrastructure", "underground_obstacles",
    "policy_fit", "policy_documents", "resident_support", "participation_organisation", "partners",
    "initiators_contribution", "contact_details",
    "note", "opt_out_terms",  # an engineer's note read with its lines; the terms to withdraw, typed in a text box
})  # fmt: skip
_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")


def clean_field_text(name: str, value: str) -> str:
    """``value`` as the loader would keep it in field ``name`` (same limit, same characters).

    The window applies it to what is typed, so a saved project loads back unrepaired.
    """
    return clean_text(value, TEXT_LIMITS.get(name, DEFAULT_TEXT_LIMIT), multiline=name in MULTILINE_FIELDS)[0]


class OutOfBounds:
    """A number from the file that is too large to use (the JSON parser's stand-in for it)."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return self.text if len(self.text) <= 20 else f"{self.text[:12]}…({len(self.text)} tekens)"


def parse_int(text: str):
    """``json.loads`` hook: an int, or :class:`OutOfBounds` when it has more than 15 digits.

    Python refuses to convert more than 4300 digits (``ValueError``), and a float
    calculation overflows on a few hundred; neither may happen later.
    """
    if len(text.lstrip("-")) > 15:
        return OutOfBounds(text)
    return int(text)


def parse_float(text: str):
    """``json.loads`` hook: a finite float, or :class:`OutOfBounds` (1e999, 1e400)."""
    value = float(text)
    if not math.isfinite(value):
        return OutOfBounds(text)
    return value


def parse_constant(text: str):
    """``json.loads`` hook for ``NaN``, ``Infinity`` and ``-Infinity``: never a number."""
    return OutOfBounds(text)


def loads_json(text: str):
    """Parse JSON text with the bounded number hooks above."""
    return json.loads(text, parse_int=parse_int, parse_float=parse_float, parse_constant=parse_constant)


def short(value) -> str:
    """A value as a short, printable quote for a message."""
    text = json.dumps(value, ensure_ascii=False, default=repr)
    text = text if len(text) <= 40 else text[:37] + "…"
    return clean_text(text)[0]


@dataclass
class Report:
    """Problems found while reading; ``repaired`` once something was dropped or moved."""

    problems: list[Problem] = field(default_factory=list)
    repaired: bool = False

    def add(self, nl: str, en: str, field_name: str = "", row: int | None = None, repaired: bool = True) -> None:
        self.problems.append(Problem(nl, en, field=field_name, row=row, severity="warning"))
        self.repaired = self.repaired or repaired


class _Bad(Exception):
    """A value that cannot be used for its field (left empty, reported)."""

    def __init__(self, why_nl: str = "", why_en: str = ""):
        super().__init__(why_en)
        self.why_nl = why_nl
        self.why_en = why_en


_TOO_LARGE = ("te groot getal", "number too large")


def _number(value, integer: bool):
    if isinstance(value, OutOfBounds):
        raise _Bad(*_TOO_LARGE)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad
    if not math.isfinite(value):
        raise _Bad
    if abs(value) > NUMBER_LIMIT:
        raise _Bad(*_TOO_LARGE)
    if integer:
        if isinstance(value, float) and value != int(value):
            raise _Bad
        return int(value)
    return float(value)


#: what a key inside a field (a strip's field, a quote's line) is called in a message
_KEY_WORDS = ("een naam in de lijst", "a name in the list")


class Coercer:
    """Converts JSON values to the annotated types of the model's dataclasses.

    Its messages name a field in the residents' words (:mod:`minigrid_app.core.file_words`):
    "Woning 3, gasverbruik (m³ per jaar): …", never by its key in the file.
    """

    def __init__(self, report: Report, where_nl: str, where_en: str, row: int | None, cls: type | None = None):
        self.report = report
        self.where_nl = where_nl
        self.where_en = where_en
        self.row = row
        self.cls = cls

    def at(self, name: str) -> tuple[str, str]:
        """'Woning 3, gasverbruik (m³ per jaar)': where, and the field ``name`` in words."""
        nl, en = _KEY_WORDS if name == "key" else field_words(self.cls, name)
        return f"{self.where_nl}, {nl}", f"{self.where_en}, {en}"

    def text(self, value: str, name: str) -> str:
        limit = TEXT_LIMITS.get(name, DEFAULT_TEXT_LIMIT)
        cleaned, changes = clean_text(value, limit, multiline=name in MULTILINE_FIELDS)
        at_nl, at_en = self.at(name)
        if changes.surrogates or changes.removed_characters:
            self.report.add(
                f"{at_nl}: onzichtbare of onleesbare tekens weggehaald.",
                f"{at_en}: invisible or unreadable characters removed.",
                name, self.row,
            )  # fmt: skip
        if changes.shortened_from is not None:
            self.report.add(
                f"{at_nl}: was {changes.shortened_from} tekens lang; ingekort tot {limit}.",
                f"{at_en}: was {changes.shortened_from} characters long; shortened to {limit}.",
                name, self.row,
            )  # fmt: skip
        return cleaned

    def typed(self, text: str, name: str, reading: Reading, integer: bool):
        """A figure written as text in a file edited by hand ("1.500", "1500,5"): read as people type it
        (nothing dropped), and said; what is doubtful ("1,180", "ca. 1500") stays refused."""
        if reading.value is None or reading.status != OK:
            raise _Bad
        value = _number(reading.value, integer=integer)
        nl, en = (str(value), str(value)) if integer else (exact(value, "nl"), exact(value, "en"))  # a year: 1995
        at_nl, at_en = self.at(name)
        self.report.add(
            f"{at_nl}: stond als tekst in het bestand (‘{quoted(text)}’); gelezen als {nl}.",
            f"{at_en}: was text in the file (‘{quoted(text)}’); read as {en}.",
            name, self.row,
        )  # fmt: skip
        return value

    def coerce(self, value, annotation, name: str):
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin in (typing.Union, types.UnionType):
            if value is None and type(None) in args:
                return None
            inner = [a for a in args if a is not type(None)]
            return self.coerce(value, inner[0], name)
        if annotation is bool:
            if isinstance(value, bool):
                return value
            raise _Bad  # "yes" stays refused: a yes/no decides money (a 0 % loan), a person says it
        if annotation in (int, float):
            if isinstance(value, str):
                return self.typed(value, name, read_number(value), integer=annotation is int)
            return _number(value, integer=annotation is int)
        if annotation is str:
            if isinstance(value, str):
                return self.text(value, name)
            if isinstance(value, int | float) and not isinstance(value, bool):
                return str(_number(value, integer=isinstance(value, int)))
            raise _Bad
        if origin is list:
            if not isinstance(value, list):
                raise _Bad
            (item_type,) = args
            items = []
            for item in value[:100]:
                try:
                    items.append(self.coerce(item, item_type, name))
                except _Bad:
                    at_nl, at_en = self.at(name)
                    self.report.add(
                        f"{at_nl}: waarde {short(item)} overgeslagen.",
                        f"{at_en}: value {short(item)} skipped.",
                        name, self.row,
                    )  # fmt: skip
            return items
        if origin is dict:
            if not isinstance(value, dict):
                raise _Bad
            key_type, value_type = args if len(args) == 2 else (str, object)
            entries = {}
            for key, item in list(value.items())[:200]:
                try:
                    entries[self.text(key, "key")] = item if value_type is object else self.coerce(item, value_type, name)
                except _Bad:
                    at_nl, at_en = self.at(name)
                    self.report.add(
                        f"{at_nl}: waarde {short(item)} bij {short(key)} overgeslagen.",
                        f"{at_en}: value {short(item)} for {short(key)} skipped.",
                        name, self.row,
                    )  # fmt: skip
            return entries
        raise _Bad


@functools.cache
def _hints(cls) -> dict:
    return typing.get_type_hints(cls)


def from_dict(cls, data, where_nl: str, where_en: str, report: Report, row: int | None = None, skip: tuple[str, ...] = ()):
    """Build dataclass ``cls`` from a dict, keeping defaults for missing or bad fields.

    Fields named in ``skip`` are left to the caller (nested lists of dataclasses).
    """
    hints = _hints(cls)
    instance = cls()
    if not isinstance(data, dict):
        report.add(
            f"{where_nl}: onleesbaar ({short(data)}); standaardwaarden gebruikt.",
            f"{where_en}: unreadable ({short(data)}); defaults used.",
            row=row,
        )
        return instance
    coercer = Coercer(report, where_nl, where_en, row, cls)
    known = {f.name for f in dataclasses.fields(cls)}
    for name, value in data.items():
        if name in skip:
            continue
        if name not in known:
            report.add(
                f"{where_nl}: onbekend veld {short(name)} genegeerd.",
                f"{where_en}: unknown field {short(name)} ignored.",
                clean_text(str(name), 64)[0],
                row,
            )
            continue
        try:
            setattr(instance, name, coercer.coerce(value, hints[name], name))
        except _Bad as bad:
            why_nl = f"{bad.why_nl}, " if bad.why_nl else ""
            why_en = f"{bad.why_en}, " if bad.why_en else ""
            at_nl, at_en = coercer.at(name)
            todo = (" Vul het in bij stap 1 (Intake).", " Enter it at step 1 (Intake).") if cls is Household else ("", "")
            report.add(
                f"{at_nl}: ongeldige waarde ({why_nl}{short(value)}); leeg gelaten.{todo[0]}",
                f"{at_en}: invalid value ({why_en}{short(value)}); left empty.{todo[1]}",
                name,
                row,
            )
    return instance


def valid_id(value) -> bool:
    return isinstance(value, str) and _ID_PATTERN.fullmatch(value) is not None


def unique_id(current: str, prefix: str, seen: set[str]) -> tuple[str, bool]:
    """``current`` when it is a valid, unused id; else a new one. Second value: replaced."""
    if valid_id(current) and current not in seen:
        seen.add(current)
        return current, False
    fresh = new_id(prefix)
    while fresh in seen:
        fresh = new_id(prefix)
    seen.add(fresh)
    return fresh, True

