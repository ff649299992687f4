"""How a home pays its own investment: own money, the heat fund loan, or a mix (method.md#financing).

Each home chooses (``Household.financing``):

- ``default``: the project's figures (``loan_share`` of the net investment at ``loan_rate``);
- ``own``: everything from own money, no loan;
- ``loan``: the heat fund loan (Energiebespaarlening of the Nationaal Warmtefonds) for the
  whole net investment, at most ``loan_max_eur``; the rest own money;
- ``mix``: a loan of ``loan_amount_eur`` (at most the net investment and ``loan_max_eur``),
  the rest own money.

For ``loan`` and ``mix`` the fund's rules apply: 0 % (``loan_rate_low_income``) when the
household's joint taxable income is at most ``loan_low_income_limit_eur``
(``income_below_loan_limit``), the standard ``loan_rate`` above it or when not known; no loan
below ``loan_min_eur``. The term is ``loan_term_years`` for every choice.

The engine applies the choice to every variant of the home (:func:`home_money_settings`),
so the monthly costs follow; :func:`financing_remarks` words what the advisor should see
(a loan above the fund's maximum, a home without room to borrow). :func:`financing_figures`
gives what step 5 shows per home: a home that does not take part keeps its row (its choice
counts if it joins), with the figures it would pay if it joined now, marked as such
(:func:`what_if_note`). Pure, no Qt.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from minigrid_app.core.finance import MoneySettings
from minigrid_app.core.formatting import euro, join_names
from minigrid_app.core.model import Household
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.problems import Bilingual, Problem
from minigrid_app.core.variant import Variant

if TYPE_CHECKING:
    from minigrid_app.core.results import ProjectResults

#: the words for each choice (Dutch, English)
FINANCING_WORDS = {
    "default": ("zoals het project rekent", "as the project assumes"),
    "own": ("eigen geld", "own money"),
    "loan": ("Warmtefonds-lening", "heat fund loan"),
    "mix": ("deels lenen, deels eigen geld", "part loan, part own money"),
}


@dataclass(frozen=True)
class LoanTerms:
    """The loan a home takes for a net investment.

    Attributes
    ----------
    choice : str
        ``Household.financing``.
    principal_eur : float
        Amount borrowed [€].
    rate : float
        Yearly interest rate [-].
    term_years : int
    low_income : bool
        The 0 % rate of the fund applies.
    capped : bool
        The home wanted more than the fund lends (``loan_max_eur``); the rest is own money.
    below_minimum : bool
        The wished loan is below ``loan_min_eur``: the fund does not lend it, own money instead.
    """

    choice: str
    principal_eur: float
    rate: float
    term_years: int
    low_income: bool = False
    capped: bool = False
    below_minimum: bool = False


def loan_terms(household: Household, params: ParameterSet, net_investment_eur: float) -> LoanTerms:
    """The loan of ``household`` for a net investment of ``net_investment_eur`` (module docstring)."""
    net = max(0.0, net_investment_eur)
    choice = household.financing if household.financing in FINANCING_WORDS else "default"
    term = params.int("loan_term_years")
    if choice == "default":
        return LoanTerms(choice, net * params["loan_share"], params["loan_rate"], term)
    if choice == "own":
        return LoanTerms(choice, 0.0, params["loan_rate"], term)
    low_income = bool(household.income_below_loan_limit)
    rate = params["loan_rate_low_income"] if low_income else params["loan_rate"]
    wished = net if choice == "loan" else min(net, max(0.0, household.loan_amount_eur or 0.0))
    principal = min(wished, params["loan_max_eur"])
    capped = wished > principal + 0.005
    below = 0 < principal < params["loan_min_eur"]
    if below:
        principal = 0.0
    return LoanTerms(choice, principal, rate, term, low_income, capped, below)


def home_money_settings(
    household: Household, params: ParameterSet, net_investment_eur: float, settings: MoneySettings
) -> MoneySettings:
    """``settings`` (the project's) with the loan of the home's own choice.

    The money model borrows ``loan_share`` × the net investment; the share is set so that the
    principal is :attr:`LoanTerms.principal_eur`.
    """
    if household.financing not in FINANCING_WORDS or household.financing == "default":
        return settings
    terms = loan_terms(household, params, net_investment_eur)
    net = max(0.0, net_investment_eur)
    share = terms.principal_eur / net if net > 0 else 0.0
    return dataclasses.replace(settings, loan_share=share, loan_rate=terms.rate, loan_term_years=terms.term_years)


def financing_remarks(household: Household, params: ParameterSet, net_investment_eur: float, name: str) -> list[Problem]:
    """What the advisor should know about a home's financing (never shown on the projector).

    A wished loan above the fund's maximum or below its minimum, and a home that cannot
    borrow while its choice needs a loan.
    """
    found = []
    terms = loan_terms(household, params, net_investment_eur)
    if terms.capped:
        rest = max(0.0, net_investment_eur) - terms.principal_eur
        found.append(
            Problem(
                f"{name}: het Warmtefonds leent ten hoogste {euro(params['loan_max_eur'])}; de overige "
                f"{euro(rest)} komt uit eigen geld.",
                f"{name}: the heat fund lends at most {euro(params['loan_max_eur'], language='en')}; the other "
                f"{euro(rest, language='en')} comes from own money.",
                field="loan_amount_eur",
                severity="warning",
            )
        )
    if terms.below_minimum:
        found.append(
            Problem(
                f"{name}: een lening onder {euro(params['loan_min_eur'])} verstrekt het Warmtefonds niet; "
                "gerekend met eigen geld.",
                f"{name}: the heat fund does not lend below {euro(params['loan_min_eur'], language='en')}; "
                "computed with own money.",
                field="loan_amount_eur",
                severity="warning",
            )
        )
    if household.room_to_borrow is False and terms.principal_eur > 0:
        found.append(
            Problem(
                f"{name}: heeft geen leenruimte, maar de gekozen financiering leent {euro(terms.principal_eur)}. "
                "Zoek samen een oplossing (eigen geld, de Energiebespaarhypotheek in een collectieve aanpak, "
                "of een coöperatie die het gedeelde deel financiert).",
                f"{name}: has no room to borrow, but the chosen financing borrows {euro(terms.principal_eur, language='en')}. "
                "Find a solution together (own money, the heat fund's mortgage product within a collective "
                "approach, or a cooperative that finances the shared part).",
                field="room_to_borrow",
                severity="warning",
            )
        )
    return found


@dataclass(frozen=True)
class FinancingFigures:
    """What a home's row of financing shows: its shared ground loop with its own choice.

    Attributes
    ----------
    monthly_year1_eur : float | None
        Monthly costs in year 1 [€/month]; None when the home has no computed shared loop.
    own_money_year0_eur : float | None
        Own money up front [€]; None as above.
    what_if : bool
        The home does not take part: the figures are what it would pay if it joined now
        (``as_joiner``), not part of any total.
    """

    monthly_year1_eur: float | None
    own_money_year0_eur: float | None
    what_if: bool = False


def financing_figures(results: ProjectResults | None, household_id: str) -> FinancingFigures:
    """The figures of ``household_id``'s financing row (module docstring)."""
    result = results.household(household_id) if results else None
    shared = result.variants.get(Variant.SHARED_LOOP) if result else None
    if shared is None:
        return FinancingFigures(None, None)
    return FinancingFigures(shared.monthly_costs_year1_eur, shared.own_money_year0_eur, shared.as_joiner)


#: after the name of a home whose row shows what-if figures, explained by :func:`what_if_note`
WHAT_IF_MARK = "*"


def what_if_note(names: list[str]) -> Bilingual | None:
    """The line under the financing rows of homes that do not take part (:data:`WHAT_IF_MARK` after their names); None for none.

    Without it, step 5 listed homes that declined with a monthly figure as if they paid it.
    """
    if not names:
        return None
    count = len(names)
    return Bilingual(
        f"{WHAT_IF_MARK} {join_names(names)} {'doet' if count == 1 else 'doen'} nog niet mee: de bedragen zijn wat "
        f"{'deze woning' if count == 1 else 'elk van deze woningen'} betaalt als {'die' if count == 1 else 'ze'} nu aansluit"
        f"{'' if count == 1 else 'en'}.",
        f"{WHAT_IF_MARK} {join_names(names, 'en')} {'is' if count == 1 else 'are'} not taking part yet: the amounts are what "
        f"{'this home' if count == 1 else 'each of these homes'} would pay if {'it' if count == 1 else 'they'} joined now.",
    )
