"""Money over the horizon: loan annuity, replacements, residual value, TCO and NPV.

Implements the bookkeeping rules of method.md#money so that the program, the Excel
workbook and a hand check agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


def annuity(principal_eur: float, rate: float, term_years: int) -> float:
    """Yearly payment of an annuity loan [€/yr].

    A = P·r / (1 − (1 + r)^−T); P / T when the rate is 0 (or so small that 1 + r is 1 in
    floating point, where the formula divides by zero: a rate of 1e-21 in a project file).
    """
    if principal_eur <= 0 or term_years <= 0:
        return 0.0
    if 1.0 + rate == 1.0:
        return principal_eur / term_years
    return principal_eur * rate / (1.0 - (1.0 + rate) ** (-term_years))


def outstanding_balance(principal_eur: float, rate: float, term_years: int, after_years: int) -> float:
    """Debt left after ``after_years`` payments [€] (0 once the term is over)."""
    if principal_eur <= 0 or after_years >= term_years:
        return 0.0
    payment = annuity(principal_eur, rate, term_years)
    if 1.0 + rate == 1.0:  # as annuity: the limit for a vanishing rate
        return principal_eur - payment * after_years
    growth = (1.0 + rate) ** after_years
    return principal_eur * growth - payment * (growth - 1.0) / rate


@dataclass(frozen=True)
class Component:
    """Something that wears out and is replaced.

    Attributes
    ----------
    key : str
        ``boiler``, ``heat_pump`` or ``borefield``.
    cost_eur : float
        Replacement cost, the gross price of the component today [€].
    lifetime_years : int
        Technical lifetime [yr].
    installed_year : int
        Year it was (or will be) installed; ≤ 0 (0 = now, −7 = seven years ago).
    """

    key: str
    cost_eur: float
    lifetime_years: int
    installed_year: int = 0


def replacement_years(component: Component, horizon_years: int) -> list[int]:
    """Years 1..N−1 in which the component is replaced.

    A replacement that would fall exactly in the last year is not counted: it would
    come straight back as residual value (method.md#residual-value).
    """
    years = []
    year = component.installed_year + component.lifetime_years
    while year < horizon_years:
        if year >= 1:
            years.append(year)
        year += component.lifetime_years
    return years


def residual_value(component: Component, horizon_years: int) -> float:
    """Linear residual value at the end of the horizon [€]."""
    last = component.installed_year
    replaced = replacement_years(component, horizon_years)
    if replaced:
        last = replaced[-1]
    age = horizon_years - last
    remaining = max(0.0, component.lifetime_years - age)
    return component.cost_eur * remaining / component.lifetime_years


@dataclass(frozen=True)
class YearCashFlow:
    """Costs of one year [€], positive is money out."""

    year: int
    energy_eur: float
    fixed_eur: float
    maintenance_eur: float
    loan_payment_eur: float
    investment_eur: float
    residual_value_eur: float

    @property
    def total_eur(self) -> float:
        return (
            self.energy_eur
            + self.fixed_eur
            + self.maintenance_eur
            + self.loan_payment_eur
            + self.investment_eur
            - self.residual_value_eur
        )


@dataclass(frozen=True)
class MoneyInputs:
    """Everything the money model needs for one household and variant."""

    investment_net_eur: float  # year-0 net investment (after subsidy) [€]
    components: Sequence[Component]
    energy_eur: float  # energy costs in year 1 [€/yr]
    fixed_eur: float  # fixed charges in year 1 [€/yr]
    maintenance_eur: float  # maintenance in year 1 [€/yr]


@dataclass(frozen=True)
class MoneySettings:
    """The horizon, the loan and the rates (``loan_max_eur``: the most the loan lends [€]; None: no limit)."""

    horizon_years: int
    loan_share: float
    loan_rate: float
    loan_term_years: int
    discount_rate: float
    energy_escalation: float
    maintenance_escalation: float
    loan_max_eur: float | None = None


@dataclass(frozen=True)
class MoneyResult:
    """Money over the horizon for one household and variant.

    Attributes
    ----------
    loan_principal_eur : float
        Financed share of the year-0 net investment [€].
    own_money_year0_eur : float
        Part of the year-0 net investment paid from own money [€].
    annual_loan_payment_eur : float
        Loan payment in year 1 [€/yr].
    monthly_costs_year1_eur : float
        (energy + fixed + maintenance + loan payment of year 1) / 12 [€/month].
    monthly_costs_after_loan_eur : float
        (energy + fixed + maintenance of year 1) / 12: the months once the loan is paid off,
        at year-1 prices [€/month].
    tco_eur : float
        Own money in year 0 plus the sum of all yearly cash flows [€].
    npv_eur : float
        The same cash flows discounted to year 0 [€] (a cost, so positive).
    """

    loan_principal_eur: float
    own_money_year0_eur: float
    annual_loan_payment_eur: float
    monthly_costs_year1_eur: float
    monthly_costs_after_loan_eur: float
    tco_eur: float
    npv_eur: float
    cash_flows: tuple[YearCashFlow, ...]


def money(inputs: MoneyInputs, settings: MoneySettings, flows: bool = True) -> MoneyResult:
    """Cash flows, total cost of ownership and NPV (method.md#money).

    ``flows`` False: the same figures without the year's cash flows (``cash_flows`` empty), for
    a caller that reads the totals only (the break-even search's trials, the price band).
    """
    horizon = settings.horizon_years
    principal = max(0.0, inputs.investment_net_eur) * settings.loan_share
    if settings.loan_max_eur is not None:
        # above the heat fund's maximum the rest is own money in year 0 (method.md#loan)
        principal = min(principal, settings.loan_max_eur)
    own0 = inputs.investment_net_eur - principal
    payment = annuity(principal, settings.loan_rate, settings.loan_term_years)
    leftover_debt = outstanding_balance(principal, settings.loan_rate, settings.loan_term_years, horizon)

    replacements: dict[int, float] = {}
    residual = 0.0
    for component in inputs.components:
        for year in replacement_years(component, horizon):
            replacements[year] = replacements.get(year, 0.0) + component.cost_eur
        residual += residual_value(component, horizon)

    cash_flows = []
    tco = own0
    npv = own0
    # the year's figures as YearCashFlow has them, each growth factor worked out once a year
    # (the same power of the same number: the same value) and the year's total summed in the
    # order of YearCashFlow.total_eur: every home's every variant goes through this loop
    energy_growth = 1.0 + settings.energy_escalation
    maintenance_growth = 1.0 + settings.maintenance_escalation
    discount = 1.0 + settings.discount_rate
    energy0, fixed0, maintenance0 = inputs.energy_eur, inputs.fixed_eur, inputs.maintenance_eur
    term = settings.loan_term_years
    for year in range(1, horizon + 1):
        loan = payment if year <= term else 0.0
        last = year == horizon
        if last:
            loan += leftover_debt  # a loan running past the horizon is settled in the last year
        grown = energy_growth ** (year - 1)
        energy, fixed = energy0 * grown, fixed0 * grown
        maintenance = maintenance0 * maintenance_growth ** (year - 1)
        investment = replacements.get(year, 0.0)
        residual_now = residual if last else 0.0
        if flows:
            cash_flows.append(YearCashFlow(year, energy, fixed, maintenance, loan, investment, residual_now))
        total = energy + fixed + maintenance + loan + investment - residual_now
        tco += total
        npv += total / discount**year
    year1_loan = payment if settings.loan_term_years >= 1 else 0.0
    running = inputs.energy_eur + inputs.fixed_eur + inputs.maintenance_eur
    monthly = (running + year1_loan) / 12.0
    return MoneyResult(
        loan_principal_eur=principal,
        own_money_year0_eur=own0,
        annual_loan_payment_eur=year1_loan,
        monthly_costs_year1_eur=monthly,
        monthly_costs_after_loan_eur=running / 12.0,
        tco_eur=tco,
        npv_eur=npv,
        cash_flows=tuple(cash_flows),
    )


def simple_payback(
    investment_net_eur: float,
    reference_investment_net_eur: float,
    annual_running_eur: float,
    reference_annual_running_eur: float,
) -> float | None:
    """Simple payback against the reference [yr]; None when the variant does not save.

    (net investment − reference net investment) / (reference running costs − running costs),
    running costs = energy + fixed + maintenance of year 1.
    """
    saving = reference_annual_running_eur - annual_running_eur
    if saving <= 0:
        return None
    return max(0.0, (investment_net_eur - reference_investment_net_eur) / saving)
