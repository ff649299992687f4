"""Turn the raw JSON of a project file into a :class:`Project`, validating everything let through.

One loader, one rule: whatever reaches the engine, the window and the writers is of the
right type, within bounds any later step can compute with, and text that every writer can
store. What had to be changed is reported (Dutch and English); when data was dropped or
moved the result is marked ``repaired`` and the program asks before it saves over the
original (docs/project-format.md, "Loading").

- numbers: finite, and at most :data:`NUMBER_LIMIT` in size (a 400-digit gas use must not
  reach ``float()``); larger ones are left empty with a message. Values of the right type
  but out of range (a negative gas use) are kept: validation reports them, nothing the
  user typed is lost.
- text: lone surrogates replaced, control and bidi characters removed, at most
  :data:`TEXT_LIMITS` characters per field (:mod:`minigrid_app.core.safe_text`).
- containers of the wrong type (conditions as an object, overrides as a list of pairs,
  steps as a list) are converted where their meaning is clear, otherwise dropped, and
  reported either way.
- ids: households, conditions and manual clusters get unique internal ids; an id that
  is missing, repeated or not of the form ``[A-Za-z0-9][A-Za-z0-9_.:-]*`` is replaced.
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

from minigrid_app.core.file_words import STEP_WORDS, field_words
from minigrid_app.core.formatting import count, euro, exact
from minigrid_app.core.model import (
    ALLOCATION_KEYS,
    CONDITION_KINDS,
    FINANCING_CHOICES,
    HOUSE_TYPES,
    LAYOUTS,
    MARKET_BILLING,
    ORGANISATION_CHOICES,
    PARTICIPATION_LABELS_EN,
    PARTICIPATION_LABELS_NL,
    PARTICIPATION_STATES,
    STEP_STATES,
    STEPS,
    Agreement,
    ClusterSettings,
    Condition,
    Evening,
    Household,
    Intake,
    ManualCluster,
    PlannedJoiner,
    Project,
    new_id,
)
from minigrid_app.core.parameter_reading import read_parameter
from minigrid_app.core.problems import Problem
from minigrid_app.core.reading import OK, Reading, read_house_type, read_number, read_participation
from minigrid_app.core.reading import short as quoted
from minigrid_app.core.safe_text import clean_text
from minigrid_app.io.projectfile_tender import tender_from_dict

#: largest number accepted anywhere in a project file (absolute value); far above any
#: meaningful figure, far below what overflows a float calculation
NUMBER_LIMIT = 1e9
MAX_HOUSEHOLDS = 500
MAX_CONDITIONS = 200
#: largest heat fund loan a home may enter [€] (the fund's own ceiling is far lower)
MAX_LOAN_EUR = 1_000_000
#: latest joining year of a planned joiner [years after the build]
MAX_JOINING_YEAR = 60
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


class _Coercer:
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
    coercer = _Coercer(report, where_nl, where_en, row, cls)
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


def _valid_id(value) -> bool:
    return isinstance(value, str) and _ID_PATTERN.fullmatch(value) is not None


def _unique_id(current: str, prefix: str, seen: set[str]) -> tuple[str, bool]:
    """``current`` when it is a valid, unused id; else a new one. Second value: replaced."""
    if _valid_id(current) and current not in seen:
        seen.add(current)
        return current, False
    fresh = new_id(prefix)
    while fresh in seen:
        fresh = new_id(prefix)
    seen.add(fresh)
    return fresh, True


# ---------------------------------------------------------------- containers of the wrong type


def _as_list(raw, what_nl: str, what_en: str, report: Report, key_field: str | None = None) -> list:
    """A list from ``raw``: a list as it is, an object's values (its keys kept as ids), else empty."""
    if isinstance(raw, list):
        return raw
    if raw is None:
        return []
    if isinstance(raw, dict) and all(isinstance(v, dict) for v in raw.values()):
        items = []
        for key, value in raw.items():
            if key_field and key_field not in value:
                value = {key_field: key, **value}
            items.append(value)
        report.add(
            f"{what_nl} stonden niet als lijst in het bestand maar als object; omgezet naar een lijst "
            f"({count(len(items), 'stuk', 'stuks')}). Controleer ze.",
            f"{what_en} were stored as an object, not a list; converted to a list ({count(len(items), 'item', 'items')}). "
            "Check them.",
        )
        return items
    report.add(
        f"{what_nl} zijn onleesbaar ({short(raw)}) en weggelaten.",
        f"{what_en} are unreadable ({short(raw)}) and left out.",
    )
    return []


def _home_where(row: int, label) -> tuple[str, str]:
    """'Woning 3 (Vogelstraat 6)': the row of the intake table and the name the neighbours gave it
    ('Woning 3' alone read as house number 3); the row alone for a home without a name."""
    name = clean_text(label, 60)[0].strip() if isinstance(label, str) else ""
    return (f"Woning {row} ({name})", f"Home {row} ({name})") if name else (f"Woning {row}", f"Home {row}")


def _households(raw, report: Report) -> list[Household] | Problem:
    households_raw = _as_list(raw, "De woningen", "The households", report, key_field="id")
    if len(households_raw) > MAX_HOUSEHOLDS:
        return Problem(
            f"Het bestand bevat {len(households_raw)} woningen; Minigrid rekent met ten hoogste {MAX_HOUSEHOLDS}.",
            f"The file holds {len(households_raw)} households; Minigrid handles at most {MAX_HOUSEHOLDS}.",
        )
    households = []
    seen: set[str] = set()
    rows_of: dict[str, int] = {}
    for row, item in enumerate(households_raw, start=1):
        where_nl, where_en = _home_where(row, item.get("label") if isinstance(item, dict) else None)
        household = from_dict(Household, item, where_nl, where_en, report, row)
        written = household.id
        household.id, replaced = _unique_id(household.id, "hh", seen)
        rows_of.setdefault(household.id, row)
        if replaced and isinstance(item, dict) and item.get("id") and written in rows_of:
            first = rows_of[written]  # what is kept under that code (agreements, a quote's lines) is the first home's
            report.add(
                f"{where_nl} had dezelfde code ‘{quoted(written)}’ als woning {first} en kreeg een nieuwe. Wat onder "
                f"die code bewaard is (de bindende overeenkomst, regels van een offerte), blijft bij woning {first}: "
                "controleer het voor deze woning.",
                f"{where_en} had the same code ‘{quoted(written)}’ as home {first} and was given a new one. What is kept "
                f"under that code (the binding agreement, lines of a quote) stays with home {first}: check it for this "
                "home.",
                "id", row, repaired=False,
            )  # fmt: skip
        elif replaced and isinstance(item, dict) and item.get("id"):
            report.add(f"{where_nl}: ongeldige code vervangen.", f"{where_en}: invalid id replaced.", "id", row, repaired=False)
        if household.participation not in PARTICIPATION_STATES:
            written = household.participation
            read = read_participation(written).value  # written by hand ('JA', 'getekend'): as a survey's answer
            household.participation = read if read in PARTICIPATION_STATES else "unknown"
            if read in PARTICIPATION_STATES:
                report.add(
                    f"{where_nl}: deelname ‘{quoted(written)}’ gelezen als "
                    f"‘{PARTICIPATION_LABELS_NL[read]}’.",
                    f"{where_en}: participation ‘{quoted(written)}’ read as ‘{PARTICIPATION_LABELS_EN[read]}’.",
                    "participation", row,
                )  # fmt: skip
            else:
                report.add(
                    f"{where_nl}: deelname {short(written)} onbekend, 'onbekend' gebruikt.",
                    f"{where_en}: participation {short(written)} unknown, 'unknown' used.",
                    "participation",
                    row,
                )
        _house_type(household, row, report)
        _financing(household, row, report)
        households.append(household)
    return households


def _house_type(household: Household, row: int, report: Report) -> None:
    """A house type written by hand ('rijtjeshuis') read as a survey's is, and said; one not known is 'anders'
    (said). An unknown type was kept as written and counted silently as none (its cooling factor)."""
    written = household.house_type
    if written in HOUSE_TYPES:
        return
    reading = read_house_type(written)
    household.house_type = reading.value if reading.value in HOUSE_TYPES else "anders"
    said_nl, said_en = (("gelezen als", "read as") if reading.value in HOUSE_TYPES else
                        ("onbekend; gebruikt:", "unknown; used:"))
    from minigrid_app.core.home_labels import house_type_label

    where_nl, where_en = _home_where(row, household.label)
    report.add(
        f"{where_nl}: woningtype ‘{quoted(written)}’ {said_nl} {household.house_type}.",
        f"{where_en}: house type ‘{quoted(written)}’ {said_en} {house_type_label(household.house_type, 'en')}.",
        "house_type", row,
    )  # fmt: skip


def _financing(household: Household, row: int, report: Report) -> None:
    """A home's financing choice within bounds (method.md#financing)."""
    where_nl, where_en = _home_where(row, household.label)
    if household.financing not in FINANCING_CHOICES:
        report.add(
            f"{where_nl}: financiering {short(household.financing)} onbekend; de standaard van het project gebruikt.",
            f"{where_en}: financing {short(household.financing)} unknown; the project's default used.",
            "financing",
            row,
        )
        household.financing = "default"
    amount = household.loan_amount_eur
    if amount is not None and not 0 <= amount <= MAX_LOAN_EUR:
        # as amounts are written in each language ('−€ 800', '€ 1.000.000'), not '-800.0' and '1000000'
        cents = 0 if float(amount).is_integer() else 2
        nl, en = euro(amount, cents, "nl"), euro(amount, cents, "en")
        report.add(
            f"{where_nl}: leenbedrag {nl} ligt niet tussen € 0 en {euro(MAX_LOAN_EUR, 0, 'nl')}; leeg gelaten.",
            f"{where_en}: loan amount {en} is not between € 0 and {euro(MAX_LOAN_EUR, 0, 'en')}; left empty.",
            "loan_amount_eur",
            row,
        )
        household.loan_amount_eur = None


def _conditions(raw, report: Report) -> list[Condition]:
    if isinstance(raw, str):  # one condition written as plain text
        raw = [{"kind": "custom", "text": raw}]
        report.add(
            "De voorwaarden stonden als losse tekst in het bestand; als één eigen voorwaarde bewaard.",
            "The conditions were stored as plain text; kept as one custom condition.",
        )
    items = _as_list(raw, "De voorwaarden", "The conditions", report, key_field="id")
    if len(items) > MAX_CONDITIONS:
        report.add(
            f"Het bestand bevat {len(items)} voorwaarden; de eerste {MAX_CONDITIONS} zijn bewaard.",
            f"The file holds {len(items)} conditions; the first {MAX_CONDITIONS} were kept.",
        )
        items = items[:MAX_CONDITIONS]
    conditions = []
    seen: set[str] = set()
    for index, item in enumerate(items, start=1):
        condition = from_dict(Condition, item, f"Voorwaarde {index}", f"Condition {index}", report)
        condition.id, _replaced = _unique_id(condition.id, "c", seen)
        if condition.kind not in CONDITION_KINDS:
            report.add(
                f"Voorwaarde {index}: soort {short(condition.kind)} onbekend; als vrije tekst bewaard.",
                f"Condition {index}: kind {short(condition.kind)} unknown; kept as free text.",
            )
            condition.kind = "custom"
        conditions.append(condition)
    return conditions


#: Longest strip or street length taken from a file [m].
MAX_STRIP_M = 10_000.0


def _clusters(raw, households: list[Household], report: Report) -> ClusterSettings:
    settings = from_dict(ClusterSettings, raw, "Clusters", "Clusters", report, skip=("manual",))
    manual_raw = raw.get("manual", []) if isinstance(raw, dict) else []
    seen: set[str] = set()
    for index, item in enumerate(_as_list(manual_raw, "De handmatige clusters", "The manual clusters", report), start=1):
        if len(settings.manual) >= MAX_HOUSEHOLDS:
            break
        cluster = from_dict(ManualCluster, item, f"Cluster {index}", f"Cluster {index}", report)
        if cluster.id in seen or not _valid_id(cluster.id):
            report.add(
                f"Handmatig cluster {short(cluster.name)}: ongeldige of dubbele sleutel; overgeslagen.",
                f"Manual cluster {short(cluster.name)}: invalid or duplicate id; skipped.",
            )
            continue
        seen.add(cluster.id)
        if not cluster.name.strip():
            cluster.name = f"Cluster {index}"
        settings.manual.append(cluster)
    for row, household in enumerate(households, start=1):
        if household.cluster is not None and household.cluster not in seen:
            where_nl, where_en = _home_where(row, household.label)
            report.add(
                f"{where_nl}: cluster {short(household.cluster)} bestaat niet; de woning wordt automatisch ingedeeld.",
                f"{where_en}: cluster {short(household.cluster)} does not exist; the home is grouped automatically.",
                "cluster",
                row,
            )
            household.cluster = None
    if settings.layout not in LAYOUTS:
        settings.layout = "line"
        report.add("Onbekende veldopstelling; 'op een rij' gebruikt.", "Unknown field layout; 'line' used.")
    if settings.allocation_key not in ALLOCATION_KEYS:
        settings.allocation_key = "extraction"
        report.add("Onbekende verdeelsleutel; 'naar onttrekking' gebruikt.", "Unknown allocation key; 'extraction' used.")
    if settings.size is not None and not 1 <= settings.size <= 50:
        settings.size = None
        report.add("Clustergrootte ongeldig; standaardwaarde gebruikt.", "Cluster size invalid; default used.")
    if not 0 <= settings.reserve_joiners <= 50:
        settings.reserve_joiners = 0
        report.add("Reserve voor latere deelnemers ongeldig; 0 gebruikt.", "Reserve for later joiners invalid; 0 used.")
    if settings.street_length_m is not None and not 0 < settings.street_length_m <= MAX_STRIP_M:
        settings.street_length_m = None
        report.add("Ruimte langs de straat ongeldig; de hele straat gebruikt.", "Room along the street invalid; the whole street used.")
    for name, what_nl, what_en in (("strip_lengths_m", "lengte", "length"), ("strip_widths_m", "breedte", "width")):
        strips = getattr(settings, name)
        bad = [key for key, value in strips.items() if not (_valid_id(key) and 0 < value <= MAX_STRIP_M)]
        for key in bad:
            del strips[key]
        if bad:
            report.add(
                f"Strook voor een veld: ongeldige {what_nl} overgeslagen; de standaardstrook gebruikt.",
                f"Strip for a field: invalid {what_en} skipped; the default strip used.",
            )
    return settings


def _share(value: float | None, what_nl: str, what_en: str, report: Report) -> float | None:
    """A share of homes for the go/no-go rule: 0 < share ≤ 1, else no rule (reported)."""
    if value is None or 0 < value <= 1:
        return value
    report.add(  # '1,5' in Dutch, not Python's '1.5'
        f"Spelregel '{what_nl}': {exact(value, 'nl')} is geen aandeel tussen 0 en 1; de regel is leeg gelaten.",
        f"Go/no-go rule '{what_en}': {exact(value, 'en')} is not a share between 0 and 1; the rule was left empty.",
    )
    return None


def _agreement(raw, households: list[Household], report: Report) -> Agreement:
    """The go/no-go rule, the organisation model and the plan of later joiners (issue 17)."""
    if raw is None:
        return Agreement()
    agreement = from_dict(Agreement, raw, "Afspraken", "Agreement", report, skip=("joiners",))
    agreement.cluster_share = _share(agreement.cluster_share, "per cluster", "per cluster", report)
    agreement.street_share = _share(agreement.street_share, "straat", "street", report)
    if agreement.organisation not in ORGANISATION_CHOICES:
        report.add(
            f"Organisatievorm {short(agreement.organisation)} onbekend; zelfbeheer gebruikt.",
            f"Organisation model {short(agreement.organisation)} unknown; self-management used.",
        )
        agreement.organisation = "self_management"
    if agreement.market_billing not in MARKET_BILLING:
        report.add(
            f"Afrekening marktpartij {short(agreement.market_billing)} onbekend; per maand gebruikt.",
            f"Market partner billing {short(agreement.market_billing)} unknown; per month used.",
        )
        agreement.market_billing = "month"
    rows = {h.id: row for row, h in enumerate(households, start=1)}
    raw_joiners = raw.get("joiners", []) if isinstance(raw, dict) else []
    seen: set[str] = set()
    for index, item in enumerate(_as_list(raw_joiners, "Het plan van latere aansluiters", "The plan of later joiners", report), start=1):
        if len(agreement.joiners) >= MAX_HOUSEHOLDS:
            break
        joiner = from_dict(PlannedJoiner, item, f"Latere aansluiter {index}", f"Later joiner {index}", report)
        if joiner.household_id not in rows or joiner.household_id in seen:
            report.add(
                f"Latere aansluiter {index}: woning {short(joiner.household_id)} bestaat niet of staat er al; overgeslagen.",
                f"Later joiner {index}: home {short(joiner.household_id)} does not exist or is listed twice; skipped.",
            )
            continue
        if not 1 <= joiner.year <= MAX_JOINING_YEAR:
            report.add(
                f"Latere aansluiter {index}: jaar {exact(joiner.year, 'nl')} ligt niet tussen 1 en {MAX_JOINING_YEAR}; overgeslagen.",
                f"Later joiner {index}: year {exact(joiner.year, 'en')} is not between 1 and {MAX_JOINING_YEAR}; skipped.",
                "year",
                rows[joiner.household_id],
            )
            continue
        seen.add(joiner.household_id)
        agreement.joiners.append(joiner)
    return agreement


def _in_bounds(value) -> bool:
    if isinstance(value, list | tuple):
        return all(_in_bounds(v) for v in value)
    if isinstance(value, OutOfBounds):
        return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        return math.isfinite(value) and abs(value) <= NUMBER_LIMIT
    return True


def _overrides(raw, report: Report) -> dict[str, object]:
    if raw is None:
        return {}
    if isinstance(raw, list) and all(isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) for p in raw):
        raw = dict(raw)
        report.add(
            "De aangepaste aannames stonden als lijst in het bestand; omgezet. Controleer ze bij 'Uitgangspunten'.",
            "The changed parameters were stored as a list; converted. Check them under 'Assumptions'.",
        )
    if not isinstance(raw, dict):
        report.add(
            f"De aangepaste aannames zijn onleesbaar ({short(raw)}); de standaardwaarden worden gebruikt.",
            f"The changed parameters are unreadable ({short(raw)}); the defaults are used.",
        )
        return {}
    from minigrid_app.core.parameters import ParameterSet
    from minigrid_app.io.defaults import engine_defaults

    definitions = engine_defaults()

    def named(key) -> tuple[str, str]:
        """An assumption by its name on 'Uitgangspunten' ('Gasprijs'), not its key."""
        found = definitions[key]
        return f"‘{found.label_nl}’", f"‘{found.label_en}’"

    usable = {}
    for key, value in raw.items():
        if key not in definitions:  # said once, as unknown (not first 'gelezen als 1,45' and then 'genegeerd')
            usable[key] = value
            continue
        name_nl, name_en = named(key)
        # read as the assumptions table reads it: '0,5 %' for a simultaneity is 0,005 (it was 0,5), '15%' no radius
        if isinstance(value, str) and (reading := read_parameter(value, definitions[key])).status == OK and reading.value is not None:
            report.add(  # a figure typed as text by hand ("1,45"): read as people type it, and said
                f"Aanname {name_nl} stond als tekst in het bestand (‘{quoted(value)}’); gelezen als "
                f"{exact(reading.value, 'nl')}.",
                f"Parameter {name_en} was text in the file (‘{quoted(value)}’); read as {exact(reading.value, 'en')}.",
                clean_text(str(key), 64)[0],
            )
            value = reading.value
        if not _in_bounds(value):
            report.add(
                f"Aanname {name_nl}: ongeldig getal ({short(value)}); standaardwaarde gebruikt.",
                f"Parameter {name_en}: invalid number ({short(value)}); default used.",
                clean_text(str(key), 64)[0],
            )
            continue
        usable[key] = value
    accepted, problems = ParameterSet.from_overrides(usable, definitions)
    for problem in problems:
        report.add(problem.nl + " (aanname teruggezet)", problem.en + " (parameter reset)", problem.field)
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in accepted.overrides.items()}


def _steps(raw, report: Report) -> dict[str, str]:
    steps = {step: "not_started" for step in STEPS}
    if raw is None:
        return steps
    if isinstance(raw, list) and len(raw) <= len(STEPS) and all(s in STEP_STATES for s in raw if isinstance(s, str)):
        raw = dict(zip(STEPS, raw, strict=False))
        report.add(
            "De stand van de stappen stond als lijst in het bestand; in volgorde overgenomen. Controleer de stappen links.",
            "The state of the steps was stored as a list; taken over in order. Check the steps on the left.",
        )
    if not isinstance(raw, dict):
        report.add(
            f"De stand van de stappen is onleesbaar ({short(raw)}); alle stappen staan op 'nog niet begonnen'.",
            f"The state of the steps is unreadable ({short(raw)}); every step is 'not started'.",
        )
        return steps
    for step in STEPS:
        state = raw.get(step, "not_started")
        if state in STEP_STATES:
            steps[step] = state
        else:
            number, (nl, en) = STEPS.index(step) + 1, STEP_WORDS[step]
            report.add(f"Stap {number}, {nl}: stand {short(state)} onbekend; 'nog niet begonnen' gebruikt.",
                       f"Step {number}, {en}: state {short(state)} unknown; 'not started' used.", step)
    for step in raw:  # a step this Minigrid does not know (a newer one's, or a hand edit): said, as an unknown field is
        if step not in STEPS:
            report.add(f"Stappen: onbekende stap {short(step)} genegeerd (is het bestand van een nieuwere Minigrid?).",
                       f"Steps: unknown step {short(step)} ignored (is the file from a newer Minigrid?).")
    return steps


#: top-level keys of a project file that are not project data
_ENVELOPE = {"format", "version", "app_version", "saved"}
_TOP_LEVEL = _ENVELOPE | {f.name for f in dataclasses.fields(Project)}


def build_project(data: dict) -> tuple[Project | None, Report, Problem | None]:
    """Validate a migrated raw dict (current format) and build the Project.

    Returns ``(project, report, refusal)``; ``project`` is None only when ``refusal``
    says why the file cannot be used at all (too many households).
    """
    report = Report()
    for key in data:
        if key not in _TOP_LEVEL:
            report.add(f"Onbekend onderdeel {short(key)} genegeerd.", f"Unknown section {short(key)} ignored.")
    project = Project()
    project.intake = from_dict(Intake, data.get("intake", {}), "Intake", "Intake", report)
    if data.get("households") is None:  # a file edited by hand that lost its homes opens empty: never without a word
        report.add("Het projectbestand bevat geen lijst met woningen; het project is zonder woningen geopend. Is het "
                   "bestand met de hand aangepast? Voeg de woningen toe bij stap 1 (Intake).",
                   "The project file holds no list of homes; the project was opened without homes. Was the file edited "
                   "by hand? Add the homes at step 1 (Intake).", "households", repaired=False)
    households = _households(data.get("households", []), report)
    if isinstance(households, Problem):
        return None, report, households
    project.households = households
    project.first_evening = from_dict(Evening, data.get("first_evening", {}), "Eerste bewonersavond", "First evening", report)
    project.second_evening = from_dict(Evening, data.get("second_evening", {}), "Tweede bewonersavond", "Second evening", report)
    project.conditions = _conditions(data.get("conditions", []), report)
    project.clusters = _clusters(data.get("clusters", {}), project.households, report)
    project.parameter_overrides = _overrides(data.get("parameter_overrides", {}), report)
    project.steps = _steps(data.get("steps", {}), report)
    project.agreement = _agreement(data.get("agreement"), project.households, report)
    project.tender = tender_from_dict(
        data.get("tender"), lambda cls, raw, nl, en: from_dict(cls, raw, nl, en, report), report.add, project
    )
    from minigrid_app.io.project_choices import check_choices
    from minigrid_app.io.project_dates import check_dates

    check_dates(project, report.add, _home_where)  # read and checked as the window reads a typed date
    check_choices(project, report.add)  # the intake's lists and counts as the window offers them
    coercer = _Coercer(report, "Project", "Project", None, Project)
    for name in ("created", "modified"):
        value = data.get(name, "")
        if isinstance(value, str):
            setattr(project, name, coercer.text(value, name))
        else:
            at_nl, at_en = coercer.at(name)
            report.add(f"{at_nl}: geen datum ({short(value)}); leeg gelaten.", f"{at_en}: not a date ({short(value)}); left empty.", name)
    return project, report, None
