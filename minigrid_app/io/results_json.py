"""The results contract: ``minigrid compute --json`` (documented in docs/results-format.md).

Names here are a contract other tools and tests rely on; add fields, never rename.
"""

from __future__ import annotations

import dataclasses
import json
import math

from minigrid_app import __version__
from minigrid_app.core.regulation import ORGANISATION_MODELS, WcwRegime
from minigrid_app.core.results import (
    ClusterResult,
    FieldResult,
    HouseholdResult,
    ProjectResults,
    VariantTotals,
)
from minigrid_app.core.variant import VARIANTS, Variant
from minigrid_app.core.variants import CostLine, VariantResult

RESULTS_FORMAT = "minigrid-results"
RESULTS_VERSION = 1


def _clean(value):
    """JSON-safe: NaN/inf become null, tuples become lists."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def _line(line: CostLine) -> dict:
    return dataclasses.asdict(line)


def variant_dict(result: VariantResult) -> dict:
    return {
        "variant": result.variant,
        "investment_gross_eur": result.investment_gross_eur,
        "subsidy_eur": result.subsidy_eur,
        "investment_net_eur": result.investment_net_eur,
        "gas_m3_per_year": result.gas_m3_per_year,
        "electricity_kwh_per_year": result.electricity_kwh_per_year,
        "annual_energy_costs_eur": result.annual_energy_costs_eur,
        "annual_fixed_costs_eur": result.annual_fixed_costs_eur,
        "annual_maintenance_eur": result.annual_maintenance_eur,
        "annual_loan_payment_eur": result.annual_loan_payment_eur,
        "monthly_costs_year1_eur": result.monthly_costs_year1_eur,
        "monthly_costs_after_loan_eur": result.monthly_costs_after_loan_eur,
        "monthly_costs_low_eur": result.monthly_costs_low_eur,
        "monthly_costs_high_eur": result.monthly_costs_high_eur,
        "tco_eur": result.tco_eur,
        "tco_low_eur": result.tco_low_eur,
        "tco_high_eur": result.tco_high_eur,
        "npv_eur": result.npv_eur,
        "difference_to_gas_eur": result.difference_to_gas_eur,
        "payback_years": result.payback_years,
        "simple_payback_years": result.simple_payback_years,
        "co2_kg_per_year": result.co2_kg_per_year,
        "electric_peak_kw": result.electric_peak_kw,
        "break_even_gas_m3": None if result.variant == Variant.GAS else result.break_even_gas_m3,
        "break_even_status": None if result.variant == Variant.GAS else result.break_even_status,
        "heat_pump_size_kw": result.heat_pump_size_kw,
        "seasonal_cop": result.seasonal_cop,
        "heat_pump_electricity_kwh": result.heat_pump_electricity_kwh,
        "auxiliary_electricity_kwh": result.auxiliary_electricity_kwh,
        "cooking_electricity_kwh": result.cooking_electricity_kwh,
        "loan_principal_eur": result.loan_principal_eur,
        "own_money_year0_eur": result.own_money_year0_eur,
        "field_id": result.field_id,
        "provisional": result.provisional,
        "as_joiner": result.as_joiner,
        "joiner_cluster_id": result.joiner_cluster_id,
        "cost_lines": [_line(line) for line in result.cost_lines],
        "subsidy_lines": [_line(line) for line in result.subsidy_lines],
        "cash_flows": [
            {**dataclasses.asdict(flow), "total_eur": flow.total_eur} for flow in result.cash_flows
        ],
    }


def household_dict(result: HouseholdResult) -> dict:
    demand = result.demand
    return {
        "id": result.id,
        "label": result.label,
        "row": result.row,
        "computable": result.computable,
        "participates": result.participates,
        "cluster_id": result.cluster_id,
        "demand": None if demand is None else dataclasses.asdict(demand),
        "problems": [dataclasses.asdict(p) for p in result.problems],
        "variants": {
            variant: (None if result.variants.get(variant) is None else variant_dict(result.variants[variant]))
            for variant in VARIANTS
        },
    }


def field_dict(result: FieldResult) -> dict:
    sizing = result.sizing
    return {
        "id": result.id,
        "variant": result.variant,
        "cluster_id": result.cluster_id,
        "households": list(result.households),
        "boreholes": sizing.boreholes,
        "depth_m": sizing.depth_m,
        "total_length_m": sizing.total_length_m,
        "min_fluid_temp_c": sizing.min_fluid_temp_c,
        "mean_fluid_temp_c": sizing.mean_fluid_temp_c,
        "provisional": sizing.provisional,
        "converged": sizing.converged,
        "iterations": sizing.iterations,
        "rule_of_thumb_length_m": sizing.rule_of_thumb_length_m,
        "differs_from_rule_of_thumb": sizing.differs_from_rule_of_thumb,
        "peak_extraction_kw": sizing.peak_extraction_kw,
        "extraction_per_home_kwh": dict(zip(result.households, sizing.extraction_per_home_kwh, strict=True)),
        "design_load_per_home_kw": dict(zip(result.households, sizing.design_load_per_home_kw, strict=True)),
        "source_temp_by_month_c": list(sizing.source_temp_by_month_c),
        "design_source_temp_c": sizing.design_source_temp_c,
        "monthly_fluid_temp_c": list(sizing.monthly_fluid_temp_c),
        "monthly_peak_fluid_temp_c": list(sizing.monthly_peak_fluid_temp_c),
        "cost_eur": result.shared_cost_eur,
        "cost_lines": [_line(line) for line in result.cost_lines],
        "allocation_key": result.allocation_key,
        "cost_shares_eur": dict(result.cost_shares_eur),
        "maintenance_eur": result.maintenance_eur,
        "maintenance_shares_eur": dict(result.maintenance_shares_eur),
        "extra_homes": result.extra_homes,
        "warnings": list(sizing.warnings),
    }


def wcw_dict(regime: WcwRegime) -> dict:
    return {
        **dataclasses.asdict(regime),
        "models": [{"code": code, **ORGANISATION_MODELS[code]} for code in regime.models],
    }


def totals_dict(totals: dict[str, VariantTotals]) -> dict:
    return {variant: dataclasses.asdict(total) for variant, total in totals.items()}


def cluster_dict(result: ClusterResult) -> dict:
    return {
        "id": result.id,
        "name": result.name,
        "households": list(result.households),
        "manual": result.manual,
        "field_id": result.field_id,
        "pipe_length_m": result.pipe_length_m,
        "largest_gap_m": result.largest_gap_m,
        "signed": result.signed,
        "complete": result.complete,
        "wcw": wcw_dict(result.wcw),
        "warnings": list(result.warnings),
        "totals": totals_dict(result.totals),
    }


def curve_list(curve) -> list[dict] | None:
    """A signature curve as the contract's list of points (None when not computed)."""
    if curve is None:
        return None
    return [
        {
            "signers": point.signers,
            "households": list(point.households),
            "clusters": point.clusters,
            "monthly_costs_year1_eur": point.monthly_costs_year1_eur,
            "investment_net_eur": point.investment_net_eur,
            "tco_eur": point.tco_eur,
            "beats": [str(v) for v in point.beats],
            "reference": {str(v): dataclasses.asdict(m) for v, m in point.reference.items()},
        }
        for point in curve.points
    ]


def curve_summary(curve) -> dict | None:
    """What a curve says besides its points: homes, signed today, thresholds, order (None when not computed)."""
    if curve is None:
        return None
    return {
        "homes": curve.homes,
        "signed": curve.signed,
        "order": list(curve.order),
        "thresholds": {str(v): n for v, n in curve.thresholds.items()},
    }


def go_no_go_dict(found) -> dict | None:
    if found is None:
        return None
    return {
        "status": found.status,
        "rule_nl": found.rule.nl,
        "rule_en": found.rule.en,
        "checks": [
            {**dataclasses.asdict(check), "met": check.met, "reachable": check.reachable} for check in found.checks
        ],
    }


def organisation_dict(comparison) -> dict | None:
    """The organisation models: per model the means per participating home, every home and every network's fee."""
    if comparison is None:
        return None
    models = {}
    for code, model in comparison.models.items():
        models[code] = {
            "monthly_costs_year1_eur": model.monthly_costs_year1_eur,
            "upfront_eur": model.upfront_eur,
            "tco_eur": model.tco_eur,
            "chosen": code == comparison.chosen,
            "households": {h: dataclasses.asdict(f) for h, f in model.homes.items()},
            "networks": {
                cid: {**dataclasses.asdict(fee), "per_gj_eur": fee.per_gj_eur} for cid, fee in model.networks.items()
            },
            "risks": [dataclasses.asdict(risk) for risk in model.risks],
            "law_nl": list(model.law_nl),
            "law_en": list(model.law_en),
        }
    return models


def plan_cash_flows(fees, horizon_years: int) -> dict:
    """The plan of later joiners per home, year by year (core.entry_fee.plan_cash_flows)."""
    from minigrid_app.core.entry_fee import plan_cash_flows as flows

    return flows(fees, horizon_years)


def entry_fee_dict(fee, horizon_years: int) -> dict:
    """A later joiner's entry fee, the founders' refunds and the year the money moves."""
    return {**dataclasses.asdict(fee), "fee_eur": fee.fee_eur, "within_horizon": 1 <= fee.year <= horizon_years}


def results_to_dict(results: ProjectResults) -> dict:
    group = results.group
    params = results.parameters
    signatures = results.signatures
    sensitivity = None
    if results.sensitivity is not None:
        s = results.sensitivity
        sensitivity = {
            "step": s.step,
            "base_difference_eur": s.base_difference_eur,
            "tornado": [dataclasses.asdict(bar) for bar in s.bars],
            "price_band_monthly_eur": s.price_band,
        }
    return _clean(
        {
            "format": RESULTS_FORMAT,
            "version": RESULTS_VERSION,
            "app_version": __version__,
            "households": [household_dict(h) for h in results.households],
            "group": {
                "households_total": group.households_total,
                "households_computed": group.households_computed,
                "participants": group.participants,
                "signed": group.signed,
                "declined": group.declined,
                "interested": group.interested,
                "participation_rate": group.participation_rate,
                "clusters": group.clusters,
                "wcw": wcw_dict(group.wcw),
                "basis": group.basis,
                "households_counted": group.households_counted,
                "totals": totals_dict(group.totals),
                "signature_curve": curve_list(signatures.street if signatures else None),
                "signature": curve_summary(signatures.street if signatures else None),
                "go_no_go": go_no_go_dict(results.go_no_go),
                "organisation_models": organisation_dict(results.organisation),
                "entry_fees": [entry_fee_dict(fee, params.int("horizon_years")) for fee in results.entry_fees],
                "joiner_cash_flows": plan_cash_flows(results.entry_fees, params.int("horizon_years")),
            },
            "clusters": [
                {
                    **cluster_dict(c),
                    "signature_curve": curve_list(signatures.clusters.get(c.id) if signatures else None),
                    "signature": curve_summary(signatures.clusters.get(c.id) if signatures else None),
                }
                for c in results.clusters
            ],
            "fields": [field_dict(f) for f in results.fields],
            "sensitivity": sensitivity,
            "problems": [dataclasses.asdict(p) for p in results.problems],
            "warnings": list(results.warnings),
            "parameters_used": {
                key: {
                    "value": list(params[key]) if isinstance(params[key], tuple) else params[key],
                    "default": list(d.value) if isinstance(d.value, tuple) else d.value,
                    "unit": d.unit,
                    "source": d.source,
                    "year": d.year,
                    "checked": d.checked,
                    "overridden": params.is_overridden(key),
                }
                for key, d in params.definitions.items()
            },
        }
    )


def results_to_json(results: ProjectResults) -> str:
    return json.dumps(results_to_dict(results), ensure_ascii=False, indent=2)
