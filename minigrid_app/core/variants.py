"""One household, one variant: investment, energy, annual costs and money (method.md#variants, method.md#money).

:func:`compute_variant` evaluates the method table (:mod:`minigrid_app.core.method`) for one
home and variant: the heat pump (:data:`~minigrid_app.core.heatpump.HEAT_PUMP`), the cost
lines and subsidy (:data:`~minigrid_app.core.costs.COST_LINES`,
:data:`~minigrid_app.core.costs.SUBSIDIES`) and the yearly costs
(:data:`~minigrid_app.core.costs.ANNUAL`), then the money over the horizon
(:func:`minigrid_app.core.finance.money`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from minigrid_app.core import costs
from minigrid_app.core.costs import CostLine
from minigrid_app.core.demand import CLIMATE, DEMAND, HeatDemand
from minigrid_app.core.finance import (
    Component,
    MoneyInputs,
    MoneySettings,
    YearCashFlow,
    money,
)
from minigrid_app.core.financing import home_money_settings
from minigrid_app.core.heatpump import HEAT_PUMP
from minigrid_app.core.method import Namespace, Quantity, evaluate_all, household_inputs
from minigrid_app.core.model import Household
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.variant import SPECS, Variant

__all__ = ["METHOD", "CostLine", "FieldShare", "VariantResult", "compute_variant", "find_quantity", "money_settings", "variant_total_eur"]

#: The method table for one home and variant: every table, in the order the engine evaluates them.
METHOD = (CLIMATE, DEMAND, costs.BOILER, HEAT_PUMP, costs.COST_LINES, costs.SUBSIDIES, costs.ANNUAL)


def find_quantity(key: str, variant: str | None = None) -> Quantity | None:
    """The method entry for ``key`` that applies to ``variant`` (any of them for None); None when there is none."""
    try:
        return _FOUND[(key, variant)]
    except KeyError:
        pass
    found = next((q for table in METHOD for q in table if q.key == key and q.applies_to(variant)), None)
    _FOUND[(key, variant)] = found
    return found


_FOUND: dict[tuple[str, str | None], Quantity | None] = {}


@dataclass(frozen=True)
class FieldShare:
    """What a ground variant takes from its borefield.

    Attributes
    ----------
    field_id : str
    source_temp_by_month_c : tuple[float, ...]
        Source temperature per calendar month for the COP [°C].
    design_source_temp_c : float
        Source temperature for the electric peak [°C].
    lines : tuple[CostLine, ...]
        This household's borefield investment lines (own field, or its share).
    maintenance_eur : float
        This household's share of shared upkeep [€/yr] (0 for an own field).
    provisional : bool
        Sizing by rule of thumb only.
    """

    field_id: str
    source_temp_by_month_c: tuple[float, ...]
    design_source_temp_c: float
    lines: tuple[CostLine, ...]
    maintenance_eur: float = 0.0
    provisional: bool = False


@dataclass
class VariantResult:
    """Results of one variant for one household (the JSON contract's per-variant object).

    Money in € incl. VAT at the price level of the defaults; energy per year.

    Attributes
    ----------
    investment_gross_eur, subsidy_eur, investment_net_eur : float
        Year-0 investment before subsidy, ISDE subsidy, and after subsidy [€].
    gas_m3_per_year : float
        Gas bought [m³/yr].
    electricity_kwh_per_year : float
        Extra electricity compared with today [kWh/yr] (heat pump, source pump, induction,
        cooling).
    annual_energy_costs_eur, annual_fixed_costs_eur, annual_maintenance_eur : float
        Year-1 running costs [€/yr].
    annual_loan_payment_eur : float
        Year-1 loan payment [€/yr].
    monthly_costs_year1_eur : float
        (energy + fixed + maintenance + loan) / 12 in year 1 [€/month].
    monthly_costs_after_loan_eur : float
        (energy + fixed + maintenance) / 12 at year-1 prices: the months once the loan is paid
        off [€/month].
    tco_eur, npv_eur : float
        Total cost of ownership over the horizon, nominal and discounted [€].
    difference_to_gas_eur : float | None
        ``tco_eur`` − the gas variant's: the verdict (negative is cheaper) [€]; None when gas
        could not be computed.
    payback_years : float | None
        Payback against gas on the total-cost basis (:func:`minigrid_app.core.verdict.payback_years`)
        [yr]; None when the total is not lower than gas's (and for gas itself).
    simple_payback_years : float | None
        (extra investment) / (yearly saving): an explanation only, never a headline [yr].
    co2_kg_per_year : float
        [kg CO₂/yr].
    electric_peak_kw : float
        Heat pump electric power at design conditions [kW].
    break_even_gas_m3 : float | None
        Annual gas use at which this variant costs as much as gas over the horizon [m³/yr];
        None unless ``break_even_status`` is ``"at"``.
    break_even_status : str | None
        ``"at"``, ``"always"`` (cheaper at any gas use searched), ``"never"`` (dearer up to the
        upper end); None when not computed (:func:`minigrid_app.core.verdict.find_break_even`).
    as_joiner : bool
        ``shared_loop`` of a home that does not take part: what it would pay if it joined now
        (not counted in any total).
    joiner_cluster_id : str | None
        The cluster such a home would join; None for a new cluster of its own.
    monthly_costs_low_eur, monthly_costs_high_eur : float
        Year-1 monthly costs at low and high energy prices [€/month].
    cooling_kwh_per_year : float
        Cooling this variant delivers to a home that wants it [kWh/yr] (0 for gas: a boiler
        cannot cool).
    cooling_electricity_kwh : float
        Electricity for that cooling, part of ``electricity_kwh_per_year`` [kWh/yr]: active
        cooling at the air heat pump's seasonal EER, passive cooling through the ground loop
        at the circulation pump's.
    """

    variant: str
    investment_gross_eur: float
    subsidy_eur: float
    investment_net_eur: float
    gas_m3_per_year: float
    electricity_kwh_per_year: float
    annual_energy_costs_eur: float
    annual_fixed_costs_eur: float
    annual_maintenance_eur: float
    annual_loan_payment_eur: float
    monthly_costs_year1_eur: float
    tco_eur: float
    npv_eur: float
    co2_kg_per_year: float
    electric_peak_kw: float
    monthly_costs_after_loan_eur: float = 0.0
    difference_to_gas_eur: float | None = None
    payback_years: float | None = None
    simple_payback_years: float | None = None
    break_even_gas_m3: float | None = None
    break_even_status: str | None = None
    as_joiner: bool = False
    joiner_cluster_id: str | None = None
    monthly_costs_low_eur: float = 0.0
    monthly_costs_high_eur: float = 0.0
    tco_low_eur: float = 0.0
    tco_high_eur: float = 0.0
    heat_pump_size_kw: int | None = None
    seasonal_cop: float | None = None
    heat_pump_electricity_kwh: float = 0.0
    auxiliary_electricity_kwh: float = 0.0
    cooling_kwh_per_year: float = 0.0
    cooling_electricity_kwh: float = 0.0
    cooking_electricity_kwh: float = 0.0
    loan_principal_eur: float = 0.0
    #: The rate of the home's loan (its own financing choice, method.md#financing) [1/yr].
    loan_rate: float = 0.0
    own_money_year0_eur: float = 0.0
    field_id: str | None = None
    provisional: bool = False
    cost_lines: list[CostLine] = field(default_factory=list)
    subsidy_lines: list[CostLine] = field(default_factory=list)
    cash_flows: list[YearCashFlow] = field(default_factory=list)
    #: Every value of the method used for this home and variant, by name (household inputs,
    #: heat demand, heat pump, yearly costs): what "hoe berekend?" lists.
    values: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def annual_running_costs_eur(self) -> float:
        """Energy + fixed + maintenance in year 1 [€/yr]."""
        return self.annual_energy_costs_eur + self.annual_fixed_costs_eur + self.annual_maintenance_eur


#: The last parameter set asked for and its money settings (the break-even search asks thousands of
#: totals with the same set; a set is not changed once made)
_LAST_MONEY_SETTINGS: list = [None, None]


def money_settings(params: ParameterSet) -> MoneySettings:
    """The money settings of a parameter set (the last set's kept: the same values)."""
    last, found = _LAST_MONEY_SETTINGS
    if last is params:
        return found
    found = _money_settings(params)
    _LAST_MONEY_SETTINGS[:] = [params, found]
    return found


def _money_settings(params: ParameterSet) -> MoneySettings:
    return MoneySettings(
        horizon_years=params.int("horizon_years"),
        loan_share=params["loan_share"],
        loan_rate=params["loan_rate"],
        loan_term_years=params.int("loan_term_years"),
        discount_rate=params["discount_rate"],
        energy_escalation=params["energy_escalation"],
        maintenance_escalation=params["maintenance_escalation"],
        loan_max_eur=params["loan_max_eur"] if "loan_max_eur" in params.definitions else None,
    )


_DEMAND_FIELDS = tuple(f.name for f in fields(HeatDemand))


def compute_variant(
    household: Household,
    demand: HeatDemand,
    variant: str,
    params: ParameterSet,
    field_share: FieldShare | None = None,
    words: bool = True,
    cash_flows: bool = True,
) -> VariantResult:
    """Investment, energy and money of one variant for one household.

    Parameters
    ----------
    household : Household
    demand : HeatDemand
        From :func:`minigrid_app.core.demand.heat_demand`.
    variant : str
        ``gas``, ``air_hp``, ``ground_hp`` or ``shared_loop``.
    params : ParameterSet
    field_share : FieldShare, optional
        Required for the ground variants.
    words : bool
        False: the cost lines without their words (``formula_nl``/``formula_en`` empty), the
        same amounts: for a caller that reads the figures only (the break-even search).
    cash_flows : bool
        False: without the year's cash flows (``cash_flows`` empty), the same totals
        (:func:`~minigrid_app.core.finance.money`'s ``flows``): for a caller that reads the totals only.

    Raises
    ------
    ValueError
        For an unknown variant, or a ground variant without its borefield.
    """
    code, spec, values, lines, subsidy_lines, gross, subsidy, net, settings, result = _money_of(
        household, demand, variant, params, field_share, words, cash_flows
    )
    known = dict(values)
    return VariantResult(
        variant=code,
        investment_gross_eur=gross,
        subsidy_eur=subsidy,
        investment_net_eur=net,
        gas_m3_per_year=known["gas_m3_per_year"],
        electricity_kwh_per_year=known["electricity_kwh_per_year"],
        annual_energy_costs_eur=known["annual_energy_costs_eur"],
        annual_fixed_costs_eur=known["annual_fixed_costs_eur"],
        annual_maintenance_eur=known["annual_maintenance_eur"],
        annual_loan_payment_eur=result.annual_loan_payment_eur,
        monthly_costs_year1_eur=result.monthly_costs_year1_eur,
        monthly_costs_after_loan_eur=result.monthly_costs_after_loan_eur,
        tco_eur=result.tco_eur,
        npv_eur=result.npv_eur,
        co2_kg_per_year=known["co2_kg_per_year"],
        electric_peak_kw=known.get("electric_peak_kw", 0.0),
        heat_pump_size_kw=known.get("heat_pump_size_kw"),
        seasonal_cop=known.get("seasonal_cop"),
        heat_pump_electricity_kwh=known.get("heat_pump_electricity_kwh", 0.0),
        auxiliary_electricity_kwh=known.get("auxiliary_electricity_kwh", 0.0),
        cooking_electricity_kwh=known.get("cooking_electricity_kwh", 0.0),
        cooling_kwh_per_year=known.get("cooling_kwh", 0.0) if code != Variant.GAS else 0.0,
        cooling_electricity_kwh=known.get("cooling_electricity_kwh", 0.0),
        loan_principal_eur=result.loan_principal_eur,
        loan_rate=settings.loan_rate,
        own_money_year0_eur=result.own_money_year0_eur,
        field_id=field_share.field_id if field_share is not None and spec.borefield else None,
        provisional=field_share.provisional if field_share is not None and spec.borefield else False,
        cost_lines=lines,
        subsidy_lines=subsidy_lines,
        cash_flows=list(result.cash_flows),
        values=known,
    )


def variant_total_eur(
    household: Household,
    demand: HeatDemand,
    variant: str,
    params: ParameterSet,
    field_share: FieldShare | None = None,
) -> float:
    """``compute_variant(..., words=False, cash_flows=False).tco_eur``: the same steps up to the
    money, without making the result around it (the break-even search asks thousands of totals)."""
    return _money_of(household, demand, variant, params, field_share, False, False)[-1].tco_eur


def _money_of(
    household: Household,
    demand: HeatDemand,
    variant: str,
    params: ParameterSet,
    field_share: FieldShare | None,
    words: bool,
    cash_flows: bool,
) -> tuple:
    """What :func:`compute_variant` works out: (variant, its spec, the method's values, cost lines,
    subsidy lines, gross, subsidy, net, the money settings, the money result)."""
    try:
        code = Variant(variant)
    except ValueError:
        raise ValueError(f"unknown variant {variant!r}") from None
    spec = SPECS[code]
    known = household_inputs(household, demand.gas_m3)
    known.update({name: getattr(demand, name) for name in _DEMAND_FIELDS})
    if spec.borefield:
        if field_share is None:
            raise ValueError(f"variant {code} needs a borefield")
        known["field_design_source_temp_c"] = field_share.design_source_temp_c
        known["field_source_temp_c"] = tuple(field_share.source_temp_by_month_c)
        known["shared_maintenance_eur"] = field_share.maintenance_eur
    values = Namespace(params, code, known)
    evaluate_all(costs.BOILER, values)
    evaluate_all(HEAT_PUMP, values)
    lines = costs.lines(costs.COST_LINES, code, values, words)
    if spec.borefield:
        lines.extend(field_share.lines)
    subsidy_lines = costs.lines(costs.SUBSIDIES, code, values, words)
    evaluate_all(costs.ANNUAL, values)

    gross = sum(line.amount_eur for line in lines)
    subsidy = sum(line.amount_eur for line in subsidy_lines)
    net = gross - subsidy
    settings = home_money_settings(household, params, net, money_settings(params))  # method.md#financing
    result = money(
        MoneyInputs(
            net,
            _components(code, values, lines, params),
            values["annual_energy_costs_eur"],
            values["annual_fixed_costs_eur"],
            values["annual_maintenance_eur"],
        ),
        settings,
        cash_flows,
    )
    return code, spec, values, lines, subsidy_lines, gross, subsidy, net, settings, result


def _components(variant: Variant, values: Namespace, lines: list[CostLine], params: ParameterSet) -> list[Component]:
    """What wears out and is replaced over the horizon, with the price of a replacement today."""
    if variant == Variant.GAS:
        return [
            Component(
                "boiler",
                params["boiler_cost_eur"],
                params.int("boiler_lifetime_years"),
                values["boiler_installed_year"],
            )
        ]
    lifetime = int(round(values["heat_source_lifetime_years"]))
    components = [Component("heat_pump", sum(line.amount_eur for line in lines if line.component == "heat_pump"), lifetime, 0)]
    borefield_cost = sum(line.amount_eur for line in lines if line.component == "borefield")
    if borefield_cost:
        components.append(Component("borefield", borefield_cost, params.int("borehole_lifetime_years"), 0))
    return components
