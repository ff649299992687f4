"""Warnings about one home's figures, worded for residents and naming the home.

The engine says so when a result rests on something a resident should check or know:

- a design load under about 1 kW: the smallest heat pump and the shortest borehole are far
  too big for it (suggest a smaller solution, or check the gas figure);
- a financed amount above the most the heat fund lends: what happens to the rest.

A gas use under 300 m³ is already flagged by :func:`minigrid_app.core.validation.validate_household`,
and a temperature limit no field can meet by the borefield sizing (named by the field).
Each remark is a :class:`~minigrid_app.core.problems.Problem` of severity ``warning`` with the
home's row, so every view that lists a home's problems shows it. A list of the project's
remarks (step 3's 'Aandachtspunten', the command line) says one of :data:`GROUPED_FROM` or
more homes once, naming them (:func:`remark_texts`): a street of 40 homes listed the loan
remark 19 times, a screen of near-identical lines.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from minigrid_app.core.formatting import (
    count,
    euro,
    euro_range,
    exact,
    join_names,
    names_counted,
    number,
)
from minigrid_app.core.model import Household
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.problems import Problem, in_language
from minigrid_app.core.variant import SPECS, Variant

if TYPE_CHECKING:  # annotations only: importing the remarks loads no results, variants or finance
    from minigrid_app.core.results import HouseholdResult, ProjectResults

#: Below this design load a heat pump and a borehole are oversized whatever is chosen [kW].
LOW_DESIGN_LOAD_KW = 1.0
#: Below this heating load a home needs "hardly any" heat: its gas is hot water and cooking [kW].
HARDLY_ANY_KW = 0.05
#: From this many homes with the same remark, a list of the project's remarks says it once.
GROUPED_FROM = 3
#: The topics of the remarks (:attr:`~minigrid_app.core.problems.Problem.topic`).
LOW_DESIGN_LOAD = "low_design_load"
LOAN_OVER_MAXIMUM = "loan_over_maximum"


def household_remarks(household: Household, result: HouseholdResult, params: ParameterSet) -> list[Problem]:
    """The warnings about one computed home (none for a home that could not be computed)."""
    demand = result.demand
    if demand is None:
        return []
    name = result.label
    name_en = in_language(name, "en")  # 'Home 3' for a home with no name
    remarks = []
    if demand.design_load_kw < LOW_DESIGN_LOAD_KW:
        smallest = params.int("min_hp_size_kw")
        typed = household.gas_m3_per_year  # as typed ('0,001 m³', said so above it), not rounded to '0 m³'
        gas_nl, gas_en = ((f"{exact(typed, 'nl')} m³", f"{exact(typed, 'en')} m³") if typed is not None and typed == demand.gas_m3
                          else (number(demand.gas_m3, 0, "m³", "nl"), number(demand.gas_m3, 0, "m³", "en")))
        if demand.design_load_kw < HARDLY_ANY_KW:  # '0,00 kW warmte' of a home using 300 m³: all of it hot water and cooking
            need_nl = ("het gasverbruik gaat vrijwel helemaal naar warm water en koken: voor het verwarmen van het huis "
                       "is ook op de koudste dag bijna niets nodig.")
            need_en = ("the gas use goes almost entirely to hot water and cooking: hardly any heat is needed for the "
                       "house, even on the coldest day.")
        else:  # for heating, in tenths of a kW (warm water comes on top)
            load_nl, load_en = number(demand.design_load_kw, 1, "kW", "nl"), number(demand.design_load_kw, 1, "kW", "en")
            need_nl = f"deze woning vraagt op de koudste dag maar {load_nl} warmte voor de verwarming."
            need_en = f"this home needs only {load_en} of heat for heating on the coldest day."
        remarks.append(
            Problem(
                f"{name}: {need_nl} Een warmtepomp van minstens {smallest} kW en een boorgat zijn daarvoor veel te "
                f"groot, en de bedragen dus te hoog. Klopt het gasverbruik ({gas_nl} per jaar)? Zo ja, dan past een "
                "kleinere oplossing beter, zoals een kleine luchtwarmtepomp of een boilerwarmtepomp voor warm water.",
                f"{name_en}: {need_en} A heat pump of at least {smallest} kW and a borehole are far too big for that, so "
                f"the amounts are too high. Is the gas use ({gas_en} a year) right? If so, a smaller solution fits "
                "better, such as a small air heat pump or a heat pump water heater.",
                field="gas_m3_per_year",
                row=result.row,
                severity="warning",
                topic=LOW_DESIGN_LOAD,
            )
        )
    over = _loan_over_maximum(result, params)
    if over:
        limit = params["loan_max_eur"]
        parts_nl = "; ".join(f"{SPECS[v].label_nl.lower()} {euro(amount, 0, 'nl')}" for v, amount in over)
        parts_en = "; ".join(f"{SPECS[v].label_en.lower()} {euro(amount, 0, 'en')}" for v, amount in over)
        remarks.append(
            Problem(
                f"{name}: de Energiebespaarlening gaat tot {euro(limit, 0, 'nl')}; de investering na subsidie is "
                f"hoger ({parts_nl} meer). Minigrid rekent dat deel als eigen geld bij de start; het kan ook met "
                "een andere lening of door een deel later te doen.",
                f"{name_en}: the heat fund loan goes up to {euro(limit, 0, 'en')}; the investment after subsidy is "
                f"higher ({parts_en} more). Minigrid counts that part as own money at the start; it can also come "
                "from another loan or by doing part of the work later.",
                row=result.row,
                severity="warning",
                topic=LOAN_OVER_MAXIMUM,
            )
        )
    return remarks


def _loan_over_maximum(result: HouseholdResult, params: ParameterSet) -> list[tuple[Variant, float]]:
    """(variant, amount above the loan maximum [€]) for the variants whose financed share exceeds it."""
    if "loan_max_eur" not in params.definitions:
        return []
    limit = params["loan_max_eur"]
    over = []
    for code, variant in result.variants.items():
        if variant is None:
            continue
        wanted = max(0.0, variant.investment_net_eur) * params["loan_share"]
        if wanted > limit + 0.5:
            over.append((Variant(code), wanted - limit))
    return over


def remark_texts(problems: Sequence[Problem], results: ProjectResults, language: str = "nl") -> list[str]:
    """The texts of ``problems`` in their order, a remark that :data:`GROUPED_FROM` or more homes of
    ``results`` get said once, where the first of them stood, naming the homes.

    A remark with a topic of its own is worded for all of them with the span of their figures
    (:func:`household_remarks` words one home's); any other remark on a home ('Vogelstraat 2:
    bouwjaar ontbreekt: …', a gas use, a distance) whose words after the home's name are the same
    for them all is said once with their names before those words (:func:`said_once`).
    """
    topics = Counter(p.topic for p in problems if p.topic in _GROUPED)
    grouped = {topic for topic, times in topics.items() if times >= GROUPED_FROM}
    entries: list[tuple[str | None, str]] = []
    said = set()
    for problem in problems:
        if problem.topic in grouped:
            if problem.topic not in said:
                said.add(problem.topic)
                homes = [h for h in results.households if any(p.topic == problem.topic for p in h.problems)]
                entries.append((None, _GROUPED[problem.topic](homes, results.parameters, language)))
        elif problem.row is not None:
            entries.append(_named(problem.text(language)))
        else:
            entries.append((None, problem.text(language)))
    return said_once(entries, language, homes=True)


def problem_lines(problems: Sequence[Problem], language: str = "nl") -> list[tuple[bool, str]]:
    """(is an error, text) of input problems in their order, the same words about three or more homes said
    once (:func:`said_once`), for step 1's list under the homes: it showed twelve 'Vogelstraat N: bouwjaar
    ontbreekt: …' and '… en nog 12 opmerkingen'."""
    entries = [_named(p.text(language)) if p.row is not None else (None, p.text(language)) for p in problems]
    error_text = {p.text(language): p.is_error for p in problems}
    error_words: dict[str, bool] = {}
    for (name, words), problem in zip(entries, problems, strict=True):
        if name is not None:
            error_words[words] = error_words.get(words, False) or problem.is_error
    lines = []
    for text in said_once(entries, language, homes=True):
        error = error_text[text] if text in error_text else error_words.get(text.partition("): ")[2], False)
        lines.append((error, text))
    return lines


def warning_texts(warnings: Sequence[str], language: str = "nl") -> list[str]:
    """The engine's remarks on clusters and fields (``ProjectResults.warnings``) in ``language``, the same
    words about three or more of them said once ('Eigen bodemlus van Vogelstraat 2, … en …: voor zo weinig
    warmte …'; :func:`said_once`)."""
    return said_once([_named(in_language(w, language)) for w in warnings], language)


def said_once(entries: Sequence[tuple[str | None, str]], language: str = "nl", homes: bool = False) -> list[str]:
    """Texts from (name, words) pairs, in their order: the same words of :data:`GROUPED_FROM` or more
    names said once, where the first stood ('24 woningen (Vogelstraat 2, … en 18 meer): bouwjaar
    ontbreekt: …' with ``homes``, else 'Cluster 1, Cluster 2 en Cluster 4: …'); a pair without a
    name is its words as they are, and so is every pair whose words fewer names share."""
    shared = Counter(words for name, words in entries if name is not None)
    names: dict[str, list[str]] = {}
    for name, words in entries:
        if name is not None and shared[words] >= GROUPED_FROM:
            names.setdefault(words, []).append(name)
    texts, said = [], set()
    for name, words in entries:
        if name is None:
            texts.append(words)
        elif words not in names:
            texts.append(f"{name}: {words}")
        elif words not in said:
            said.add(words)
            who = names[words]
            if homes:
                noun = count(len(who), "home", "homes") if language == "en" else count(len(who), "woning", "woningen")
                texts.append(f"{noun} ({names_counted(who, language)}): {words}")
            else:
                texts.append(f"{join_names(who, language)}: {words}")
    return list(dict.fromkeys(texts))


def _named(text: str) -> tuple[str | None, str]:
    """('Vogelstraat 2', 'bouwjaar ontbreekt: …') of a remark that names what it is about first; (None, text) else."""
    name, colon, words = text.partition(": ")
    return (name, words) if colon and name and words else (None, text)


def _span(values: Sequence[float], language: str, decimals: int = 0, unit: str = "") -> str:
    """'€ 2.473' or '€ 2.473 – € 6.247' (money); '0,45 tot 0,92 kW' (``unit``)."""
    low, high = min(values), max(values)
    if not unit:
        return euro(low, 0, language) if round(low) == round(high) else euro_range(low, high, language)
    if round(low, decimals) == round(high, decimals):
        return number(low, decimals, unit, language)
    return f"{number(low, decimals, '', language)} {'to' if language == 'en' else 'tot'} {number(high, decimals, unit, language)}"


def _homes(homes: Sequence[HouseholdResult], language: str) -> str:
    return f"{count(len(homes), 'home', 'homes') if language == 'en' else count(len(homes), 'woning', 'woningen')} " \
           f"({names_counted([h.label for h in homes], language)})"


def _low_design_loads(homes: Sequence[HouseholdResult], params: ParameterSet, language: str) -> str:
    """Said as :func:`household_remarks` says it of one home: the heating load in tenths of a kW, and
    'hardly any' where it is below :data:`HARDLY_ANY_KW` (all of its gas is hot water and cooking)."""
    loads = [h.demand.design_load_kw for h in homes if h.demand is not None]
    smallest = params.int("min_hp_size_kw")
    most_nl, most_en = number(max(loads), 1, "kW", "nl"), number(max(loads), 1, "kW", "en")
    if max(loads) < HARDLY_ANY_KW:
        need_nl = ("hun gasverbruik gaat vrijwel helemaal naar warm water en koken: voor het verwarmen van de huizen is "
                   "ook op de koudste dag bijna niets nodig.")
        need_en = ("their gas use goes almost entirely to hot water and cooking: hardly any heat is needed for the houses, "
                   "even on the coldest day.")
    elif min(loads) < HARDLY_ANY_KW:
        need_nl = f"zij vragen op de koudste dag hooguit {most_nl} warmte voor de verwarming."
        need_en = f"they need at most {most_en} of heat for heating on the coldest day."
    else:
        need_nl = f"zij vragen op de koudste dag maar {_span(loads, 'nl', 1, 'kW')} warmte voor de verwarming."
        need_en = f"they need only {_span(loads, 'en', 1, 'kW')} of heat for heating on the coldest day."
    if language == "en":
        return (
            f"{_homes(homes, language)}: {need_en} A heat pump of at least {smallest} kW and a borehole are far too big "
            "for that, so their amounts are too high. Is their gas use right? If so, a smaller solution fits better, "
            "such as a small air heat pump or a heat pump water heater."
        )
    return (
        f"{_homes(homes, language)}: {need_nl} Een warmtepomp van minstens {smallest} kW en een boorgat zijn daarvoor "
        "veel te groot, en hun bedragen dus te hoog. Klopt hun gasverbruik? Zo ja, dan past een kleinere oplossing "
        "beter, zoals een kleine luchtwarmtepomp of een boilerwarmtepomp voor warm water."
    )


def _loans_over_maximum(homes: Sequence[HouseholdResult], params: ParameterSet, language: str) -> str:
    above: dict[Variant, list[float]] = {}
    for home in homes:
        for variant, amount in _loan_over_maximum(home, params):
            above.setdefault(variant, []).append(amount)
    limit = euro(params["loan_max_eur"], 0, language)
    if language == "en":
        parts = "; ".join(f"{SPECS[v].label_en.lower()} {_span(amounts, language)}" for v, amounts in above.items())
        return (
            f"{_homes(homes, language)}: the heat fund loan goes up to {limit}; their investment after subsidy is "
            f"higher ({parts} more). Minigrid counts that part as own money at the start; it can also come from "
            "another loan or by doing part of the work later."
        )
    parts = "; ".join(f"{SPECS[v].label_nl.lower()} {_span(amounts, language)}" for v, amounts in above.items())
    return (
        f"{_homes(homes, language)}: de Energiebespaarlening gaat tot {limit}; hun investering na subsidie is "
        f"hoger ({parts} meer). Minigrid rekent dat deel als eigen geld bij de start; het kan ook met een andere "
        "lening of door een deel later te doen."
    )


#: Topic → the sentence that says it for several homes.
_GROUPED: dict[str, Callable[[Sequence[HouseholdResult], ParameterSet, str], str]] = {
    LOW_DESIGN_LOAD: _low_design_loads,
    LOAN_OVER_MAXIMUM: _loans_over_maximum,
}
