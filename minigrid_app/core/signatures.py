"""How many of us must sign? The signature curve and the group's go/no-go rule (method.md#signature-curve).

**The curve.** For the street and for every cluster: the monthly costs in year 1, the net
investment and the total over the horizon of the shared ground loop, each the mean per
participating home, against the number of homes that sign. Every point is the engine itself
(:class:`~minigrid_app.core.analysis.ProjectRun`) on the project with the other homes set to
"doet niet mee": clusters formed again, fields sized again, each member's share split again.
Only what the curve needs is computed: heat demand, clusters, fields and the shared loop of
the homes in a cluster (no break-even, no sensitivity, no price band; the other variants of a
home do not depend on who signs and are taken from the results).

Who signs first: the homes that signed, then those interested, then those not yet asked,
then those that declined; among equals the home earlier in the street. The street's curve
runs from :data:`MIN_SIGNERS` to every computable home; a cluster's curve from
:data:`MIN_SIGNERS` to all its members, the rest of the street as it is.

``beats`` at a point: the variants whose mean total over the horizon (the verdict's basis,
method.md#verdict) for the same homes is higher than the shared loop's. The threshold of a
variant: the fewest signers from which on, up to all, the shared loop beats it.

**The go/no-go rule.** The group sets "at least this share of every cluster" and/or "at least
this share of the street"; :func:`go_no_go` checks it against the signatures as they are.

Pure, no Qt.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from minigrid_app.core import lockstep
from minigrid_app.core.demand import HeatDemand
from minigrid_app.core.formatting import all_of, euro, number
from minigrid_app.core.model import Agreement, Household, Project
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.participation import (
    DECLINED,
    INTERESTED,
    SIGNED,
    UNKNOWN,
    has_signed,
    undecided,
)
from minigrid_app.core.problems import Bilingual
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.variant import Variant
from minigrid_app.core.variants import VariantResult, compute_variant

#: The fewest homes a shared loop works with: one home alone has an own loop.
MIN_SIGNERS = 2
#: The street's curve has at most this many points (a long street: evenly spread, ends and
#: today's count always in).
MAX_POINTS = 40
#: About the most fields whose sizings wait at once while the points are computed side by side
#: (:func:`compute_signature_curves`): points at once = this / the clusters of the street.
FIELDS_AT_ONCE = 128
#: The variants the shared loop is compared with ("beats").
COMPARED = (Variant.GAS, Variant.AIR_HP, Variant.GROUND_HP)
#: Who is assumed to sign first (lower first).
SIGNING_ORDER = {SIGNED: 0, INTERESTED: 1, UNKNOWN: 2, DECLINED: 3}

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class VariantMeans:
    """One variant's means over the homes of a curve point.

    Attributes
    ----------
    monthly_costs_year1_eur : float
        [€/month]
    investment_net_eur : float
        [€]
    tco_eur : float
        Total over the horizon [€].
    """

    monthly_costs_year1_eur: float
    investment_net_eur: float
    tco_eur: float


@dataclass(frozen=True)
class CurvePoint:
    """The shared loop when ``signers`` homes sign.

    Attributes
    ----------
    signers : int
        Homes that sign (and take part).
    households : tuple[str, ...]
        Their ids, street order; the means are over these homes.
    clusters : int
        Clusters the engine forms in the street at this point.
    monthly_costs_year1_eur, investment_net_eur, tco_eur : float
        Shared loop, mean per participating home [€/month], [€], [€].
    reference : dict[str, VariantMeans]
        The other variants (``COMPARED``), means over the same homes.
    beats : tuple[str, ...]
        Variants whose mean total is higher than the shared loop's.
    """

    signers: int
    households: tuple[str, ...]
    clusters: int
    monthly_costs_year1_eur: float
    investment_net_eur: float
    tco_eur: float
    reference: dict[str, VariantMeans]
    beats: tuple[str, ...]


@dataclass(frozen=True)
class SignatureCurve:
    """The curve of the street or of one cluster.

    Attributes
    ----------
    scope : str
        ``"street"`` or ``"cluster"``.
    cluster_id : str | None
        The cluster of a cluster's curve.
    name : str
        "Straat" / the cluster's name.
    homes : int
        Homes at the top of the curve (all computable homes; all members).
    signed : int
        Homes of ``homes`` that signed today (the mark on the curve).
    order : tuple[str, ...]
        Household ids in the order they are assumed to sign.
    points : tuple[CurvePoint, ...]
        Fewest signers first.
    thresholds : dict[str, int | None]
        Variant → the fewest signers from which on the shared loop beats it at every count up
        to all; None when it does not beat it with everyone signed.
    """

    scope: str
    cluster_id: str | None
    name: str
    homes: int
    signed: int
    order: tuple[str, ...]
    points: tuple[CurvePoint, ...]
    thresholds: dict[str, int | None]

    def point(self, signers: int) -> CurvePoint | None:
        """The point for ``signers`` homes; None when the curve has none."""
        return next((p for p in self.points if p.signers == signers), None)

    def nearest(self, signers: int) -> CurvePoint | None:
        """The point at ``signers``, else the nearest one (the curve's first below its minimum)."""
        if not self.points:
            return None
        return min(self.points, key=lambda p: (abs(p.signers - signers), p.signers))


@dataclass(frozen=True)
class SignatureCurves:
    """The street's curve and one per cluster (by cluster id)."""

    street: SignatureCurve | None
    clusters: dict[str, SignatureCurve]


# ---------------------------------------------------------------- who signs first


def signing_order(households: Sequence[Household], ids: Sequence[str] | None = None) -> tuple[str, ...]:
    """Household ids in the order they are assumed to sign (module docstring).

    ``ids`` limits the order to these homes (a cluster's members); default every home.
    """
    position = {h.id: i for i, h in enumerate(households)}
    by_id = {h.id: h for h in households}
    chosen = [h.id for h in households] if ids is None else [i for i in ids if i in by_id]
    return tuple(sorted(chosen, key=lambda i: (SIGNING_ORDER.get(by_id[i].participation, 2), position[i])))


def with_participants(project: Project, taking_part: set[str], among: set[str] | None = None) -> Project:
    """The project with the homes of ``among`` (default: every home) taking part only when in ``taking_part``.

    A home left out is set to "doet niet mee" (and out of its manual cluster, as the drop-out
    what-if does); a home in ``taking_part`` that declined is set to "getekend". The project
    itself is not changed.
    """
    changed = []
    for household in project.households:
        if among is not None and household.id not in among:
            changed.append(household)
        elif household.id in taking_part:
            state = SIGNED if household.participation == DECLINED else household.participation
            changed.append(dataclasses.replace(household, participation=state))
        else:
            changed.append(dataclasses.replace(household, participation=DECLINED, cluster=None))
    return dataclasses.replace(project, households=changed)


# ---------------------------------------------------------------- one point


@dataclass(frozen=True)
class SharedLoops:
    """The shared loop of every home in a cluster at one point (household id → result; a point computed for
    the curve without the lines' words and the cash flows, of the homes it reads: :func:`make_point` reads
    the totals of its signers)."""

    clusters: int
    variants: dict[str, VariantResult]


def shared_loops(
    project: Project, params: ParameterSet, method: str = "pygfunction", demands: dict[str, HeatDemand] | None = None
) -> SharedLoops:
    """The engine's shared loop of every home in a cluster: its steps up to the fields, then that variant.

    The same steps and functions as :func:`~minigrid_app.core.analysis.compute_project` (which
    a test checks); the other variants, break-even, totals and sensitivity are left out.
    ``demands``: household id → its heat demand with ``params`` when known (who signs does not
    change it: :func:`with_participants` changes no home's figures).
    """
    return _finished(_started(project, params, method, demands))


def _started(project: Project, params: ParameterSet, method: str, demands: dict[str, HeatDemand] | None):
    """:func:`shared_loops` up to the fields: its run with the homes' heat demand and the clusters."""
    from minigrid_app.core.analysis import (
        ProjectRun,  # analysis imports the results this module reads
    )

    # no own loops sized; the fields without what the curve does not read (the fewest-boreholes comparison, fluid temperatures)
    run = ProjectRun(project, params, method=method, variants=(Variant.SHARED_LOOP,), details=False)
    run.heat_demand(demands)
    run.form_clusters()
    return run


def _finished(run, only: frozenset[str] | None = None) -> SharedLoops:
    """:func:`shared_loops` from the fields on (:func:`_started`'s run; within
    :func:`.lockstep.each_together` it may stop at the street's sizing and be called again);
    ``only``: the shared loops of these homes alone (those a curve's point reads)."""
    run.size_fields(joiners=False)  # only the homes in a cluster are read
    found = {}
    for household in run.project.households:
        if only is not None and household.id not in only:
            continue
        share = run.field_shares.get((household.id, Variant.SHARED_LOOP))
        if household.id in run.cluster_of and share is not None:
            # a point reads the means of three figures: the same without the lines' words and the cash flows
            found[household.id] = compute_variant(
                household, run.demands[household.id], Variant.SHARED_LOOP, run.params, share, words=False, cash_flows=False
            )
    return SharedLoops(len(run.clusters), found)


def _means(results: Sequence[VariantResult]) -> VariantMeans:
    count = len(results)
    return VariantMeans(
        sum(r.monthly_costs_year1_eur for r in results) / count,
        sum(r.investment_net_eur for r in results) / count,
        sum(r.tco_eur for r in results) / count,
    )


def make_point(signers: int, homes: Sequence[str], loops: SharedLoops, base: ProjectResults) -> CurvePoint | None:
    """A curve point from the shared loops of ``homes``; None when none of them is in a cluster."""
    members = [h for h in homes if h in loops.variants]
    if not members:
        return None
    shared = _means([loops.variants[h] for h in members])
    reference = {}
    for variant in COMPARED:
        found = [base.household(h).variants.get(variant) for h in members if base.household(h) is not None]
        if len(found) == len(members) and all(r is not None for r in found):
            reference[variant] = _means(found)
    beats = tuple(v for v, means in reference.items() if shared.tco_eur < means.tco_eur)
    return CurvePoint(
        signers=signers,
        households=tuple(members),
        clusters=loops.clusters,
        monthly_costs_year1_eur=shared.monthly_costs_year1_eur,
        investment_net_eur=shared.investment_net_eur,
        tco_eur=shared.tco_eur,
        reference=reference,
        beats=beats,
    )


def thresholds(points: Sequence[CurvePoint]) -> dict[str, int | None]:
    """Variant → the fewest signers from which on the shared loop beats it up to the last point."""
    found: dict[str, int | None] = {}
    for variant in COMPARED:
        threshold = None
        for point in sorted(points, key=lambda p: p.signers, reverse=True):
            if variant not in point.beats:
                break
            threshold = point.signers
        found[variant] = threshold
    return found


def curve_counts(low: int, high: int, marked: int, max_points: int = MAX_POINTS) -> list[int]:
    """The signer counts of a curve from ``low`` to ``high``: all, or at most ``max_points`` spread evenly.

    The ends and ``marked`` (today's count, when in range) are always in.
    """
    if high < low:
        return []
    if high - low + 1 <= max_points:
        return list(range(low, high + 1))
    step = (high - low) / (max_points - 1)
    counts = {low + round(i * step) for i in range(max_points)} | {high}
    if low <= marked <= high:
        counts.add(marked)
    return sorted(counts)


# ---------------------------------------------------------------- the curves


class _Runner:
    """Computes points, remembering each set of participants once."""

    def __init__(self, project: Project, params: ParameterSet, base: ProjectResults, method: str):
        self.project, self.params, self.base, self.method = project, params, base, method
        self.known: dict[frozenset[str], SharedLoops] = {}
        self.started: dict[frozenset[str], object] = {}  # points waiting for their street: their runs
        # every home's heat demand, as the results have it with these figures: the same at every point
        same = params is base.parameters
        self.demands = {h.id: h.demand for h in base.households if h.demand is not None} if same else None
        participants = frozenset(h.id for h in base.households if h.computable and h.participates)
        self.known[participants] = SharedLoops(
            len(base.clusters),
            {
                h.id: h.variants[Variant.SHARED_LOOP]
                for h in base.households
                if h.cluster_id is not None and h.variants.get(Variant.SHARED_LOOP) is not None
            },
        )

    def loops(self, taking_part: frozenset[str], only: frozenset[str] | None = None) -> SharedLoops:
        """The point's shared loops (``only``: of these homes); stopped at its street's sizing
        (:mod:`.lockstep`), called again it goes on from its run's clusters (the run's fields are
        set only once the street is sized)."""
        if taking_part not in self.known:
            run = self.started.get(taking_part)
            if run is None:
                changed = with_participants(self.project, set(taking_part))
                run = self.started[taking_part] = _started(changed, self.params, self.method, self.demands)
            self.known[taking_part] = _finished(run, only)
            del self.started[taking_part]
        return self.known[taking_part]


def _participants(project: Project, base: ProjectResults) -> set[str]:
    computable = {h.id for h in base.households if h.computable}
    return {h.id for h in project.households if h.id in computable and h.participation != DECLINED}


def compute_signature_curves(
    project: Project,
    results: ProjectResults,
    params: ParameterSet | None = None,
    *,
    method: str = "pygfunction",
    progress: Progress | None = None,
) -> SignatureCurves:
    """The signature curve of the street and of every cluster (module docstring).

    Parameters
    ----------
    project : Project
        Not changed.
    results : ProjectResults
        Its results (:func:`~minigrid_app.core.analysis.compute_project`); the other variants
        and today's clusters come from here.
    params : ParameterSet, optional
        Default: the figures the results were computed with.
    method : str
        Borefield sizing method, as for ``compute_project``.
    progress : callable, optional
        Called with (fraction done 0-1, what is being done in Dutch).
    """
    params = params if params is not None else results.parameters
    report = progress or (lambda fraction, text: None)
    runner = _Runner(project, params, results, method)
    by_id = {h.id: h for h in project.households}
    computable = [h.id for h in results.households if h.computable]
    participants = _participants(project, results)

    street_order = signing_order(project.households, computable)
    street_signed = sum(1 for i in street_order if has_signed(by_id[i]))
    counts = curve_counts(MIN_SIGNERS, len(street_order), street_signed)
    jobs: list[tuple[str, int]] = [("street", n) for n in counts]
    cluster_orders = {}
    for cluster in results.clusters:
        order = signing_order(project.households, cluster.households)
        cluster_orders[cluster.id] = order
        jobs += [(cluster.id, n) for n in range(MIN_SIGNERS, len(order) + 1)]

    chosen = []  # (scope, signers, their homes, who takes part)
    for scope, n in jobs:
        if scope == "street":
            homes = street_order[:n]
            chosen.append((scope, n, homes, frozenset(homes)))
        else:
            order = cluster_orders[scope]
            homes = order[:n]
            chosen.append((scope, n, homes, frozenset((participants - set(order)) | set(homes))))
    # the points side by side: their streets sized together (:mod:`.lockstep`), the same points
    report(0.0, "Handtekeningencurve berekenen")
    read: dict[frozenset[str], frozenset[str]] = {}  # who takes part → the homes its points read
    for *_, homes, taking_part in chosen:
        read[taking_part] = read.get(taking_part, frozenset()) | frozenset(homes)
    lockstep.each_together(
        {taking_part: partial(runner.loops, taking_part, only) for taking_part, only in read.items() if taking_part not in runner.known},
        lambda done, total: report(done / total, "Handtekeningencurve berekenen"),
        max(1, FIELDS_AT_ONCE // max(1, len(results.clusters))),
    )
    points: dict[str, list[CurvePoint]] = {}
    for scope, n, homes, taking_part in chosen:
        point = make_point(n, homes, runner.loops(taking_part), results)
        if point is not None:
            points.setdefault(scope, []).append(point)
    report(1.0, "Handtekeningencurve berekend")

    street = None
    if street_order:
        street_points = tuple(points.get("street", []))
        street = SignatureCurve(
            "street", None, "Straat", len(street_order), street_signed, street_order, street_points, thresholds(street_points)
        )
    clusters = {}
    for cluster in results.clusters:
        order = cluster_orders[cluster.id]
        cluster_points = tuple(points.get(cluster.id, []))
        clusters[cluster.id] = SignatureCurve(
            "cluster",
            cluster.id,
            cluster.name,
            len(order),
            sum(1 for i in order if has_signed(by_id[i])),
            order,
            cluster_points,
            thresholds(cluster_points),
        )
    return SignatureCurves(street, clusters)


# ---------------------------------------------------------------- the go/no-go rule


@dataclass(frozen=True)
class RuleCheck:
    """One part of the go/no-go rule, checked.

    Attributes
    ----------
    scope : str
        ``"cluster"`` or ``"street"``.
    cluster_id, name : str | None, str
        The cluster (None for the street) and its name ("Straat" for the street).
    homes, signed, undecided : int
        Homes counted, of which signed, and of which it is not known yet.
    needed : int
        Signatures the rule asks: ⌈share × homes⌉.
    """

    scope: str
    cluster_id: str | None
    name: str
    homes: int
    signed: int
    undecided: int
    needed: int

    @property
    def met(self) -> bool:
        return self.signed >= self.needed

    @property
    def reachable(self) -> bool:
        """Still possible if every undecided home signs."""
        return self.signed + self.undecided >= self.needed


@dataclass(frozen=True)
class GoNoGo:
    """The go/no-go rule against today's signatures.

    Attributes
    ----------
    status : str
        ``"no_rule"`` (the group set none), ``"go"`` (every part met), ``"no_go"`` (some part
        can no longer be met: too many declined), ``"open"`` (not yet, still possible).
    checks : tuple[RuleCheck, ...]
        The street first, then every cluster.
    rule : Bilingual
        The rule in words ("ten minste 75 % van elk cluster en 60 % van de straat").
    """

    status: str
    checks: tuple[RuleCheck, ...]
    rule: Bilingual


def needed(share: float, homes: int) -> int:
    """Signatures ``share`` asks of ``homes`` homes: ⌈share × homes⌉ (a rounding hair below kept)."""
    return max(0, math.ceil(share * homes - 1e-9))


def _percent(share: float, language: str = "nl") -> str:
    """'66,7 %' (nl), '66.7 %' (en); '50 %' without a decimal when it is whole."""
    percent = round(share * 100, 1)
    return number(percent, 0 if percent == int(percent) else 1, "%", language)


def rule_words(agreement: Agreement) -> Bilingual:
    """The group's go/no-go rule in words; "geen spelregel" when none is set."""
    parts_nl, parts_en = [], []
    if agreement.cluster_share is not None:
        parts_nl.append(f"ten minste {_percent(agreement.cluster_share)} van de woningen van elk cluster")
        parts_en.append(f"at least {_percent(agreement.cluster_share, 'en')} of the homes of every cluster")
    if agreement.street_share is not None:
        parts_nl.append(f"ten minste {_percent(agreement.street_share)} van de woningen in de straat")
        parts_en.append(f"at least {_percent(agreement.street_share, 'en')} of the homes in the street")
    if not parts_nl:
        return Bilingual("geen spelregel afgesproken", "no go/no-go rule agreed")
    return Bilingual(
        "Het gaat door als " + " en ".join(parts_nl) + " tekent.",
        "It goes ahead when " + " and ".join(parts_en) + " sign.",
    )


def go_no_go(project: Project, results: ProjectResults | None) -> GoNoGo:
    """Check the group's go/no-go rule (``project.agreement``) against today's signatures.

    The street counts every home of the project; a cluster counts its members as the results
    formed them (homes that declined are in no cluster). Without results only the street is
    checked.
    """
    agreement = project.agreement
    by_id = {h.id: h for h in project.households}
    checks = []
    if agreement.street_share is not None:
        homes = project.households
        checks.append(
            RuleCheck(
                "street",
                None,
                "Straat",
                len(homes),
                sum(1 for h in homes if has_signed(h)),
                sum(1 for h in homes if undecided(h)),
                needed(agreement.street_share, len(homes)),
            )
        )
    if agreement.cluster_share is not None and results is not None:
        for cluster in results.clusters:
            members = [by_id[h] for h in cluster.households if h in by_id]
            checks.append(
                RuleCheck(
                    "cluster",
                    cluster.id,
                    cluster.name,
                    len(members),
                    sum(1 for h in members if has_signed(h)),
                    sum(1 for h in members if undecided(h)),
                    needed(agreement.cluster_share, len(members)),
                )
            )
    if agreement.street_share is None and agreement.cluster_share is None:
        status = "no_rule"
    elif all(c.met for c in checks):
        status = "go"
    elif any(not c.reachable for c in checks):
        status = "no_go"
    else:
        status = "open"
    return GoNoGo(status, tuple(checks), rule_words(agreement))


# ---------------------------------------------------------------- in words


#: the other options as a sentence names them (Dutch, English)
OPTION_WORDS = {
    Variant.AIR_HP: ("een eigen luchtwarmtepomp", "an own air heat pump"),
    Variant.GROUND_HP: ("een eigen bodemlus", "an own ground loop"),
    Variant.GAS: ("de gasketel", "the gas boiler"),
}


def curve_finding(curve: SignatureCurve, horizon_years: int) -> Bilingual:
    """What the curve says, in one sentence: from how many signers the shared loop beats the
    own air heat pump over the horizon (else the own loop, else gas), or that it does not."""
    if not curve.points:
        return Bilingual("Te weinig woningen voor een gedeelde bodemlus.", "Too few homes for a shared ground loop.")
    for variant in (Variant.AIR_HP, Variant.GROUND_HP, Variant.GAS):
        threshold = curve.thresholds.get(variant)
        if threshold is not None:
            nl, en = OPTION_WORDS[variant]
            return Bilingual(
                f"Vanaf {threshold} handtekeningen is de gedeelde bodemlus over {horizon_years} jaar voordeliger dan {nl}",
                f"From {threshold} signatures the shared ground loop costs less over {horizon_years} years than {en}",
            )
    return Bilingual(
        f"Ook als iedereen tekent, is de gedeelde bodemlus over {horizon_years} jaar niet voordeliger "
        "dan de andere mogelijkheden",
        f"Even if everyone signs, the shared ground loop does not cost less over {horizon_years} years "
        "than the other options",
    )


def curve_costs(curve: SignatureCurve) -> Bilingual | None:
    """Today's point of the curve and its top in one sentence, said as the means they are.

    Every figure of a point is the mean per home that signs (a home's own share differs by its
    heat demand), so the sentence says "gemiddeld": "Met 7 handtekeningen gemiddeld € 290 per
    maand en € 23.000 eenmalig per woning; als alle 20 tekenen gemiddeld € 235 per maand en
    € 19.033 eenmalig." None for a curve without points.
    """
    now = curve.nearest(curve.signed)
    top = curve.points[-1] if curve.points else None
    if now is None or top is None:
        return None

    def figures(point: CurvePoint, language: str) -> tuple[str, str]:
        return euro(point.monthly_costs_year1_eur, 0, language), euro(point.investment_net_eur, 0, language)

    (top_nl, top_once_nl), (top_en, top_once_en) = figures(top, "nl"), figures(top, "en")
    if now.signers == top.signers:
        return Bilingual(
            f"Als {all_of(top.signers)} tekenen: gemiddeld {top_nl} per maand en {top_once_nl} eenmalig per woning.",
            f"If {all_of(top.signers, 'en')} sign: on average {top_en} a month and {top_once_en} one-off per home.",
        )
    (now_nl, now_once_nl), (now_en, now_once_en) = figures(now, "nl"), figures(now, "en")
    return Bilingual(
        f"Met {now.signers} handtekeningen gemiddeld {now_nl} per maand en {now_once_nl} eenmalig per woning; "
        f"als {all_of(top.signers)} tekenen gemiddeld {top_nl} per maand en {top_once_nl} eenmalig.",
        f"With {now.signers} signatures on average {now_en} a month and {now_once_en} one-off per home; "
        f"if {all_of(top.signers, 'en')} sign on average {top_en} a month and {top_once_en} one-off.",
    )
