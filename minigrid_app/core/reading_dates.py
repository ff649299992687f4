"""Read dates and years as people write them: '12-6-1905', '1 jan 2023', 'mrt-23', a spreadsheet's day
count (45992), a build year typed as 'ca 1996', 'jaren 90' or into a date cell.

The dates and years part of :mod:`minigrid_app.core.reading` (same :class:`~minigrid_app.core.reading.Reading`,
same rule: nothing here raises on any text); every entry path reads a date or a build year here.
"""

from __future__ import annotations

import datetime
import re

from minigrid_app.core import words as W
from minigrid_app.core.formatting import date_text
from minigrid_app.core.problems import Bilingual
from minigrid_app.core.reading import (
    DOUBTFUL,
    EMPTY,
    OK,
    Reading,
    no_answer,
    read_number,
    short,
    shown,
    visible,
    with_value,
    words,
)

#: Excel's day 0 in the 1900 date system; a date is stored as days since then.
EXCEL_EPOCH = datetime.date(1899, 12, 30)

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[.,;]?$|[ t].*$)")  # lower case: '2025-03-14t10:00'
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.]'?(\d{4}|\d{2})(?:[.,;]?$|\s.*$)")
#: any dash or hyphen between the figures of a date ('14–03–2025', a non-breaking hyphen from a word processor)
_DASHES = str.maketrans({dash: "-" for dash in "\u2010\u2011\u2012\u2013\u2014\u2212"})
#: a day, a month and a year in figures with spaces between or around their separators
_SPACED_NUMBERS = re.compile(r"^(\d{1,2})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*('?\d{4}|'?\d{2})(?=[.,;]?$)")
#: a time of day after a date: '14 maart 2025 om 19.30 uur', 'March 14, 2025 7:30 p.m.'
_TIME_AFTER = re.compile(r"[\s,]+(?:om\s+|at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:uur|u|h|[ap]\.?m\.?)?\s*$")
#: a month with its year in two figures, joined: 'mrt-23', "maart '23"
_SHORT_YEAR_AFTER = re.compile(r"[a-z]\.?\s*[-/']\s*'?\d{2}$")
_ORDINAL = re.compile(r"(\d{1,4})(?:e|de|ste|st|nd|rd|th)?")
#: which day of the week each weekday's word names (Monday 0, as :meth:`datetime.date.weekday`)
_WEEKDAY_NUMBER = {word: number for number, names in enumerate((
    ("ma", "maandag", "mon", "monday"), ("di", "dinsdag", "tue", "tues", "tuesday"),
    ("wo", "woensdag", "wed", "wednesday"), ("do", "donderdag", "thu", "thur", "thurs", "thursday"),
    ("vr", "vrijdag", "fri", "friday"), ("za", "zaterdag", "sat", "saturday"), ("zo", "zondag", "sun", "sunday"),
)) for word in names}
#: a weekday before a date written in figures: 'do 12-03-2026', 'donderdag, 12-3-2026'
_WEEKDAY_BEFORE = re.compile(r"^([a-z]+)\.?,?\s+(?=\d)")
_COMPACT = re.compile(r"^((?:19|20)\d{2})(\d{2})(\d{2})$")  # 20261201, as a date field or a file name writes it
#: a two-digit year is read as 20xx up to this many years ahead of today, else as 19xx ('1-12-26' is 2026)
YEARS_AHEAD = 20


def two_digit_year(year: int, today: datetime.date | None = None) -> int:
    """The year meant by '26' in '1-12-26': 20xx unless that lies more than :data:`YEARS_AHEAD` years
    ahead of ``today`` (then 19xx: '1-12-85' is 1985); a four-digit year as it is."""
    if year >= 100:
        return year
    this_year = (today or datetime.date.today()).year
    return 2000 + year if 2000 + year <= this_year + YEARS_AHEAD else 1900 + year


def read_date(text, today: datetime.date | None = None) -> datetime.date | None:
    """A date as people write it: '12-6-1905', '1-12-26', '2023-01-01', '20261201', '1 jan 2023',
    '14-mrt-2025', 'dinsdag 14 maart 2025 om 19.30 uur', 'March 14, 2025', '14e maart 2025',
    '2024/10/03 8:14 p.m.', '2025-03-14T10:00'.

    Day before month (Dutch) when written with numbers only; a two-digit year by
    :func:`two_digit_year` (``today`` for tests); a month and a year alone is its first day ('jan 2023');
    None when it is not a date. A day that is written is never dropped: '14-mrt-2025' was 1 March 2025,
    and '14 maart' 1 March 2014 (14 read as the year); a date without its year is no date.
    """
    if isinstance(text, datetime.datetime):
        return text.date()
    if isinstance(text, datetime.date):
        return text
    raw = " ".join(visible(str(text or "")).translate(_DASHES).split()).lower()
    weekdays = {_WEEKDAY_NUMBER[t] for t in words(_TIME_AFTER.sub("", raw)).split() if t in _WEEKDAY_NUMBER}
    day = _read_date(raw, today)
    # 'dinsdag 12 maart 2026' (a Thursday): one of the two is wrong, so no day is taken for it
    return None if day is None or len(weekdays) > 1 or (weekdays and day.weekday() not in weekdays) else day


def _read_date(raw: str, today: datetime.date | None) -> datetime.date | None:
    """:func:`read_date` of ``raw`` (lower case, one space between words), its weekday not checked."""
    weekday = _WEEKDAY_BEFORE.match(raw)
    if weekday and weekday[1] in _WEEKDAY_NUMBER:  # 'do 12-03-2026': the weekday before figures
        raw = raw[weekday.end():]
    raw = _SPACED_NUMBERS.sub(lambda m: f"{m[1]}-{m[2]}-{m[3]}", raw)  # '14 - 03 - 2025', '14 03 2025'
    for pattern, order in ((_ISO, "ymd"), (_DMY, "dmy"), (_COMPACT, "ymd")):
        match = pattern.match(raw)
        if match:
            numbers = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            numbers["y"] = two_digit_year(numbers["y"], today)
            try:
                return datetime.date(numbers["y"], numbers["m"], numbers["d"])
            except ValueError:
                return None
    return _named_date(raw, today)


def _named_date(raw: str, today: datetime.date | None) -> datetime.date | None:
    """A date with its month in words: day, month and year in either order of day and month, a weekday, an
    ordinal ('14e', '1ste', '14th') and a time after it allowed; a month and a year alone is its first day."""
    tokens = [t for t in words(_TIME_AFTER.sub("", raw)).split() if t not in _WEEKDAY_NUMBER and t not in ("of", "the")]
    months = [t for t in tokens if t in W.MONTHS]
    if len(months) != 1:
        return None
    where = tokens.index(months[0])
    numbers = []
    for token in tokens[:where] + ["|"] + tokens[where + 1:]:
        ordinal = _ORDINAL.fullmatch(token)
        if token != "|" and ordinal is None:
            return None  # a word that is no part of a date ('avond'): no date
        numbers.append(token if ordinal is None else ordinal[1])
    before, after = numbers[: numbers.index("|")], numbers[numbers.index("|") + 1:]
    if before == [] and len(after) == 1 and (len(after[0]) == 4 or _SHORT_YEAR_AFTER.search(raw)):  # 'jan 2023', 'mrt-23'
        day, year = "1", after[0]  # ('maart 14' is a day without its year, not March 2014)
    elif len(before) == 1 and len(after) == 1 and len(before[0]) <= 2 and len(after[0]) in (2, 4):  # 14 maart 2025
        day, year = before[0], after[0]
    elif before == [] and len(after) == 2 and len(after[0]) <= 2 and len(after[1]) == 4:  # March 14, 2025
        day, year = after
    else:
        return None
    try:
        return datetime.date(two_digit_year(int(year), today), W.MONTHS[months[0]], int(day))
    except ValueError:
        return None


def read_month(text) -> tuple[int | None, int] | None:
    """(year or None, month) for 'jan 2023', 'januari', 'mrt-23', '2023-03', '1 maart 2023'; else None."""
    raw = words(text)
    if not raw:
        return None
    match = re.fullmatch(r"(\d{4}) (\d{1,2})", raw)
    if match and 1 <= int(match.group(2)) <= 12:
        return int(match.group(1)), int(match.group(2))
    tokens = raw.split()
    names = [token for token in tokens if token in W.MONTHS]
    if len(names) != 1:
        return None
    others = [token for token in tokens if token not in W.MONTHS]
    year = None
    for token in others:
        if re.fullmatch(r"\d{4}", token):
            year = int(token)
        elif re.fullmatch(r"\d{2}", token) and year is None and len(others) == 1:
            year = two_digit_year(int(token))
        elif not re.fullmatch(r"\d{1,2}", token):
            return None
    return year, W.MONTHS[names[0]]


#: a spreadsheet's day count as text: '46280', '46280.0', or with a time of day, '46280.5' or '46280,5' (12:00)
_SERIAL = re.compile(r"\d+(?:[.,]\d+)?")


def _serial_number(value) -> float | None:
    """The day count written in ``value`` (a number, or text as a spreadsheet or a Dutch one writes it); else None."""
    if isinstance(value, str) and _SERIAL.fullmatch(value.strip()):
        return float(value.strip().replace(",", "."))
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def serial_date(value) -> datetime.date | None:
    """A number where a date belongs that is a spreadsheet's day count (45992 is 01-12-2025, a date pasted as a
    value into a cell that is no date cell), from 2000 to 2099; else None.

    A date and time counts the time as a part of the day (46280.5 is 15-09-2026 12:00): read as that day, whose
    time no project date holds (:func:`serial_note` says it)."""
    seconds = _serial_seconds(value)
    if seconds is None or not 36526 <= seconds // SECONDS_A_DAY <= 73050:  # 01-01-2000 to 31-12-2099
        return None
    return EXCEL_EPOCH + datetime.timedelta(days=seconds // SECONDS_A_DAY)


SECONDS_A_DAY = 24 * 60 * 60


def _serial_seconds(value) -> int | None:
    """The day count in ``value`` in whole seconds (a spreadsheet keeps a time to the millisecond: 46280.99999999 is
    midnight), or None for no number, NaN or one beyond any date."""
    number = _serial_number(value)
    if number is None or not -1e12 < number < 1e12:  # NaN fails both
        return None
    return round(number * SECONDS_A_DAY)


def serial_note(day: datetime.date, value=None) -> Bilingual:
    """What every entry path says of a date read from a spreadsheet's day count (:func:`serial_date`):
    'het getal 46280; gelezen als de datum die een spreadsheet zo telt: 15-09-2026'.

    ``value``: the count as given, when it may hold a time of day (46280.5): said as written ('46280,5') with
    the time left out ('de tijd, 12:00, weggelaten')."""
    number = _serial_number(value) if value is not None else None
    if number is None or _serial_seconds(number) % SECONDS_A_DAY == 0:
        return Bilingual(
            f"het getal {excel_serial(day)}; gelezen als de datum die een spreadsheet zo telt: {day:%d-%m-%Y}",
            f"the number {excel_serial(day)}; read as the date a spreadsheet counts so: {day:%d-%m-%Y}",
        )
    minutes = _serial_seconds(number) % SECONDS_A_DAY // 60  # the time as a clock shows it: 23:59:59 is 23:59
    time = f"{minutes // 60:02d}:{minutes % 60:02d}"
    written = f"{number:.10f}".rstrip("0")
    return Bilingual(
        f"het getal {written.replace('.', ',')}; gelezen als de datum die een spreadsheet zo telt: {day:%d-%m-%Y} "
        f"(de tijd, {time}, weggelaten)",
        f"the number {written}; read as the date a spreadsheet counts so: {day:%d-%m-%Y} (the time, {time}, left out)",
    )


def excel_serial(day: datetime.date) -> int:
    """The number Excel stores for ``day`` in its 1900 date system (1900-01-01 → 1)."""
    serial = (day - EXCEL_EPOCH).days
    return serial - 1 if day < datetime.date(1900, 3, 1) else serial  # Excel's 29-02-1900


_DECADE = re.compile(
    r"^(?:(begin|vroege|early|midden|mid|eind|late|laat)\s+)?(?:de\s+)?(?:jaren|the)?\s*'?(\d{2}|\d{4})\s*'?\s*"
    r"(?:er jaren|er|s|jaren)?$"
)


def read_build_year(text, typed: float | None = None, *, serial: float | None = None,
                    today: datetime.date | None = None) -> Reading:
    """A build year: '1996'; a year typed into a date cell (Excel shows 12-6-1905 for 1990);
    'ca 1996', '96', 'jaren 90' (1995), '1995-1997' doubtful with the best guess.

    A date between 1-1-1900 and the date whose Excel serial is next year is the serial of a
    year that Excel formatted as a date: read as that year, and said so.
    """
    this_year = (today or datetime.date.today()).year
    if typed is not None and serial is None:
        if float(typed).is_integer():
            return Reading(int(typed))
        return Reading(None, DOUBTFUL, "unreadable", f"{shown(typed)} is geen jaartal", f"{shown(typed, '', 'en')} is not a year")
    raw = "" if text is None else visible(str(text)).strip()
    if no_answer(raw) and serial is None:
        return EMPTY
    if re.fullmatch(r"\d{4}", raw):
        return Reading(int(raw))
    day = read_date(raw)
    if day is not None or serial is not None:
        number = int(serial) if serial is not None else excel_serial(day)
        shown_date = f"{day.day}-{day.month}-{day.year}" if day is not None else raw
        if day is not None and datetime.date(1900, 1, 1) <= day and 1800 <= number <= this_year + 1:
            return Reading(
                number, OK, "excel_serial",
                f"‘{shown_date}’ is het jaartal {number} in een datumopmaak (Excel toont een jaartal in een "
                f"datumcel als datum); gelezen als {number}",
                f"‘{shown_date}’ is the year {number} in a date format (Excel shows a year typed into a date "
                f"cell as a date); read as {number}",
            )
        if day is not None:
            return Reading(day.year, DOUBTFUL, "date", f"‘{short(raw)}’ is een datum; {day.year} aangenomen",
                           f"‘{short(raw)}’ is a date; {day.year} assumed")
    key = words(raw)
    decade = _DECADE.match(key) if ("jaren" in key or re.search(r"\d0 ?s$|\d0 ?er", key)) else None
    if decade:
        start = int(decade.group(2))
        if start < 100:
            start += 2000 if start == 0 else 1900
        if start % 10 == 0 and 1500 <= start <= this_year:
            offset = {"begin": 2, "vroege": 2, "early": 2, "eind": 8, "late": 8, "laat": 8}.get(decade.group(1) or "", 5)
            year = min(start + offset, this_year)
            return Reading(
                year, DOUBTFUL, "decade",
                f"‘{short(raw)}’ is geen jaartal; {year} aangenomen (in dat decennium): controleer het",
                f"‘{short(raw)}’ is not a year; {year} assumed (within that decade): check it",
            )
    if re.fullmatch(r"'?\d{2}", raw):
        two = int(raw.lstrip("'"))
        year = 2000 + two if two <= this_year % 100 else 1900 + two
        return Reading(year, DOUBTFUL, "two_digits", f"‘{raw}’ heeft twee cijfers; {year} aangenomen",
                       f"‘{raw}’ has two digits; {year} assumed")
    reading = read_number(raw, unit="year")
    if reading.value is not None and reading.how in ("estimate", "range", "remark"):
        return with_value(reading, int(round(reading.value)))
    if reading.value is not None and reading.how == "ok" and float(reading.value).is_integer():
        return Reading(int(reading.value))  # '+1996' or '1996,0'; range checks follow in validation
    from minigrid_app.core.year_words import build_year_in_words  # the rare case, kept apart

    return build_year_in_words(raw, this_year)


def year_in(text) -> int | None:
    """A four-digit year (1900-2100) written in a header or label ('Gasverbruik 2023 (m3)' → 2023)."""
    found = re.findall(r"(?<!\d)(19\d\d|20\d\d|2100)(?!\d)", str(text or ""))
    return int(found[-1]) if found else None


#: a home signed (or declined) its declaration of intent or agreement in this year or later
FIRST_SIGNING_YEAR = 2000


def signed_date_note(day: datetime.date | str | None, today: datetime.date | None = None,
                     start: datetime.date | None = None) -> Bilingual | None:
    """A note on the date a home signed or declined (its declaration of intent, its agreement), or None.

    ``day`` is a date or, as the project stores it, ISO text ('2062-03-14'); none ('' or None)
    has no note. ``start``: the day the project started (:func:`project_start`), when known.

    Such a date lies in the past or today, and not before the project started: one in the
    future, before :data:`FIRST_SIGNING_YEAR` or before ``start`` is most likely a mistyped year
    ('14-03-2062'). It is kept as typed, and said. Every entry path says it: the date typed at
    step 5 or 8, and the date read from a project file.

    Returns
    -------
    Bilingual | None
        'Let op: 14-03-2062 ligt in de toekomst; klopt het jaar?' (and in English), or None.
    """
    if not day:
        return None
    if isinstance(day, str):
        day = datetime.date.fromisoformat(day)
    today = today or datetime.date.today()
    shown_day = date_text(day.isoformat())
    if day > today:
        return Bilingual(f"Let op: {shown_day} ligt in de toekomst; klopt het jaar?",
                         f"Note: {shown_day} lies in the future; is the year right?")
    if day.year < FIRST_SIGNING_YEAR:
        return Bilingual(f"Let op: {shown_day} ligt ver in het verleden; klopt het jaar?",
                         f"Note: {shown_day} lies far in the past; is the year right?")
    if start is not None and day < start:
        shown_start = date_text(start.isoformat())
        return Bilingual(f"Let op: {shown_day} ligt vóór de start van het project (de datum van de intake, "
                         f"{shown_start}); klopt het jaar?",
                         f"Note: {shown_day} is before the project started (the date of the intake, {shown_start}); "
                         "is the year right?")
    return None


def project_start(intake_date: str | None) -> datetime.date | None:
    """The day the project started: the date of its intake form (``Intake.date``, as stored or typed);
    None when it has none or it is no date."""
    return read_date(intake_date) if intake_date else None


#: a whole number as a program writes it, '20260915' or '20260915.0' (a JSON number read as a float)
_WHOLE_NUMBER = re.compile(r"(\d+)(?:\.0*)?")


def written_as_date(value) -> bool:
    """``value`` is written the way a date is ('31-02-2026', '2026-02-31', '20260231'), whether or not that day exists;
    '3 maanden na dagtekening' is not."""
    raw = " ".join(str(value or "").split()).lower()
    return any(pattern.match(raw) for pattern in (_ISO, _DMY, _COMPACT))


#: a quote holds for weeks or months: a 'geldig tot' more years than this after the quote's date (or today) has a
#: mistyped year
QUOTE_VALID_YEARS = 2


def quote_date_note(name: str, day: datetime.date | str | None, *, dated: datetime.date | None = None,
                    today: datetime.date | None = None, start: datetime.date | None = None) -> Bilingual | None:
    """A note on a date of a quote that cannot be right, or None (the same kind as :func:`signed_date_note`).

    ``name`` ``"date"``: the day the quote was made, checked as a signing date (not in the future, not before
    :data:`FIRST_SIGNING_YEAR` nor before ``start``, the project's). ``"valid_until"``: not before
    :data:`FIRST_SIGNING_YEAR` and not more than :data:`QUOTE_VALID_YEARS` years after ``dated`` (the quote's
    date) or, without one, ``today``. ``day`` as :func:`signed_date_note` takes it.
    """
    if name == "date" or not day:
        return signed_date_note(day, today, start) if name == "date" else None
    if isinstance(day, str):
        day = datetime.date.fromisoformat(day)
    shown_day = date_text(day.isoformat())
    if day.year < FIRST_SIGNING_YEAR:
        return Bilingual(f"Let op: {shown_day} ligt ver in het verleden; klopt het jaar?",
                         f"Note: {shown_day} lies far in the past; is the year right?")
    base = dated or today or datetime.date.today()
    if day.year - base.year > QUOTE_VALID_YEARS or (day.year - base.year == QUOTE_VALID_YEARS
                                                     and (day.month, day.day) > (base.month, base.day)):
        return Bilingual(f"Let op: {shown_day} ligt ver in de toekomst voor een offerte; klopt het jaar?",
                         f"Note: {shown_day} lies far in the future for a quote; is the year right?")
    return None


def stored_date(value) -> tuple[str | None, Bilingual | None]:
    """A date as a project stores it (ISO text), from what a file holds: ('2025-03-14', None) for
    '2025-03-14' or '14-3-2025'; (None, None) for none; (None, why) for text that is no date.

    Read by :func:`read_date`, the date reader of every entry path, so a file holds what could have
    been typed; a spreadsheet's day count (46280, a date cell read as a number: 15-09-2026; 46280.5 with its
    time) by :func:`serial_date`, 2000 to 2099 only. 'gisteren', '31-02-2026' (a day that does not exist) and
    '12345' are no date: the caller keeps the text and says ``why`` with what to do.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if (serial := serial_date(value)) is not None:  # 46280 or 46280.5: a date cell read as a number (the caller says so)
        return serial.isoformat(), None
    number = _WHOLE_NUMBER.fullmatch(str(value).strip()) if isinstance(value, str | int | float) else None
    if number is not None and not isinstance(value, bool):  # 20260915 written as a number (20260915.0): YYYYMMDD
        value = number.group(1)
    day = read_date(value) if isinstance(value, str | datetime.date) else None
    if day is not None:
        return day.isoformat(), None
    text = short(str(value))
    if written_as_date(value):  # written as a date, but no such day
        return None, Bilingual(f"‘{text}’ is geen bestaande datum (die dag is er niet)",
                               f"‘{text}’ is not a date that exists (there is no such day)")
    return None, Bilingual(f"‘{text}’ is geen datum", f"‘{text}’ is not a date")
