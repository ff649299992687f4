"""Sensitivity: tornado of the total-cost difference against gas, and the price band.

See method.md, "Gevoeligheid". Every factor is moved by ±step and the business case is
computed again; this module says *what* is changed and sums the outcome, the re-computation
itself is handed in (:func:`minigrid_app.core.analysis.compute_project` in the program, a
stand-in in tests), so the engine and its sensitivity do not import each other.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection

from minigrid_app.core.model import Project
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.results import ProjectResults, Sensitivity, SensitivityBar
from minigrid_app.core.variant import VARIANTS, Variant

#: factor code → (parameter keys scaled together, Dutch label, English label); None: every investment
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

#: price band scenario → the monthly-costs field of a variant result it reads
PRICE_BAND_FIELDS = {
    "low": "monthly_costs_low_eur",
    "mid": "monthly_costs_year1_eur",
    "high": "monthly_costs_high_eur",
}

#: Computes the business case again for changed inputs (no break-even, no sensitivity).
Rerun = Callable[[Project, ParameterSet], ProjectResults]


def differences(
    results: ProjectResults, variants: Collection[str] | None = None
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """TCO(variant) − TCO(gas) for every variant but gas (or for ``variants``).

    Returns
    -------
    dict[str, float]
        Variant → group sum over the households that take part (the group's basis; a what-if
        shared loop of a home that does not is left out) [€].
    dict[str, dict[str, float]]
        Household id → variant → difference [€], every computed home.
    """
    compared = [v for v in VARIANTS[1:] if variants is None or v in variants]
    group = dict.fromkeys(compared, 0.0)
    per_household: dict[str, dict[str, float]] = {}
    for household in results.households:
        gas = household.variants.get(Variant.GAS)
        if gas is None:
            continue
        per_household[household.id] = {}
        for variant in compared:
            other = household.variants.get(variant)
            if other is None:
                continue
            difference = other.tco_eur - gas.tco_eur
            per_household[household.id][variant] = difference
            if household.participates and not other.as_joiner:
                group[variant] += difference
    return group, per_household


def scaled_inputs(project: Project, params: ParameterSet, factor: str, scale: float) -> tuple[Project, ParameterSet]:
    """The project and figures with one factor multiplied by ``scale``.

    The investment factor scales every price in :data:`INVESTMENT_KEYS` and the manual
    low-temperature investment entered per household; the project is copied, never changed.
    """
    keys = FACTORS[factor][0]
    if keys is None:
        return _scaled_lt_costs(project, scale), params.with_overrides(
            {key: params[key] * scale for key in INVESTMENT_KEYS}
        )
    return project, params.with_overrides({key: params[key] * scale for key in keys})


def price_band(results: ProjectResults) -> dict[str, dict[str, float]]:
    """Scenario (low, mid, high) → variant → group monthly costs in year 1 [€/month].

    Low and high are the energy prices scaled by ``price_band_low_factor`` and
    ``price_band_high_factor`` (computed per household by the engine).
    """
    band: dict[str, dict[str, float]] = {}
    for scenario, name in PRICE_BAND_FIELDS.items():
        band[scenario] = {}
        for variant in VARIANTS:
            total = 0.0
            for household in results.households:
                result = household.variants.get(variant)
                if result is None or not household.participates or result.as_joiner:
                    continue
                total += getattr(result, name)
            band[scenario][variant] = total
    return band


def compute_sensitivity(
    project: Project, base: ProjectResults, rerun: Rerun, variants: Collection[str] | None = None
) -> Sensitivity:
    """Re-run the business case with each factor at −step and +step.

    Parameters
    ----------
    project : Project
        The project ``base`` was computed for.
    base : ProjectResults
        Its results; their parameters give the step (``sensitivity_step``).
    rerun : callable
        ``rerun(project, params)`` computes the business case for changed inputs (at least
        gas and ``variants``).
    variants : collection of str, optional
        The variants whose bars are computed (default every one but gas); the bars are
        sorted by the largest swing among them.

    Returns
    -------
    Sensitivity
        Bars sorted widest first (largest swing over the variants).
    """
    params = base.parameters
    step = params["sensitivity_step"]
    base_group, base_households = differences(base)
    bars = []
    for factor, (_keys, label_nl, label_en) in FACTORS.items():
        low: dict[str, float] = {}
        high: dict[str, float] = {}
        for sign, target in ((-1, low), (1, high)):
            scaled_project, scaled_params = scaled_inputs(project, params, factor, 1.0 + sign * step)
            target.update(differences(rerun(scaled_project, scaled_params), variants)[0])
        bars.append(SensitivityBar(factor, label_nl, label_en, low, high))
    bars.sort(key=lambda bar: -max(abs(bar.high_eur.get(v, 0) - bar.low_eur.get(v, 0)) for v in VARIANTS[1:]))
    return Sensitivity(
        step=step,
        base_difference_eur=base_group,
        bars=bars,
        price_band=price_band(base),
        household_difference_eur={"base": base_households},
    )


def _scaled_lt_costs(project: Project, scale: float) -> Project:
    scaled = copy.deepcopy(project)
    for household in scaled.households:
        if household.lt_measures_cost_eur is not None:
            household.lt_measures_cost_eur = household.lt_measures_cost_eur * scale
    return scaled
