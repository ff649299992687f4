"""Read what people type, paste or import: numbers with units, yes/no, house types (dates and build
years: :mod:`minigrid_app.core.reading_dates`, on the same :class:`Reading`).

Every entry path reads through this module: typing in the households table, pasting rows
from a spreadsheet, the survey import, the parameters table, explanations read back and the
command line. The same text therefore gives the same :class:`Reading` everywhere, and each
rule is decided once, here. Nothing in this module raises on any text.

Numbers
-------
Read the Dutch way (the program's language) unless the text itself shows English notation:

=============  ========  ==================================================
text           value     why
=============  ========  ==================================================
``1450``       1450
``1.180``      1180      Dutch thousands dot
``1510,5``     1510.5    Dutch decimal comma
``1.234,5``    1234.5
``1 180``      1180      a space (or apostrophe) groups thousands
``1510.5``     1510.5    a decimal point not followed by exactly 3 digits
``1,234.5``    1234.5    English notation: read, and the reading says so
``1,180``      ?         ambiguous: 1,18 (Dutch) or 1180 (English)
=============  ========  ==================================================

**The ambiguous thousands separator** (decided once, here). One comma followed by
exactly three digits ("1,180", "2,050") is 1,18 in Dutch and 1180 in English. It is never
read silently:

1. when the other numbers of the same column or paste show English notation ("1,234.5",
   "12,345,678"), it is read the English way and the reading says so;
2. otherwise, when exactly one of the two readings lies in the plausible range of the field
   (gas use 300–6 000 m³ a year), that one is proposed and flagged "controleer het";
3. otherwise nothing is read and the message asks for the number without a separator.

One dot followed by exactly three digits ("1.180") is the Dutch thousands dot (1180),
except in a column or paste that is English: there it is ambiguous in the same way.

Units in the text ("1200 m3", "120 m²", "45 °C", "20 %", "€ 1.234", "15 kWh") are read and
checked against the unit the field expects; a figure in thousands or millions ("€ 12k", "12 duizend",
"€ 1,2 mln", "1,2 miljoen", "1.2 million"; in money also "€ 1.2m" and "1,5 ton") is multiplied and the
reading says what it made of it; estimates ("ca. 1100", "1100?") and ranges
("1000-1200") give a value that is flagged.

Statuses
--------
``ok``
    read as written; ``nl``/``en`` may still carry a note (English notation, a year typed
    into a date-formatted cell) that the entry path shows.
``doubtful``
    something needs a human look; ``value`` is the best reading or None.
"""

from __future__ import annotations

import datetime
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from minigrid_app.core import words as W
from minigrid_app.core.formatting import exact
from minigrid_app.core.validation import plausible_range

OK, DOUBTFUL = "ok", "doubtful"


@dataclass(frozen=True)
class Reading:
    """What one piece of typed text says.

    Attributes
    ----------
    value : object
        The value read (float, int, bool, str, date) or None (empty, or nothing readable).
    status : str
        ``"ok"`` or ``"doubtful"``.
    how : str
        How it was read: ``ok``, ``empty``, ``estimate``, ``range``, ``ambiguous``,
        ``english``, ``unreadable``, ``wrong_unit``, ``excel_serial``, ``date``,
        ``decade``, ``two_digits``, ``not_whole``, ``year_as_age``, ``remark`` (a note in parentheses
        not read), ``words`` (a build year with words around it: 'voor 1945'), ``spreadsheet_error``
        (a formula's error value: :func:`spreadsheet_error`).
    nl, en : str
        What to tell the user (no row or field prefix); empty when there is nothing to say.
    alternatives : tuple
        For an ambiguous number: the Dutch and the English reading.
    """

    value: object = None
    status: str = OK
    how: str = "ok"
    nl: str = ""
    en: str = ""
    alternatives: tuple = ()

    @property
    def is_empty(self) -> bool:
        return self.how == "empty"

    @property
    def flagged(self) -> bool:
        """True when the entry path must show a message (doubtful, or a note)."""
        return self.status != OK or bool(self.nl)

    def text(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl


EMPTY = Reading(None, OK, "empty")


#: characters that show nothing: the soft hyphen, zero-width spaces and joiners, directional marks, embeddings,
#: overrides and isolates, the word joiner and the byte-order mark. A figure copied from a web page, a PDF, an
#: online form or a phone carries them; '\u200b1450' was 'geen getal' (quoted as '‘1450’ is geen getal') and cost a
#: survey its whole gas column.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def visible(text: str) -> str:
    """``text`` without the characters that show nothing (:data:`_INVISIBLE`): read as it looks."""
    return _INVISIBLE.sub("", text)


def words(text) -> str:
    """Lower case, accents removed, every non-alphanumeric a single space ('Kookt u?' → 'kookt u')."""
    text = unicodedata.normalize("NFKD", visible(str(text)))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("³", "3").replace("²", "2")
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def short(text, limit: int = 40) -> str:
    """The text on one line, cut to ``limit`` characters (for messages)."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown(value: float, unit: str | tuple[str, str] = "", language: str = "nl") -> str:
    """A value as a message shows it: '1.180 m³', '1.510,5 m³' (nl) or '1,510.5 m³' (en); money '€ 250'.
    ``unit`` is one sign ('m³') or its (Dutch, English) words ('kWh/jaar', 'kWh/year')."""
    if isinstance(unit, tuple):
        unit = unit[1] if language == "en" else unit[0]
    text = str(int(round(value))) if unit == "year" else exact(value, language)
    if unit == "€":  # money as everywhere: '€ 250', not '250 €'
        return f"−€ {text[1:]}" if text.startswith(("−", "-")) else f"€ {text}"
    unit = "" if unit == "year" else unit
    return f"{text} {unit}".strip()


# ---------------------------------------------------------------- numbers

_APPROX_BEFORE = re.compile(W.APPROX_BEFORE, re.IGNORECASE)
_APPROX_AFTER = re.compile(W.APPROX_AFTER, re.IGNORECASE)
_GROUPING = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "'": " ", "’": " ", "−": "-", "–": "-"})
_PER_YEAR = r"(?:\s*(?:per|/|p\.?|pro)\s*(?:jaar|jr|j|year|yr|y|a|annum)\.?|\s*p/?j)"
_UNIT_RES = [
    (family, re.compile(rf"(?<=[\d\s.,])\s*(?:{pattern})(?:{_PER_YEAR})?\.?\s*$", re.IGNORECASE))
    for family, pattern in W.UNITS
]
_PER_YEAR_ONLY = re.compile(rf"(?<=[\d\s.,]){_PER_YEAR}\s*$", re.IGNORECASE)
_REMARK = re.compile(r"\s*\(([^()]*)\)\s*$")
_OTHER_FIGURE = re.compile(r"(?i)\b(?:meter\s*stand|stand(?:\s+meter)?|meter\s+reading|(?:per\s+)?maand\w*|per\s+month|monthly)\b")
_YEAR_ONLY = re.compile(r"(?:in |over |van |year |jaar )?(?:19|20)\d\d", re.IGNORECASE)
_TRAILING_GAS = re.compile(r"(?<=\S)\s+(?:aard)?gas\s*$", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"^(€|eur\b|euro\b)\s*", re.IGNORECASE)
#: Money in another currency ('£ 300', '$52.50', '300 USD'): an English supplier's or resident's figure
_OTHER_CURRENCY = re.compile(r"[£$¥]|\b(?:usd|gbp|chf|dollars?|pounds?|sterling)\b", re.IGNORECASE)
_NUMBER = r"[+-]?\d[\d., ]*"
#: ",-" (or ",--", ",=", ".-") after a whole number: "€ 1.450,-" is 1450 euros
_WHOLE_AMOUNT = re.compile(r"(?<=\d)\s*[.,](?:-{1,2}|=|—|–)(?=\s*(?:€|eur\b|euro|$))", re.IGNORECASE)
_RANGE = re.compile(rf"^({_NUMBER}?)\s*(?:-|tot|à|a|to|t/m)\s*({_NUMBER})$", re.IGNORECASE)


def _plain(token: str, notation: str | None) -> tuple[float | None, str, tuple[float, ...]]:
    """One number without words: (value, how, alternatives); how is ok/english/ambiguous/unreadable."""
    text = token.translate(_GROUPING).strip()
    sign = 1.0
    if text[:1] in "+-":
        sign = -1.0 if text[0] == "-" else 1.0
        text = text[1:].strip()
    if not text or not re.fullmatch(r"\d[\d., ]*|[.,]\d+", text):
        return None, "unreadable", ()
    if " " in text:
        match = re.fullmatch(r"(\d{1,3}(?: \d{3})+)(?:([.,])(\d+))?", text)
        if not match:
            return None, "unreadable", ()
        whole = match.group(1).replace(" ", "")
        return sign * float(whole + ("." + match.group(3) if match.group(3) else "")), "ok", ()
    if text[0] in ".,":
        return sign * float("0." + text[1:]), "ok", ()
    if "," in text and "." in text:
        last = max(text.rfind(","), text.rfind("."))
        decimal, thousands = text[last], ("." if text[last] == "," else ",")
        whole, fraction = text[:last], text[last + 1 :]
        if decimal in whole or not fraction.isdigit():
            return None, "unreadable", ()
        if not re.fullmatch(rf"\d{{1,3}}(\{thousands}\d{{3}})+", whole):
            return None, "unreadable", ()
        value = sign * float(whole.replace(thousands, "") + "." + fraction)
        return value, ("english" if decimal == "." else "ok"), ()
    if "," in text:
        if re.fullmatch(r"\d{1,3}(,\d{3}){2,}", text):
            return sign * float(text.replace(",", "")), "english", ()
        if re.fullmatch(r"[1-9]\d{0,2},\d{3}", text):
            dutch, english = sign * float(text.replace(",", ".")), sign * float(text.replace(",", ""))
            if notation == "en":
                return english, "english", ()
            return None, "ambiguous", (dutch, english)
        if re.fullmatch(r"\d+,\d+", text):
            return sign * float(text.replace(",", ".")), "ok", ()
        return None, "unreadable", ()
    if "." in text:
        if re.fullmatch(r"\d{1,3}(\.\d{3}){2,}", text):
            return sign * float(text.replace(".", "")), "ok", ()
        if re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", text):
            dutch, english = sign * float(text.replace(".", "")), sign * float(text)
            if notation == "en":
                return None, "ambiguous", (english, dutch)
            return dutch, "ok", ()
        if re.fullmatch(r"\d+\.\d+", text):
            return sign * float(text), "ok", ()
        return None, "unreadable", ()
    return sign * float(text), "ok", ()


def _evidence(token: str) -> str | None:
    """'nl' or 'en' when a number can only be that notation, else None."""
    text = token.translate(_GROUPING).strip().lstrip("+-").strip()
    if " " in text or not re.fullmatch(r"\d[\d.,]*", text):
        return None
    if "," in text and "." in text:
        return "en" if text.rfind(".") > text.rfind(",") else "nl"
    if re.fullmatch(r"\d{1,3}(,\d{3}){2,}", text):
        return "en"
    if re.fullmatch(r"\d{1,3}(\.\d{3}){2,}", text):
        return "nl"
    if re.fullmatch(r"\d+,\d+", text) and not re.fullmatch(r"[1-9]\d{0,2},\d{3}", text):
        return "nl"
    return None


@dataclass(frozen=True)
class _Parts:
    body: str
    estimate: bool
    unit: str | None
    percent: bool
    remark: str = ""  # a note in parentheses after the number, not read ("1450 (2022: 1600)")
    multiplier: float = 1.0  # '€ 1,2 mln', '12k': the figure is so many thousands or millions
    said_multiplier: str = ""  # the word that said it ('mln')


#: a sentence's end after the figure: '1200.', 'ongeveer 1200.', '2!' ('1200 m3.' was read, '1200.' was 'geen getal')
_SENTENCE_END = re.compile(r"(?<=\d)\s*[.,;:!]+$")


#: A figure said in thousands or millions: '€ 12k', '12 duizend', '€ 1,2 mln', '1,2 miljoen', '1.2 million', '€ 2 mld'.
#: Every one was 'geen getal' (a quote's total, a subsidy, a loan as people write them), and '€ 1.2m' was € 1,20:
#: the 'm' was taken off as metres, the euro sign kept. A bare 'm' counts only beside a euro sign ('250 m' in a
#: price cell stays metres, refused as such) and 'ton' (Dutch for € 100.000) only where the figure is money.
_MULTIPLIERS = {"k": 1e3, "duizend": 1e3, "thousand": 1e3, "mln": 1e6, "miljoen": 1e6, "million": 1e6,
                "mio": 1e6, "m": 1e6, "ton": 1e5, "mld": 1e9, "miljard": 1e9, "billion": 1e9}
_MONEY_ONLY_MULTIPLIERS = frozenset({"m", "ton"})
_MULTIPLIER = re.compile(r"(?<=[\d.,])\s*(?P<word>k|duizend|thousand|mln|miljoen|million|mio|m|ton|mld|miljard|billion)"
                         r"\.?(?P<euro>\s*(?:€|eur|euro'?s?)\.?)?\s*$", re.IGNORECASE)


def _split(text: str, money: bool = False) -> _Parts:
    """Take estimate words, a currency sign, a multiplier ('mln', 'k') and a unit off the number; ``money``: the
    field takes euros only."""
    body = _SENTENCE_END.sub("", " ".join(text.translate(_GROUPING).split()))
    estimate = False
    match = _APPROX_BEFORE.match(body)
    if match:
        body, estimate = body[match.end():], True
    match = _APPROX_AFTER.search(body)
    if match and match.start() > 0:
        body, estimate = body[: match.start()], True
    remark = ""
    match = _REMARK.search(body)
    if match and match.start() > 0 and re.search(r"\d", body[: match.start()]):
        body, remark = body[: match.start()], match.group(1).strip()
        if _YEAR_ONLY.fullmatch(remark):  # "1450 (2023)": the year the use is of
            remark = ""
        elif any(re.fullmatch(pattern, remark, re.IGNORECASE) for _, pattern in W.UNITS):  # "1450 (m3)": its unit
            body, remark = f"{body} {remark}", ""
    body = _TRAILING_GAS.sub("", body)  # "1450 m3 gas"
    match = _PER_YEAR_ONLY.search(body)  # "1450 per jaar": before the units, where 'jaar' would be years
    if match and match.start() > 0:
        body = body[: match.start()].strip()
    body = _WHOLE_AMOUNT.sub("", body.strip())  # "1.450,-": the Dutch way of writing a whole amount
    unit = None
    sign = ""
    if body[:1] in "+-" and _CURRENCY_BEFORE.match(body[1:].lstrip()):
        sign, body = body[0], body[1:].lstrip()
    match = _CURRENCY_BEFORE.match(body)
    if match:
        body, unit = sign + body[match.end():].strip(), "eur"
    else:
        body = sign + body
    multiplier, said = 1.0, ""
    match = _MULTIPLIER.search(body)
    if match and match.start() > 0:
        word = match.group("word").lower()
        money = unit == "eur" or bool(match.group("euro")) or (money and word != "m")
        if word not in _MONEY_ONLY_MULTIPLIERS or money:
            body, multiplier, said = body[: match.start()].strip(), _MULTIPLIERS[word], match.group("word")
            unit = "eur" if match.group("euro") else unit
    for family, pattern in _UNIT_RES:
        match = pattern.search(body)
        if match and match.start() > 0:
            body = body[: match.start()].strip()
            unit = unit or family
            break
    else:
        match = _PER_YEAR_ONLY.search(body)
        if match and match.start() > 0:
            body = body[: match.start()].strip()
    return _Parts(body, estimate, unit, unit == "percent", remark, multiplier, said)


def unit_families(unit: str) -> set[str]:
    """The unit families a unit as written in the defaults names first ('€/jaar' → {'eur'}, 'm³/jaar' → {'m3'})."""
    found = set()
    for family, pattern in W.UNITS:
        if re.match(rf"(?:{pattern})(?![a-z0-9])", unit.strip(), re.IGNORECASE):
            found.add(family)
            break
    return found


def notation_evidence(text) -> str | None:
    """'nl' or 'en' when ``text`` holds a number that can only be written that way."""
    if text is None:
        return None
    return _evidence(_split(str(text)).body)


def notation_of(texts: Iterable) -> str | None:
    """The notation a column or a paste is written in: 'en', 'nl', or None (mixed or unknown).

    'en' only when some number can only be English ("1,234.5") and none only Dutch.
    """
    found = {notation_evidence(text) for text in texts} - {None}
    return found.pop() if len(found) == 1 else None


def no_answer(text: str) -> bool:
    """Empty, or an answer that says there is none ('weet niet', 'n.v.t.', '-', '?')."""
    key = words(text)
    if key:
        return key in W.NO_ANSWER
    return text.strip() in ("", "-", "--", "?", "??", "–", "—")


#: A spreadsheet's error values: a formula that did not work out, kept, copied or exported as its error
#: (Excel's and LibreOffice's). '#N/A' was read as 'no answer' (the cell left empty without a word) and
#: '#DIV/0!' as 'geen getal', so one kind of cell got two verdicts and neither said what was wrong.
SPREADSHEET_ERRORS = frozenset({
    "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!",
    "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
})
_LIBREOFFICE_ERROR = re.compile(r"err:\d{3}", re.IGNORECASE)


def spreadsheet_error(text) -> Reading | None:
    """The reading of a spreadsheet's error value ('#DIV/0!', '#N/A', LibreOffice's 'Err:502'), or None.

    Every field says it the same way: the formula in that cell did not work out, so the value is
    to be filled in by hand (doubtful, left empty).
    """
    raw = visible("" if text is None else str(text)).strip()
    if raw.upper() not in SPREADSHEET_ERRORS and not _LIBREOFFICE_ERROR.fullmatch(raw):
        return None
    return Reading(
        None, DOUBTFUL, "spreadsheet_error",
        f"‘{raw}’ is een foutmelding van de spreadsheet: de formule in die cel werkt niet; vul het zelf in",
        f"‘{raw}’ is an error of the spreadsheet: the formula in that cell does not work; fill it in yourself",
    )


def read_number(
    text,
    *,
    notation: str | None = None,
    units: Iterable[str] | None = None,
    plausible: tuple[float, float] | None = None,
    unit: str | tuple[str, str] = "",
) -> Reading:
    """Read one number as typed: notation, estimate words, ranges and a unit in the text.

    Parameters
    ----------
    text : str | float | None
        What was typed. A float or int is taken as it is (a spreadsheet number).
    notation : str | None
        ``"en"`` or ``"nl"`` when the column or paste is known to be written that way
        (see :func:`notation_of`); None: read the Dutch way and flag the ambiguous case.
    units : Iterable[str] | None
        Unit families allowed in the text (``"m3"``, ``"m2"``, ``"kwh"``, ``"eur"``,
        ``"percent"`` ... see :data:`minigrid_app.core.words.UNITS`); None: any.
    plausible : tuple[float, float] | None
        Plausible range [same unit], used only to choose between the two readings of an
        ambiguous number ("1,180").
    unit : str | tuple[str, str]
        The unit shown in messages ("m³"), or its Dutch and English words (("kWh/jaar", "kWh/year")).

    Returns
    -------
    Reading
        ``value`` a float or None; ``how`` one of ok, empty, estimate, range, english,
        ambiguous, unreadable, wrong_unit. A unit found in the text is not part of the value.
    """
    if text is None:
        return EMPTY
    if isinstance(text, int | float) and not isinstance(text, bool):
        value = float(text)
        if not math.isfinite(value):
            return _unreadable(str(text))
        return Reading(value)
    raw = visible(str(text)).strip()
    if (error := spreadsheet_error(raw)) is not None:  # '#N/A' is no 'n/a': the cell's formula failed
        return error
    if no_answer(raw):
        return EMPTY
    if units is not None and "eur" in set(units) and _OTHER_CURRENCY.search(raw):  # '£300' was 'geen getal'
        return Reading(None, DOUBTFUL, "wrong_unit",
                       f"‘{short(raw)}’ is geen bedrag in euro: reken het om of vraag het in euro",
                       f"‘{short(raw)}’ is not in euros: convert it or ask for euros")
    parts = _split(raw, money=units is not None and set(units) == {"eur"})
    if units is not None and parts.unit is not None and parts.unit not in set(units):
        found_nl, found_en = W.UNIT_NAMES[parts.unit]
        if not unit or unit == ("", ""):  # a count or a number of years: no unit to name ("geen de gevraagde eenheid")
            what_nl, what_en = ("een bedrag in euro", "an amount in euros") if parts.unit == "eur" else (
                f"in {found_nl}", f"in {found_en}")
            return Reading(
                None, DOUBTFUL, "wrong_unit",
                f"‘{short(raw)}’ is {what_nl}; vul hier alleen het getal in",
                f"‘{short(raw)}’ is {what_en}; enter just the number here",
            )
        wanted = unit if isinstance(unit, tuple) else (unit, unit)  # an assumption's 'kWh/year' in English
        if parts.unit == "eur":
            return Reading(
                None, DOUBTFUL, "wrong_unit",
                f"‘{short(raw)}’ is een bedrag in euro, geen {wanted[0]}: vul de hoeveelheid in {wanted[0]} in",
                f"‘{short(raw)}’ is an amount in euros, not {wanted[1]}: enter the quantity in {wanted[1]}",
            )
        return Reading(
            None, DOUBTFUL, "wrong_unit",
            f"‘{short(raw)}’ is in {found_nl}, niet in {wanted[0]}: reken het om of vul het in {wanted[0]} in",
            f"‘{short(raw)}’ is in {found_en}, not in {wanted[1]}: convert it or enter it in {wanted[1]}",
        )
    body = parts.body
    value, how, alternatives = _plain(body, notation) if body else (None, "unreadable", ())
    value, alternatives = _times(value, parts.multiplier), tuple(_times(each, parts.multiplier) for each in alternatives)
    if how == "unreadable":
        match = _RANGE.match(body)
        if match and match.group(1):
            low, _, _ = _plain(match.group(1), notation)
            high, _, _ = _plain(match.group(2), notation)
            low, high = _times(low, parts.multiplier), _times(high, parts.multiplier)
            if low is not None and high is not None and low < high:
                middle = (low + high) / 2
                return Reading(
                    middle, DOUBTFUL, "range",
                    f"‘{short(raw)}’ is een bereik; het midden ({shown(middle, unit)}) aangenomen: controleer het",
                    f"‘{short(raw)}’ is a range; the middle ({shown(middle, unit, 'en')}) assumed: check it",
                )
        return _unreadable(raw)
    if how == "ambiguous":
        return _ambiguous(raw, alternatives, plausible, unit)
    if value is None or not math.isfinite(value) or abs(value) > 1e15:
        return _unreadable(raw)
    if parts.remark and (other := _OTHER_FIGURE.search(parts.remark)):  # "1500 (meterstand)": another figure
        nl, en = ("een meterstand", "a meter reading") if "stand" in other[0].lower() else ("per maand", "per month")
        return Reading(None, DOUBTFUL, "remark", f"‘{short(raw)}’ is volgens de opmerking {nl}, niet het gevraagde getal", f"‘{short(raw)}’ is {en} by its note, not the figure asked")
    if parts.remark:
        return Reading(
            value, DOUBTFUL, "remark",
            f"‘{short(raw)}’: de opmerking tussen haakjes is niet gelezen; {shown(value, unit)} aangenomen: controleer het",
            f"‘{short(raw)}’: the note in parentheses was not read; {shown(value, unit, 'en')} assumed: check it",
        )
    if parts.estimate:
        return Reading(
            value, DOUBTFUL, "estimate",
            f"‘{short(raw)}’ is een schatting; {shown(value, unit)} aangenomen: controleer het",
            f"‘{short(raw)}’ is an estimate; {shown(value, unit, 'en')} assumed: check it",
        )
    if how == "english":
        return Reading(
            value, OK, "english",
            f"‘{short(raw)}’ in Engelse schrijfwijze gelezen als {shown(value, unit)}",
            f"‘{short(raw)}’ read in English notation as {shown(value, unit, 'en')}",
        )
    if parts.multiplier != 1:  # said, so a '12k' read as 12.000 is seen in full where it was typed
        return Reading(value, OK, "multiplier", f"‘{short(raw)}’ gelezen als {shown(value, unit)}",
                       f"‘{short(raw)}’ read as {shown(value, unit, 'en')}")
    return Reading(value)


def _times(value: float | None, multiplier: float) -> float | None:
    """``value`` × ``multiplier``, rounded to a millionth so '1,15 mln' is 1.150.000, not 1.149.999,9999."""
    return value if value is None or multiplier == 1 else round(value * multiplier, 6)


def _unreadable(raw: str) -> Reading:
    return Reading(
        None, DOUBTFUL, "unreadable",
        f"‘{short(raw)}’ is geen getal",
        f"‘{short(raw)}’ is not a number",
    )


def _ambiguous(raw: str, alternatives: tuple[float, ...], plausible, unit: str | tuple[str, str]) -> Reading:
    first, second = alternatives
    both_nl = f"‘{short(raw)}’ kan {shown(first, unit)} of {shown(second, unit)} betekenen"
    both_en = f"‘{short(raw)}’ can mean {shown(first, unit, 'en')} or {shown(second, unit, 'en')}"
    if plausible is not None:
        low, high = plausible
        fitting = [value for value in alternatives if low <= value <= high]
        if len(fitting) == 1:
            value = fitting[0]
            other = second if value == first else first
            return Reading(
                value, DOUBTFUL, "ambiguous",
                f"{both_nl}; {shown(value, unit)} aangenomen ({shown(other, unit)} is niet aannemelijk): controleer het",
                f"{both_en}; {shown(value, unit, 'en')} assumed ({shown(other, unit, 'en')} is not plausible): check it",
                alternatives,
            )
    whole = str(int(max(alternatives))) if max(alternatives).is_integer() else shown(max(alternatives))
    return Reading(
        None, DOUBTFUL, "ambiguous",
        f"{both_nl}; typ het getal zonder punt of komma voor de duizendtallen ({whole})",
        f"{both_en}; type the number without a thousands separator ({whole})",
        alternatives,
    )


def number_word(text, nouns: Iterable[str] = ()) -> int | None:
    """The count a number word says ('zes', 'alleen', 'twee personen' with 'personen' in ``nouns``), else None."""
    first, _, rest = words("" if text is None else str(text)).partition(" ")
    return W.NUMBER_WORDS[first] if first in W.NUMBER_WORDS and (not rest or rest in nouns) else None


def read_count(text, nouns: Iterable[str] = (), *, units: Iterable[str] | None = None, unit: str = "",
               notation: str | None = None) -> Reading:
    """A count as typed, by the rule of every count: a number word ('zes', 'zes woningen' with
    'woningen' in ``nouns``) or a number (:func:`read_number`, ``units``, ``unit`` and ``notation`` as there).

    'zes' was read as the residents of a home but refused as the intake's planned connections."""
    if isinstance(text, str) and (word := number_word(text, nouns)) is not None:
        return Reading(float(word))
    return read_number(text, units=units, unit=unit, notation=notation)


def read_amount(text: str, language: str = "nl") -> float:
    """Read back the number the program wrote first in ``text`` in ``language``
    ('€ 1.234', '-€ 56', '3,5 jaar', '€ 1,234' in English).

    Raises
    ------
    ValueError
        When the text does not start with a number.
    """
    cleaned = str(text).replace("€", "").translate(_GROUPING).strip()
    if cleaned.startswith("-"):
        cleaned = "-" + cleaned[1:].lstrip()
    token = cleaned.split()[0] if cleaned.split() else ""
    reading = read_number(token, notation=language)
    if not isinstance(reading.value, float) or reading.how not in ("ok", "english"):
        raise ValueError(text)
    return reading.value


# ---------------------------------------------------------------- household fields

#: How each household field is read: kind, allowed unit families, unit in messages.
FIELDS = {
    "gas_m3_per_year": ("number", ("m3",), "m³"),
    "floor_area_m2": ("number", ("m2",), "m²"),
    "supply_temp_c": ("number", ("degc",), "°C"),
    "insulation_savings": ("percent", ("percent",), "%"),
    "boiler_age_years": ("number", ("years",), ""),
    "distance_to_next_m": ("number", ("m",), "m"),
    "lt_measures_cost_eur": ("number", ("eur",), "€"),
    "persons": ("int", ("persons",), ""),
    "build_year": ("year", (), ""),
    "cooks_on_gas": ("yes_no", (), ""),
    "three_phase": ("yes_no", (), ""),
    "participation": ("participation", (), ""),
    "house_type": ("house_type", (), ""),
}


#: residents counted in two parts: '2+2', '2 + 1', '2 volw. + 2 kind.', '2 volwassenen en 1 kind'
_PERSONS_ADDED = re.compile(r"(\d{1,2})\s*(?:volw[a-z]*\.?|adults?)?\s*(?:\+|en|and|&)\s*(\d{1,2})\s*"
                            r"(?:kind[a-z]*\.?|child(?:ren)?|kids?)?")


def thousands_lost(typed: float | None) -> float | None:
    """The year's gas use a spreadsheet number stands for when its Dutch thousands point was read as a decimal
    point [m³], else None.

    '1.180' opened in a spreadsheet set to English is the number 1,18 (and '1.500' is 1,5): a stored number
    between 0 and 10 that is not whole, has at most three decimals and is a plausible year's use times 1000.
    No home uses 1,18 m³ a year; it was 'erg weinig … maandbedrag?' and cost a survey its gas column.
    """
    if typed is None or isinstance(typed, bool) or not 0 < typed < 10 or float(typed).is_integer():
        return None
    thousands = round(typed * 1000)
    low, high = plausible_range("gas_m3_per_year")
    return float(thousands) if abs(typed * 1000 - thousands) < 1e-6 and low <= thousands <= high else None


def read_field(
    field: str,
    text,
    typed: float | None = None,
    *,
    notation: str | None = None,
    serial: float | None = None,
    today: datetime.date | None = None,
) -> Reading:
    """Read one household field from what was typed; text fields come back stripped.

    Parameters
    ----------
    field : str
        A :class:`~minigrid_app.core.model.Household` field name.
    text : str | None
        The text as typed or pasted.
    typed : float | None
        The number a spreadsheet stored in the cell, when it stored one (used as stored).
    notation : str | None
        The notation of the column or paste (:func:`notation_of`).
    serial : float | None
        The spreadsheet's date serial of a date cell (a build year typed into a date cell).
    today : datetime.date | None
        For tests; default today.

    Returns
    -------
    Reading
        Empty text gives ``how == "empty"`` (the entry path keeps its default).
    """
    text = "" if text is None else str(text)
    spec = FIELDS.get(field)
    if spec is None:
        return Reading(" ".join(text.split()) if field != "notes" else text.strip())
    kind, units, unit = spec
    text = visible(text)
    if (error := spreadsheet_error(text)) is not None:  # every kind of field, not only the numbers
        return error
    if kind == "year":
        from minigrid_app.core.reading_dates import read_build_year  # imports this module

        return read_build_year(text, typed, serial=serial, today=today)
    if kind == "yes_no":
        return read_yes_no(text, field)
    if kind == "participation":
        return read_participation(text)
    if kind == "house_type":
        return read_house_type(text)
    if field == "gas_m3_per_year" and (thousands := thousands_lost(typed)) is not None:
        return Reading(
            thousands, DOUBTFUL, "thousands_lost",
            f"{shown(typed)} lijkt {shown(thousands, unit)}: een spreadsheet in Engelse instelling las de punt van "
            f"{shown(thousands)} als decimaalteken; {shown(thousands, unit)} aangenomen: controleer het",
            f"{shown(typed, '', 'en')} looks like {shown(thousands, unit, 'en')}: a spreadsheet set to English read the "
            f"Dutch thousands point as a decimal point; {shown(thousands, unit, 'en')} assumed: check it",
        )
    if field == "persons" and typed is None and (added := _PERSONS_ADDED.fullmatch(" ".join(text.lower().split()))):
        total = int(added[1]) + int(added[2])  # '2+2', '2 volw. + 1 kind': the survey's way to say 4 and 3
        return Reading(total, OK, "added", f"‘{short(text)}’ opgeteld: {total}", f"‘{short(text)}’ added up: {total}")
    if kind == "int" and typed is None and (word := number_word(text, W.PERSON_NOUNS)) is not None:
        return Reading(word)  # "twee", "alleen", "vier personen"
    reading = read_number(
        typed if typed is not None else text, notation=notation, units=units, plausible=plausible_range(field), unit=unit
    )
    value = reading.value
    if value is None:
        return reading
    if kind == "percent":
        said = typed is None and any(sign in text.lower() for sign in ("%", "procent", "percent"))
        if said or value >= 1:  # "20", "20 %" and a spreadsheet's 0,2 all mean 20 %
            value = value / 100
        return with_value(reading, value)
    if kind == "int":
        if not float(value).is_integer():
            return Reading(None, DOUBTFUL, "not_whole", f"‘{short(text)}’ is geen heel getal",
                           f"‘{short(text)}’ is not a whole number")
        return with_value(reading, int(value))
    if field == "boiler_age_years":
        this_year = (today or datetime.date.today()).year
        if float(value).is_integer() and 1900 <= value <= this_year:
            age = float(this_year - int(value))
            return Reading(
                age, DOUBTFUL, "year_as_age",
                f"‘{short(text or typed)}’ lijkt een jaartal; {shown(age)} jaar oud aangenomen",
                f"‘{short(text or typed)}’ looks like a year; {shown(age, '', 'en')} years old assumed",
            )
    return reading


def with_value(reading: Reading, value) -> Reading:
    return Reading(value, reading.status, reading.how, reading.nl, reading.en, reading.alternatives)


# ---------------------------------------------------------------- words


def read_yes_no(text, field: str = "") -> Reading:
    """Ja/nee in any wording ('JA', 'klopt', 'zeker', 'x', 'inductie' for cooking); else doubtful, None."""
    if isinstance(text, bool):
        return Reading(text)
    raw = "" if text is None else str(text)
    if no_answer(raw):
        return EMPTY
    key = words(raw) or raw.strip()
    extra_yes, extra_no = W.YES_NO_EXTRA.get(field, (frozenset(), frozenset()))
    yes, no = W.YES | extra_yes, W.NO | extra_no
    if key in yes:
        return Reading(True)
    if key in no:
        return Reading(False)
    answer = _leading_answer(key, yes, no)
    if answer is not None:
        return Reading(answer == "yes")
    return Reading(None, DOUBTFUL, "unreadable", f"‘{short(raw)}’ is geen ja of nee", f"‘{short(raw)}’ is not yes or no")


def _leading_answer(key: str, yes: Iterable[str], no: Iterable[str], doubt: Iterable[str] = ()) -> str | None:
    """'yes' or 'no' for an answer with its explanation ('nee inductie', 'ja nog wel'): the
    first word is a plain yes or no and no other word of the answer says the opposite (or,
    with ``doubt``, that it is not decided: 'nee, nog niet')."""
    first, _, rest = key.partition(" ")
    if not rest or first not in W.LEADING_YES | W.LEADING_NO:
        return None
    said = "yes" if first in W.LEADING_YES else "no"
    same, opposite = (set(yes), set(no)) if said == "yes" else (set(no), set(yes))
    opposite = (opposite | set(doubt)) - {"1", "0", "x", "v", "n", "j", "y"}
    tokens = rest.split()
    index = 0
    while index < len(tokens):  # the longest known phrase at each place decides ("nog niet" over "niet")
        for width in (3, 2, 1):
            phrase = " ".join(tokens[index:index + width])
            if phrase in opposite and phrase not in same:
                return None
            if phrase in same:
                break
        else:
            width = 1
        index += width
    return said


def read_participation(text) -> Reading:
    """'ja' → interested, 'nee' → declined, 'misschien' → unknown, 'getekend' → signed."""
    raw = "" if text is None else str(text)
    if not raw.strip() or not words(raw):
        return EMPTY
    key = words(raw)
    for state, answers in W.PARTICIPATION.items():
        if key in answers or key == state:
            return Reading(state)
    answer = _leading_answer(key, W.PARTICIPATION["interested"], W.PARTICIPATION["declined"], W.PARTICIPATION["unknown"])
    if answer is not None:  # "Ja, ik doe mee", "Nee, geen interesse"
        return Reading("interested" if answer == "yes" else "declined")
    return Reading(None, DOUBTFUL, "unreadable", f"‘{short(raw)}’ niet herkend", f"‘{short(raw)}’ not recognised")


def read_house_type(text) -> Reading:
    """House type in the residents' words ('2-onder-1-kap', 'rijtjeshuis', 'end-of-terrace')."""
    raw = "" if text is None else str(text)
    if not raw.strip():
        return EMPTY
    found = _house_type(words(raw).replace(" ", ""))
    if found is not None:
        return Reading(found)
    # a type with its explanation, as forms collect it: 'Tussenwoning (rijtjeshuis)', 'hoekwoning, 3 verdiepingen'
    head = re.split(r"[(,;:/]", raw, maxsplit=1)[0]
    found = _house_type(words(head).replace(" ", "")) if head.strip() != raw.strip() else None
    if found is not None:
        return Reading(found)
    return Reading(None, DOUBTFUL, "unreadable", f"‘{short(raw)}’ is geen bekend woningtype",
                   f"‘{short(raw)}’ is not a known house type")


def _house_type(key: str) -> str | None:
    for suffix in ("", "woning", "huis", "house", "home"):
        candidate = key[: len(key) - len(suffix)] if suffix and key.endswith(suffix) else key
        for house_type, names in W.HOUSE_TYPES.items():
            if candidate and (candidate in names or candidate == house_type.replace("-", "")):
                return house_type
    return None
