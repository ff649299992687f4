"""One verdict per home and variant, on one basis: what every view shows (method.md#verdict).

A heat pump variant is compared with the gas boiler on the total over the horizon, the
sum of the cash flows :func:`minigrid_app.core.finance.money` makes (energy, fixed charges,
upkeep, loan payments, own-money replacements, residual value in the last year). Every
headline derives from that one comparison, so they cannot contradict each other:

- the verdict: over the horizon € X cheaper / dearer than gas (:func:`verdict_text`);
- the payback time: the year from which the variant's cumulative costs stay below gas's,
  interpolated within the year (:func:`payback_years`); "niet binnen 15 jaar" when the total
  is not lower;
- the break-even gas use: the gas use at which both totals are equal, searched on the side
  of the home's own gas use where the sign changes (:func:`find_break_even`), so the home's
  gas use lies above it exactly when the variant is cheaper; "altijd" / "nooit" instead of
  the ends of the search.

Hence: total lower than gas ⇔ payback within the horizon ⇔ gas use above the break-even.

Monthly costs are shown twice: in year 1 *with* the loan payment, and *after* the loan is
paid off (year-1 prices): the loan is what makes a variant that is cheaper over the horizon
look dearer per month at first (:func:`loan_note`).

Pure functions, no Qt, no files.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from minigrid_app.core.finance import YearCashFlow
from minigrid_app.core.formatting import euro, number
from minigrid_app.core.joiners import WHAT_IF_JOINED
from minigrid_app.core.rootfind import brentq
from minigrid_app.core.variant import Variant

#: A break-even search's outcome (``status`` of :class:`BreakEven`).
AT, ALWAYS, NEVER = "at", "always", "never"
#: Lowest gas use the break-even search looks at [m³/yr]: below it there is hardly any heat
#: left to size a heat pump or a borefield for.
BREAK_EVEN_LOWER_M3 = 100.0
#: The search's tolerance on the gas use [m³/yr].
BREAK_EVEN_XTOL_M3 = 0.5


def _t(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


# ------------------------------------------------------------------- cumulative costs


def cumulative_costs(own_money_year0_eur: float, cash_flows: Sequence[YearCashFlow]) -> list[float]:
    """Money spent up to and including each year, year 0 (own money) to the horizon [€].

    The last element is the total cost of ownership.
    """
    total = own_money_year0_eur
    series = [total]
    for flow in cash_flows:
        total += flow.total_eur
        series.append(total)
    return series


def payback_years(variant_cumulative: Sequence[float], gas_cumulative: Sequence[float]) -> float | None:
    """Payback time against gas on the total-cost basis [yr].

    The moment from which the variant's cumulative costs stay below gas's up to the end of
    the horizon, interpolated linearly within the year in which they cross for the last time.

    Parameters
    ----------
    variant_cumulative, gas_cumulative : sequence of float
        Cumulative costs from year 0 to the horizon (:func:`cumulative_costs`) [€].

    Returns
    -------
    float | None
        Years (0 when the variant is never dearer); None when the variant's total is not lower
        than gas's, so "not within the horizon".

    References
    ----------
    method.md#payback
    """
    difference = [v - g for v, g in zip(variant_cumulative, gas_cumulative, strict=True)]
    if not difference or difference[-1] >= 0:
        return None
    last_not_below = max((i for i, d in enumerate(difference) if d >= 0), default=None)
    if last_not_below is None:
        return 0.0
    before, after = difference[last_not_below], difference[last_not_below + 1]
    return last_not_below + before / (before - after)


# ------------------------------------------------------------------------ break-even


@dataclass(frozen=True)
class BreakEven:
    """Where a variant starts to cost less than gas over the horizon.

    Attributes
    ----------
    status : str
        ``"at"`` (a gas use was found), ``"always"`` (cheaper down to the lower end of the search)
        or ``"never"`` (dearer up to the upper end).
    gas_m3 : float | None
        The break-even gas use when ``status`` is ``"at"`` [m³/yr].
    """

    status: str
    gas_m3: float | None = None


def find_break_even(
    difference: Callable[[float], float],
    gas_m3: float,
    difference_here_eur: float,
    lower_m3: float = BREAK_EVEN_LOWER_M3,
    upper_m3: float = 10_000.0,
) -> BreakEven:
    """The gas use at which a variant's total equals gas's, on the side where the home's verdict turns.

    Parameters
    ----------
    difference : callable
        ``difference(g)`` = total of the variant − total of gas at an annual gas use ``g`` [€]
        (all else equal, borefields re-sized).
    gas_m3 : float
        The home's own gas use [m³/yr].
    difference_here_eur : float
        The difference at the home's own gas use, as the verdict has it [€]; the search takes
        it as ``difference(gas_m3)`` and does not evaluate it again.
    lower_m3, upper_m3 : float
        The search range [m³/yr].

    Returns
    -------
    BreakEven
        When the variant is cheaper at the home's gas use, the crossing is searched below it
        ("always" when it is cheaper at the lower end and at :data:`PROBES` uses in between as
        well); otherwise above it ("never" when it is dearer at the upper end and in between
        too; a field that cannot be built counts as dearer). So the home's gas use lies above the
        break-even exactly when its total is lower. Where the heat pump size or the borefield
        jumps, the point found is where the variant turns cheaper.

    References
    ----------
    method.md#break-even
    """
    searched = difference

    def difference(at_m3: float) -> float:
        # the search starts at the home's own gas use: its value there is the verdict's own
        return difference_here_eur if at_m3 == gas_m3 else searched(at_m3)

    if difference_here_eur < 0:
        low, high = min(lower_m3, gas_m3), gas_m3
        if low >= high:
            return BreakEven(ALWAYS)
        if difference(low) < 0:
            # cheaper at both ends: look in between before saying "always"
            low = _probe(difference, low, high, negative=False)
            if low is None:
                return BreakEven(ALWAYS)
    else:
        low, high = gas_m3, max(upper_m3, gas_m3)
        if low >= high:
            return BreakEven(NEVER)
        if difference(high) >= 0:
            # dearer at both ends (or no field at the top): look in between before saying "never"
            high = _probe(difference, low, high, negative=True)
            if high is None:
                return BreakEven(NEVER)
    found = brentq(difference, low, high, xtol=BREAK_EVEN_XTOL_M3, rtol=1e-9, maxiter=80)
    return BreakEven(AT, float(found))


#: Gas uses looked at between the ends of the search before "always" or "never" is said.
PROBES = 4


def _probe(difference: Callable[[float], float], low: float, high: float, negative: bool) -> float | None:
    """The first of :data:`PROBES` gas uses between ``low`` and ``high`` (evenly on a log scale,
    from ``low`` up) where the difference is negative (or, ``negative=False``, not negative)."""
    low = max(low, 1.0)  # a home without gas use (0 m³) searches above it: a log scale needs a start above 0
    ratio = (high / low) ** (1.0 / (PROBES + 1))
    for k in range(1, PROBES + 1):
        gas_m3 = low * ratio**k
        if (difference(gas_m3) < 0) == negative:
            return gas_m3
    return None


# ------------------------------------------------------------------------ the words


def _whole_euros(difference_eur: float, language: str) -> str | None:
    """The size of a difference as the verdict shows it ('€ 893'), None when that reads € 0."""
    amount = euro(abs(difference_eur), 0, language)
    return None if amount == euro(0.0, 0, language) else amount


def verdict_text(difference_eur: float, horizon_years: int, language: str = "nl") -> str:
    """'over 15 jaar € 893 goedkoper dan gas' (or 'duurder'); 'even duur' when the amount in
    whole euros is € 0 (never '€ 0 duurder', also at exactly € 0.50, which rounds to € 0)."""
    amount = _whole_euros(difference_eur, language)
    if amount is None:
        return _t(language, f"over {horizon_years} jaar even duur als gas", f"over {horizon_years} years as dear as gas")
    if difference_eur < 0:
        return _t(
            language, f"over {horizon_years} jaar {amount} goedkoper dan gas", f"over {horizon_years} years {amount} cheaper than gas"
        )
    return _t(language, f"over {horizon_years} jaar {amount} duurder dan gas", f"over {horizon_years} years {amount} dearer than gas")


def difference_text(difference_eur: float, language: str = "nl") -> str:
    """The verdict on the total, short, as the tables have it: '€ 3.123 goedkoper', '€ 545 duurder',
    'even duur' when the amount in whole euros is € 0 (as :func:`verdict_text`)."""
    amount = _whole_euros(difference_eur, language)
    if amount is None:
        return _t(language, "even duur", "as dear")
    return f"{amount} " + (_t(language, "goedkoper", "cheaper") if difference_eur < 0 else _t(language, "duurder", "dearer"))


def payback_text(years: float | None, horizon_years: int, language: str = "nl") -> str:
    """'11,3 jaar', 'meteen' (0, or less than reads as 0,1 year) or 'niet binnen 15 jaar'.

    A variant that costs more per month says why it is paid back 'meteen' after it ('meteen, want
    …': :func:`payback_reason`, :attr:`VerdictSummary.payback`).
    """
    if years is None:
        return _t(language, f"niet binnen {horizon_years} jaar", f"not within {horizon_years} years")
    if round(years, 1) <= 0:  # never '0,0 jaar'
        return _t(language, "meteen", "at once")
    return number(years, 1, _t(language, "jaar", "years"), language)


def payback_reason(years: float | None, boiler_eur: float, homes: int = 1, language: str = "nl") -> str:
    """Why a variant that costs more per month is paid back: 'met gas is de cv-ketel aan vervanging
    toe (€ 2.200)' ('meteen'), 'in jaar 3 is met gas de cv-ketel aan vervanging toe (€ 2.200)'
    (a payback of 2,1 years); '' when not paid back or gas pays nothing then.

    A resident reads 'terugverdiend: meteen' (or '2,1 jaar') beside '€ 8 per maand duurder' as a
    mistake: the new boiler gas needs then counts in the total, not in the monthly costs.
    ``boiler_eur`` is what gas pays outside its monthly costs in the year the payback falls in
    (:func:`boiler_due_eur`) for the home or, ``homes`` > 1, the mean per home of a group.
    """
    amount = _whole_euros(boiler_eur, language)
    if years is None or amount is None:
        return ""
    year = payback_year(years)
    if homes > 1:
        if year == 0:
            return _t(language, f"met gas zijn cv-ketels aan vervanging toe (gemiddeld {amount} per woning)",
                      f"with gas, boilers are due for replacement (on average {amount} a home)")
        return _t(language, f"in jaar {year} zijn met gas cv-ketels aan vervanging toe (gemiddeld {amount} per woning)",
                  f"in year {year}, with gas, boilers are due for replacement (on average {amount} a home)")
    if year == 0:
        return _t(language, f"met gas is de cv-ketel aan vervanging toe ({amount})",
                  f"with gas the boiler is due for replacement ({amount})")
    return _t(language, f"in jaar {year} is met gas de cv-ketel aan vervanging toe ({amount})",
              f"in year {year}, with gas, the boiler is due for replacement ({amount})")


def residual_reason(gain_eur: float, horizon_years: int, homes: int = 1, language: str = "nl") -> str:
    """Why a variant that costs more per month is paid back in the horizon's last year: 'in jaar 15 telt de
    restwaarde mee (€ 6.338 meer dan bij gas)'.

    The payback counts the residual value in the last year (method.md#payback): a heat pump and
    a borefield still worth € 6.338 more than gas's boiler at the end turn the total in that year,
    and the payback reads '14,8 jaar' beside 'over 15 jaar € 1.735 goedkoper'. ``gain_eur``: the
    variant's residual value minus gas's [€] for the home or, ``homes`` > 1, the mean per home.
    """
    amount = euro(gain_eur, 0, language)
    if homes > 1:
        return _t(language, f"in jaar {horizon_years} telt de restwaarde mee (gemiddeld {amount} meer dan bij gas)",
                  f"in year {horizon_years} the residual value counts (on average {amount} more than with gas)")
    return _t(language, f"in jaar {horizon_years} telt de restwaarde mee ({amount} meer dan bij gas)",
              f"in year {horizon_years} the residual value counts ({amount} more than with gas)")


def residual_gain_eur(results, household_id: str | None, variant: str) -> float:
    """The variant's residual value at the end of the horizon minus gas's [€], for the home or the mean
    per home of the group's homes its totals count (:func:`_gas_of_the_same_homes`); 0 without cash flows."""
    gains = [result.cash_flows[-1].residual_value_eur - gas.cash_flows[-1].residual_value_eur
             for result, gas in _counted_pairs(results, household_id, variant) if result.cash_flows and gas.cash_flows]
    return sum(gains) / len(gains) if gains else 0.0


def _counted_pairs(results, household_id: str | None, variant: str):
    """(variant, gas) of the home, or of each home the group's totals count (taking part, not as a joiner)."""
    for household in results.households:
        if household_id is not None and household.id != household_id:
            continue
        if household_id is None and not (household.computable and household.participates):
            continue
        result, gas = household.variants.get(variant), household.variants.get(Variant.GAS)
        if result is None or gas is None or (household_id is None and result.as_joiner):
            continue
        yield result, gas


def payback_year(years: float) -> int:
    """The year whose cash flows bring a payback of ``years`` about: 0 for 'meteen' (it reads as 0,0),
    else the year of the last crossing, which :func:`payback_years` interpolates within (2,1 → 3;
    1,0 → 2: it crossed in year 2, from exactly level at the end of year 1)."""
    return 0 if round(years, 1) <= 0 else int(years) + 1


def boiler_due_eur(gas, year: int = 0) -> float:
    """What the gas variant of a home pays outside its monthly costs [€] in the year a payback falls in.

    ``year`` 0 ('meteen'): its own money in year 0 and the replacements of year 1 (a boiler that is
    worn out); a later year: that year's replacements. This is what makes a variant that costs
    more per month paid back then (method.md#payback).
    """
    flows = gas.cash_flows
    if year == 0:
        return gas.own_money_year0_eur + (flows[0].investment_eur if flows else 0.0)
    return next((flow.investment_eur for flow in flows if flow.year == year), 0.0)


def break_even_text(status: str | None, gas_m3: float | None, upper_m3: float, language: str = "nl") -> str:
    """'vanaf 813 m³ gas per jaar', 'altijd voordeliger', 'nooit voordeliger (tot 10.000 m³)'; '–' when not computed."""
    if status == ALWAYS:
        return _t(language, "altijd voordeliger", "always cheaper")
    if status == NEVER:
        limit = number(upper_m3, 0, "m³", language)
        return _t(language, f"nooit voordeliger (tot {limit})", f"never cheaper (up to {limit})")
    if status == AT and gas_m3 is not None:
        # up to the next 10 m³: 'vanaf 810 m³' for a break-even of 812,7 m³ said a home using 811 m³ is cheaper
        # next to its own verdict 'duurder dan gas'
        shown = math.ceil(gas_m3 / 10 - 1e-9) * 10
        return _t(
            language,
            f"vanaf {number(shown, 0, 'm³', language)} gas per jaar",
            f"from {number(shown, 0, 'm³', language)} of gas a year",
        )
    return "–"


def monthly_after_loan_text(after_eur: float, loan_term_years: int, language: str = "nl") -> str:
    """'€ 90 per maand na de lening (na 15 jaar)'."""
    amount = euro(after_eur, 0, language)
    return _t(
        language,
        f"{amount} per maand als de lening is afgelost (na {loan_term_years} jaar)",
        f"{amount} a month once the loan is paid off (after {loan_term_years} years)",
    )


def loan_note(
    monthly_year1_eur: float,
    monthly_after_loan_eur: float,
    gas_monthly_year1_eur: float,
    difference_eur: float,
    loan_term_years: int,
    horizon_years: int,
    language: str = "nl",
    mean: bool = False,
) -> str:
    """The one plain sentence on why the monthly costs and the total can point different ways.

    Empty when they agree (dearer per month and over the horizon, or cheaper in both). ``mean``:
    the figures are the group's mean per home, and the amount says so ('na de lening gemiddeld € 81').
    The amount is named as step 4's row names it ('Per maand na de lening'): 'zonder lening € 113'
    read as what a month costs if you do not borrow.
    """
    dearer_monthly = monthly_year1_eur > gas_monthly_year1_eur + 0.005
    cheaper_total = difference_eur < 0
    after = euro(monthly_after_loan_eur, 0, language)
    if mean:
        after = _t(language, f"gemiddeld {after}", f"on average {after}")
    if dearer_monthly and cheaper_total:
        return _t(
            language,
            f"Per maand is dit duurder dan gas zolang u de lening aflost ({loan_term_years} jaar), na de lening "
            f"{after} per maand; over {horizon_years} jaar is het toch goedkoper, omdat ook de vervanging van de "
            "ketel en de restwaarde van de installatie meetellen.",
            f"Per month this is dearer than gas while you pay off the loan ({loan_term_years} years), {after} a month "
            f"after the loan; over {horizon_years} years it is cheaper all the same, because replacing the boiler "
            "and what the installation is still worth count too.",
        )
    if not dearer_monthly and not cheaper_total:
        return _t(
            language,
            f"Per maand is dit in het begin niet duurder dan gas, maar over {horizon_years} jaar wel: ook de "
            "vervanging van onderdelen en de restwaarde tellen mee.",
            f"Per month this is not dearer than gas at first, but over {horizon_years} years it is: replacing "
            "parts and what is left of their value count too.",
        )
    return ""


# ------------------------------------------------------------------- what views show


def basis_text(households_counted: int, language: str = "nl") -> str:
    """How group figures are meant: 'gemiddeld per deelnemende woning, 18 woningen'; with none
    counted 'geen gemiddelde (nog geen woning die meedoet is berekend)', not '…, 0 woningen' above a
    table of '–' (every home declined)."""
    if households_counted == 0:
        return _t(language, "geen gemiddelde (nog geen woning die meedoet is berekend)",
                  "no average (no participating home computed yet)")
    if households_counted == 1:
        return _t(language, "gemiddeld per deelnemende woning, 1 woning", "average per participating home, 1 home")
    return _t(
        language,
        f"gemiddeld per deelnemende woning, {households_counted} woningen",
        f"average per participating home, {households_counted} homes",
    )


def totals_basis_text(households_counted: int, language: str = "nl") -> str:
    """'totaal van de 18 deelnemende woningen'."""
    return _t(
        language,
        f"totaal van de {households_counted} deelnemende woningen" if households_counted != 1 else "totaal van 1 deelnemende woning",
        f"total of the {households_counted} participating homes" if households_counted != 1 else "total of 1 participating home",
    )


@dataclass(frozen=True)
class VerdictSummary:
    """Everything a view shows of one variant's verdict, as numbers and as words.

    For a home (``household_id``) or the group average per participating home.

    Attributes
    ----------
    variant : str
    monthly_year1_eur, monthly_after_loan_eur : float
        Per month in year 1 with the loan, and once the loan is paid off [€/month].
    investment_net_eur, tco_eur : float
        One-off after subsidy, and the total over the horizon [€].
    difference_eur : float | None
        Total − gas's [€], the difference of the two totals in whole euros (:func:`shown_difference`); None for gas.
    payback_years : float | None
    break_even_status : str | None
    break_even_gas_m3 : float | None
    cheaper_homes, homes : int
        Group only: homes whose total is lower than with gas, of how many (0, 0 for a home).
    verdict, payback, break_even, after_loan, loan_note : str
        The words (:func:`verdict_text`, :func:`payback_text`, :func:`break_even_text`,
        :func:`monthly_after_loan_text`, :func:`loan_note`); '' for gas where they make no sense.
    payback_reason : str
        Why a variant that costs more per month is paid back (:func:`payback_reason`), also at
        the end of ``payback`` ('meteen, want …', '2,1 jaar, want in jaar 3 …'); '' otherwise.
    gas_monthly_year1_eur : float
        Gas per month in year 1 of the same homes (the group: of the homes this variant covers),
        what ``monthly_year1_eur`` is compared with [€/month].
    coverage : str
        Group only: '4 van de 8 woningen' when the variant covers fewer homes than take part (a
        cluster whose field cannot be built); '' when it covers them all and for a home.
    basis : str
        Group: :func:`basis_text`; a home: its name; plus ', doet nog niet mee: als hij nu
        aansluit' for a what-if shared loop.
    as_joiner : bool
    """

    variant: str
    monthly_year1_eur: float
    monthly_after_loan_eur: float
    investment_net_eur: float
    tco_eur: float
    difference_eur: float | None
    payback_years: float | None
    break_even_status: str | None
    break_even_gas_m3: float | None
    cheaper_homes: int
    homes: int
    verdict: str
    payback: str
    break_even: str
    after_loan: str
    loan_note: str
    basis: str
    as_joiner: bool = False
    payback_reason: str = ""
    gas_monthly_year1_eur: float = 0.0
    coverage: str = ""


def shown_difference(tco_eur: float, difference_eur: float) -> float:
    """Total − gas's as the difference of the two totals in whole euros, as every view shows them.

    Rounding the difference itself can put one euro between the words and the figures beside
    them ('€ 438 goedkoper' under € 33.676 next to gas's € 34.113); a resident who subtracts
    the totals must find the amount in the words. Gas's total is that of the same homes
    (``tco_eur − difference_eur``); rounded half to even, as the figures are formatted.
    """
    return float(round(tco_eur) - round(tco_eur - difference_eur))


def shown_monthly_difference(monthly_eur: float, gas_monthly_eur: float) -> float:
    """A month's costs − gas's as the difference of the two figures in whole euros every view shows [€].

    '€ 37 per maand duurder' beside bars of € 144 and € 182 (144,4 and 181,6) reads as a
    mistake; the words take the difference of the figures shown, as :func:`shown_difference`
    does for the totals.
    """
    return float(round(monthly_eur) - round(gas_monthly_eur))


def _gas_of_the_same_homes(results, household_id: str | None, variant: str) -> list:
    """The gas variants of the homes a verdict is about: the home, or the group's homes that take
    part and have the variant (not as a joiner), as the group's totals count them."""
    if household_id is not None:
        household = results.household(household_id)
        gas = household.variants.get(Variant.GAS) if household else None
        return [gas] if gas is not None else []
    return [gas for _, gas in _counted_pairs(results, None, variant)]


def _mean_difference_in_year(results, household_id: str | None, variant: str, year: int) -> float:
    """The variant's money spent up to and including ``year`` minus gas's [€], for the home or the mean per
    home of the homes the group's totals count (:func:`_gas_of_the_same_homes`); negative: paid back by then."""
    differences = []
    for result, gas in _counted_pairs(results, household_id, variant):
        mine = cumulative_costs(result.own_money_year0_eur, result.cash_flows)
        theirs = cumulative_costs(gas.own_money_year0_eur, gas.cash_flows)
        if year < len(mine) and year < len(theirs):
            differences.append(mine[year] - theirs[year])
    return sum(differences) / len(differences) if differences else 0.0


def verdict_summary(results, household_id: str | None, variant: str, language: str = "nl") -> VerdictSummary | None:
    """The verdict of one variant for a home, or for the group per participating home.

    Parameters
    ----------
    results : ProjectResults
    household_id : str | None
        None: the group (averages over :attr:`GroupResult.households_counted` homes, payback of
        the summed cash flows, and how many homes are cheaper instead of one break-even).
    variant : str
    language : str

    Returns
    -------
    VerdictSummary | None
        None when the variant is not computed for that home, or no home of the group has it.
    """
    params = results.parameters
    horizon = params.int("horizon_years")
    term = params.int("loan_term_years")
    upper = params["break_even_max_gas_m3"]
    if household_id is None:
        totals = results.group.totals.get(variant)
        gas_totals = results.group.totals.get(Variant.GAS)
        if totals is None or not totals.households:
            return None
        count = totals.households
        monthly = totals.monthly_costs_year1_eur / count
        after = totals.monthly_costs_after_loan_eur / count
        difference = None if variant == Variant.GAS or totals.difference_to_gas_eur is None else totals.difference_to_gas_eur / count
        # gas of the same homes: where a variant covers fewer homes (a cluster whose field cannot be
        # built), gas's mean over all homes is another set of homes than the variant's
        same = _gas_of_the_same_homes(results, None, variant)
        gas_monthly = (sum(g.monthly_costs_year1_eur for g in same) / len(same) if same else
                       gas_totals.monthly_costs_year1_average_eur if gas_totals and gas_totals.households else monthly)
        payback = totals.payback_years
        status, gas_m3 = None, None
        cheaper, homes = totals.households_cheaper, count
        counted = results.group.households_counted
        coverage = (_t(language, f"{count} van de {counted} woningen", f"{count} of the {counted} homes")
                    if count < counted else "")
        basis = basis_text(counted, language) + (_t(language, f", deze variant: {coverage}", f", this variant: {coverage}")
                                                 if coverage else "")
        if variant == Variant.GAS:
            break_even = ""
        elif count == 1:  # one home: said plainly, not "voordeliger voor 1 van de 1 woningen"
            break_even = (_t(language, "voordeliger voor de woning die meedoet", "cheaper for the home that takes part")
                          if cheaper else
                          _t(language, "niet voordeliger voor de woning die meedoet", "not cheaper for the home that takes part"))
        else:
            break_even = _t(
                language, f"voordeliger voor {cheaper} van de {count} woningen", f"cheaper for {cheaper} of the {count} homes"
            )
        investment, tco, as_joiner = totals.investment_net_eur / count, totals.tco_eur / count, False
    else:
        household = results.household(household_id)
        result = household.variants.get(variant) if household else None
        if result is None:
            return None
        coverage = ""
        gas = household.variants.get(Variant.GAS)
        monthly, after = result.monthly_costs_year1_eur, result.monthly_costs_after_loan_eur
        difference = None if variant == Variant.GAS else result.difference_to_gas_eur
        gas_monthly = gas.monthly_costs_year1_eur if gas else monthly
        payback = result.payback_years
        status, gas_m3 = result.break_even_status, result.break_even_gas_m3
        cheaper, homes = 0, 0
        basis = household.name(language)
        if result.as_joiner:
            basis += f" ({WHAT_IF_JOINED.text(language)})"
        break_even = "" if variant == Variant.GAS else break_even_text(status, gas_m3, upper, language)
        investment, tco, as_joiner = result.investment_net_eur, result.tco_eur, result.as_joiner
    if difference is not None:
        difference = shown_difference(tco, difference)
    reason = ""
    if variant == Variant.GAS or difference is None:
        verdict_words, payback_words, note = "", "", ""
    else:
        verdict_words = verdict_text(difference, horizon, language)
        if shown_monthly_difference(monthly, gas_monthly) > 0:  # dearer per month: a payback says why
            homes_gas = _gas_of_the_same_homes(results, household_id, variant)
            paying = max(1, len(homes_gas))
            year = payback_year(payback) if payback is not None else 0
            boiler = sum(boiler_due_eur(gas, year) for gas in homes_gas) / paying
            reason = payback_reason(payback, boiler, paying if household_id is None else 1, language)
            if reason and year >= 1 and _mean_difference_in_year(results, household_id, variant, year) + boiler <= 0:
                # paid back in that year without gas's boilers too: they are not why (straat-24 over 20 years:
                # '18,4 jaar, want in jaar 19 zijn met gas cv-ketels aan vervanging toe (gemiddeld € 110 per woning)')
                reason = ""
            if not reason and payback is not None and year == horizon:
                # turned by the residual value alone: without it the total would still be dearer
                gain = residual_gain_eur(results, household_id, variant)
                if difference + gain > 0:
                    reason = residual_reason(gain, horizon, paying if household_id is None else 1, language)
        payback_words = payback_text(payback, horizon, language)
        if reason:  # 'meteen, want met gas is de cv-ketel aan vervanging toe (€ 2.200)', '14,8 jaar, want in jaar 15 …'
            payback_words += _t(language, f", want {reason}", f", because {reason}")
        note = loan_note(monthly, after, gas_monthly, difference, term, horizon, language, mean=household_id is None)
    return VerdictSummary(
        variant=variant,
        monthly_year1_eur=monthly,
        monthly_after_loan_eur=after,
        investment_net_eur=investment,
        tco_eur=tco,
        difference_eur=difference,
        payback_years=payback,
        break_even_status=status,
        break_even_gas_m3=gas_m3,
        cheaper_homes=cheaper,
        homes=homes,
        verdict=verdict_words,
        payback=payback_words,
        break_even=break_even,
        after_loan=monthly_after_loan_text(after, term, language),
        loan_note=note,
        basis=basis,
        as_joiner=as_joiner,
        payback_reason=reason,
        gas_monthly_year1_eur=gas_monthly,
        coverage=coverage,
    )
