""""Wat als mijn buurman niet meedoet?": the effect of one household dropping out (method.md#clusters).

Recomputes the project with that household declined (its cluster without it, every other
home in its cluster: :func:`~minigrid_app.core.cluster_keeping.keep_clusters`, as declining in
the window does) and lists, for every other household, the monthly costs and the net investment of the shared ground loop
before and after, and the clusters before and after. Pure, no Qt.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from minigrid_app.core.cluster_keeping import formed_clusters, keep_clusters
from minigrid_app.core.formatting import count, euro
from minigrid_app.core.model import Project
from minigrid_app.core.problems import in_language
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.variant import Variant
from minigrid_app.core.verdict import shown_monthly_difference

#: a monthly change smaller than this is "not more expensive" [€/month] (money is shown in whole euros)
SHOWN_MONTHLY_CHANGE_EUR = 0.5


@dataclass(frozen=True)
class ClusterView:
    """A cluster as residents see it: its name and members (household ids, street order)."""

    name: str
    households: tuple[str, ...]


@dataclass(frozen=True)
class HouseholdChange:
    """The shared ground loop of one other household before and after the drop-out.

    Attributes
    ----------
    monthly_before_eur, monthly_after_eur : float | None
        Monthly costs in year 1 [€/month]; None when not in a cluster.
    investment_before_eur, investment_after_eur : float | None
        Net investment after subsidy [€]; None when not in a cluster.
    cluster_before, cluster_after : str | None
        Name of the cluster the household is in.
    """

    household_id: str
    label: str
    cluster_before: str | None
    cluster_after: str | None
    monthly_before_eur: float | None
    monthly_after_eur: float | None
    investment_before_eur: float | None
    investment_after_eur: float | None

    @property
    def monthly_change_eur(self) -> float | None:
        if self.monthly_before_eur is None or self.monthly_after_eur is None:
            return None
        return self.monthly_after_eur - self.monthly_before_eur

    @property
    def shown_monthly_change_eur(self) -> float | None:
        """The change as the table shows it beside before and after: the difference of the two
        figures in whole euros (:func:`~minigrid_app.core.verdict.shown_monthly_difference`)."""
        if self.monthly_before_eur is None or self.monthly_after_eur is None:
            return None
        return shown_monthly_difference(self.monthly_after_eur, self.monthly_before_eur)

    @property
    def investment_change_eur(self) -> float | None:
        if self.investment_before_eur is None or self.investment_after_eur is None:
            return None
        return self.investment_after_eur - self.investment_before_eur

    @property
    def shown_investment_change_eur(self) -> float | None:
        """The net investment's change as the table shows it: the difference of the two figures in whole euros."""
        if self.investment_before_eur is None or self.investment_after_eur is None:
            return None
        return float(round(self.investment_after_eur) - round(self.investment_before_eur))

    @property
    def in_the_group(self) -> bool:
        """Whether the home is in a cluster before or after (a home in none only has a 'what if it joined' loop)."""
        return self.cluster_before is not None or self.cluster_after is not None

    @property
    def regrouped(self) -> bool:
        """Whether the home is in another cluster after (or in none)."""
        return self.in_the_group and self.cluster_before != self.cluster_after

    @property
    def affected(self) -> bool:
        """Whether a resident sees a change for this home: another cluster, or monthly costs or net
        investment that differ in whole euros (as shown). A few cents (the neighbours' boreholes
        warm the field a little differently) and the loop of a home in no cluster (what it would
        pay if it joined) are no change for the group: 'zonder nr. 20: 23 woningen anders
        ingedeeld of duurder, per maand niet duurder' counted those and contradicted itself."""
        if not self.in_the_group:
            return False
        return self.regrouped or bool(self.shown_monthly_change_eur) or bool(self.shown_investment_change_eur)


@dataclass(frozen=True)
class DropOutEffect:
    """What changes when ``household_id`` does not join.

    ``results_after`` holds the recomputation of the shared loop (the other variants, break-even,
    sensitivity, price band, organisation models and go/no-go rule left out).
    """

    household_id: str
    label: str
    already_declined: bool
    clusters_before: tuple[ClusterView, ...]
    clusters_after: tuple[ClusterView, ...]
    changes: tuple[HouseholdChange, ...]
    results_after: ProjectResults

    @property
    def affected(self) -> tuple[HouseholdChange, ...]:
        return tuple(change for change in self.changes if change.affected)

    @property
    def largest_monthly_increase_eur(self) -> float:
        """The largest increase as the table shows it ('hooguit € 9 per maand meer' beside € 190 → € 199)."""
        return max((change.shown_monthly_change_eur or 0.0 for change in self.changes if change.in_the_group), default=0.0)

    @property
    def dearer(self) -> bool:
        """Whether some home pays more per month, as shown in whole euros (:data:`SHOWN_MONTHLY_CHANGE_EUR`)."""
        return self.largest_monthly_increase_eur >= SHOWN_MONTHLY_CHANGE_EUR

    def words(self, name: str, language: str = "nl") -> str:
        """What the drop-out does for the others, one sentence for every view (step 5, the report).

        'Als nr. 20 niet meedoet: 2 woningen in een ander cluster; 3 woningen duurder, hooguit € 9
        per maand meer; 1 woning goedkoper, tot € 2 per maand minder; voor 16 woningen alleen een
        andere investering, hooguit € 5 verschil. Er blijven 5 clusters.' Only homes in the group
        with a change shown in whole euros count (:attr:`HouseholdChange.affected`); the amounts
        are the largest shown differences (a home both regrouped and dearer counts in both). ``name`` is how the
        leaving home is named (the report's privacy setting may give 'Woning 3').
        """
        nl = language != "en"
        name = in_language(name, language)  # 'Home 3' in English for a home with no name
        changed = self.affected
        if not changed:
            return (f"Als {name} niet meedoet, verandert er voor de anderen niets." if nl
                    else f"If {name} does not join, nothing changes for the others.")
        regrouped = [change for change in changed if change.regrouped]
        dearer_homes = [c for c in changed if (c.shown_monthly_change_eur or 0.0) >= SHOWN_MONTHLY_CHANGE_EUR]
        cheaper_homes = [c for c in changed if (c.shown_monthly_change_eur or 0.0) <= -SHOWN_MONTHLY_CHANGE_EUR]
        dearer = [c.shown_monthly_change_eur for c in dearer_homes]
        cheaper = [-c.shown_monthly_change_eur for c in cheaper_homes]
        invested = [abs(change.shown_investment_change_eur or 0.0) for change in changed
                    if not change.regrouped and not change.shown_monthly_change_eur]
        homes = ("woning", "woningen") if nl else ("home", "homes")
        parts = []
        if regrouped:
            parts.append(count(len(regrouped), *homes) + (" in een ander cluster" if nl else " in another cluster"))
        if dearer:
            most = euro(max(dearer), 0, language)
            parts.append(count(len(dearer), *homes)
                         + (f" duurder, hooguit {most} per maand meer" if nl else f" dearer, at most {most} a month more")
                         + _one_off(dearer_homes, language))
        if cheaper:
            most = euro(max(cheaper), 0, language)
            parts.append(count(len(cheaper), *homes)
                         + (f" goedkoper, tot {most} per maand minder" if nl else f" cheaper, up to {most} a month less")
                         + _one_off(cheaper_homes, language))
        if invested:
            most = euro(max(invested), 0, language)
            parts.append(f"voor {count(len(invested), *homes)} alleen een andere investering, hooguit {most} verschil" if nl
                         else f"for {count(len(invested), *homes)} only another investment, at most {most} difference")
        before, after = len(self.clusters_before), len(self.clusters_after)
        one = after == 1  # 'Er blijft 1 cluster', '1 cluster remains': the verb agrees with the number
        if before == after:
            clusters = (f"Er {'blijft' if one else 'blijven'} {count(after, 'cluster', 'clusters')}." if nl
                        else f"{count(after, 'cluster', 'clusters')} {'remains' if one else 'remain'}.")
        else:
            clusters = (f"Er {'is' if one else 'zijn'} dan {count(after, 'cluster', 'clusters')} in plaats van {before}." if nl
                        else f"There {'is' if one else 'are'} then {count(after, 'cluster', 'clusters')} instead of {before}.")
        head = f"Als {name} niet meedoet: " if nl else f"If {name} does not join: "
        return head + "; ".join(parts) + ". " + clusters


def _one_off(changes: list[HouseholdChange], language: str) -> str:
    """' en eenmalig hooguit € 1.500 meer' for homes whose monthly costs change: the sentence named the
    monthly change only, while the table beside it (and the declaration) showed the investment rise too."""
    nl = language != "en"
    shown = [change.shown_investment_change_eur or 0.0 for change in changes]
    more, less = [a for a in shown if a >= 1], [-a for a in shown if a <= -1]
    said = []
    if more:
        most = euro(max(more), 0, language)
        said.append(f"eenmalig hooguit {most} meer" if nl else f"at most {most} more once")
    if less:
        most = euro(max(less), 0, language)
        said.append(f"eenmalig tot {most} minder" if nl else f"up to {most} less once")
    return (" en " if nl else " and ") + (" of " if nl else " or ").join(said) if said else ""


def _clusters(results: ProjectResults) -> tuple[ClusterView, ...]:
    return tuple(ClusterView(c.name, tuple(c.households)) for c in results.clusters)


def _cluster_names(results: ProjectResults) -> dict[str, str]:
    names = {}
    for cluster in results.clusters:
        for household_id in cluster.households:
            names[household_id] = cluster.name
    return names


def drop_out_effect(
    project: Project,
    results: ProjectResults,
    household_id: str,
    method: str = "pygfunction",
    compute: Callable[..., ProjectResults] | None = None,
) -> DropOutEffect:
    """Recompute with ``household_id`` declined and compare the shared ground loop of everyone else.

    Parameters
    ----------
    project : Project
        The project as it is now (not changed).
    results : ProjectResults
        Its current results (the "before").
    household_id : str
        The household that drops out.
    method : str
        Borefield sizing method, as for :func:`compute_project`.
    compute : callable, optional
        Computes the project without the household: :func:`compute_project` (the default) or a
        function with its signature and results (the program's worker process).
    """
    if compute is None:  # the engine (numpy) loads when first computed, not with the documents (issue 16)
        from minigrid_app.core.analysis import compute_project as compute

    household = project.household(household_id)
    if household is None:
        raise KeyError(household_id)
    changed = copy.deepcopy(project)
    dropped = changed.household(household_id)
    already = dropped.participation == "declined"
    before_clusters = formed_clusters(changed)
    dropped.participation = "declined"
    kept = keep_clusters(before_clusters, changed)  # as declining in the window does: the others stay
    if kept is not None:
        kept.put(changed)
    # the shared loop's monthly costs and investment are compared: no price band, no other
    # variant (the clusters and shared loops do not depend on them; no own loops are sized), and
    # no organisation models nor go/no-go rule, nor the fields' fewest-boreholes comparison and fluid temperatures;
    # a home that declined is no change for the group (HouseholdChange.affected): no shared loop as if it joined
    after = compute(
        changed,
        break_even=False,
        sensitivity=False,
        price_band=False,
        agreements=False,
        method=method,
        variants=(Variant.SHARED_LOOP,),
        details=False,
        declined_joiners=False,
    )

    names_before = _cluster_names(results)
    names_after = _cluster_names(after)
    changes = []
    for before_result in results.households:
        if before_result.id == household_id:
            continue
        after_result = after.household(before_result.id)
        shared_before = before_result.variants.get(Variant.SHARED_LOOP)
        shared_after = after_result.variants.get(Variant.SHARED_LOOP) if after_result else None
        changes.append(
            HouseholdChange(
                household_id=before_result.id,
                label=before_result.label,
                cluster_before=names_before.get(before_result.id),
                cluster_after=names_after.get(before_result.id),
                monthly_before_eur=shared_before.monthly_costs_year1_eur if shared_before else None,
                monthly_after_eur=shared_after.monthly_costs_year1_eur if shared_after else None,
                investment_before_eur=shared_before.investment_net_eur if shared_before else None,
                investment_after_eur=shared_after.investment_net_eur if shared_after else None,
            )
        )
    label = results.household(household_id).label if results.household(household_id) else household.label
    return DropOutEffect(
        household_id=household_id,
        label=label,
        already_declined=already,
        clusters_before=_clusters(results),
        clusters_after=_clusters(after),
        changes=tuple(changes),
        results_after=after,
    )
