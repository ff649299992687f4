"""The business case of a whole project: the orchestrator.

:func:`compute_project` runs a list of named steps on a :class:`ProjectRun` (the shape of
pvlib's ``ModelChain.run_model``): each step reads what the steps before it left on the
run and adds its own part, so a step can be read, tested and replaced on its own.

1. :meth:`ProjectRun.heat_demand`: validate every household, compute its heat demand.
2. :meth:`ProjectRun.form_clusters`: group the participating homes along the street.
3. :meth:`ProjectRun.size_fields`: size every home's own field and every cluster's field.
4. :meth:`ProjectRun.household_variants`: the four variants of every household, with
   payback and the price band.
5. :meth:`ProjectRun.break_even`: the gas use at which a variant costs as much as gas.
6. :meth:`ProjectRun.cluster_totals` and :meth:`ProjectRun.group_totals`: the sums.
7. :meth:`ProjectRun.sensitivity`: the tornado and the price band of the group.

The method behind every step is described in docs/method.md.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial

from minigrid_app.core import fieldsizing
from minigrid_app.core.clusters import Cluster, form_clusters
from minigrid_app.core.demand import HeatDemand, heat_demand
from minigrid_app.core.engineer_design import design_parameters, unmatched_design_warnings
from minigrid_app.core.field_costs import FieldSettings, own_field, shared_field
from minigrid_app.core.fieldmessages import GROUND_WIDE, grouped_infeasible_warning
from minigrid_app.core.finance import simple_payback
from minigrid_app.core.model import Household, Project
from minigrid_app.core.parameters import Parameter, ParameterSet
from minigrid_app.core.participation import count_participation, has_signed, takes_part
from minigrid_app.core.problems import Bilingual, Problem
from minigrid_app.core.regulation import wcw_regime
from minigrid_app.core.results import (
    ClusterResult,
    FieldResult,
    GroupResult,
    HouseholdResult,
    ProjectResults,
    VariantTotals,
)
from minigrid_app.core.sensitivity import compute_sensitivity
from minigrid_app.core.validation import household_name, validate_household
from minigrid_app.core.variant import GROUND_VARIANTS, HEAT_PUMP_VARIANTS, VARIANTS, Variant
from minigrid_app.core.variants import FieldShare, VariantResult, compute_variant

#: Lower end of the break-even search [m³/yr]: below it there is hardly any heat demand.
BREAK_EVEN_LOWER_M3 = 100.0
#: What a ground variant costs more than gas when its field cannot be built (break-even search) [€].
NO_FIELD_EUR = 1.0e9
#: Variants with a break-even gas use (gas itself has none).
BREAK_EVEN_VARIANTS = HEAT_PUMP_VARIANTS

Progress = Callable[[float, str], None]


def resolve_parameters(
    project: Project, definitions: Mapping[str, Parameter] | None = None
) -> tuple[ParameterSet, list[Problem]]:
    """The project's parameter set: the default figures plus its valid overrides.

    ``definitions`` are the default figures; the installed ones when omitted
    (:func:`minigrid_app.core.parameters.install_defaults`).
    """
    params, problems = ParameterSet.from_overrides(project.parameter_overrides, definitions)
    # a thermal response test in the engineer's design replaces the assumed ground figures
    return design_parameters(params, project.tender.design), problems


def compute_project(
    project: Project,
    params: ParameterSet | None = None,
    *,
    break_even: bool = True,
    sensitivity: bool = True,
    method: str = "pygfunction",
    progress: Progress | None = None,
) -> ProjectResults:
    """Compute the business case of a project.

    Parameters
    ----------
    project : Project
    params : ParameterSet, optional
        Defaults to the project's own (installed defaults + its overrides).
    break_even : bool
        Search the break-even gas use of every household and variant (slower).
    sensitivity : bool
        Compute the tornado and the price band (slower).
    method : str
        Borefield sizing: ``"pygfunction"`` or ``"rule_of_thumb"``.
    progress : callable, optional
        Called with (fraction done 0-1, what is being done in Dutch).

    Returns
    -------
    ProjectResults
        Households, fields, clusters and group; input problems are in its ``problems``,
        never raised.
    """
    run = ProjectRun(project, params, method=method, progress=progress)
    run.heat_demand()
    run.form_clusters()
    run.size_fields()
    run.household_variants()
    if break_even:
        run.break_even()
    run.cluster_totals()
    run.group_totals()
    if sensitivity:
        run.sensitivity()
    run.report(1.0, "Klaar")
    return run.results


class ProjectRun:
    """The state of one computation of a project, filled in step by step.

    Attributes
    ----------
    project : Project
    params : ParameterSet
    method : str
        Borefield sizing method.
    problems : list[Problem]
        Problems of the overrides and of every household.
    warnings : list[str]
        Cluster and borefield remarks, in the order found.
    demands : dict[str, HeatDemand]
        Household id → heat demand (computable households only); after :meth:`heat_demand`.
    clusters : list[Cluster]
        After :meth:`form_clusters`.
    fields : list[FieldResult]
        After :meth:`size_fields`.
    households : list[HouseholdResult]
        After :meth:`household_variants`.
    results : ProjectResults
        After :meth:`group_totals`.
    """

    def __init__(
        self,
        project: Project,
        params: ParameterSet | None = None,
        *,
        method: str = "pygfunction",
        progress: Progress | None = None,
    ):
        self.project = project
        self.problems: list[Problem] = []
        if params is None:
            params, self.problems = resolve_parameters(project)
        self.params = params
        self.method = method
        self.report: Progress = progress or (lambda fraction, text: None)
        self.warnings: list[str] = []
        self.demands: dict[str, HeatDemand] = {}
        self.household_problems: dict[str, list[Problem]] = {}
        self.eligible: set[str] = set()
        self.clusters: list[Cluster] = []
        self.settings: FieldSettings | None = None
        self.street: fieldsizing.StreetFields | None = None
        self.fields: list[FieldResult] = []
        self.field_shares: dict[tuple[str, str], FieldShare] = {}
        self.cluster_of: dict[str, str] = {}
        self.households: list[HouseholdResult] = []
        self.cluster_results: list[ClusterResult] = []
        self.results: ProjectResults | None = None

    # ------------------------------------------------------------------ steps

    def heat_demand(self) -> None:
        """Validate every household; the heat demand of those without errors."""
        self.report(0.02, "Warmtevraag berekenen")
        max_distance = self.params["max_connection_distance_m"]
        for row, household in enumerate(self.project.households, start=1):
            found = validate_household(household, row, max_distance)
            self.household_problems[household.id] = found
            self.problems.extend(found)
            if not any(p.is_error for p in found):
                self.demands[household.id] = heat_demand(household, self.params)

    def form_clusters(self) -> None:
        """Clusters of the computable households that did not decline."""
        params, settings = self.params, self.project.clusters
        size = settings.size if settings.size is not None else params.int("cluster_size")
        self.eligible = {
            h.id for h in self.project.households if h.id in self.demands and takes_part(h)
        }
        self.clusters = form_clusters(
            self.project.households,
            self.eligible,
            size,
            params["distance_default_m"],
            params["max_connection_distance_m"],
            settings.manual_names(),
        )
        for cluster in self.clusters:
            self.warnings.extend(cluster.warnings)
        self.settings = FieldSettings(
            params=params,
            layout=settings.layout,
            method=self.method,
            allocation_key=settings.allocation_key,
            reserve=max(0, int(settings.reserve_joiners)),
            shared_members_total=sum(c.size for c in self.clusters),
            design=self.project.tender.design,
        )

    def size_fields(self) -> None:
        """The street's fields together (docs/borefield.md), then each one's costs and shares.

        Every computable home's own field, as if all of them drilled (their boreholes see
        each other), then every cluster's shared field in its strip (neighbouring fields see
        each other).
        """
        self.report(0.05, "Bodemvelden dimensioneren")
        names = {h.id: household_name(h, row) for row, h in enumerate(self.project.households, start=1)}
        self.street = fieldsizing.street_fields(
            self.project.households, self.demands, self.clusters, self.params, self.project.clusters, self.method, names
        )
        self.settings = replace(self.settings, street=self.street)
        steps = len(self.demands) + len(self.clusters)
        done = 0
        for household in self.project.households:
            if household.id in self.demands:
                result, share = own_field(household.id, self.demands[household.id], self.settings)
                self.fields.append(result)
                if share is not None:
                    self.field_shares[(household.id, Variant.GROUND_HP)] = share
                done += 1
                self.report(0.05 + 0.45 * done / max(1, steps), f"Eigen bodemlus {household_name(household, 0)}")
        for cluster in self.clusters:
            result, shares = shared_field(cluster, self.demands, self.settings)
            self.fields.append(result)
            for household_id in cluster.household_ids:
                self.cluster_of[household_id] = cluster.id
            for household_id, share in shares.items():
                self.field_shares[(household_id, Variant.SHARED_LOOP)] = share
            done += 1
            self.report(0.05 + 0.45 * done / max(1, steps), f"Gedeelde bodemlus {cluster.name}")
        grouped: dict[str, list[FieldResult]] = {}
        for result in self.fields:
            reason = result.sizing.infeasible_reason
            if reason in GROUND_WIDE:
                grouped.setdefault(reason, []).append(result)
            else:
                self.warnings.extend(_field_warnings(result))
        for reason, results in grouped.items():
            owners = [names.get(r.households[0], r.households[0]) for r in results if r.variant == Variant.GROUND_HP]
            clusters = [c.name for c in self.clusters if f"shared-{c.id}" in {r.id for r in results}]
            self.warnings.append(grouped_infeasible_warning(reason, self.street.ground, owners, clusters))
        self.warnings.extend(unmatched_design_warnings(self.project.tender.design, self.clusters))

    def household_variants(self) -> None:
        """The variants of every household, with payback and the price band."""
        self.report(0.5, "Kosten per woning berekenen")
        for row, household in enumerate(self.project.households, start=1):
            demand = self.demands.get(household.id)
            variants: dict[str, VariantResult | None] = dict.fromkeys(VARIANTS)
            if demand is not None:
                for variant in VARIANTS:
                    share = self.field_shares.get((household.id, variant)) if variant in GROUND_VARIANTS else None
                    if variant in GROUND_VARIANTS and share is None:
                        continue
                    variants[variant] = compute_variant(household, demand, variant, self.params, share)
                add_payback(variants)
                add_price_band(household, demand, variants, self.field_shares, self.params)
            self.households.append(
                HouseholdResult(
                    id=household.id,
                    label=household_name(household, row),
                    row=row,
                    computable=demand is not None,
                    participates=takes_part(household),
                    cluster_id=self.cluster_of.get(household.id),
                    demand=demand,
                    variants=variants,
                    problems=self.household_problems[household.id],
                )
            )

    def break_even(self) -> None:
        """The break-even gas use of every household's heat pump variants."""
        self.report(0.6, "Omslagpunt gasverbruik zoeken")
        by_id = {h.id: h for h in self.project.households}
        cluster_by_id = {c.id: c for c in self.clusters}
        for index, result in enumerate(self.households):
            if result.demand is None:
                continue
            household = by_id[result.id]
            for variant in BREAK_EVEN_VARIANTS:
                if result.variants.get(variant) is None:
                    continue
                cluster = cluster_by_id.get(result.cluster_id) if variant == Variant.SHARED_LOOP else None
                result.variants[variant].break_even_gas_m3 = break_even_gas(
                    household, variant, self.demands, cluster, self.settings
                )
            self.report(0.6 + 0.25 * (index + 1) / len(self.households), "Omslagpunt gasverbruik zoeken")

    def cluster_totals(self) -> None:
        """Sums per cluster, its heat act regime and how many members signed."""
        by_result = {r.id: r for r in self.households}
        by_id = {h.id: h for h in self.project.households}
        limited_max = self.params.int("wcw_limited_max_connections")
        exemption_max = self.params.int("wcw_exemption_max_connections")
        for cluster in self.clusters:
            totals = {
                variant: variant_totals(
                    variant,
                    [by_result[h].variants[variant] for h in cluster.household_ids if by_result[h].variants[variant]],
                )
                for variant in VARIANTS
            }
            signed = sum(1 for h in cluster.household_ids if has_signed(by_id[h]))
            self.cluster_results.append(
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

    def group_totals(self) -> None:
        """Sums over the group and its participation; makes :attr:`results`."""
        computed = [r for r in self.households if r.computable]
        group_totals = {
            variant: variant_totals(variant, [r.variants[variant] for r in computed if r.variants[variant] is not None])
            for variant in VARIANTS
        }
        counts = count_participation(self.project.households)
        participants = len(self.eligible)
        group = GroupResult(
            households_total=counts.total,
            households_computed=len(computed),
            participants=participants,
            signed=counts.signed,
            declined=counts.declined,
            interested=counts.interested,
            participation_rate=counts.rate,
            clusters=len(self.clusters),
            wcw=wcw_regime(
                participants,
                self.params.int("wcw_limited_max_connections"),
                self.params.int("wcw_exemption_max_connections"),
            ),
            totals=group_totals,
        )
        self.results = ProjectResults(
            households=self.households,
            group=group,
            clusters=self.cluster_results,
            fields=self.fields,
            parameters=self.params,
            problems=self.problems,
            warnings=self.warnings,
            street=self.street,
        )

    def sensitivity(self) -> None:
        """The tornado and the price band, when any household could be computed."""
        if not any(r.computable for r in self.households):
            return
        self.report(0.85, "Gevoeligheid berekenen")
        rerun = partial(compute_project, break_even=False, sensitivity=False, method=self.method)
        self.results.sensitivity = compute_sensitivity(self.project, self.results, rerun)


# ---------------------------------------------------------------- the parts


def _field_warnings(result: FieldResult) -> list[str]:
    """The sizing's own warnings, and a length far from the rule of thumb."""
    sizing = result.sizing
    warnings = list(sizing.warnings)
    if sizing.differs_from_rule_of_thumb and not sizing.provisional:
        warnings.append(
            Bilingual(
                f"Bodemveld {result.id}: de berekende lengte ({sizing.total_length_m:.0f} m) wijkt meer dan 30 % "
                f"af van de vuistregel ({sizing.rule_of_thumb_length_m:.0f} m); laat het bronontwerp controleren.",
                f"Borefield {result.id}: the computed length ({sizing.total_length_m:.0f} m) differs more than 30 % "
                f"from the rule of thumb ({sizing.rule_of_thumb_length_m:.0f} m); have the source design checked.",
            )
        )
    return warnings


def variant_totals(variant: str, results: list[VariantResult]) -> VariantTotals:
    """Sum of one variant over some households (average monthly costs per household)."""
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


def add_payback(variants: dict[str, VariantResult | None]) -> None:
    """Simple payback of every variant against gas [yr], set on the results."""
    gas = variants[Variant.GAS]
    for variant, result in variants.items():
        if variant == Variant.GAS or result is None or gas is None:
            continue
        result.payback_years = simple_payback(
            result.investment_net_eur,
            gas.investment_net_eur,
            result.annual_running_costs_eur,
            gas.annual_running_costs_eur,
        )


def add_price_band(
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


def break_even_gas(
    household: Household,
    variant: str,
    demands: dict[str, HeatDemand],
    cluster: Cluster | None,
    settings: FieldSettings,
) -> float | None:
    """Annual gas use at which the variant's TCO equals the gas variant's [m³/yr].

    The household's own gas use is varied between :data:`BREAK_EVEN_LOWER_M3` and
    ``break_even_max_gas_m3``; the fields are sized again for every trial (cached).

    Returns
    -------
    float | None
        The break-even gas use; the lower end when the variant is cheaper even there;
        None when it is dearer even at the upper end.
    """
    params = settings.params
    upper = params["break_even_max_gas_m3"]

    def difference(gas_m3: float) -> float:
        demand = heat_demand(household, params, gas_m3=gas_m3)
        gas = compute_variant(household, demand, Variant.GAS, params)
        if variant == Variant.AIR_HP:
            share = None
        elif variant == Variant.GROUND_HP:
            share = own_field(household.id, demand, settings)[1]
        else:
            changed = dict(demands)
            changed[household.id] = demand
            share = shared_field(cluster, changed, settings)[1].get(household.id)
        if variant != Variant.AIR_HP and share is None:
            return NO_FIELD_EUR  # no field can be built at this gas use: never cheaper
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
