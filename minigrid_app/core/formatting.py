"""Numbers, euros and dates as residents read them, in Dutch and English.

The one place where a figure becomes text: the screen, the documents, the charts, the
command line and the engine's own explanations all use these functions, so an amount
reads the same everywhere.

- thousands grouped: ``1.234,5`` (nl) or ``1,234.5`` (en);
- negative numbers with the minus sign U+2212 (``−€ 56``, ``−1,5``), never a hyphen;
- an amount that rounds to zero has no sign (``€ 0``);
- ``–`` (en dash) for a missing value;
- dates ``dd-mm-jjjj`` in both languages (as the forms ask for them).
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from minigrid_app.core.problems import in_language

if TYPE_CHECKING:  # decimal is imported where a field's length or depth is said, not to open the window
    from decimal import Decimal

#: The minus sign of every negative number shown (U+2212).
MINUS = "\u2212"
#: What a missing value shows.
MISSING = "–"


def group_thousands(number: float, decimals: int = 0, language: str = "nl") -> str:
    """1234.5 → '1.234,5' (nl) or '1,234.5' (en); −1234 → '−1.234'.

    Parameters
    ----------
    number : float
    decimals : int
        Digits after the decimal separator (rounded half to even, as Python formats).
    language : str
        ``nl`` or ``en``.
    """
    text = f"{abs(number):,.{decimals}f}"
    if language != "en":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    negative = number < 0 and any(ch not in "0.," for ch in text)
    return f"{MINUS}{text}" if negative else text


def exact(value: float, language: str = "nl", most: int = 4) -> str:
    """A figure with as few decimals as it has (at most ``most``): 2.5 → '2,5', 1500 → '1.500', 299.6 → '299,6'.

    For a message about a figure someone typed: rounding it to whole units would name another
    figure than the one checked ('300 m³ is erg weinig' for 299,6 m³).
    """
    decimals = next((d for d in range(most) if abs(value - round(value, d)) < 1e-9), most)
    return group_thousands(value, decimals, language)


def number(value: float | None, decimals: int = 0, unit: str = "", language: str = "nl") -> str:
    """'1.234 kWh'; '–' for None."""
    if value is None:
        return MISSING
    return f"{group_thousands(value, decimals, language)} {unit}".strip()


def percent(fraction: float, language: str = "nl") -> str:
    """A rate as a percentage with one decimal, two where it has them: 0.05 → '5,0 %', 0.0435 →
    '4,35 %' (one decimal read 'tegen 4,3 %' beside the payment at 4,35 %, which 4,3 % does not give).
    """
    value = 100 * fraction
    decimals = 1 if abs(value - round(value, 1)) < 1e-9 else 2
    return number(value, decimals, "%", language)


def is_calendar_year_key(key: str) -> bool:
    """Whether a default figure's key names a calendar year ('modern_build_year', 'price_year',
    'cooling_build_year_bands'), not a duration ('loan_term_years')."""
    return key.endswith("_year") or "_year_" in key


def parameter_value(value: float | tuple[float, ...], language: str = "nl", *, calendar_year: bool = False) -> str:
    """A default figure as the assumptions tables show it: as few decimals as it has (at most
    four), a calendar year without thousands separator ('1990', not '1.990'), a list of values
    separated by '; '.

    Parameters
    ----------
    value : float or tuple of float
    language : str
        ``nl`` or ``en``.
    calendar_year : bool
        The value is a year (see :func:`is_calendar_year_key`).
    """
    if isinstance(value, (tuple, list)):
        return "; ".join(parameter_value(v, language, calendar_year=calendar_year) for v in value)
    if calendar_year and float(value) == int(value):
        return f"{MINUS}{-int(value)}" if value < 0 else str(int(value))
    return exact(value, language)


def euro(amount: float | None, decimals: int = 0, language: str = "nl") -> str:
    """'€ 1.234'; '−€ 56' for a negative amount; '–' for None.

    Parameters
    ----------
    amount : float | None
        Amount [€].
    decimals : int
        0 for whole euros (screen, documents), 2 for cents.
    """
    if amount is None:
        return MISSING
    text = group_thousands(amount, decimals, language)
    if text.startswith(MINUS):
        return f"{MINUS}€ {text[1:]}"
    return f"€ {text}"


#: No-break space (U+00A0): joins a figure to its euro sign or unit where a text wraps.
NO_BREAK = "\u00a0"
#: The space after a euro sign before its amount ('€ 3.123', '€ −56'), and the space between a
#: figure and its unit or duration ('250 m', '1.200 m³', '3.400 kWh', '50 %', '15 jaar').
_FIGURE_SPACE = re.compile(
    r"(?<=€) (?=[\d−-])"
    r"|(?<=[≈~]) (?=[€\d−-])"  # '≈ € 248': the sign said of the figure stays with it
    r"|(?<=\d) (?=(?:m³|m²|m|km|kWh|MWh|kW|W|%|°C|K|jaar|years?|maanden|maand|months?|weken|weeks?|uur|hours?)(?![\w²³]))"
)
#: Text between tags of an HTML text: '>' (or the start) up to the next '<'.
_BETWEEN_TAGS = re.compile(r"(?:^|(?<=>))[^<]+")


def unbroken(text: str, html: bool = False) -> str:
    """``text`` with every figure kept whole where a line wraps: the space in '€ 3.123', '250 m',
    '1.200 m³', '3.400 kWh', '50 %', '15 jaar' and '≈ € 248' made a no-break space.

    A resident read '€' at a line's end and '3.123' on the next. The figures themselves keep a
    plain space (:func:`euro`, :func:`number`: the files, the workbook and the golden results
    read them so); the views that wrap a text (labels, slides, PDFs) call this on what they show.

    Parameters
    ----------
    html : bool
        ``text`` is HTML: only the text between tags changes, never a tag or its attributes.
    """
    if not html:
        return _FIGURE_SPACE.sub(NO_BREAK, text)
    return _BETWEEN_TAGS.sub(lambda part: _FIGURE_SPACE.sub(NO_BREAK, part.group(0)), text)


def euro_range(low: float, high: float, language: str = "nl", per_month: bool = False) -> str:
    """'€ 185 – € 215' (lowest first), with ' per maand' / ' per month' when asked."""
    text = f"{euro(min(low, high), 0, language)} – {euro(max(low, high), 0, language)}"
    if per_month:
        text += " per month" if language == "en" else " per maand"
    return text


def share_decimals(parts: int, each: float, total: float) -> int:
    """Decimals to show an average ``each`` with: 0 when ``parts`` times it, rounded, is ``total`` in whole units,
    else tenths.

    Never more than tenths: the source slide said 'gemiddeld 155,63 m' (a depth to the centimetre
    is false precision, and nobody adds up an average). A depth said beside the field's length is
    :func:`borehole_depth`, whose decimals add up.
    """
    return 0 if round(parts * round(each)) == round(total) else 1


def adding_decimals(boreholes: int, depth_m: float, total_m: float, total_decimals: int = 0) -> int:
    """The decimals (0, 1 or 2) each borehole's depth is said with beside the field's length said in
    ``total_decimals`` (:func:`said_depth`)."""
    return -said_depth(boreholes, depth_m, total_m, total_decimals).as_tuple().exponent


#: A bill of quantities counts metres to the decimetre (0,1 m).
BILL_METRE_DECIMALS = 1


def bill_metres(length_m: float) -> float:
    """A length as the bill of quantities counts it, to the decimetre: 250.4998 → 250.5."""
    return round(length_m, BILL_METRE_DECIMALS)


def _finite_field(boreholes: int, depth_m: float, total_m: float) -> bool:
    """False for a figure beyond any field (NaN, inf, 1e300 from a hostile design file): nothing adds up."""
    return abs(boreholes * depth_m) + abs(total_m) < 1e15


def said_length(total_m: float, decimals: int = 0) -> Decimal:
    """A field's length as it is said: to the decimetre as the bill counts it (:func:`bill_metres`), or in whole
    metres rounded half up from that decimetre, as a reader rounds the tender's figure: 250,47 m is '250,5 m' in
    the tender and '251 m' at the evening (it was '250 m': 250,5 read as 251 on the other paper)."""
    from decimal import ROUND_HALF_UP, Decimal

    if not _finite_field(1, 0.0, total_m):
        return Decimal(f"{total_m:.{decimals}f}") if math.isfinite(total_m) else Decimal(0)
    tenths = Decimal(f"{bill_metres(total_m):.{BILL_METRE_DECIMALS}f}")
    return tenths if decimals >= BILL_METRE_DECIMALS else tenths.quantize(Decimal(1), ROUND_HALF_UP)


def said_depth(boreholes: int, depth_m: float, total_m: float, total_decimals: int = 0) -> Decimal:
    """Each borehole's depth as said beside the field's length said in ``total_decimals`` (:func:`said_length`).

    The depth with the fewest decimals (0, 1 or 2) that adds up to the length, worked out as the reader does:
    the figures as said, multiplied exactly, rounded half up (3 × 164,45 m = 493,35 m is 493,4 m): '2 boorgaten
    van 160 m' beside '319 m' did not (each depth rounded on its own), nor '4 × 132,1 m = 529 m' (528,4);
    2 × 159,6 m = 319,2 m and 4 × 132,15 m = 528,6 m do. The tender's depth also adds up to the evening's whole
    metres, so one paper never contradicts the other. When no rounding of the depth does (the length is itself
    rounded: 5 × 100,09 m = 500,45 m beside the bill's 500,4 m), the depth is the bill's length shared over the
    boreholes, to the centimetre (5 × 100,08 m), and the evening says that depth (or its rounding): 2 × 125,25 m
    beside 251 m, as the tender's 2 × 125,25 m = 250,5 m. A field of many boreholes may still need millimetres:
    left so.
    """
    from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

    if not _finite_field(boreholes, depth_m, total_m):
        return Decimal(0)
    targets = [(said_length(total_m, decimals), Decimal(1).scaleb(-decimals))
               for decimals in sorted({total_decimals, 0})]  # the tender's length also agrees with the evening's

    def adds_up(depth: Decimal) -> bool:
        return all((boreholes * depth).quantize(unit, ROUND_HALF_UP) == length for length, unit in targets)

    # at the evening also the tender's depth rounded, as few decimals first: '1 × 94 m = 94 m' beside the
    # tender's 93,5 m, not '1 × 93,5 m = 94 m'
    tender = said_depth(boreholes, depth_m, total_m, BILL_METRE_DECIMALS) if total_decimals < BILL_METRE_DECIMALS else None
    for decimals in (0, 1, 2):
        candidates = [Decimal(f"{depth_m:.{decimals}f}")]  # as group_thousands says it
        if tender is not None:
            candidates.append(tender.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP))
        found = next((depth for depth in candidates if adds_up(depth)), None)
        if found is not None:
            return found
    if tender is not None:  # adds up to both lengths up to 5 boreholes
        return tender
    if boreholes < 1:
        return Decimal(f"{depth_m:.2f}")
    shared = (said_length(total_m, total_decimals) / boreholes).quantize(Decimal("0.01"), ROUND_CEILING)
    return shared if adds_up(shared) else Decimal(f"{depth_m:.2f}")


def _depth_text(depth: Decimal, language: str) -> str:
    return f"{group_thousands(float(depth), -depth.as_tuple().exponent, language)} m"


def borehole_depth(boreholes: int, depth_m: float, total_m: float | None = None, language: str = "nl") -> str:
    """Each borehole's depth as every text and drawing beside the field's length in whole metres says it:
    '159,6 m' beside 2 holes and 319 m ('2 × 159,6 m'), '160 m' when whole metres add up, '132,2 m' beside 4
    holes and 529 m (the tender's 4 × 132,15 m = 528,6 m; :func:`said_depth`)."""
    total = boreholes * depth_m if total_m is None else total_m
    if not _finite_field(boreholes, depth_m, total):
        return f"{group_thousands(depth_m, 0, language)} m"
    return _depth_text(said_depth(boreholes, depth_m, total), language)


def field_length(total_m: float, language: str = "nl") -> str:
    """'251 m': a field's length in whole metres as every text beside :func:`borehole_depth` says it
    (:func:`said_length`)."""
    return f"{group_thousands(float(said_length(total_m)), 0, language)} m"


def drilling_figures(boreholes: int, depth_m: float, total_m: float) -> tuple[int, float]:
    """(decimals of each borehole's depth, the field's length) as every tender text states a field's drilling.

    The length is the bill's (:func:`bill_metres`): '2 boorgaten van 125 m (250 m in totaal)' stood in step 6
    beside the bill's 250,5 m, two totals for one field. Each depth adds up to that length (:func:`said_depth`):
    2 × 125,25 m = 250,5 m (in tenths, 2 × 125,3 m would be 250,6 m).
    """
    return adding_decimals(boreholes, depth_m, total_m, BILL_METRE_DECIMALS), bill_metres(total_m)


def drilling_depth(boreholes: int, depth_m: float, total_m: float) -> float:
    """Each borehole's depth as the tender says it (:func:`said_depth` beside the bill's length): 100.08 for
    5 boreholes of 100.0898 m beside the bill's 500,4 m."""
    if not _finite_field(boreholes, depth_m, total_m):
        return depth_m
    return float(said_depth(boreholes, depth_m, total_m, BILL_METRE_DECIMALS))


def drilling_words(boreholes: int, depth_m: float, total_m: float, language: str = "nl") -> tuple[str, str]:
    """('125,25 m', '250,5 m'): each borehole's depth and the field's length as the tender says them
    (:func:`drilling_figures`)."""
    total = bill_metres(total_m)
    if not _finite_field(boreholes, depth_m, total_m):
        return f"{group_thousands(depth_m, 0, language)} m", f"{group_thousands(total, BILL_METRE_DECIMALS, language)} m"
    return (_depth_text(said_depth(boreholes, depth_m, total_m, BILL_METRE_DECIMALS), language),
            f"{group_thousands(total, BILL_METRE_DECIMALS, language)} m")


def count(n: int, one: str, other: str) -> str:
    """A number of things with the noun in its form: '1 woning', '3 woningen', '0 clusters'.

    The documents' and the command line's plural forms (the window uses Qt's ``%n``); Dutch and
    English both have one form for one and one for every other number.
    """
    return f"{n} {form(n, one, other)}"


def name_separator(names: Sequence[str]) -> str:
    """What stands between names in a list: ', ', or '; ' when a name holds ', ' itself. A group names a home
    'Lindehof 1, achter' or a cluster 'Hof, noord': 'Hof, noord, Hof, zuid en Plein' read as five names."""
    return "; " if any(", " in name for name in names) else ", "


def names_listed(names: Sequence[str], language: str | None = None) -> str:
    """Names one after another: 'A, B, C'; 'Lindehof 1, achter; Lindehof 2' (:func:`name_separator`).
    With ``language``, a name in two languages ('Woning 3' / 'Home 3') in that language."""
    names = [in_language(name, language) for name in names] if language else list(names)
    return name_separator(names).join(names)


def names_counted(names: Sequence[str], language: str = "nl", most: int = 6) -> str:
    """At most ``most`` names listed (:func:`names_listed`), the rest counted: 'A, B, C, D, E, F en 13 meer'
    ('and 13 more'). A name in two languages ('Woning 3' / 'Home 3') in ``language``."""
    names = [in_language(name, language) for name in names]
    shown = names_listed(names[:most])
    more = len(names) - most
    if more > 0:
        shown += f" and {more} more" if language == "en" else f" en {more} meer"
    return shown


def join_names(names: Sequence[str], language: str = "nl") -> str:
    """Names as a sentence lists them: 'A', 'A en B', 'A, B en C' (English 'and'); "" for none;
    'Hof, noord; Hof, zuid en Plein' when a name holds ', ' (:func:`name_separator`). A name in two
    languages ('Woning 3' / 'Home 3') in ``language``."""
    names = [in_language(name, language) for name in names]
    if len(names) < 2:
        return "".join(names)
    return name_separator(names).join(names[:-1]) + (" and " if language == "en" else " en ") + names[-1]


def all_of(n: int, language: str = "nl") -> str:
    """Every one of ``n``, as people say it: 'alle 8', but 'beide' for two ('als alle 2 tekenen');
    English 'all 8', 'both'."""
    if language == "en":
        return "both" if n == 2 else f"all {n}"
    return "beide" if n == 2 else f"alle {n}"


def all_homes(n: int, language: str = "nl") -> str:
    """Every one of ``n`` homes, as people say it: 'alle 8 woningen', but 'beide woningen' for two
    ('voor alle 2 woningen niet' in the decision's conditions) and 'de enige woning' for one (a cluster
    its neighbours left: 'alle 1 woningen'; the verb is the caller's, :func:`form`); English 'all 8 homes',
    'both homes', 'the only home'."""
    if n == 1:
        return "the only home" if language == "en" else "de enige woning"
    return f"{all_of(n, language)} {'homes' if language == 'en' else 'woningen'}"


def form(n: int, one: str, other: str) -> str:
    """The word that goes with a number: ``one`` for 1, ``other`` for any other number
    ('1 woning heeft', '3 woningen hebben'); :func:`count` puts the number in front."""
    return one if n == 1 else other


def date_text(value: datetime.date | str | None) -> str:
    """A date as 'dd-mm-jjjj' (both languages): '2025-03-14', '14-3-2025' → '14-03-2025'.

    A text is read as people write dates (:func:`minigrid_app.core.reading_dates.read_date`, day
    before month). Returns '' for None or an empty text, and a text that is no date as it is.
    """
    if not value:
        return ""
    if isinstance(value, str):
        from minigrid_app.core.reading_dates import (
            read_date,  # reading formats its own numbers here
        )

        day = read_date(value)
        if day is None:
            return value
        value = day
    return value.strftime("%d-%m-%Y")


#: the units of resources/defaults.toml in English (the file writes them in Dutch)
UNITS_EN = {
    "/jaar": "/year",
    "jaar": "years",
    "kWh/jaar": "kWh/year",
    "kWh/jaar per persoon": "kWh/year per person",
    "kWh/m² per jaar": "kWh/m² per year",
    "m³/jaar": "m³/year",
    "uur": "hours",
    "uur/jaar": "hours/year",
    "woningen": "homes",
    "aansluitingen": "connections",
    "€ per boorgat": "€ per borehole",
    "€ per boorlocatie": "€ per drilling site",
    "€/jaar": "€/year",
    "€/jaar per cluster": "€/year per cluster",
    "€/jaar per woning": "€/year per home",
    "weken": "weeks",
    "maanden": "months",
}


def shown_unit(unit: str, language: str) -> str:
    """A parameter's unit as shown: empty for "-", in English for a screen or paper in English."""
    if unit == "-":
        return ""
    return UNITS_EN.get(unit, unit) if language == "en" else unit


def figure_with_unit(value: str, unit: str) -> str:
    """A figure and its unit as a paper writes them: money with the euro sign in front, as every amount
    ('€ 6.000', '€ 700/kW', '€ 1.000 per boorgat'; it read '6.000 €'), any other unit behind ('1.800 kWh/jaar')."""
    if unit.startswith("€"):
        return f"€{NO_BREAK}{value}{unit[1:]}"
    return f"{value}{NO_BREAK}{unit}" if unit else value


def figure_unit(key: str, unit: str, language: str) -> str:
    """The unit shown next to default figure ``key``: none for a calendar year ("1990", not
    "1990 jaar" / "1990 years"), else :func:`shown_unit`. Screen, report and workbook alike."""
    return "" if is_calendar_year_key(key) else shown_unit(unit, language)
