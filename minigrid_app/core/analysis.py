"""The business case of a whole project: the orchestrator.

:func:`compute_project` runs a list of named steps on a :class:`ProjectRun` (the shape of
pvlib's ``ModelChain.run_model``): each step reads what the steps before it left on the
run and adds its own part, so a step can be read, tested and replaced on its own.

1. :meth:`ProjectRun.heat_demand`: validate every household, compute its heat demand.
2. :meth:`ProjectRun.form_clusters`: group the participating homes along the street.
3. :meth:`ProjectRun.size_fields`: size every home's own field and every cluster's field.
   A home that does not take part gets the field it would share if it joined now
   (:mod:`minigrid_app.core.joiners`).
4. :meth:`ProjectRun.household_variants`: the four variants of every household, with the
   verdict against gas (:mod:`minigrid_app.core.verdict`) and the price band.
5. :meth:`ProjectRun.break_even`: the gas use at which a variant costs as much as gas.
6. :meth:`ProjectRun.household_remarks`: warnings for residents, naming the home.
7. :meth:`ProjectRun.cluster_totals` and :meth:`ProjectRun.group_totals`: the sums, over the
   homes that take part.
8. :meth:`ProjectRun.sensitivity`: the tornado and the price band of the group.
9. :meth:`ProjectRun.agreements`: the go/no-go rule and the organisation models;
   :meth:`ProjectRun.later_joiners`: the entry fees of the plan of later joiners; on request
   :meth:`ProjectRun.signature_curves` (issue 17).

The method behind every step is described in docs/method.md.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from functools import partial

from minigrid_app.core import fieldsizing, lockstep
from minigrid_app.core.cluster_keeping import street_clusters
from minigrid_app.core.clusters import Cluster
from minigrid_app.core.demand import HeatDemand, heat_demand
from minigrid_app.core.engineer_design import unmatched_design_warnings
from minigrid_app.core.field_costs import FieldSettings, own_field, shared_field
from minigrid_app.core.fieldmessages import (
    GROUND_WIDE,
    grouped_infeasible_warning,
    rule_of_thumb_warning,
)
from minigrid_app.core.finance import simple_payback
from minigrid_app.core.home_labels import same_homes
from minigrid_app.core.home_remarks import household_remarks
from minigrid_app.core.joiners import Joining, joining_cluster
from minigrid_app.core.model import Household, Project
from minigrid_app.core.parameters import ParameterSet, resolve_parameters
from minigrid_app.core.participation import count_participation, has_signed, takes_part
from minigrid_app.core.problems import Bilingual, Problem, in_language
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
from minigrid_app.core.variants import FieldShare, VariantResult, compute_variant, variant_total_eur
from minigrid_app.core.verdict import (
    BREAK_EVEN_LOWER_M3,
    BreakEven,
    cumulative_costs,
    find_break_even,
    payback_years,
)

#: What a ground variant costs more than gas when its field cannot be built (break-even search) [€].
NO_FIELD_EUR = 1.0e9
#: Variants with a break-even gas use (gas itself has none).
BREAK_EVEN_VARIANTS = HEAT_PUMP_VARIANTS
#: What group and cluster figures are summed and averaged over (``GroupResult.basis``).
GROUP_BASIS = "participants"

Progress = Callable[[float, str], None]


def compute_project(
    project: Project,
    params: ParameterSet | None = None,
    *,
    break_even: bool = True,
    sensitivity: bool = True,
    signature_curve: bool = False,
    joiners: bool = True,
    price_band: bool = True,
    agreements: bool = True,
    method: str = "pygfunction",
    progress: Progress | None = None,
    variants: Collection[str] | None = None,
    sensitivity_variants: Collection[str] | None = None,
    details: bool = True,
    declined_joiners: bool = True,
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
    signature_curve : bool
        Compute the signature curves of the street and every cluster (slower:
        :mod:`minigrid_app.core.signatures`).
    joiners : bool
        The shared loop of every computable home outside the clusters (the field it would share
        if it joined now) and the entry fees of the plan of later joiners. Leave out (faster)
        when only the clusters' figures and the group's sums are read: a joiner's shared loop
        is never summed (:func:`totals_over`).
    price_band : bool
        Every variant's monthly costs and total at low and high energy prices (two more
        computations of every variant). Leave out when those are not read (what-if reruns).
    agreements : bool
        The go/no-go rule and the organisation models (:meth:`ProjectRun.agreements`). Leave
        out when only the homes' variants are read: the sensitivity's reruns, the drop-out's.
    method : str
        Borefield sizing: ``"pygfunction"`` or ``"rule_of_thumb"``.
    progress : callable, optional
        Called with (fraction done 0-1, what is being done in Dutch).
    variants : collection of str, optional
        The variants computed (default all four; gas always, every verdict is against it).
        Leave some out when only the others are read (what-if reruns): without the
        ground-source heat pump no own loops are sized.
    sensitivity_variants : collection of str, optional
        The variants the tornado is computed for (default every one but gas): the evening's
        papers show the shared loop's only, and its reruns then size no own loops.
    details : bool
        False: the street's fields without the fewest-boreholes comparison and their fluid
        temperatures, the same designs and costs: for a what-if run that reads only the homes'
        figures (the sensitivity's reruns, the drop-out's, a signature curve's points).
    declined_joiners : bool
        False: ``joiners`` leaves out the shared loop of a home that declined, for a what-if run
        that reads the homes taking part only (the drop-out's).

    Returns
    -------
    ProjectResults
        Households, fields, clusters and group; input problems are in its ``problems``,
        never raised.
    """
    run = ProjectRun(project, params, method=method, progress=progress, variants=variants, details=details)
    run.heat_demand()
    run.form_clusters()
    run.size_fields(joiners=joiners, declined=declined_joiners)
    run.household_variants(price_band=price_band)
    if break_even:
        run.break_even()
    run.household_remarks()
    run.cluster_totals()
    run.group_totals()
    if sensitivity:
        run.sensitivity(sensitivity_variants)
    if agreements:
        run.agreements()
    if joiners:
        run.later_joiners()
    if signature_curve:
        run.signature_curves()
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
    variants : frozenset of str
        The variants computed (gas always).
    problems : list[Problem]
        Problems of the overrides and of every household.
    warnings : list[str]
        Cluster and borefield remarks, in the order found.
    demands : dict[str, HeatDemand]
        Household id → heat demand (computable households only); after :meth:`heat_demand`.
    clusters : list[Cluster]
        After :meth:`form_clusters`.
    joinings : dict[str, tuple[Joining, FieldSettings]]
        Household id of a computable home outside every cluster → the cluster it would join now
        and the settings its field is sized with; after :meth:`size_fields`.
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
        variants: Collection[str] | None = None,
        details: bool = True,
    ):
        self.project = project
        self.details = details  # compute_project's
        self.variants = frozenset(VARIANTS if variants is None else (*variants, Variant.GAS))
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
        self.joinings: dict[str, tuple[Joining, FieldSettings]] = {}
        self.households: list[HouseholdResult] = []
        self.cluster_results: list[ClusterResult] = []
        self.results: ProjectResults | None = None

    # ------------------------------------------------------------------ steps

    def heat_demand(self, known: dict[str, HeatDemand] | None = None) -> None:
        """Validate every household; the heat demand of those without errors (``known``: household id → the
        demand computed before for that home with these figures, taken as it is: a signature curve's points)."""
        self.report(0.02, "Warmtevraag berekenen")
        max_distance = self.params["max_connection_distance_m"]
        for row, household in enumerate(self.project.households, start=1):
            found = validate_household(household, row, max_distance)
            self.household_problems[household.id] = found
            self.problems.extend(found)
            if not any(p.is_error for p in found):
                demand = known.get(household.id) if known else None
                self.demands[household.id] = demand if demand is not None else heat_demand(household, self.params)

    def form_clusters(self) -> None:
        """Clusters of the computable households that did not decline."""
        params, settings = self.params, self.project.clusters
        self.eligible, self.clusters = street_clusters(self.project, params, self.demands)
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

    def size_fields(self, joiners: bool = True, declined: bool = True) -> None:
        """The street's fields together (docs/borefield.md), then each one's costs and shares.

        Every computable home's own field, as if all of them drilled (their boreholes see
        each other), then every cluster's shared field in its strip (neighbouring fields see
        each other), then (``joiners``) :meth:`joiner_fields` (``declined`` False: not of a home that declined).
        """
        self.report(0.05, "Bodemvelden dimensioneren")
        names = {h.id: household_name(h, row) for row, h in enumerate(self.project.households, start=1)}
        own = Variant.GROUND_HP in self.variants
        self.street = fieldsizing.street_fields(
            self.project.households, self.demands, self.clusters, self.params, self.project.clusters, self.method, names, own,
            self.details,
        )
        self.settings = replace(self.settings, street=self.street)
        steps = len(self.demands) + len(self.clusters)
        done = 0
        for household in self.project.households:
            if household.id in self.demands and own:
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
        if joiners:
            self.joiner_fields(declined)
        field_names = self._field_names()
        grouped: dict[str, list[FieldResult]] = {}
        for result in self.fields:
            reason = result.sizing.infeasible_reason
            if reason in GROUND_WIDE:
                grouped.setdefault(reason, []).append(result)
            else:
                self.warnings.extend(_field_warnings(result, field_names.get(result.id)))
        for reason, results in grouped.items():
            owners = [names.get(r.households[0], r.households[0]) for r in results if r.variant == Variant.GROUND_HP]
            clusters = [c.name for c in self.clusters if f"shared-{c.id}" in {r.id for r in results}]
            self.warnings.append(grouped_infeasible_warning(reason, self.street.ground, owners, clusters))
        signers = {h.id for h in self.project.households if has_signed(h)}  # a design for the tender is no mismatch
        tendered = [frozenset(h for h in c.household_ids if h in signers) for c in self.clusters]
        self.warnings.extend(unmatched_design_warnings(self.project.tender.design, self.clusters, tendered,
                                                       self.project.households))

    def joiner_fields(self, declined: bool = True) -> None:
        """The field every computable home outside the clusters (``declined`` False: that takes part) would share if it joined now."""
        params, settings = self.params, self.project.clusters
        max_size = settings.size if settings.size is not None else params.int("cluster_size")
        for household in self.project.households:
            if household.id not in self.demands or household.id in self.cluster_of or not (declined or takes_part(household)):
                continue
            joining = joining_cluster(
                household.id, self.project.households, self.clusters, max_size, params["distance_default_m"]
            )
            settings_now = replace(self.settings, shared_members_total=self.settings.shared_members_total + 1)
            _, shares = shared_field(joining.cluster, self.demands, settings_now, curves=self.details, compare=self.details)
            self.joinings[household.id] = (joining, settings_now)
            if household.id in shares:  # none when the field cannot be built (its warning says why)
                self.field_shares[(household.id, Variant.SHARED_LOOP)] = shares[household.id]

    def _field_names(self) -> dict[str, Bilingual]:
        """Field id → how residents call it ("Eigen bodemlus van Lindehof 1", "Gedeelde bodemlus van Cluster 1")."""
        names = {}
        for row, household in enumerate(self.project.households, start=1):
            label = household_name(household, row)
            names[f"own-{household.id}"] = Bilingual(f"Eigen bodemlus van {label}", f"Own ground loop of {in_language(label, 'en')}")
        for cluster in self.clusters:
            names[f"shared-{cluster.id}"] = Bilingual(
                f"Gedeelde bodemlus van {cluster.name}", f"Shared ground loop of {cluster.name}"
            )
        return names

    def household_variants(self, price_band: bool = True) -> None:
        """The variants of every household, with payback and (``price_band``) the price band."""
        self.report(0.5, "Kosten per woning berekenen")
        for row, household in enumerate(self.project.households, start=1):
            demand = self.demands.get(household.id)
            variants: dict[str, VariantResult | None] = dict.fromkeys(VARIANTS)
            if demand is not None:
                for variant in VARIANTS:
                    if variant not in self.variants:
                        continue
                    share = self.field_shares.get((household.id, variant)) if variant in GROUND_VARIANTS else None
                    if variant in GROUND_VARIANTS and share is None:
                        continue
                    variants[variant] = compute_variant(household, demand, variant, self.params, share)
                if household.id in self.joinings and variants.get(Variant.SHARED_LOOP) is not None:
                    joiner = variants[Variant.SHARED_LOOP]
                    joiner.as_joiner = True
                    joiner.joiner_cluster_id = self.joinings[household.id][0].joins_cluster_id
                    joiner.field_id = None  # its field is what-if, not one of the project's fields
                add_verdict(variants)
                if price_band:
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
        """The break-even gas use of every household's heat pump variants (method.md#break-even), the
        searches together (:func:`.lockstep.each_together`: their fields sized side by side, the same)."""
        self.report(0.6, "Omslagpunt gasverbruik zoeken")
        by_id = {h.id: h for h in self.project.households}
        cluster_by_id = {c.id: c for c in self.clusters}
        searches = {}
        for index, result in enumerate(self.households):
            if result.demand is None:
                continue
            household = by_id[result.id]
            gas_side: dict[float, tuple[HeatDemand, float]] = {}  # the variants' searches try some gas uses alike
            for variant in BREAK_EVEN_VARIANTS:
                found = result.variants.get(variant)
                if found is None or found.difference_to_gas_eur is None:
                    continue
                cluster, settings = None, self.settings
                if variant == Variant.SHARED_LOOP:
                    if result.id in self.joinings:
                        joining, settings = self.joinings[result.id]
                        cluster = joining.cluster
                    else:
                        cluster = cluster_by_id.get(result.cluster_id)
                difference = found.difference_to_gas_eur
                searches[(index, variant)] = partial(
                    break_even_gas, household, variant, self.demands, cluster, settings, difference, gas_side, {}
                )
        found_at = lockstep.each_together(
            searches, lambda done, total: self.report(0.6 + 0.25 * done / total, "Omslagpunt gasverbruik zoeken")
        )
        for (index, variant), at in found_at.items():
            set_break_even(self.households[index].variants[variant], at)

    def household_remarks(self) -> None:
        """Warnings for residents about each home's figures, naming the home (:mod:`minigrid_app.core.home_remarks`)."""
        by_id = {h.id: h for h in self.project.households}
        twice = {self.project.households[row - 1].id: said for row, said in same_homes(self.project.households).items()}
        for result in self.households:
            found = household_remarks(by_id[result.id], result, self.params)
            found += [twice[result.id]] if result.id in twice else []  # one home entered twice counts twice
            result.problems.extend(found)
            self.problems.extend(found)

    def cluster_totals(self) -> None:
        """Sums per cluster, its heat act regime and how many members signed."""
        by_result = {r.id: r for r in self.households}
        by_id = {h.id: h for h in self.project.households}
        limited_max = self.params.int("wcw_limited_max_connections")
        exemption_max = self.params.int("wcw_exemption_max_connections")
        for cluster in self.clusters:
            totals = totals_over([by_result[h] for h in cluster.household_ids])
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
        group_totals = totals_over(self.households)
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
            basis=GROUP_BASIS,
            households_counted=len(counted_households(self.households)),
        )
        self.results = ProjectResults(
            households=self.households,
            group=group,
            clusters=self.cluster_results,
            fields=self.fields,
            parameters=self.params,
            problems=self.problems,
            # one sentence said once: every provisional field carries the same first-estimate warning
            warnings=list(dict.fromkeys(self.warnings)),
            street=self.street,
        )

    def sensitivity(self, variants: Collection[str] | None = None) -> None:
        """The tornado (of ``variants``, default every one but gas) and the price band, when any
        household could be computed."""
        if not any(r.computable for r in self.households):
            return
        self.report(0.85, "Gevoeligheid berekenen")
        # the group's totals only (the price band is the base's): a joiner's what-if shared loop is never in them,
        # and the organisation models and go/no-go rule are not read
        rerun = partial(
            compute_project,
            break_even=False,
            sensitivity=False,
            joiners=False,
            price_band=False,
            agreements=False,
            method=self.method,
            variants=variants,
            details=False,
        )
        self.results.sensitivity = compute_sensitivity(self.project, self.results, rerun, variants)


    def agreements(self) -> None:
        """The go/no-go rule against the signatures and the organisation models (method.md#signature-curve,
        method.md#organisation-models)."""
        from minigrid_app.core.organisation import compare_organisation_models
        from minigrid_app.core.signatures import go_no_go

        self.results.go_no_go = go_no_go(self.project, self.results)
        if any(r.cluster_id is not None for r in self.households):
            self.results.organisation = compare_organisation_models(self.project, self.results, self.params)

    def later_joiners(self) -> None:
        """The entry fee of every home in the plan of later joiners and the founders' refunds
        (method.md#entry-fee): the field as built against the field sized again with the joiner."""
        from minigrid_app.core.entry_fee import entry_fee

        plan = sorted(
            (j for j in self.project.agreement.joiners if j.household_id in self.demands and j.household_id not in self.cluster_of),
            key=lambda j: j.year,
        )
        if not plan:
            return
        params, settings = self.params, self.project.clusters
        reserve = max(0, int(settings.reserve_joiners))
        room = (settings.size if settings.size is not None else params.int("cluster_size")) + reserve
        built = {f.cluster_id: f for f in self.fields if f.variant == Variant.SHARED_LOOP}
        joined: dict[str, int] = {}
        for joiner in plan:
            joining = joining_cluster(
                joiner.household_id, self.project.households, self.clusters, room, params["distance_default_m"]
            )
            field = built.get(joining.joins_cluster_id)
            if field is None or not field.sizing.feasible:
                continue  # it would start a new cluster: no field to buy into (method.md#joiners)
            settings_now = replace(self.settings, shared_members_total=self.settings.shared_members_total + 1)
            again, _ = shared_field(joining.cluster, self.demands, settings_now)
            if not again.sizing.feasible or again.shared_cost_eur <= 0:
                continue
            joined[field.cluster_id] = joined.get(field.cluster_id, 0) + 1
            self.results.entry_fees.append(
                entry_fee(
                    joiner.household_id,
                    joiner.year,
                    field.cluster_id,
                    next(c.name for c in self.clusters if c.id == field.cluster_id),
                    field.shared_cost_eur,
                    {h: field.cost_shares_eur[h] for h in field.households},
                    again.cost_shares_eur[joiner.household_id] / again.shared_cost_eur,
                    params.int("borehole_lifetime_years"),
                    joined[field.cluster_id] <= reserve,
                    again.sizing.total_length_m - field.sizing.total_length_m,
                    params["drilling_per_m_eur"],
                )
            )

    def signature_curves(self) -> None:
        """The signature curves of the street and of every cluster (method.md#signature-curve)."""
        from minigrid_app.core.signatures import compute_signature_curves

        self.results.signatures = compute_signature_curves(
            self.project,
            self.results,
            self.params,
            method=self.method,
            progress=lambda fraction, text: self.report(0.9 + 0.1 * fraction, text),
        )


# ---------------------------------------------------------------- the parts


def _field_warnings(result: FieldResult, name: Bilingual | None = None) -> list[str]:
    """The sizing's own warnings and a length far from the rule of thumb, naming the field as residents do."""
    sizing = result.sizing
    nl, en = (str(name), name.en) if name is not None else ("Bodemveld", "Borefield")
    warnings = [_named(warning, nl, en) for warning in sizing.warnings]
    if sizing.differs_from_rule_of_thumb and not sizing.provisional:
        warnings.append(rule_of_thumb_warning(sizing, Bilingual(nl, en)))
    return warnings


def _named(warning: str, nl: str, en: str) -> str:
    """A sizing warning that says "Bodemveld" names the field as residents know it."""
    english = getattr(warning, "en", str(warning))
    if warning.startswith("Bodemveld") and not warning.startswith(nl):
        return Bilingual(nl + warning[len("Bodemveld"):], en + english[len("Borefield"):] if english.startswith("Borefield") else english)
    return warning


def counted_households(households: Sequence[HouseholdResult]) -> list[HouseholdResult]:
    """The homes group and cluster figures are over (:data:`GROUP_BASIS`): computed and taking part."""
    return [h for h in households if h.computable and h.participates]


def totals_over(households: Sequence[HouseholdResult]) -> dict[str, VariantTotals]:
    """Every variant summed over the homes among ``households`` that take part.

    A home's ``as_joiner`` shared loop is never counted. The group's payback comes from the
    summed cumulative cash flows of the same homes with gas (method.md#group-figures).
    """
    counted = counted_households(households)
    totals = {}
    for variant in VARIANTS:
        pairs = [
            (h.variants[variant], h.variants.get(Variant.GAS))
            for h in counted
            if h.variants.get(variant) is not None and not h.variants[variant].as_joiner
        ]
        totals[variant] = variant_totals(variant, [r for r, _ in pairs], [g for _, g in pairs])
    return totals


def variant_totals(
    variant: str, results: list[VariantResult], gas_results: Sequence[VariantResult | None] | None = None
) -> VariantTotals:
    """Sum of one variant over some households (average monthly costs per household).

    ``gas_results`` are the gas variants of the same homes, in the same order: with them the
    totals carry the difference with gas, the homes that are cheaper, and the payback of the sum.
    """
    count = len(results)
    monthly = sum(r.monthly_costs_year1_eur for r in results)
    totals = VariantTotals(
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
        monthly_costs_after_loan_eur=sum(r.monthly_costs_after_loan_eur for r in results),
    )
    if gas_results is not None and count and all(g is not None for g in gas_results):
        totals.difference_to_gas_eur = sum(r.tco_eur - g.tco_eur for r, g in zip(results, gas_results, strict=True))
        totals.households_cheaper = sum(1 for r, g in zip(results, gas_results, strict=True) if r.tco_eur < g.tco_eur)
        if variant != Variant.GAS:
            totals.payback_years = payback_years(
                _summed(cumulative_costs(r.own_money_year0_eur, r.cash_flows) for r in results),
                _summed(cumulative_costs(g.own_money_year0_eur, g.cash_flows) for g in gas_results),
            )
    return totals


def _summed(series) -> list[float]:
    return [sum(column) for column in zip(*series, strict=True)]


def add_verdict(variants: dict[str, VariantResult | None]) -> None:
    """Every variant's verdict against gas, set on the results (method.md#verdict).

    The difference of the totals, the payback from the cumulative cash flows the totals sum
    (:func:`minigrid_app.core.verdict.payback_years`) and, as an explanation only, the simple
    payback.
    """
    gas = variants.get(Variant.GAS)
    if gas is None:
        return
    gas_cumulative = cumulative_costs(gas.own_money_year0_eur, gas.cash_flows)
    for variant, result in variants.items():
        if result is None:
            continue
        result.difference_to_gas_eur = result.tco_eur - gas.tco_eur
        if variant == Variant.GAS:
            continue
        result.payback_years = payback_years(
            cumulative_costs(result.own_money_year0_eur, result.cash_flows), gas_cumulative
        )
        result.simple_payback_years = simple_payback(
            result.investment_net_eur,
            gas.investment_net_eur,
            result.annual_running_costs_eur,
            gas.annual_running_costs_eur,
        )


def set_break_even(result: VariantResult, found: BreakEven | None) -> None:
    """Put a break-even search's outcome on a variant (None: not computed)."""
    result.break_even_status = None if found is None else found.status
    result.break_even_gas_m3 = None if found is None else found.gas_m3


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
            share = field_shares.get((household.id, variant))
            other = compute_variant(household, demand, variant, scaled, share, words=False, cash_flows=False)  # two figures
            setattr(result, f"monthly_costs_{scenario}_eur", other.monthly_costs_year1_eur)
            setattr(result, f"tco_{scenario}_eur", other.tco_eur)


def _total_eur(
    household: Household, demand: HeatDemand, variant: str, params: ParameterSet, share: FieldShare | None = None
) -> float:
    """The variant's total over the horizon, as compute_variant has it (without words and cash flows)."""
    return variant_total_eur(household, demand, variant, params, share)


def break_even_gas(
    household: Household,
    variant: str,
    demands: dict[str, HeatDemand],
    cluster: Cluster | None,
    settings: FieldSettings,
    difference_here_eur: float,
    gas_side: dict[float, tuple[HeatDemand, float]] | None = None,
    known: dict[float, float] | None = None,
) -> BreakEven:
    """Where the variant's total over the horizon equals the gas variant's (method.md#break-even).

    Only the household's own gas use varies, between :data:`BREAK_EVEN_LOWER_M3` and
    ``break_even_max_gas_m3``; its fields are sized again for every trial (cached): its own
    loop, or its cluster's field with the other members as they are (the home's share moves
    with its own extraction). The search itself is :func:`minigrid_app.core.verdict.find_break_even`.

    Parameters
    ----------
    difference_here_eur : float
        The variant's total − gas's at the home's own gas use, as the verdict has it [€].
    gas_side : dict, optional
        Gas use → the home's heat demand and the gas variant's total at it, filled in as the
        search goes: the searches of one home's variants share it (the same values, computed once).
    known : dict, optional
        Gas use → the difference there, filled in as the search goes: a search called again
        (:func:`.lockstep.each_together`) takes the same steps without sizing them again.
    """
    params = settings.params
    if known is None:
        known = {}  # the search asks again for the ends it was given

    def difference(gas_m3: float) -> float:
        if gas_m3 in known:
            return known[gas_m3]
        known[gas_m3] = found = _difference(gas_m3)
        return found

    if gas_side is None:
        gas_side = {}

    def _difference(gas_m3: float) -> float:
        if gas_m3 not in gas_side:
            demand = heat_demand(household, params, gas_m3=gas_m3)
            gas_side[gas_m3] = (demand, _total_eur(household, demand, Variant.GAS, params))
        demand, gas_tco_eur = gas_side[gas_m3]
        if variant == Variant.AIR_HP:
            share = None
        elif variant == Variant.GROUND_HP:
            share = own_field(household.id, demand, settings, words=False, curves=False)[1]
        else:
            changed = dict(demands)
            changed[household.id] = demand
            share = shared_field(cluster, changed, settings, only=household.id, words=False, curves=False)[1].get(
                household.id
            )
        if variant != Variant.AIR_HP and share is None:
            return NO_FIELD_EUR  # no field can be built at this gas use: never cheaper
        return _total_eur(household, demand, variant, params, share) - gas_tco_eur

    return find_break_even(
        difference,
        demands[household.id].gas_m3,
        difference_here_eur,
        BREAK_EVEN_LOWER_M3,
        params["break_even_max_gas_m3"],
    )
