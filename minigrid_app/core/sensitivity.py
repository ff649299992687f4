"""Sensitivity: tornado of the total-cost difference against gas, and the price band (DOMAIN §5.8)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigrid_app.core.model import VARIANTS, Project

if TYPE_CHECKING:
    from minigrid_app.core.businesscase import ProjectResults, Sensitivity

#: factor code → (parameter keys scaled together, Dutch label, English label)
FACTORS = {
    "gas_price": (("gas_price_eur_m3",), "Gasprijs", "Gas price"),
    "electricity_price": (("electricity_price_eur_kwh",), "Stroomprijs", "Electricity price"),
    "investment": (None, "Investeringen", "Investments"),
    "efficiency": (("eta_air", "eta_water"), "Rendement warmtepomp (η)", "Heat pump efficiency (η)"),
    "loan_rate": (("loan_rate",), "Rente lening", "Loan rate"),
}

#: every investment price scaled by the "investment" factor
INVESTMENT_KEYS = (
    "boiler_cost_eur",
    "air_hp_base_eur",
    "air_hp_per_kw_eur",
    "water_hp_base_eur",
    "water_hp_per_kw_eur",
    "dhw_tank_eur",
    "drilling_per_m_eur",
    "borehole_fixed_eur",
    "drilling_site_eur",
    "pipe_per_m_eur",
    "setup_project_eur",
    "setup_per_cluster_eur",
    "lt_measures_default_eur",
    "induction_cost_eur",
    "gas_disconnection_eur",
    "electrical_upgrade_eur",
    "three_phase_upgrade_eur",
)


def _differences(results: ProjectResults) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """TCO(variant) − TCO(gas): group sum and per household [€]."""
    group = dict.fromkeys(VARIANTS[1:], 0.0)
    per_household: dict[str, dict[str, float]] = {}
    for household in results.households:
        gas = household.variants.get("gas")
        if gas is None:
            continue
        per_household[household.id] = {}
        for variant in VARIANTS[1:]:
            other = household.variants.get(variant)
            if other is None:
                continue
            difference = other.tco_eur - gas.tco_eur
            per_household[household.id][variant] = difference
            group[variant] += difference
    return group, per_household


def compute_sensitivity(project: Project, base: ProjectResults, method: str = "pygfunction") -> Sensitivity:
    """Re-run the business case with each factor at −step and +step.

    Manual investment amounts entered per household (low-temperature measures) are
    scaled with the investment factor too.
    """
    from minigrid_app.core.businesscase import Sensitivity, SensitivityBar, compute_project

    params = base.parameters
    step = params["sensitivity_step"]
    base_group, base_households = _differences(base)
    bars = []
    for factor, (keys, label_nl, label_en) in FACTORS.items():
        low: dict[str, float] = {}
        high: dict[str, float] = {}
        for sign, target in ((-1, low), (1, high)):
            scale = 1.0 + sign * step
            scaled_project = project
            if keys is None:
                changes = {key: params[key] * scale for key in INVESTMENT_KEYS}
                scaled_project = _scaled_lt_costs(project, scale)
            else:
                changes = {key: params[key] * scale for key in keys}
            scaled_params = params.with_overrides(changes)
            run = compute_project(
                scaled_project, scaled_params, break_even=False, sensitivity=False, method=method
            )
            target.update(_differences(run)[0])
        bars.append(SensitivityBar(factor, label_nl, label_en, low, high))
    bars.sort(key=lambda bar: -max(abs(bar.high_eur.get(v, 0) - bar.low_eur.get(v, 0)) for v in VARIANTS[1:]))

    band: dict[str, dict[str, float]] = {}
    for scenario in ("low", "mid", "high"):
        band[scenario] = {}
        for variant in VARIANTS:
            total = 0.0
            for household in base.households:
                result = household.variants.get(variant)
                if result is None:
                    continue
                total += {
                    "low": result.monthly_costs_low_eur,
                    "mid": result.monthly_costs_year1_eur,
                    "high": result.monthly_costs_high_eur,
                }[scenario]
            band[scenario][variant] = total
    return Sensitivity(
        step=step,
        base_difference_eur=base_group,
        bars=bars,
        price_band=band,
        household_difference_eur={"base": base_households},
    )


def _scaled_lt_costs(project: Project, scale: float) -> Project:
    import copy

    scaled = copy.deepcopy(project)
    for household in scaled.households:
        if household.lt_measures_cost_eur is not None:
            household.lt_measures_cost_eur = household.lt_measures_cost_eur * scale
    return scaled
