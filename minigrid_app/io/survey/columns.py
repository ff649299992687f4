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
* two meter readings at two dates and no column of use: the use is their difference
  (a derived column, said);
* one household's monthly history (a column of months, no addresses): not a survey;
  :attr:`ColumnPlan.monthly` holds the year's use so the caller can refuse or offer it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from minigrid_app.core.formatting import group_thousands
from minigrid_app.core.problems import Problem
from minigrid_app.core.reading import (
    notation_of,
    read_build_year,
    read_house_type,
    read_month,
    read_number,
    read_participation,
    read_yes_no,
    words,
    year_in,
)
from minigrid_app.core.validation import GAS_PLAUSIBLE_M3
from minigrid_app.io.survey.table import (
    FIELD_ALIASES,
    FIELD_LABELS_EN,
    FIELD_LABELS_NL,
    IMPORT_FIELDS,
    SurveyTable,
    column_index,
    column_letter,
)

#: Header patterns per field (on :func:`~minigrid_app.core.reading.words` of the header).
HEADER_PATTERNS = {
    "cooks_on_gas": r"\bkook|\bkoken\b|\bcook|fornuis|kookplaat|\bstove\b|\bhob\b",
    "three_phase": r"\b(3|drie) ?fase|krachtstroom|three ?phase|3 ?phase",
    "boiler_age_years": r"(leeftijd|ouderdom|\bage\b|hoe oud).*(ketel|\bcv\b|boiler)|(ketel|\bcv\b|boiler).*(leeftijd|\bage\b|oud)",
    "gas_m3_per_year": r"\bgas|aardgas|\bm3\b|kuub",
    "house_type": r"\b(type|soort)\b.*\b(woning|huis|house|home|dwelling)|\b(woning|huis|house|home|dwelling)\b.*\b(type|soort)\b|"
                  r"wat voor (woning|huis)|woningtype|huistype|house ?type|^type$|^soort$",
    "build_year": r"bouwjaar|bouw jaar|build year|year built|construction year|year of construction|\bbuilt\b",
    "floor_area_m2": r"oppervlak|\bm2\b|floor area|living area|\barea\b",
    "persons": r"bewoners|personen|\bpersons\b|\bpeople\b|occupants|residents|gezinsgrootte|huishoudgrootte|\bmensen\b|household size",
    "participation": r"interesse|\binterest|deelname|doet mee|meedoen|deelnemen|participat|\bjoin\b",
    "insulation_savings": r"isolatie|insulation|besparing|savings",
    "supply_temp_c": r"aanvoer|supply temp|flow temp|temperatuur|temperature",
    "notes": r"opmerking|toelichting|\bnotes?\b|\bremarks?\b|\bcomments?\b|bijzonderheden|\bvragen\b",
    "address": r"\badres|\baddress|\bstraat|\bstreet\b",
    "house_number": r"^(huis ?n(umme)?r|nr|no|nummer|number|hnr|house ?(no|nr|number))( ?toevoeging)?$|huisnummer|huisnr|"
                    r"house number|\bnr\b|\bnummer\b",
    "label": r"\bnaam\b|\bname\b|\bwoning\b|\bhuishouden\b|\bhousehold\b|\blabel\b|\bfamilie\b|\bfamily\b|\bbewoner\b|\bhome\b",
}
_HEADER_RES = {name: re.compile(pattern) for name, pattern in HEADER_PATTERNS.items()}
#: On equal scores the field listed first wins the column ("Koken op gas" is cooking, not gas
#: use; "Type woning" is the house type, not the name).
_PRIORITY = {name: rank for rank, name in enumerate(HEADER_PATTERNS)}

_METER = re.compile(r"meterstand|meter ?reading|\bstand\b|\bmeter\b")
_MONEY = re.compile(
    r"\beur\b|euro|bedrag|kosten|voorschot|termijnbedrag|\bprijs|\bcost|amount|price|\bbill\b|\brekening\b|betaal"
)
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


# ---------------------------------------------------------------- results


@dataclass
class ColumnChoice:
    """The column chosen for one field, and why.

    Attributes
    ----------
    field : str
        The household field.
    column : int | None
        0-based column, or None when no column fits.
    nl, en : str
        Why (or why not), in plain words.
    doubtful : bool
        True when the choice needs a human: not used unless the user chooses it.
    by_user : bool
        Chosen by the user (dialog or ``--column``).
    """

    field: str
    column: int | None = None
    nl: str = ""
    en: str = ""
    doubtful: bool = False
    by_user: bool = False
    score: float = 0.0

    def reason(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl


@dataclass
class MonthlyHistory:
    """One household's gas use per month (a supplier's export), not a survey.

    Attributes
    ----------
    month_column, gas_column : int
        The column of the months and of the use per month.
    months : int
        How many months are listed.
    period_nl, period_en : str
        The months the year's use covers ("januari–december 2023").
    total_m3 : float | None
        The use over one full year [m³], None when the file holds no twelve months in a row.
    """

    month_column: int
    gas_column: int
    months: int
    period_nl: str
    period_en: str
    total_m3: float | None

    def problem(self, source: str) -> Problem:
        """The message: what the file is, and the year's use it gives."""
        if self.total_m3 is None:
            return Problem(
                f"{source} is het gasverbruik per maand van één woning ({self.months} maanden), geen enquête van "
                "de buurt, en het bevat geen twaalf maanden op rij: tel het verbruik van een heel jaar op en vul "
                "dat bij de woning in.",
                f"{source} is one home's gas use per month ({self.months} months), not a survey of the "
                "street, and it holds no twelve months in a row: add up a whole year's use and enter it for "
                "the home.",
            )
        nl, en = group_thousands(self.total_m3, 0, "nl"), group_thousands(self.total_m3, 0, "en")
        return Problem(
            f"{source} is het gasverbruik per maand van één woning ({self.months} maanden), geen enquête van de "
            f"buurt. Samen is dat {nl} m³ over {self.period_nl}: het jaarverbruik van die woning. Voor welke "
            "woning is het?",
            f"{source} is one home's gas use per month ({self.months} months), not a survey of the street. "
            f"Together that is {en} m³ over {self.period_en}: that home's use for a year. Which home is it for?",
        )


@dataclass
class ColumnPlan:
    """Every field's column with its reason; the table to convert (with derived columns).

    Attributes
    ----------
    table : SurveyTable
        The survey, with derived columns appended (the use from two meter readings).
    choices : dict[str, ColumnChoice]
        One per field of :data:`~.table.IMPORT_FIELDS`.
    notes : list[Problem]
        What was decided for the whole file (the latest of several years, a difference of
        meter readings).
    monthly : MonthlyHistory | None
        Set when the file is one household's monthly history, not a survey.
    """

    table: SurveyTable
    choices: dict[str, ColumnChoice]
    notes: list[Problem] = field(default_factory=list)
    monthly: MonthlyHistory | None = None

    def mapping(self, include_doubtful: bool = False) -> dict[str, int | None]:
        """Field → column to convert with; doubtful choices only when asked."""
        return {
            name: (choice.column if include_doubtful or not choice.doubtful or choice.by_user else None)
            for name, choice in self.choices.items()
        }

    def doubtful(self) -> list[ColumnChoice]:
        return [c for c in self.choices.values() if c.column is not None and c.doubtful and not c.by_user]

    def choose(self, field_name: str, column: int | None) -> None:
        """The user's choice (None: do not use); a column given to another field is taken from it."""
        for other in self.choices.values():
            if column is not None and other.column == column and other.field != field_name:
                self.choices[other.field] = ColumnChoice(other.field, None, "kolom elders gebruikt",
                                                         "column used elsewhere", by_user=True)
        if column is None:
            self.choices[field_name] = ColumnChoice(field_name, None, "niet gebruiken (uw keuze)",
                                                    "not used (your choice)", by_user=True)
        else:
            self.choices[field_name] = ColumnChoice(field_name, column, "uw keuze", "your choice", by_user=True)

    def lines(self, language: str = "nl") -> list[str]:
        """'Gasverbruik (m³ per jaar) ← D ‘Gasverbruik 2023’: reason' for every field with a column or a doubt."""
        labels = FIELD_LABELS_EN if language == "en" else FIELD_LABELS_NL
        out = []
        for name in IMPORT_FIELDS:
            choice = self.choices[name]
            if choice.column is None:
                if name == "gas_m3_per_year" and choice.nl:
                    out.append(f"  {labels[name]}: {choice.reason(language)}")
                continue
            mark = (" [twijfel, niet gebruikt]" if language == "nl" else " [doubtful, not used]") if (
                choice.doubtful and not choice.by_user) else ""
            out.append(f"  {labels[name]} ← {self.table.column_name(choice.column)}{mark}: {choice.reason(language)}")
        return out


# ---------------------------------------------------------------- the cells of a column


@dataclass
class _Profile:
    filled: int = 0
    numbers: list[float] = field(default_factory=list)
    gas: int = 0
    money: int = 0
    meter: int = 0
    months: int = 0
    years: int = 0
    house_numbers: int = 0
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
        typed = table.numbers.get((index, column))
        number = read_number(typed if typed is not None else text, notation=notation, plausible=GAS_PLAUSIBLE_M3)
        if number.value is not None:
            profile.numbers.append(number.value)
            if GAS_PLAUSIBLE_M3[0] <= number.value <= GAS_PLAUSIBLE_M3[1]:
                profile.gas += 1
        if re.search(r"€|\beur\b|euro", text, re.IGNORECASE):
            profile.money += 1
        if re.fullmatch(r"\d{1,3}(\.\d{3})+,\d{3}|\d{4,},\d{3}", text) or (
            typed is not None and abs(typed * 1000 - round(typed * 1000)) < 1e-6 and abs(typed * 100 - round(typed * 100)) > 1e-6
        ):
            profile.meter += 1
        plain = bool(re.fullmatch(r"[\d.,\s+-]+", text))
        if not plain and read_month(text) is not None:
            profile.months += 1
        year = read_build_year(text, typed, serial=table.serials.get((index, column)), today=today)
        if isinstance(year.value, int) and 1500 <= year.value <= today.year + 2:
            profile.years += 1
        if re.fullmatch(r"\d{1,4}\s*[a-zA-Z]{0,2}(\s*[-/]\s*\d{1,3})?", text) and year.how != "excel_serial":
            profile.house_numbers += 1
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
        for pattern, points, word in (
            (r"verbruik|\buse\b|consumption|gebruik", 2, "verbruik"),
            (r"\bm3\b|kuub|kubieke", 2, "m³"),
            (r"\bjaar|\byear|annual|jaarlijks|\bjr\b|\bper jaar\b", 1, "jaar"),
        ):
            if re.search(pattern, text):
                score += points
                said.append(word)
        if year_in(text):
            score += 1
    if name in _NUMERIC_FIELDS or name == "gas_m3_per_year":
        if _METER.search(text) and name == "gas_m3_per_year":
            score -= 6
            against.append(("de kop noemt een meterstand, geen verbruik", "the header names a meter reading, not a use"))
        if _MONEY.search(text):
            score -= 6
            against.append(("de kop noemt een bedrag in euro", "the header names an amount in euros"))
        if _YES_NO_QUESTION.search(text) and not _OPEN_QUESTION.search(text):
            score -= 5
            against.append(("de kop is een ja/nee-vraag", "the header is a yes/no question"))
    if name == "gas_m3_per_year" and re.search(r"\bkook|\bkoken\b|\bcook", text):
        score -= 6
        against.append(("de kop gaat over koken", "the header is about cooking"))
    return score, said, against


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
            if points == 0 and not against:
                continue
            fit = _fit(name, profiles[column], today)
            penalty, more = _content_against(name, profiles[column])
            value = points + 4 * (0.5 if fit is None else fit) + penalty
            said_nl = f"de kop noemt {', '.join(f'‘{w}’' for w in said)}" if said else "de kop past"
            said_en = f"the header says {', '.join(f'‘{w}’' for w in said)}" if said else "the header fits"
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
    latest = _latest_year(table, [s for s in scores if s.field == "gas_m3_per_year" and s.value > 0], today)
    if latest is not None:
        chosen, others, note = latest
        chosen.value += 3
        notes.append(note)
    plan_choices = _assign(table, scores, profiles, today, latest)
    plan = ColumnPlan(table, plan_choices, notes)
    gas = plan.choices["gas_m3_per_year"]
    if gas.column is None or gas.doubtful:
        _meter_difference(plan, profiles, today)
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


def _meter_difference(plan: ColumnPlan, profiles, today) -> None:
    """Two columns of meter readings and no column of use: the use is their difference."""
    table = plan.table
    meters = [
        column for column, header in enumerate(table.headers)
        if _METER.search(words(header)) and profiles[column].filled and len(profiles[column].numbers) >= 0.5 * profiles[column].filled
    ]
    if len(meters) < 2:
        return

    def when(column: int) -> tuple[int, int, int]:
        header = table.headers[column]
        month = next((m for m in (read_month(part) for part in re.split(r"[()]", header)) if m), None)
        return (year_in(header) or 0, month[1] if month else 0, column)

    earlier, later = sorted(meters, key=when)[-2:]
    notations = {column: notation_of(table.column(column)) or "nl" for column in (earlier, later)}
    values, numbers = [], {}
    for index in range(len(table.rows)):
        first = _number(table, index, earlier, notations[earlier])
        second = _number(table, index, later, notations[later])
        use = second - first if first is not None and second is not None else None
        values.append(use)
    usable = [v for v in values if v is not None]
    if not usable or sum(1 for v in usable if GAS_PLAUSIBLE_M3[0] <= v <= GAS_PLAUSIBLE_M3[1]) < 0.5 * len(usable):
        return
    column = len(table.headers)
    header = f"Verbruik uit meterstanden {column_letter(later)} − {column_letter(earlier)} (berekend)"
    rows = []
    for index, cells in enumerate(table.rows):
        use = values[index]
        text = "" if use is None else group_thousands(use, 3, "nl").rstrip("0").rstrip(",")
        if use is not None:
            numbers[(index, column)] = use
        rows.append([*cells, text])
    derived = replace(
        table, headers=[*table.headers, header], rows=rows, numbers={**table.numbers, **numbers},
        derived={**table.derived, column: "meter_difference"},
    )
    plan.table = derived
    plan.choices["gas_m3_per_year"] = ColumnChoice(
        "gas_m3_per_year", column,
        f"het verschil van de meterstanden in {derived.column_name(later)} en {derived.column_name(earlier)}",
        f"the difference of the meter readings in {derived.column_name(later)} and {derived.column_name(earlier)}",
    )
    plan.notes.append(Problem(
        f"Er is geen kolom met het jaarverbruik, wel twee meterstanden: het gasverbruik is het verschil "
        f"(kolom {derived.column_name(later)} min kolom {derived.column_name(earlier)}). Controleer of de "
        "meterstanden een jaar uit elkaar liggen.",
        f"There is no column of the year's use, but there are two meter readings: the gas use is their "
        f"difference (column {derived.column_name(later)} minus column {derived.column_name(earlier)}). Check "
        "that the readings are a year apart.",
        field="gas_m3_per_year",
        severity="warning",
    ))


def _number(table: SurveyTable, index: int, column: int, notation: str | None = None) -> float | None:
    """A cell as a number, or None. In a Dutch column (``notation`` "nl") a comma before three
    digits is the decimal comma of a meter reading ("812,004")."""
    typed = table.numbers.get((index, column))
    if typed is not None:
        return typed
    text = table.rows[index][column] if column < len(table.rows[index]) else ""
    reading = read_number(text, notation=notation)
    if reading.how == "ambiguous" and notation == "nl":
        return reading.alternatives[0]
    return reading.value if reading.how == "ok" else None


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
        value = _number(table, index, gas_column)
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
    partial = [c for c, h in enumerate(table.headers) if wanted and wanted in words(h)]
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
