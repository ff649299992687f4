"""The indicative business case of a whole project: the orchestrator.

``compute_project(project)`` validates the input, forms clusters, sizes every
borefield, computes the four variants for every household, and adds group and
cluster totals, break-even gas use, the price band and the sensitivity tornado.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from minigrid_app.core import fields
from minigrid_app.core.borefield import FieldSizing
from minigrid_app.core.clusters import Cluster, allocate, form_clusters
from minigrid_app.core.demand import HeatDemand, heat_demand
from minigrid_app.core.finance import simple_payback
from minigrid_app.core.model import VARIANTS, Household, Project
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.problems import Bilingual, Problem
from minigrid_app.core.regulation import WcwRegime, wcw_regime
from minigrid_app.core.validation import household_name, validate_household
from minigrid_app.core.variants import CostLine, FieldShare, VariantResult, compute_variant

GROUND_VARIANTS = ("ground_hp", "shared_loop")
#: Lower end of the break-even search [m³/yr]: below it there is hardly any heat demand.
BREAK_EVEN_LOWER_M3 = 100.0


@dataclass
class HouseholdResult:
    """All variants of one household.

    ``variants[code]`` is None when it cannot be computed: input incomplete (see
    ``problems``), or ``shared_loop`` for a household that is in no cluster (declined).
    """

    id: str
    label: str
    row: int
    computable: bool
    participates: bool
    cluster_id: str | None
    demand: HeatDemand | None
    variants: dict[str, VariantResult | None]
    problems: list[Problem] = field(default_factory=list)


@dataclass
class FieldResult:
    """One borefield: a home's own (``ground_hp``) or a cluster's (``shared_loop``).

    Attributes
    ----------
    shared_cost_eur : float
        Total investment of the field and what the cluster shares [€].
    cost_shares_eur : dict[str, float]
        Each household's part of ``shared_cost_eur`` [€]; adds up to the cent.
    maintenance_shares_eur : dict[str, float]
        Each household's part of the shared upkeep [€/yr].
    """

    id: str
    variant: str
    cluster_id: str | None
    households: list[str]
    sizing: FieldSizing
    cost_lines: list[CostLine]
    shared_cost_eur: float
    cost_shares_eur: dict[str, float]
    maintenance_eur: float
    maintenance_shares_eur: dict[str, float]
    allocation_key: str
    extra_homes: int = 0


@dataclass
class VariantTotals:
    """Sum over a group of households for one variant."""

    variant: str
    households: int
    investment_gross_eur: float
    subsidy_eur: float
    investment_net_eur: float
    monthly_costs_year1_eur: float
    monthly_costs_year1_average_eur: float
    annual_energy_costs_eur: float
    tco_eur: float
    npv_eur: float
    co2_kg_per_year: float
    electric_peak_kw: float
    gas_m3_per_year: float
    electricity_kwh_per_year: float


@dataclass
class ClusterResult:
    id: str
    name: str
    households: list[str]
    manual: bool
    field_id: str
    pipe_length_m: float
    largest_gap_m: float
    wcw: WcwRegime
    warnings: list[str]
    totals: dict[str, VariantTotals]
    signed: int = 0
    complete: bool = False


@dataclass
class GroupResult:
    households_total: int
    households_computed: int
    participants: int
    signed: int
    declined: int
    interested: int
    participation_rate: float
    clusters: int
    wcw: WcwRegime
    totals: dict[str, VariantTotals]


@dataclass
class SensitivityBar:
    """Effect of one factor on the total-cost difference against gas [€], group sum."""

    factor: str
    label_nl: str
    label_en: str
    low_eur: dict[str, float]  # variant → difference at −step
    high_eur: dict[str, float]  # variant → difference at +step


@dataclass
class Sensitivity:
    step: float
    base_difference_eur: dict[str, float]  # variant → TCO(variant) − TCO(gas), group sum
    bars: list[SensitivityBar]
    price_band: dict[str, dict[str, float]]  # scenario → variant → group monthly costs year 1
    household_difference_eur: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)


@dataclass
class ProjectResults:
    households: list[HouseholdResult]
    group: GroupResult
    clusters: list[ClusterResult]
    fields: list[FieldResult]
    parameters: ParameterSet
    problems: list[Problem]
    warnings: list[str]
    sensitivity: Sensitivity | None = None

    def household(self, household_id: str) -> HouseholdResult | None:
        for result in self.households:
            if result.id == household_id:
                return result
        return None

    def field(self, field_id: str) -> FieldResult | None:
        for result in self.fields:
            if result.id == field_id:
                return result
        return None


def _eur(amount: float) -> str:
    return f"€ {amount:,.0f}".replace(",", ".")


def own_field_lines(sizing: FieldSizing, params: ParameterSet) -> list[CostLine]:
    """Investment lines of a borefield: drilling, borehole heads, drilling site."""
    per_m = params["drilling_per_m_eur"]
    per_hole = params["borehole_fixed_eur"]
    return [
        CostLine(
            "drilling",
            "Boren en bodemlus",
            "Drilling and ground loop",
            sizing.total_length_m * per_m,
            "borefield",
            formula_nl=f"{sizing.total_length_m:.0f} m × {_eur(per_m)} per m",
            formula_en=f"{sizing.total_length_m:.0f} m × {_eur(per_m)} per m",
        ),
        CostLine(
            "boreholes",
            "Vaste kosten boorgaten",
            "Fixed cost of boreholes",
            sizing.boreholes * per_hole,
            "borefield",
            formula_nl=f"{sizing.boreholes} × {_eur(per_hole)}",
            formula_en=f"{sizing.boreholes} × {_eur(per_hole)}",
        ),
        CostLine(
            "drilling_site",
            "Boorlocatie (mobilisatie, melding, ontwerp)",
            "Drilling site (mobilisation, notification, design)",
            params["drilling_site_eur"],
            "borefield",
        ),
    ]


def _allocation_weights(key: str, sizing: FieldSizing, count: int) -> list[float]:
    if key == "equal":
        return [1.0] * count
    if key == "design_load":
        return list(sizing.design_load_per_home_kw)
    return list(sizing.extraction_per_home_kwh)


@dataclass
class _Context:
    project: Project
    params: ParameterSet
    layout: str
    method: str
    allocation_key: str
    reserve: int
    shared_members_total: int


def _shared_field(
    cluster: Cluster, demands: dict[str, HeatDemand], ctx: _Context
) -> tuple[FieldResult, dict[str, FieldShare]]:
    """Size a cluster's field and split its shared costs."""
    params = ctx.params
    members = list(cluster.household_ids)
    sizing = fields.size(
        [demands[h] for h in members], params, ctx.layout, extra_homes=ctx.reserve, method=ctx.method
    )
    project_setup = params["setup_project_eur"] * len(members) / max(1, ctx.shared_members_total)
    lines = own_field_lines(sizing, params) + [
        CostLine(
            "pipe",
            "Horizontale leiding tussen de woningen",
            "Horizontal pipe between the homes",
            cluster.pipe_length_m * params["pipe_per_m_eur"],
            "borefield",
            formula_nl=f"{cluster.pipe_length_m:.0f} m × {_eur(params['pipe_per_m_eur'])} per m",
            formula_en=f"{cluster.pipe_length_m:.0f} m × {_eur(params['pipe_per_m_eur'])} per m",
        ),
        CostLine(
            "setup",
            "Opzet cluster (ontwerp, rechtsvorm, afspraken)",
            "Cluster set-up (design, legal form, agreements)",
            params["setup_per_cluster_eur"] + project_setup,
            "once",
            formula_nl=f"{_eur(params['setup_per_cluster_eur'])} per cluster + deel van {_eur(params['setup_project_eur'])} "
            f"voor het project ({len(members)} van {ctx.shared_members_total} woningen)",
            formula_en=f"{_eur(params['setup_per_cluster_eur'])} per cluster + share of {_eur(params['setup_project_eur'])} "
            f"for the project ({len(members)} of {ctx.shared_members_total} homes)",
        ),
    ]
    weights = _allocation_weights(ctx.allocation_key, sizing, len(members))
    shares_by_line = [allocate(line.amount_eur, weights) for line in lines]
    maintenance = params["maintenance_shared_per_home_eur"] * len(members) + params["maintenance_shared_per_cluster_eur"]
    maintenance_shares = allocate(maintenance, weights)
    field_id = f"shared-{cluster.id}"
    result = FieldResult(
        id=field_id,
        variant="shared_loop",
        cluster_id=cluster.id,
        households=members,
        sizing=sizing,
        cost_lines=lines,
        shared_cost_eur=round(sum(line.amount_eur for line in lines), 2),
        cost_shares_eur={h: round(sum(s[i] for s in shares_by_line), 2) for i, h in enumerate(members)},
        maintenance_eur=maintenance,
        maintenance_shares_eur=dict(zip(members, maintenance_shares, strict=True)),
        allocation_key=ctx.allocation_key,
        extra_homes=ctx.reserve,
    )
    key_nl = {"extraction": "naar onttrokken bodemwarmte", "equal": "gelijk", "design_load": "naar ontwerpvermogen"}[
        ctx.allocation_key
    ]
    key_en = {"extraction": "by ground heat extracted", "equal": "equally", "design_load": "by design load"}[
        ctx.allocation_key
    ]
    shares = {}
    for i, household_id in enumerate(members):
        fraction = weights[i] / sum(weights) if sum(weights) > 0 else 1 / len(members)
        share_lines = tuple(
            CostLine(
                line.key,
                f"Aandeel: {line.label_nl.lower()}",
                f"Share: {line.label_en.lower()}",
                shares_by_line[j][i],
                line.component,
                shared=True,
                formula_nl=f"{fraction:.1%} van {_eur(line.amount_eur)} ({line.formula_nl or line.label_nl}), verdeeld {key_nl}",
                formula_en=f"{fraction:.1%} of {_eur(line.amount_eur)} ({line.formula_en or line.label_en}), split {key_en}",
            )
            for j, line in enumerate(lines)
        )
        shares[household_id] = FieldShare(
            field_id=field_id,
            source_temp_by_month_c=tuple(sizing.source_temp_by_month_c),
            design_source_temp_c=sizing.design_source_temp_c,
            lines=share_lines,
            maintenance_eur=maintenance_shares[i],
            provisional=sizing.provisional,
        )
    return result, shares


def _own_field(household_id: str, demand: HeatDemand, ctx: _Context) -> tuple[FieldResult, FieldShare]:
    sizing = fields.size([demand], ctx.params, ctx.layout, method=ctx.method)
    lines = own_field_lines(sizing, ctx.params)
    total = round(sum(line.amount_eur for line in lines), 2)
    field_id = f"own-{household_id}"
    result = FieldResult(
        id=field_id,
        variant="ground_hp",
        cluster_id=None,
        households=[household_id],
        sizing=sizing,
        cost_lines=lines,
        shared_cost_eur=total,
        cost_shares_eur={household_id: total},
        maintenance_eur=0.0,
        maintenance_shares_eur={household_id: 0.0},
        allocation_key="own",
    )
    share = FieldShare(
        field_id=field_id,
        source_temp_by_month_c=tuple(sizing.source_temp_by_month_c),
        design_source_temp_c=sizing.design_source_temp_c,
        lines=tuple(lines),
        provisional=sizing.provisional,
    )
    return result, share


def _totals(variant: str, results: list[VariantResult]) -> VariantTotals:
    count = len(results)
    monthly = sum(r.monthly_costs_year1_eur for r in results)
    return VariantTotals(
        variant=variant,
        households=count,
        investment_gross_eur=sum(r.investment_gross_eur for r in results),
        subsidy_eur=sum(r.subsidy_eur for r in results),
        investment_net_eur=sum(r.investment_net_eur for r in results),
        monthly_costs_year1_eur=monthly,
        monthly_costs_year1_average_eur=monthly / count if count else 0.0,
        annual_energy_costs_eur=sum(r.annual_energy_costs_eur for r in results),
        tco_eur=sum(r.tco_eur for r in results),
        npv_eur=sum(r.npv_eur for r in results),
        co2_kg_per_year=sum(r.co2_kg_per_year for r in results),
        electric_peak_kw=sum(r.electric_peak_kw for r in results),
        gas_m3_per_year=sum(r.gas_m3_per_year for r in results),
        electricity_kwh_per_year=sum(r.electricity_kwh_per_year for r in results),
    )


def resolve_parameters(project: Project) -> tuple[ParameterSet, list[Problem]]:
    """The project's parameter set: defaults plus its valid overrides."""
    return ParameterSet.from_overrides(project.parameter_overrides)


def compute_project(
    project: Project,
    params: ParameterSet | None = None,
    *,
    break_even: bool = True,
    sensitivity: bool = True,
    method: str = "pygfunction",
    progress: Callable[[float, str], None] | None = None,
) -> ProjectResults:
    """Compute the business case of a project.

    Parameters
    ----------
    project : Project
    params : ParameterSet, optional
        Defaults to the project's own (defaults + overrides).
    break_even : bool
        Search the break-even gas use of every household and variant (slower).
    sensitivity : bool
        Compute the tornado and the price band (slower).
    method : str
        Borefield sizing: ``"pygfunction"`` or ``"rule_of_thumb"``.
    progress : callable, optional
        Called with (fraction done 0-1, what is being done in Dutch).
    """
    report = progress or (lambda fraction, text: None)
    problems: list[Problem] = []
    if params is None:
        params, problems = resolve_parameters(project)
    settings = project.clusters
    size = settings.size if settings.size is not None else params.int("cluster_size")
    max_distance = params["max_connection_distance_m"]
    warnings: list[str] = []

    report(0.02, "Warmtevraag berekenen")
    demands: dict[str, HeatDemand] = {}
    household_problems: dict[str, list[Problem]] = {}
    for row, household in enumerate(project.households, start=1):
        found = validate_household(household, row, max_distance)
        household_problems[household.id] = found
        problems.extend(found)
        if not any(p.is_error for p in found):
            demands[household.id] = heat_demand(household, params)

    eligible = {h.id for h in project.households if h.id in demands and h.participation != "declined"}
    clusters = form_clusters(project.households, eligible, size, params["distance_default_m"], max_distance)
    for cluster in clusters:
        warnings.extend(cluster.warnings)
    ctx = _Context(
        project=project,
        params=params,
        layout=settings.layout,
        method=method,
        allocation_key=settings.allocation_key,
        reserve=max(0, int(settings.reserve_joiners)),
        shared_members_total=sum(c.size for c in clusters),
    )

    report(0.05, "Bodemvelden dimensioneren")
    field_results: list[FieldResult] = []
    field_shares: dict[tuple[str, str], FieldShare] = {}
    steps = len(demands) + len(clusters)
    done = 0
    for household in project.households:
        if household.id in demands:
            result, share = _own_field(household.id, demands[household.id], ctx)
            field_results.append(result)
            field_shares[(household.id, "ground_hp")] = share
            done += 1
            report(0.05 + 0.45 * done / max(1, steps), f"Eigen bodemlus {household_name(household, 0)}")
    cluster_of: dict[str, str] = {}
    for cluster in clusters:
        result, shares = _shared_field(cluster, demands, ctx)
        field_results.append(result)
        for household_id, share in shares.items():
            field_shares[(household_id, "shared_loop")] = share
            cluster_of[household_id] = cluster.id
        done += 1
        report(0.05 + 0.45 * done / max(1, steps), f"Gedeelde bodemlus {cluster.name}")
    for result in field_results:
        sizing = result.sizing
        for text in sizing.warnings:
            warnings.append(text)
        if sizing.differs_from_rule_of_thumb and not sizing.provisional:
            warnings.append(
                Bilingual(
                    f"Bodemveld {result.id}: de berekende lengte ({sizing.total_length_m:.0f} m) wijkt meer dan 30 % "
                    f"af van de vuistregel ({sizing.rule_of_thumb_length_m:.0f} m); laat het bronontwerp controleren.",
                    f"Borefield {result.id}: the computed length ({sizing.total_length_m:.0f} m) differs more than 30 % "
                    f"from the rule of thumb ({sizing.rule_of_thumb_length_m:.0f} m); have the source design checked.",
                )
            )

    report(0.5, "Kosten per woning berekenen")
    household_results: list[HouseholdResult] = []
    for row, household in enumerate(project.households, start=1):
        demand = demands.get(household.id)
        variants: dict[str, VariantResult | None] = dict.fromkeys(VARIANTS)
        if demand is not None:
            for variant in VARIANTS:
                share = field_shares.get((household.id, variant)) if variant in GROUND_VARIANTS else None
                if variant in GROUND_VARIANTS and share is None:
                    continue
                variants[variant] = compute_variant(household, demand, variant, params, share)
            _add_payback(variants)
            _add_price_band(household, demand, variants, field_shares, params)
        household_results.append(
            HouseholdResult(
                id=household.id,
                label=household_name(household, row),
                row=row,
                computable=demand is not None,
                participates=household.participation != "declined",
                cluster_id=cluster_of.get(household.id),
                demand=demand,
                variants=variants,
                problems=household_problems[household.id],
            )
        )

    if break_even:
        report(0.6, "Omslagpunt gasverbruik zoeken")
        by_id = {h.id: h for h in project.households}
        cluster_by_id = {c.id: c for c in clusters}
        for index, result in enumerate(household_results):
            if result.demand is None:
                continue
            household = by_id[result.id]
            for variant in ("air_hp", "ground_hp", "shared_loop"):
                if result.variants.get(variant) is None:
                    continue
                cluster = cluster_by_id.get(result.cluster_id) if variant == "shared_loop" else None
                result.variants[variant].break_even_gas_m3 = _break_even(
                    household, variant, demands, cluster, ctx
                )
            report(0.6 + 0.25 * (index + 1) / len(household_results), "Omslagpunt gasverbruik zoeken")

    cluster_results = []
    by_result = {r.id: r for r in household_results}
    by_id = {h.id: h for h in project.households}
    limited_max = params.int("wcw_limited_max_connections")
    exemption_max = params.int("wcw_exemption_max_connections")
    for cluster in clusters:
        totals = {
            variant: _totals(
                variant,
                [by_result[h].variants[variant] for h in cluster.household_ids if by_result[h].variants[variant]],
            )
            for variant in VARIANTS
        }
        signed = sum(1 for h in cluster.household_ids if by_id[h].participation == "signed")
        cluster_results.append(
            ClusterResult(
                id=cluster.id,
                name=cluster.name,
                households=list(cluster.household_ids),
                manual=cluster.manual,
                field_id=f"shared-{cluster.id}",
                pipe_length_m=cluster.pipe_length_m,
                largest_gap_m=cluster.largest_gap_m,
                wcw=wcw_regime(cluster.size, limited_max, exemption_max),
                warnings=list(cluster.warnings),
                totals=totals,
                signed=signed,
                complete=signed == cluster.size,
            )
        )

    computed = [r for r in household_results if r.computable]
    group_totals = {
        variant: _totals(variant, [r.variants[variant] for r in computed if r.variants[variant] is not None])
        for variant in VARIANTS
    }
    states = [h.participation for h in project.households]
    participants = len(eligible)
    total = len(project.households)
    group = GroupResult(
        households_total=total,
        households_computed=len(computed),
        participants=participants,
        signed=states.count("signed"),
        declined=states.count("declined"),
        interested=states.count("interested"),
        participation_rate=states.count("signed") / total if total else 0.0,
        clusters=len(clusters),
        wcw=wcw_regime(participants, limited_max, exemption_max),
        totals=group_totals,
    )
    results = ProjectResults(
        households=household_results,
        group=group,
        clusters=cluster_results,
        fields=field_results,
        parameters=params,
        problems=problems,
        warnings=warnings,
    )
    if sensitivity and computed:
        report(0.85, "Gevoeligheid berekenen")
        from minigrid_app.core.sensitivity import compute_sensitivity

        results.sensitivity = compute_sensitivity(project, results, method=method)
    report(1.0, "Klaar")
    return results


def _add_payback(variants: dict[str, VariantResult | None]) -> None:
    gas = variants["gas"]
    for variant, result in variants.items():
        if variant == "gas" or result is None or gas is None:
            continue
        result.payback_years = simple_payback(
            result.investment_net_eur,
            gas.investment_net_eur,
            result.annual_running_costs_eur,
            gas.annual_running_costs_eur,
        )


def _add_price_band(
    household: Household,
    demand: HeatDemand,
    variants: dict[str, VariantResult | None],
    field_shares: dict[tuple[str, str], FieldShare],
    params: ParameterSet,
) -> None:
    """Monthly costs and TCO at low and high energy prices (both prices scaled together)."""
    for scenario in ("low", "high"):
        factor = params[f"price_band_{scenario}_factor"]
        scaled = params.with_overrides(
            {
                "gas_price_eur_m3": params["gas_price_eur_m3"] * factor,
                "electricity_price_eur_kwh": params["electricity_price_eur_kwh"] * factor,
            }
        )
        for variant, result in variants.items():
            if result is None:
                continue
            other = compute_variant(household, demand, variant, scaled, field_shares.get((household.id, variant)))
            setattr(result, f"monthly_costs_{scenario}_eur", other.monthly_costs_year1_eur)
            setattr(result, f"tco_{scenario}_eur", other.tco_eur)


def _break_even(
    household: Household,
    variant: str,
    demands: dict[str, HeatDemand],
    cluster: Cluster | None,
    ctx: _Context,
) -> float | None:
    """Annual gas use at which the variant's TCO equals the gas variant's [m³/yr]."""
    params = ctx.params
    upper = params["break_even_max_gas_m3"]

    def difference(gas_m3: float) -> float:
        demand = heat_demand(household, params, gas_m3=gas_m3)
        gas = compute_variant(household, demand, "gas", params)
        if variant == "air_hp":
            share = None
        elif variant == "ground_hp":
            share = _own_field(household.id, demand, ctx)[1]
        else:
            changed = dict(demands)
            changed[household.id] = demand
            share = _shared_field(cluster, changed, ctx)[1][household.id]
        other = compute_variant(household, demand, variant, params, share)
        return other.tco_eur - gas.tco_eur

    # below ~100 m³ there is no heat left to size a heat pump or a borefield for
    lower = BREAK_EVEN_LOWER_M3
    if difference(lower) <= 0:
        return lower
    high_value = difference(upper)
    if high_value > 0:
        return None
    # imported here, not at the top: scipy.optimize costs 0.4 s at program start
    from scipy.optimize import brentq

    return float(brentq(difference, lower, upper, xtol=0.5, rtol=1e-6, maxiter=60))
