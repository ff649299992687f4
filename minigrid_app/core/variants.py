"""One household, one variant: investment, energy, annual costs and money (DOMAIN §5.2, §5.5-5.7)."""

from __future__ import annotations

from dataclasses import dataclass, field

from minigrid_app.core import heatpump
from minigrid_app.core.demand import HeatDemand
from minigrid_app.core.finance import (
    Component,
    MoneyInputs,
    MoneyResult,
    MoneySettings,
    YearCashFlow,
    money,
)
from minigrid_app.core.model import Household
from minigrid_app.core.parameters import ParameterSet


@dataclass(frozen=True)
class CostLine:
    """One line of an investment.

    Attributes
    ----------
    key : str
        Stable code (``heat_pump``, ``dhw_tank``, ``drilling`` …).
    amount_eur : float
        Amount [€ incl. VAT].
    component : str
        What it belongs to for replacements: ``boiler``, ``heat_pump``, ``borefield`` or
        ``once`` (never replaced, no residual value).
    shared : bool
        This household's share of the cluster's shared part.
    formula_nl, formula_en : str
        How the amount was found, in words with the values used.
    """

    key: str
    label_nl: str
    label_en: str
    amount_eur: float
    component: str
    shared: bool = False
    formula_nl: str = ""
    formula_en: str = ""


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
        Extra electricity compared with today [kWh/yr] (heat pump, source pump, induction).
    annual_energy_costs_eur, annual_fixed_costs_eur, annual_maintenance_eur : float
        Year-1 running costs [€/yr].
    annual_loan_payment_eur : float
        Year-1 loan payment [€/yr].
    monthly_costs_year1_eur : float
        (energy + fixed + maintenance + loan) / 12 in year 1 [€/month].
    tco_eur, npv_eur : float
        Total cost of ownership over the horizon, nominal and discounted [€].
    payback_years : float | None
        Simple payback against gas [yr]; None when never.
    co2_kg_per_year : float
        [kg CO₂/yr].
    electric_peak_kw : float
        Heat pump electric power at design conditions [kW].
    break_even_gas_m3 : float | None
        Annual gas use at which this variant costs as much as gas over the horizon [m³/yr].
    monthly_costs_low_eur, monthly_costs_high_eur : float
        Year-1 monthly costs at low and high energy prices [€/month].
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
    payback_years: float | None = None
    break_even_gas_m3: float | None = None
    monthly_costs_low_eur: float = 0.0
    monthly_costs_high_eur: float = 0.0
    tco_low_eur: float = 0.0
    tco_high_eur: float = 0.0
    heat_pump_size_kw: int | None = None
    seasonal_cop: float | None = None
    heat_pump_electricity_kwh: float = 0.0
    auxiliary_electricity_kwh: float = 0.0
    cooking_electricity_kwh: float = 0.0
    loan_principal_eur: float = 0.0
    own_money_year0_eur: float = 0.0
    field_id: str | None = None
    provisional: bool = False
    cost_lines: list[CostLine] = field(default_factory=list)
    subsidy_lines: list[CostLine] = field(default_factory=list)
    cash_flows: list[YearCashFlow] = field(default_factory=list)

    @property
    def annual_running_costs_eur(self) -> float:
        """Energy + fixed + maintenance in year 1 [€/yr]."""
        return self.annual_energy_costs_eur + self.annual_fixed_costs_eur + self.annual_maintenance_eur


def money_settings(params: ParameterSet) -> MoneySettings:
    return MoneySettings(
        horizon_years=params.int("horizon_years"),
        loan_share=params["loan_share"],
        loan_rate=params["loan_rate"],
        loan_term_years=params.int("loan_term_years"),
        discount_rate=params["discount_rate"],
        energy_escalation=params["energy_escalation"],
        maintenance_escalation=params["maintenance_escalation"],
    )


def _eur(amount: float) -> str:
    return f"€ {amount:,.0f}".replace(",", ".")


def _heat_pump_lines(
    household: Household, size_kw: int, variant: str, params: ParameterSet
) -> list[CostLine]:
    if variant == "air_hp":
        base, per_kw = params["air_hp_base_eur"], params["air_hp_per_kw_eur"]
        label_nl, label_en = "Luchtwarmtepomp (geïnstalleerd)", "Air heat pump (installed)"
    else:
        base, per_kw = params["water_hp_base_eur"], params["water_hp_per_kw_eur"]
        label_nl, label_en = "Water-waterwarmtepomp (geïnstalleerd)", "Water-to-water heat pump (installed)"
    lines = [
        CostLine(
            "heat_pump",
            label_nl,
            label_en,
            base + per_kw * size_kw,
            "heat_pump",
            formula_nl=f"{_eur(base)} + {_eur(per_kw)} per kW × {size_kw} kW",
            formula_en=f"{_eur(base)} + {_eur(per_kw)} per kW × {size_kw} kW",
        ),
        CostLine("dhw_tank", "Boilervat warm tapwater", "Hot water tank", params["dhw_tank_eur"], "heat_pump"),
    ]
    lt_cost = (
        params["lt_measures_default_eur"]
        if household.lt_measures_cost_eur is None
        else float(household.lt_measures_cost_eur)
    )
    lines.append(
        CostLine(
            "lt_measures",
            "Lage-temperatuurmaatregelen (radiatoren)",
            "Low-temperature measures (radiators)",
            lt_cost,
            "once",
            formula_nl="ingevuld voor deze woning" if household.lt_measures_cost_eur is not None else "standaardbedrag",
            formula_en="entered for this home" if household.lt_measures_cost_eur is not None else "default amount",
        )
    )
    if household.cooks_on_gas:
        lines.append(
            CostLine("induction", "Inductiekoken", "Induction cooking", params["induction_cost_eur"], "once")
        )
    lines.append(
        CostLine(
            "gas_disconnection",
            "Gasaansluiting afsluiten",
            "Gas disconnection",
            params["gas_disconnection_eur"],
            "once",
        )
    )
    electrical = params["electrical_upgrade_eur"]
    formula_nl = f"{_eur(electrical)} groep in de meterkast"
    formula_en = f"{_eur(electrical)} group in the meter box"
    if not household.three_phase and size_kw > params["three_phase_threshold_kw"]:
        electrical += params["three_phase_upgrade_eur"]
        formula_nl += f" + {_eur(params['three_phase_upgrade_eur'])} voor 3-fase (warmtepomp {size_kw} kW)"
        formula_en += f" + {_eur(params['three_phase_upgrade_eur'])} for 3-phase (heat pump {size_kw} kW)"
    lines.append(
        CostLine(
            "electrical",
            "Aanpassing meterkast",
            "Electrical upgrade",
            electrical,
            "once",
            formula_nl=formula_nl,
            formula_en=formula_en,
        )
    )
    return lines


def compute_variant(
    household: Household,
    demand: HeatDemand,
    variant: str,
    params: ParameterSet,
    field_share: FieldShare | None = None,
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
    """
    settings = money_settings(params)
    if variant == "gas":
        return _gas(household, demand, params, settings)
    size_kw = heatpump.heat_pump_size_kw(demand.design_load_kw, params["min_hp_size_kw"])
    lines = _heat_pump_lines(household, size_kw, variant, params)
    if variant == "air_hp":
        temps = tuple(params["monthly_outdoor_temp_c"])
        design_temp = params["outdoor_design_temp_c"]
        eta = params["eta_air"]
        lifetime = params.int("air_hp_lifetime_years")
        maintenance = params["maintenance_air_hp_eur"]
        auxiliary = 0.0
        isde = params["isde_air_base_eur"] + params["isde_air_per_kw_eur"] * size_kw + params["isde_air_label_bonus_eur"]
        subsidy_lines = [
            CostLine(
                "isde",
                "ISDE-subsidie luchtwarmtepomp",
                "ISDE subsidy air heat pump",
                isde,
                "once",
                formula_nl=f"{_eur(params['isde_air_base_eur'])} + {_eur(params['isde_air_per_kw_eur'])} per kW × "
                f"{size_kw} kW + {_eur(params['isde_air_label_bonus_eur'])} A+++",
                formula_en=f"{_eur(params['isde_air_base_eur'])} + {_eur(params['isde_air_per_kw_eur'])} per kW × "
                f"{size_kw} kW + {_eur(params['isde_air_label_bonus_eur'])} A+++",
            )
        ]
        field_id = None
        provisional = False
    elif variant in ("ground_hp", "shared_loop"):
        if field_share is None:
            raise ValueError(f"variant {variant} needs a borefield")
        temps = tuple(field_share.source_temp_by_month_c)
        design_temp = field_share.design_source_temp_c
        eta = params["eta_water"]
        lifetime = params.int("water_hp_lifetime_years")
        maintenance = params["maintenance_ground_hp_eur"] + field_share.maintenance_eur
        auxiliary = params["circulation_pump_kwh"]
        lines.extend(field_share.lines)
        subsidy_lines = [
            CostLine("isde", "ISDE-subsidie bodemwarmtepomp", "ISDE subsidy ground heat pump", params["isde_ground_eur"], "once")
        ]
        field_id = field_share.field_id
        provisional = field_share.provisional
    else:
        raise ValueError(f"unknown variant {variant!r}")

    performance = heatpump.performance(
        demand.space_monthly_kwh,
        demand.dhw_monthly_kwh,
        demand.supply_temp_c,
        params["dhw_temp_c"],
        temps,
        design_temp,
        demand.design_load_kw,
        eta,
        params["cop_max"],
        params["min_lift_k"],
    )
    cooking = params["induction_kwh"] if household.cooks_on_gas else 0.0
    electricity = performance.electricity_kwh + auxiliary + cooking
    gross = sum(line.amount_eur for line in lines)
    subsidy = sum(line.amount_eur for line in subsidy_lines)
    net = gross - subsidy
    components = [
        Component("heat_pump", sum(line.amount_eur for line in lines if line.component == "heat_pump"), lifetime, 0)
    ]
    borefield_cost = sum(line.amount_eur for line in lines if line.component == "borefield")
    if borefield_cost:
        components.append(Component("borefield", borefield_cost, params.int("borehole_lifetime_years"), 0))
    energy = electricity * params["electricity_price_eur_kwh"]
    result = money(MoneyInputs(net, components, energy, 0.0, maintenance), settings)
    return _result(
        variant,
        gross,
        subsidy,
        net,
        0.0,
        electricity,
        energy,
        0.0,
        maintenance,
        result,
        co2=electricity * params["co2_electricity_kg_kwh"],
        peak=performance.electric_peak_kw,
        size_kw=size_kw,
        scop=performance.seasonal_cop,
        hp_kwh=performance.electricity_kwh,
        aux_kwh=auxiliary,
        cooking_kwh=cooking,
        field_id=field_id,
        provisional=provisional,
        lines=lines,
        subsidy_lines=subsidy_lines,
    )


def _gas(household: Household, demand: HeatDemand, params: ParameterSet, settings: MoneySettings) -> VariantResult:
    lifetime = params.int("boiler_lifetime_years")
    age = params["boiler_age_default_years"] if household.boiler_age_years is None else float(household.boiler_age_years)
    age_years = int(round(age))
    cost = params["boiler_cost_eur"]
    lines: list[CostLine] = []
    if age_years >= lifetime:
        # the boiler is at the end of its life now: a new one in year 0
        installed = 0
        lines.append(
            CostLine(
                "boiler",
                "Nieuwe HR107-ketel (huidige is op)",
                "New HR107 boiler (current one worn out)",
                cost,
                "boiler",
                formula_nl=f"ketel is {age_years} jaar oud, levensduur {lifetime} jaar",
                formula_en=f"boiler is {age_years} years old, lifetime {lifetime} years",
            )
        )
    else:
        installed = -age_years
    gross = sum(line.amount_eur for line in lines)
    gas = demand.gas_m3
    energy = gas * params["gas_price_eur_m3"]
    fixed = params["gas_fixed_charges_eur"]
    maintenance = params["maintenance_gas_eur"]
    result = money(
        MoneyInputs(gross, [Component("boiler", cost, lifetime, installed)], energy, fixed, maintenance),
        settings,
    )
    return _result(
        "gas",
        gross,
        0.0,
        gross,
        gas,
        0.0,
        energy,
        fixed,
        maintenance,
        result,
        co2=gas * params["co2_gas_kg_m3"],
        peak=0.0,
        lines=lines,
        subsidy_lines=[],
    )


def _result(
    variant,
    gross,
    subsidy,
    net,
    gas,
    electricity,
    energy,
    fixed,
    maintenance,
    result: MoneyResult,
    *,
    co2,
    peak,
    size_kw=None,
    scop=None,
    hp_kwh=0.0,
    aux_kwh=0.0,
    cooking_kwh=0.0,
    field_id=None,
    provisional=False,
    lines,
    subsidy_lines,
) -> VariantResult:
    return VariantResult(
        variant=variant,
        investment_gross_eur=gross,
        subsidy_eur=subsidy,
        investment_net_eur=net,
        gas_m3_per_year=gas,
        electricity_kwh_per_year=electricity,
        annual_energy_costs_eur=energy,
        annual_fixed_costs_eur=fixed,
        annual_maintenance_eur=maintenance,
        annual_loan_payment_eur=result.annual_loan_payment_eur,
        monthly_costs_year1_eur=result.monthly_costs_year1_eur,
        tco_eur=result.tco_eur,
        npv_eur=result.npv_eur,
        co2_kg_per_year=co2,
        electric_peak_kw=peak,
        heat_pump_size_kw=size_kw,
        seasonal_cop=scop,
        heat_pump_electricity_kwh=hp_kwh,
        auxiliary_electricity_kwh=aux_kwh,
        cooking_electricity_kwh=cooking_kwh,
        loan_principal_eur=result.loan_principal_eur,
        own_money_year0_eur=result.own_money_year0_eur,
        field_id=field_id,
        provisional=provisional,
        cost_lines=list(lines),
        subsidy_lines=list(subsidy_lines),
        cash_flows=list(result.cash_flows),
    )
