"""Which column feeds which household field: chosen from the header *and* the cells.

Every (field, column) pair gets a score:

* **header words**: the field's usual names ("Gasverbruik", "Bouwjaar", "Koken op gas");
  for the gas use, "verbruik", "m³" and "per jaar" count for it, "meterstand", money words
  ("€", "bedrag", "kosten", "voorschot") and yes/no questions ("Wilt u ...?") against it;
* **cells**: how many answers fit the field (a year's gas use 300–6 000 m³, years, ja/nee,
  house types, ...), and what they look like instead (euro amounts, month names, meter
  readings with three decimals, ja/nee answers).

Columns are then given to fields best score first, one field per column. A choice is
**doubtful** when few of its cells fit, its header speaks against it, or another column
scores nearly as well: a doubtful column is proposed but not used until the user chooses
it (the dialog's combo, ``--column gas=F`` on the command line).

Also recognised here:

* a header that spans several years ("Gasverbruik (m3) 2022 | 2023"): the latest full
  year is taken, and said;
* the latest year empty for some homes: their use of the year before (a derived column,
  said; :mod:`.derived`);
* two meter readings at two dates and no column of use: the use is their difference
  (a derived column, said; :mod:`.derived`);
* a hidden column (old figures kept out of sight) counts against, and a header that names a
  month ("per maand") is not a year's use;
* one household's monthly history (a column of months, no addresses): not a survey;
  :attr:`ColumnPlan.monthly` holds the year's use so the caller can refuse or offer it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from minigrid_app.core.problems import Problem
from minigrid_app.core.reading import (
    Reading,
    notation_of,
    read_field,
    read_house_type,
    read_number,
    read_participation,
    read_yes_no,
    thousands_lost,
    words,
)
from minigrid_app.core.reading_dates import read_build_year, read_month, year_in
from minigrid_app.core.validation import GAS_IMPOSSIBLE_M3, GAS_PLAUSIBLE_M3
from minigrid_app.io.survey.derived import (
    METER,
    cell_number,
    fill_from_earlier_years,
    meter_difference,
)
from minigrid_app.io.survey.plan import ColumnChoice, ColumnPlan, MonthlyHistory
from minigrid_app.io.survey.table import (
    FIELD_ALIASES,
    IMPORT_FIELDS,
    SurveyTable,
    column_index,
)

#: Header patterns per field (on :func:`~minigrid_app.core.reading.words` of the header).
HEADER_PATTERNS = {
    "cooks_on_gas": r"\bkook|\bkoken\b|\bcook|fornuis|kookplaat|\bstove\b|\bhob\b",
    "three_phase": r"\b(3|drie) ?fase|krachtstroom|three ?phase|3 ?phase",
    "boiler_age_years": r"(leeftijd|ouderdom|\bage\b|hoe oud).*(ketel|\bcv\b|boiler)|(ketel|\bcv\b|boiler).*(leeftijd|\bage\b|oud)",
    "gas_m3_per_year": r"\bgas|aardgas|\bm3\b|kuub",
    "house_type": r"\b(type|soort)\b.*\b(woning|huis|house|home|dwelling)|\b(woning|huis|house|home|dwelling)\b.*\b(type|soort)\b|"
                  r"wat voor (woning|huis)|woningtype|huistype|house ?type|^type$|^soort$",
    "build_year": r"bouwjaar|bouw jaar|bouwperiode|\bgebouwd\b|build year|year built|construction year|year of construction|\bbuilt\b",
    "floor_area_m2": r"oppervlak|\bm2\b|floor area|living area|\barea\b",
    "persons": r"bewoners|personen|\bpersons\b|\bpeople\b|occupants|residents|gezinsgrootte|huishoudgrootte|\bmensen\b|household size",
    "participation": r"interesse|\binterest|deelname|doet mee|meedoen|deelnemen|participat|\bjoin\b",
    "insulation_savings": r"isolatie|insulation|besparing|savings",
    "supply_temp_c": r"aanvoer|supply temp|flow temp|temperatuur|temperature",
    "notes": r"opmerking|toelichting|\bnotes?\b|\bremarks?\b|\bcomments?\b|bijzonderheden|\bvragen\b",
    "address": r"\badres|\baddress|\bstraat|\bstreet\b",
    # before the house number: on equal scores "Huisnummertoevoeging" is the addition
    "house_number_addition": r"huisnummertoevoeging|huisletter|^(?!.*(nummer|\bnr\b|number)).*(toevoeging|\baddition\b|\bsuffix\b|\btoev\b)",
    "house_number": r"^(huis ?n(umme)?r|nr|no|nummer|number|hnr|house ?(no|nr|number))( ?toevoeging)?$|huisnummer|huisnr|"
                    r"house number|\bnr\b|\bnummer\b",
    "label": r"\bnaam\b|\bname\b|\bwoning\b|\bhuishouden\b|\bhousehold\b|\blabel\b|\bfamilie\b|\bfamily\b|\bbewoner\b|\bhome\b",
}
_HEADER_RES = {name: re.compile(pattern) for name, pattern in HEADER_PATTERNS.items()}
#: On equal scores the field listed first wins the column ("Koken op gas" is cooking, not gas
#: use; "Type woning" is the house type, not the name).
_PRIORITY = {name: rank for rank, name in enumerate(HEADER_PATTERNS)}

_MONEY = re.compile(
    r"\beur\b|euro|bedrag|kosten|voorschot|termijnbedrag|\bprijs|\bcost|amount|price|\bbill\b|\brekening\b|betaal"
)
#: A header of one month's use ("Gasverbruik per maand (m3)", "m3/maand", "monthly"); not "12 maanden"
_MONTHLY = re.compile(r"\bmaand\b|maandelijks|maandverbruik|\bmonth\b|\bmonthly\b|\bper mnd\b")
#: A header of part of a year ("2024 t/m juni", "tot nu toe", "jan-jun", "YTD", "half jaar")
_PART_OF_YEAR = re.compile(r"\bt m\b|tot en met|\btot nu\b|\bytd\b|year to date|half ?jaar|\blopend|\bdit jaar\b|"
                           r"\bkwartaal\b|\bquarter\b|\bsinds\b|\bvanaf\b|\bsince\b")
_MONTH_WORDS = re.compile(r"\b(jan(uari|uary)?|feb(ruari|ruary)?|mrt|maart|march|apr(il)?|mei|may|jun[ie]?|jul[iy]?|"
                          r"aug(ustus|ust)?|sep(t|tember)?|o[ck]t(ober)?|nov(ember)?|dec(ember)?)\b")
#: A unit of energy in a gas header ("Gasverbruik (kWh)", "(GJ)"): the cells are no m³
_ENERGY_UNIT = re.compile(r"\bkwh\b|\bgj\b|\bmj\b|\bmwh\b|\bjoule\b")
#: A header that names a use without saying of what ("Verbruik", "Jaarverbruik 2023"), and what it is not
_USE_ONLY = re.compile(r"verbruik|\buse\b|consumption")
_NOT_GAS = re.compile(r"elektr|stroom|electric|power|\bkwh\b|water|warmte|\bheat\b|\bgj\b|\bzon|\bsolar\b|\bpv\b")
_CELLS_SAY_M3 = "m³ in the cells"
#: a cell that says its unit is m³ ("1450 m3", "1.200 m³", "1300 kuub")
_M3_CELL = re.compile(r"\d\s*(m3|m³|kuub)\b", re.IGNORECASE)
#: A typed number at or above this is no meter reading [m³]; its thousandths are beyond a float's precision
METER_TYPED_MAX = 1e9


def _part_of_year(text: str) -> bool:
    """A header of part of a year: 't/m juni', 'jan-jun'; not 'jan t/m dec' or '12 maanden'."""
    months = {match.group(0)[:3] for match in _MONTH_WORDS.finditer(text)}
    whole = {"jan", "dec"} <= months
    return not whole and (bool(_PART_OF_YEAR.search(text)) or bool(months))
_YES_NO_QUESTION = re.compile(
    r"^(wilt|wil|heeft|hebt|bent|gaat|doet|kunt|zou|zoudt|is|zijn|kookt|woont|do|does|are|would|will|have|has|can)\b"
)
_OPEN_QUESTION = re.compile(r"\b(hoeveel|hoe|wat|welk|welke|wanneer|how|what|which|when)\b")
_NUMERIC_FIELDS = {
    "gas_m3_per_year", "build_year", "floor_area_m2", "persons", "insulation_savings", "supply_temp_c",
    "boiler_age_years", "house_number",
}
_TEXT_FIELDS = {"label", "address", "notes"}
#: What the cells of a field look like, for reasons (Dutch, English).
_FITS = {
    "gas_m3_per_year": ("een jaarverbruik (300–6.000 m³)", "a year's use (300–6,000 m³)"),
    "build_year": ("een bouwjaar", "a build year"),
    "floor_area_m2": ("een woonoppervlak (20–1.000 m²)", "a floor area (20–1,000 m²)"),
    "persons": ("een aantal bewoners", "a number of residents"),
    "house_number": ("een huisnummer", "a house number"),
    "house_number_addition": ("een toevoeging (a, 2, bis)", "an addition (a, 2, bis)"),
    "cooks_on_gas": ("ja of nee", "yes or no"),
    "three_phase": ("ja of nee", "yes or no"),
    "participation": ("een antwoord over interesse", "an answer about interest"),
    "house_type": ("een woningtype", "a house type"),
    "insulation_savings": ("een percentage", "a percentage"),
    "supply_temp_c": ("een temperatuur (25–75 °C)", "a temperature (25–75 °C)"),
    "boiler_age_years": ("een leeftijd of jaartal", "an age or a year"),
}


def header_fields(headers: Iterable[str]) -> int:
    """How many fields the header names alone recognise (one column per field)."""
    return sum(column is not None for column in guess_mapping(headers).values())


def guess_mapping(headers: Iterable[str]) -> dict[str, int | None]:
    """A column (0-based) per field from the header names alone (no cells), or None."""
    table = SurveyTable(headers=[str(h) for h in headers], rows=[])
    return choose_columns(table).mapping(include_doubtful=True)


# ---------------------------------------------------------------- the cells of a column


@dataclass
class _Profile:
    filled: int = 0
    numbers: list[float] = field(default_factory=list)
    gas: int = 0
    money: int = 0
    meter: int = 0
    months: int = 0
    m3: int = 0
    years: int = 0
    house_numbers: int = 0
    additions: int = 0
    formulas: int = 0
    yes_no: dict[str, int] = field(default_factory=dict)
    participation: int = 0
    house_types: int = 0
    letters: int = 0
    distinct: int = 0

    def count(self, low: float, high: float, whole: bool = False) -> int:
        return sum(1 for v in self.numbers if low <= v <= high and (not whole or float(v).is_integer()))


def _profile(table: SurveyTable, column: int, today: datetime.date) -> _Profile:
    texts = table.column(column)
    notation = notation_of(texts)
    profile = _Profile()
    seen = set()
    for index, text in enumerate(texts):
        text = text.strip()
        if not text:
            continue
        profile.filled += 1
        seen.add(text.casefold())
        if text.startswith("=") and len(text) > 1:  # a formula the workbook holds without its result
            profile.formulas += 1
        typed = table.numbers.get((index, column))
        number = read_number(typed if typed is not None else text, notation=notation, plausible=GAS_PLAUSIBLE_M3)
        if number.how == "ambiguous" and number.value is None and max(number.alternatives) > GAS_IMPOSSIBLE_M3:
            # '12,345': 12,345 m³ in Dutch decimals or 12.345 m³ in English, a meter reading either way, as Dutch '12.345'
            number = Reading(max(number.alternatives))
        if number.value is None and typed is None:  # a count written as a word: "twee", "vier personen"
            number = read_field("persons", text)
        lost = thousands_lost(typed)  # '1.180' a spreadsheet set to English stored as 1,18: the use it stands for
        if number.value is not None:
            profile.numbers.append(number.value if lost is None else lost)
            if GAS_PLAUSIBLE_M3[0] <= (number.value if lost is None else lost) <= GAS_PLAUSIBLE_M3[1]:
                profile.gas += 1
        if re.search(r"€|\beur\b|euro", text, re.IGNORECASE):
            profile.money += 1
        if _M3_CELL.search(text):
            profile.m3 += 1
        if re.fullmatch(r"\d{1,3}(\.\d{3})+,\d{3}|\d{4,},\d{3}", text) or (_three_decimals(typed) and lost is None):
            profile.meter += 1
        plain = bool(re.fullmatch(r"[\d.,\s+-]+", text))
        if not plain and read_month(text) is not None:
            profile.months += 1
        year = read_build_year(text, typed, serial=table.serials.get((index, column)), today=today)
        if isinstance(year.value, int) and 1500 <= year.value <= today.year + 2:
            profile.years += 1
        if re.fullmatch(r"\d{1,4}\s*[a-zA-Z]{0,2}(\s*[-/]\s*\d{1,3})?", text) and year.how != "excel_serial":
            profile.house_numbers += 1
        if len(text) <= 6 and re.fullmatch(r"[^\W_]+(-[^\W_]+)?", text):
            profile.additions += 1
        if not plain:
            for name in ("cooks_on_gas", "three_phase"):
                if read_yes_no(text, name).value is not None:
                    profile.yes_no[name] = profile.yes_no.get(name, 0) + 1
            if read_participation(text).value is not None:
                profile.participation += 1
            if read_house_type(text).value is not None:
                profile.house_types += 1
        if re.search(r"[^\W\d_]", text):
            profile.letters += 1
    profile.distinct = len(seen)
    return profile


def _three_decimals(typed: float | None) -> bool:
    """A typed number with three decimals (a meter reading, 4123,456); never one too large to round."""
    if typed is None or not abs(typed) < METER_TYPED_MAX:
        return False
    return abs(typed * 1000 - round(typed * 1000)) < 1e-6 and abs(typed * 100 - round(typed * 100)) > 1e-6


def _fit(name: str, p: _Profile, today: datetime.date) -> float | None:
    """Fraction of the filled cells that fit the field; None without cells."""
    if p.filled == 0:
        return None
    n = p.filled
    if name == "gas_m3_per_year":
        return p.gas / n
    if name == "build_year":
        return p.years / n
    if name == "floor_area_m2":
        return p.count(20, 1000) / n
    if name == "persons":
        return p.count(0, 20, whole=True) / n
    if name == "house_number":
        return p.house_numbers / n
    if name == "house_number_addition":
        return p.additions / n
    if name in ("cooks_on_gas", "three_phase"):
        return p.yes_no.get(name, 0) / n
    if name == "participation":
        return p.participation / n
    if name == "house_type":
        return p.house_types / n
    if name == "insulation_savings":
        return p.count(0, 90) / n
    if name == "supply_temp_c":
        return p.count(25, 75) / n
    if name == "boiler_age_years":
        return (p.count(0, 60) + p.count(1950, today.year, whole=True)) / n
    if name == "label":
        return p.letters / n * (0.5 + 0.5 * p.distinct / n)
    return p.letters / n  # address, notes


# ---------------------------------------------------------------- scoring


@dataclass
class _Score:
    field: str
    column: int
    value: float
    fit: float | None
    against: list[tuple[str, str]]  # reasons that speak against the column
    header_nl: str
    header_en: str


def _header(name: str, text: str) -> tuple[float, list[str], list[tuple[str, str]]]:
    """(score, words that speak for it, reasons against) from the header of one column."""
    if not _HEADER_RES[name].search(text):
        return 0.0, [], []
    score, said, against = 4.0, [], []
    if name == "gas_m3_per_year":
        # the words as the header has them: an English header's 'annual gas use' was said as ‘verbruik’, ‘jaar’
        for pattern, points in (
            (r"verbruik|\buse\b|consumption|gebruik", 2),
            (r"\bm3\b|kuub|kubieke", 2),
            (r"\bjaar|\byear|annual|jaarlijks|\bjr\b", 1),
        ):
            if match := re.search(pattern, text):
                score += points
                said.append("m³" if match.group(0) == "m3" else match.group(0))
        if year_in(text):
            score += 1
    if name in _NUMERIC_FIELDS or name == "gas_m3_per_year":
        if METER.search(text) and name == "gas_m3_per_year":
            score -= 6
            against.append(("de kop noemt een meterstand, geen verbruik", "the header names a meter reading, not a use"))
        if _MONEY.search(text):
            score -= 6
            against.append(("de kop noemt een bedrag in euro", "the header names an amount in euros"))
        if _YES_NO_QUESTION.search(text) and not _OPEN_QUESTION.search(text):
            score -= 5
            against.append(("de kop is een ja/nee-vraag", "the header is a yes/no question"))
    if name == "gas_m3_per_year" and _MONTHLY.search(text):
        score -= 6
        against.append(("de kop noemt een maand, geen jaar", "the header names a month, not a year"))
    elif name == "gas_m3_per_year" and _part_of_year(text):
        score -= 6
        against.append(("de kop noemt een deel van het jaar, geen heel jaar", "the header names part of a year, not a whole year"))
    if name == "gas_m3_per_year" and _ENERGY_UNIT.search(text):
        score -= 6
        against.append(("de kop noemt kWh of GJ, geen m³: reken het om naar m³ (zie de jaarafrekening) of kies een andere kolom",
                        "the header names kWh or GJ, not m³: convert it to m³ (see the annual bill) or choose another column"))
    if name == "gas_m3_per_year" and re.search(r"\bkook|\bkoken\b|\bcook", text):
        score -= 6
        against.append(("de kop gaat over koken", "the header is about cooking"))
    return score, said, against


def _gas_from_cells(text: str, p: _Profile) -> tuple[float, list[str], list[tuple[str, str]]]:
    """A header that does not say gas ('Verbruik', 'Jaarverbruik 2023') but cells in m³ or a use that fits."""
    if not p.filled or _NOT_GAS.search(text) or _MONEY.search(text):
        return 0.0, [], []
    if p.m3 / p.filled > 0.5:
        return 4.0, [_CELLS_SAY_M3], []
    if use := _USE_ONLY.search(text):
        return 2.0, [use.group(0)], []
    return 0.0, [], []


def _content_against(name: str, p: _Profile) -> tuple[float, list[tuple[str, str]]]:
    if p.filled == 0 or name in _TEXT_FIELDS:
        return 0.0, []
    n = p.filled
    penalty, against = 0.0, []
    if name in _NUMERIC_FIELDS:
        if sum(p.yes_no.values()) and max(p.yes_no.values()) / n > 0.5:
            penalty -= 5
            against.append(("de antwoorden zijn ja/nee", "the answers are yes/no"))
        if p.money / n > 0.3:
            penalty -= 5
            against.append(("de cellen zijn bedragen in euro", "the cells are amounts in euros"))
        if p.months / n > 0.5:
            penalty -= 5
            against.append(("de cellen zijn maanden", "the cells are months"))
    if name == "gas_m3_per_year" and p.numbers:
        if p.meter / n > 0.5:
            penalty -= 3
            against.append(("getallen met drie decimalen, zoals een meterstand", "numbers with three decimals, like a meter reading"))
        if sum(1 for v in p.numbers if v > 10_000) / n > 0.5:
            penalty -= 3
            against.append(("waarden boven 10.000 m³: meterstanden?", "values above 10,000 m³: meter readings?"))
        if sum(1 for v in p.numbers if 0 < v < GAS_PLAUSIBLE_M3[0]) / n > 0.5:
            penalty -= 2
            against.append(("waarden onder 300: maandbedragen of het verbruik van één maand?",
                            "values below 300: monthly amounts or one month's use?"))
    return penalty, against


def _scores(table: SurveyTable, profiles: list[_Profile], today: datetime.date) -> list[_Score]:
    found = []
    for column, header in enumerate(table.headers):
        text = words(header)
        if not text:
            continue
        for name in IMPORT_FIELDS:
            points, said, against = _header(name, text)
            if points == 0 and not against and name == "gas_m3_per_year":
                points, said, against = _gas_from_cells(text, profiles[column])
            if points == 0 and not against:
                continue
            fit = _fit(name, profiles[column], today)
            penalty, more = _content_against(name, profiles[column])
            if column in table.hidden_columns:  # old figures kept out of sight, most often
                penalty -= 3
                more = [*more, ("de kolom is verborgen in het werkblad", "the column is hidden in the sheet")]
            value = points + 4 * (0.5 if fit is None else fit) + penalty
            said_nl = f"de kop noemt {', '.join(f'‘{w}’' for w in said)}" if said else "de kop past"
            said_en = f"the header says {', '.join(f'‘{w}’' for w in said)}" if said else "the header fits"
            if said == [_CELLS_SAY_M3]:
                said_nl, said_en = "de cellen noemen m³", "the cells say m³"
            found.append(_Score(name, column, value, fit, against + more, said_nl, said_en))
    return found


def choose_columns(table: SurveyTable, today: datetime.date | None = None) -> ColumnPlan:
    """Choose a column per field from headers and cells (see the module docstring).

    Returns
    -------
    ColumnPlan
        With a derived column appended to ``plan.table`` when the use is the difference of
        two meter readings.
    """
    today = today or datetime.date.today()
    notes: list[Problem] = []
    profiles = [_profile(table, column, today) for column in range(len(table.headers))]
    scores = _scores(table, profiles, today)
    # years of columns without a reason against them ('2024 t/m juni' is no full year)
    latest = _latest_year(table, [s for s in scores if s.field == "gas_m3_per_year" and s.value > 0 and not s.against], today)
    if latest is not None:
        chosen, others, note = latest
        chosen.value += 3
        notes.append(note)
    for column, profile in enumerate(profiles):
        if profile.formulas and profile.formulas >= 0.5 * profile.filled:
            notes.append(Problem(
                f"Kolom {table.column_name(column)} bevat formules zonder berekende uitkomst (de werkmap is "
                "opgeslagen door een programma dat niet rekent): open de enquête in Excel of LibreOffice, sla hem op "
                "en lees hem opnieuw in.",
                f"Column {table.column_name(column)} holds formulas without a calculated result (the workbook was "
                "saved by a program that does not calculate): open the survey in Excel or LibreOffice, save it and "
                "import it again.",
                severity="warning",
            ))
    plan_choices = _assign(table, scores, profiles, today, latest)
    plan = ColumnPlan(table, plan_choices, notes)
    gas = plan.choices["gas_m3_per_year"]
    if latest is not None and gas.column == latest[0].column and not gas.doubtful:
        fill_from_earlier_years(plan, latest)
    if gas.column is None or gas.doubtful:
        meter_difference(plan, profiles, today)
    plan.monthly = _monthly(table, profiles, plan)
    return plan


def _assign(table, scores: list[_Score], profiles, today, latest) -> dict[str, ColumnChoice]:
    choices = {name: ColumnChoice(name) for name in IMPORT_FIELDS}
    taken: dict[int, str] = {}
    best_of: dict[str, _Score] = {}
    for score in sorted(scores, key=lambda s: (-s.value, _PRIORITY[s.field], s.column)):
        if score.value <= 0 or score.field in best_of or score.column in taken:
            continue
        best_of[score.field] = score
        taken[score.column] = score.field
    siblings = {s.column for s in latest[1]} if latest else set()
    for name, score in best_of.items():
        nl, en, doubtful = [score.header_nl], [score.header_en], False
        n = profiles[score.column].filled
        if score.fit is not None and name in _FITS:
            fitting = round(score.fit * n)
            fit_nl, fit_en = _FITS[name]
            nl.append(f"{fitting} van de {n} waarden passen bij {fit_nl}")
            en.append(f"{fitting} of the {n} values fit {fit_en}")
            if score.fit < 0.5:
                doubtful = True
        if score.against:
            doubtful = True
            nl += [reason for reason, _ in score.against]
            en += [reason for _, reason in score.against]
        rivals = [
            s for s in scores
            if s.field == name and s.column != score.column and s.value > 0 and s.value >= score.value - 2
            and taken.get(s.column) in (None, name) and s.column not in siblings
        ]
        if rivals and name not in _TEXT_FIELDS:
            doubtful = True
            listed = ", ".join(table.column_name(s.column) for s in rivals)
            nl.append(f"kolom {listed} lijkt er ook op")
            en.append(f"column {listed} looks like it too")
        if latest and score.column == latest[0].column:
            nl.append("het laatste volle jaar")
            en.append("the latest full year")
        rejected = [
            s for s in scores if s.field == name and s.column != score.column and s.value <= 0 and s.against
        ]
        for other in rejected[:2]:
            nl.append(f"niet {table.column_name(other.column)}: {other.against[0][0]}")
            en.append(f"not {table.column_name(other.column)}: {other.against[0][1]}")
        if doubtful:
            nl.insert(0, "twijfel")
            en.insert(0, "doubtful")
        choices[name] = ColumnChoice(name, score.column, "; ".join(nl), "; ".join(en), doubtful, score=score.value)
    gas = choices["gas_m3_per_year"]
    if gas.column is None:
        rejected = [s for s in scores if s.field == "gas_m3_per_year" and s.against]
        if rejected:
            reasons_nl = "; ".join(f"{table.column_name(s.column)}: {s.against[0][0]}" for s in rejected[:3])
            reasons_en = "; ".join(f"{table.column_name(s.column)}: {s.against[0][1]}" for s in rejected[:3])
            choices["gas_m3_per_year"] = ColumnChoice(
                "gas_m3_per_year", None, f"geen kolom gekozen ({reasons_nl})", f"no column chosen ({reasons_en})"
            )
    return choices


def _latest_year(table, gas_scores: list[_Score], today):
    """Several columns of gas use per year ("2022", "2023"): the latest full year, and a note."""
    dated = [(year_in(table.headers[s.column]), s) for s in gas_scores if s.fit is None or s.fit >= 0.5]
    dated = [(year, s) for year, s in dated if year is not None]
    if len({year for year, _ in dated}) < 2:
        return None
    full = [(year, s) for year, s in dated if year < today.year] or dated
    year, chosen = max(full, key=lambda item: (item[0], item[1].value))
    others = [s for y, s in dated if s is not chosen]
    years = ", ".join(str(y) for y in sorted({y for y, _ in dated}))
    skipped = sorted({y for y, _ in dated if y >= today.year})
    extra_nl = f" ({', '.join(map(str, skipped))} is nog niet voorbij)" if skipped and full is not dated else ""
    extra_en = f" ({', '.join(map(str, skipped))} is not over yet)" if skipped and full is not dated else ""
    note = Problem(
        f"Het gasverbruik staat er voor meer jaren ({years}); het laatste volle jaar, {year}, is genomen "
        f"(kolom {table.column_name(chosen.column)}){extra_nl}.",
        f"The gas use is given for several years ({years}); the latest full year, {year}, was taken "
        f"(column {table.column_name(chosen.column)}){extra_en}.",
        field="gas_m3_per_year",
        severity="warning",
    )
    return chosen, others, note


_MONTH_NAMES_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                   "oktober", "november", "december")
_MONTH_NAMES_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December")


def _monthly(table: SurveyTable, profiles: list[_Profile], plan: ColumnPlan) -> MonthlyHistory | None:
    """One household's use per month: a column of months, a column of use, no addresses."""
    month_columns = [c for c, p in enumerate(profiles) if p.filled >= 3 and p.months >= 0.75 * p.filled]
    if not month_columns:
        return None
    for name in ("label", "address"):
        column = plan.choices[name].column
        if column is not None and column not in month_columns and profiles[column].distinct > 1:
            return None
    month_column = month_columns[0]
    candidates = [
        c for c in range(len(table.headers))
        if c != month_column and _HEADER_RES["gas_m3_per_year"].search(words(table.headers[c]))
        and not _MONEY.search(words(table.headers[c])) and len(profiles[c].numbers) >= 0.75 * profiles[c].filled
    ]
    if not candidates:
        return None
    gas_column = candidates[0]
    entries: dict[tuple[int, int], float] = {}
    for index, cells in enumerate(table.rows):
        month = read_month(cells[month_column]) if month_column < len(cells) else None
        value = cell_number(table, index, gas_column)
        if month is None or value is None:
            continue
        entries[(month[0] or 0, month[1])] = entries.get((month[0] or 0, month[1]), 0.0) + value
    if not entries:
        return None
    keys = sorted(entries)
    total, period_nl, period_en = None, "", ""
    full_years = [year for year in {y for y, _ in keys} if all((year, m) in entries for m in range(1, 13))]
    if full_years:
        year = max(full_years)
        total = sum(entries[(year, m)] for m in range(1, 13))
        suffix = f" {year}" if year else ""
        period_nl, period_en = f"januari–december{suffix}", f"January–December{suffix}"
    else:
        ordinals = [y * 12 + m - 1 for y, m in keys]
        for end in range(len(ordinals) - 1, 10, -1):
            window = ordinals[end - 11 : end + 1]
            if len(window) == 12 and window[-1] - window[0] == 11:
                total = sum(entries[keys[i]] for i in range(end - 11, end + 1))
                (y0, m0), (y1, m1) = keys[end - 11], keys[end]
                period_nl = f"{_MONTH_NAMES_NL[m0 - 1]} {y0} – {_MONTH_NAMES_NL[m1 - 1]} {y1}"
                period_en = f"{_MONTH_NAMES_EN[m0 - 1]} {y0} – {_MONTH_NAMES_EN[m1 - 1]} {y1}"
                break
    return MonthlyHistory(month_column, gas_column, len(entries), period_nl, period_en, total)


# ---------------------------------------------------------------- the user's choice


def parse_column_choice(text: str, table: SurveyTable) -> tuple[str, int | None]:
    """'gas=F', 'gas=Gasverbruik 2023', 'bouwjaar=-' → (field, column or None).

    Raises
    ------
    ValueError
        With a Dutch and English message (``args[0]``, ``args[1]``) when the field or the
        column is unknown.
    """
    key, separator, value = str(text).partition("=")
    key, value = words(key).replace(" ", "_"), value.strip()
    name = key if key in IMPORT_FIELDS else FIELD_ALIASES.get(key.replace("_", ""))
    if not separator or name is None:
        known = ", ".join(sorted({"gas", "adres", "huisnummer", "naam", "bouwjaar", "type", "koken", "bewoners",
                                  "interesse", "opmerkingen", "oppervlak"}))
        raise ValueError(
            f"‘{text}’: schrijf --column VELD=KOLOM, bijvoorbeeld --column gas=F. Velden: {known}.",
            f"‘{text}’: write --column FIELD=COLUMN, for example --column gas=F. Fields: {known}.",
        )
    if value in ("", "-", "geen", "none"):
        return name, None
    index = column_index(value)
    if index is not None and index < len(table.headers) and len(value) <= 2:
        return name, index
    wanted = words(value)
    exact = [c for c, h in enumerate(table.headers) if words(h) == wanted]
    # part of a title from the start of one of its words ('bouw' is 'Bouwjaar woning'); a number
    # only as a whole word ('0' was 'Gasverbruik 2023', a digit inside a year)
    start = re.compile(r"(?:^| )" + re.escape(wanted) + (r"(?:$| )" if wanted.replace(" ", "").isdigit() else ""))
    partial = [c for c, h in enumerate(table.headers) if wanted and start.search(words(h))]
    matches = exact or partial
    if len(matches) == 1:
        return name, matches[0]
    listed = ", ".join(table.column_name(c) for c in (matches or range(len(table.headers))))
    if matches:
        raise ValueError(
            f"‘{value}’ past bij meer kolommen: {listed}. Gebruik de kolomletter.",
            f"‘{value}’ fits several columns: {listed}. Use the column letter.",
        )
    raise ValueError(
        f"Geen kolom ‘{value}’ in {table.source or 'de enquête'}. Kolommen: {listed}.",
        f"No column ‘{value}’ in {table.source or 'the survey'}. Columns: {listed}.",
    )
