"""Check the residents' conditions against the numbers (method.md#conditions).

Each condition gets, per variant, ``met``, ``not_met`` or ``not_checkable`` with a
reason in plain Dutch and English, per household and for the group.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from minigrid_app.core import cooling, verdict
from minigrid_app.core.formatting import (
    all_homes,
    count,
    euro,
    group_thousands,
    number,
    parameter_value,
)
from minigrid_app.core.model import Condition, Project
from minigrid_app.core.results import HouseholdResult, ProjectResults
from minigrid_app.core.selectors import borefield_impossible, missing_text
from minigrid_app.core.variant import VARIANTS, Variant

MET, NOT_MET, NOT_CHECKABLE = "met", "not_met", "not_checkable"

#: Templates for the common conditions, for the first residents' evening.
COMMON_CONDITIONS = (
    ("max_monthly_increase", "Niet meer per maand dan nu met gas (hooguit € {value} extra)", "No higher monthly costs than now with gas (at most € {value} more)", 0.0),
    ("max_investment", "Eenmalig hooguit € {value} per woning (na subsidie)", "One-off at most € {value} per home (after subsidy)", 15000.0),
    ("max_payback", "Binnen {value} jaar terugverdiend", "Paid back within {value} years", 15.0),
    ("no_outdoor_unit", "Geen buitenunit aan de gevel of in de tuin", "No outdoor unit on the wall or in the garden", None),
    ("cooling", "We willen in de zomer kunnen koelen", "We want cooling in summer", None),
    ("lower_co2", "Minder CO₂-uitstoot dan nu", "Less CO₂ than now", None),
    ("drilling_own_land", "Alleen boren op eigen grond (voortuinen)", "Drilling only on our own land (front gardens)", None),
    ("room_to_join", "Buren moeten later nog kunnen aansluiten", "Neighbours must be able to join later", None),
)


def condition_text(kind: str, value: float | None, language: str = "nl") -> str:
    """The text of a common condition in the residents' words, with its value filled in
    ("" for a kind that is not one of :data:`COMMON_CONDITIONS`)."""
    for template_kind, nl, en, _default in COMMON_CONDITIONS:
        if template_kind == kind:
            template = en if language == "en" else nl
            return template.format(value=group_thousands(value or 0, 0, language))
    return ""


def shown_condition_text(condition: Condition, language: str = "nl") -> str:
    """How a condition reads on screen and on paper: the residents' own words in Dutch; in
    English a common condition shows its English template (the stored words are Dutch)."""
    if language == "en" and condition.kind != "custom":
        english = condition_text(condition.kind, condition.value, "en")
        if english:
            return english
    return condition.text.strip() or condition.kind


@dataclass(frozen=True)
class Outcome:
    status: str
    reason_nl: str
    reason_en: str

    def reason(self, language: str = "nl") -> str:
        return self.reason_en if language == "en" else self.reason_nl


@dataclass
class ConditionCheck:
    """One condition checked per variant.

    ``group`` holds the verdict for the whole group (met only when met for every
    computed household); ``households`` the verdict per household id.
    """

    condition: Condition
    group: dict[str, Outcome]
    households: dict[str, dict[str, Outcome]] = field(default_factory=dict)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # variant → (met, checked)


def _cooling(result, variant: str, wants: bool, price_eur_kwh: float) -> Outcome:
    """Cooling with numbers: what a variant delivers to a home that wants it, and for how much electricity."""
    if variant == Variant.GAS:
        return Outcome(NOT_MET, "een cv-ketel kan niet koelen", "a gas boiler cannot cool")
    if not wants:
        if variant == Variant.AIR_HP:
            return Outcome(MET, "actief koelen kan (deze woning heeft geen koelwens opgegeven)", "active cooling possible (this home gave no wish to cool)")
        return Outcome(MET, "passief koelen via de bodemlus kan (geen koelwens opgegeven)", "passive cooling through the ground loop possible (no wish to cool given)")
    words = cooling.line(variant, result.cooling_kwh_per_year, result.cooling_electricity_kwh, price_eur_kwh).text
    return Outcome(MET, words.nl, words.en)


def _telling(amount: float, limit: float, ok: bool, decimals: int = 0) -> int:
    """The decimals with which ``amount`` shows the outcome of "at most ``limit``".

    'Niet voldaan' beside '€ 10 per maand meer dan gas (grens: € 10 meer)' reads as a mistake:
    the figure is then written with as many more decimals (up to two) as it takes to see why.
    """
    for more in range(decimals, decimals + 3):
        if (round(amount, more) <= limit + 1e-6) == ok:
            return more
    return decimals + 2


def _numeric(
    condition: Condition, household: HouseholdResult, variant: str, project: Project, price_eur_kwh: float = 0.0
) -> Outcome:
    result = household.variants.get(variant)
    gas = household.variants.get(Variant.GAS)
    if result is None or gas is None:
        return Outcome(NOT_CHECKABLE, "niet berekend voor deze woning", "not computed for this home")
    value = condition.value
    kind = condition.kind
    if kind == "cooling":
        home = project.household(household.id)
        return _cooling(result, variant, bool(home is not None and home.wants_cooling), price_eur_kwh)
    if kind == "max_monthly_increase":
        limit = gas.monthly_costs_year1_eur + (value or 0.0)
        ok = result.monthly_costs_year1_eur <= limit + 1e-6
        # the difference of the whole-euro figures shown beside it; in cents when those hide the outcome
        difference = verdict.shown_monthly_difference(result.monthly_costs_year1_eur, gas.monthly_costs_year1_eur)
        cents = _telling(difference, value or 0.0, ok) > 0
        if cents:
            difference = result.monthly_costs_year1_eur - gas.monthly_costs_year1_eur
        word_nl = "meer" if difference >= 0 else "minder"
        word_en = "more" if difference >= 0 else "less"
        shown = 2 if cents else 0
        return Outcome(
            MET if ok else NOT_MET,
            f"{euro(abs(difference), shown)} per maand {word_nl} dan gas (grens: {euro(value or 0)} meer)",
            f"{euro(abs(difference), shown, language='en')} a month {word_en} than gas (limit: {euro(value or 0, language='en')} more)",
        )
    if kind == "max_investment":
        ok = result.investment_net_eur <= (value or 0.0) + 1e-6
        shown = 2 if _telling(result.investment_net_eur, value or 0.0, ok) > 0 else 0
        return Outcome(
            MET if ok else NOT_MET,
            f"eenmalig {euro(result.investment_net_eur, shown)} na subsidie (grens {euro(value or 0)})",
            f"one-off {euro(result.investment_net_eur, shown, language='en')} after subsidy (limit {euro(value or 0, language='en')})",
        )
    if kind == "max_payback":
        if variant == Variant.GAS:
            return Outcome(MET, "geen investering in een nieuw systeem", "no investment in a new system")
        if result.payback_years is None:
            return Outcome(NOT_MET, "verdient zich niet terug", "never pays back")
        ok = result.payback_years <= (value or 0.0)
        shown = _telling(result.payback_years, value or 0.0, ok, 1)  # '15,0 jaar (grens 15)' not met: '15,04 jaar'
        return Outcome(
            MET if ok else NOT_MET,
            f"terugverdiend in {number(result.payback_years, shown, 'jaar', 'nl')} (grens {parameter_value(value or 0.0, 'nl')})",
            f"paid back in {number(result.payback_years, shown, language='en')} years (limit {value:g})",
        )
    if kind == "lower_co2":
        if variant == Variant.GAS:
            return Outcome(NOT_MET, "dit is de huidige uitstoot", "this is the current emission")
        ok = result.co2_kg_per_year < gas.co2_kg_per_year
        return Outcome(
            MET if ok else NOT_MET,
            f"{number(result.co2_kg_per_year, 0, 'kg', 'nl')} CO₂ per jaar tegen {number(gas.co2_kg_per_year, 0, 'kg', 'nl')} met gas",
            f"{number(result.co2_kg_per_year, 0, 'kg', 'en')} CO₂ a year against {number(gas.co2_kg_per_year, 0, 'kg', 'en')} with gas",
        )
    raise ValueError(kind)


def _qualitative(condition: Condition, variant: str, project: Project) -> Outcome:
    kind = condition.kind
    if kind == "no_outdoor_unit":
        if variant == Variant.AIR_HP:
            return Outcome(NOT_MET, "een luchtwarmtepomp heeft een buitenunit", "an air heat pump has an outdoor unit")
        return Outcome(MET, "geen buitenunit nodig", "no outdoor unit needed")
    if kind == "cooling":
        if variant == Variant.GAS:
            return Outcome(NOT_MET, "een cv-ketel kan niet koelen", "a gas boiler cannot cool")
        if variant == Variant.AIR_HP:
            return Outcome(MET, "actief koelen mogelijk (kost stroom)", "active cooling possible (uses electricity)")
        return Outcome(MET, "zuinig passief koelen via de bodemlus", "efficient passive cooling through the ground loop")
    if kind == "drilling_own_land":
        if variant in (Variant.GAS, Variant.AIR_HP):
            return Outcome(MET, "er wordt niet geboord", "no drilling")
        return Outcome(
            NOT_CHECKABLE,
            "hangt af van de ruimte in de voortuinen: laat de boorlocaties ter plekke bekijken",
            "depends on room in the front gardens: have the drilling spots checked on site",
        )
    if kind == "room_to_join":
        if variant != Variant.SHARED_LOOP:
            return Outcome(MET, "iedere woning kan dit zelf later ook kiezen", "every home can choose this later on its own")
        reserve = project.clusters.reserve_joiners
        if reserve > 0:
            return Outcome(MET, f"ruimte gereserveerd voor {count(reserve, 'latere deelnemer', 'latere deelnemers')} per cluster",
                           f"room reserved for {count(reserve, 'later joiner', 'later joiners')} per cluster")
        return Outcome(
            NOT_MET,
            # the field as step 3 shows it (ui.pages.quickscan.clusters), not as the file calls it
            "geen ruimte gereserveerd: vul bij stap 3 ‘Ruimte voor latere deelnemers’ in",
            "no room reserved: fill in ‘Room for later joiners’ in step 3",
        )
    return Outcome(NOT_CHECKABLE, "niet met de cijfers te controleren; bespreek het op de avond", "cannot be checked by the numbers; discuss it at the evening")


NUMERIC_KINDS = ("max_monthly_increase", "max_investment", "max_payback", "lower_co2", "cooling")
#: Numeric kinds that need no value to be checked.
VALUELESS_KINDS = ("lower_co2", "cooling")


def check_condition(condition: Condition, project: Project, results: ProjectResults) -> ConditionCheck:
    check = ConditionCheck(condition=condition, group={})
    participants = [h for h in results.households if h.computable and h.participates]
    for variant in VARIANTS:
        if condition.kind in NUMERIC_KINDS and (condition.kind in VALUELESS_KINDS or condition.value is not None):
            met = checked = 0
            worst: Outcome | None = None
            price = results.parameters["electricity_price_eur_kwh"]
            for household in participants:
                outcome = _numeric(condition, household, variant, project, price)
                if household.variants.get(variant) is None and borefield_impossible(results, household.id, variant):
                    # not 'niet berekend': the variant is not possible for this home
                    outcome = Outcome(NOT_CHECKABLE, *(missing_text(results, household.id, variant, lang) for lang in ("nl", "en")))
                check.households.setdefault(household.id, {})[variant] = outcome
                if outcome.status == NOT_CHECKABLE:
                    continue
                checked += 1
                if outcome.status == MET:
                    met += 1
                elif worst is None:
                    worst = outcome
            check.counts[variant] = (met, checked)
            if checked == 0 and participants and borefield_impossible(results, None, variant):
                check.group[variant] = Outcome(NOT_CHECKABLE, *(missing_text(results, None, variant, lang) for lang in ("nl", "en")))
            elif checked == 0:
                check.group[variant] = Outcome(NOT_CHECKABLE, "nog geen berekende woningen", "no computed homes yet")
            elif met == checked:
                check.group[variant] = (
                    Outcome(MET, f"voor {all_homes(checked)}", f"for {all_homes(checked, 'en')}") if checked > 1
                    else Outcome(MET, "voor de woning die meedoet", "for the home that takes part")
                )
            elif checked == 1:  # one home: said plainly, not "voor 1 van de 1 woning niet"
                check.group[variant] = Outcome(
                    NOT_MET, f"niet voor de woning die meedoet: {worst.reason_nl}",
                    f"not for the home that takes part: {worst.reason_en}",
                )
            else:
                # name the homes it fails for: "niet voldaan voor 3 van de 8" must not read as
                # "fails for 3" when 3 is the number that pass
                failing = checked - met
                check.group[variant] = Outcome(
                    NOT_MET,
                    f"voor {failing} van de {count(checked, 'woning', 'woningen')} niet; bijvoorbeeld {worst.reason_nl}",
                    f"not for {failing} of the {count(checked, 'home', 'homes')}; for example {worst.reason_en}",
                ) if failing < checked else Outcome(  # all of them: not 'voor 20 van de 20 woningen niet'
                    NOT_MET,
                    f"voor {all_homes(checked)} niet; bijvoorbeeld {worst.reason_nl}",
                    f"not for {'either home' if checked == 2 else f'any of the {checked} homes'}; for example {worst.reason_en}",
                )
        else:
            outcome = _qualitative(condition, variant, project)
            check.group[variant] = outcome
            for household in participants:
                check.households.setdefault(household.id, {})[variant] = outcome
    return check


def check_conditions(project: Project, results: ProjectResults) -> list[ConditionCheck]:
    """All enabled conditions, checked for the group and per household."""
    return [check_condition(c, project, results) for c in project.conditions if c.enabled]
