"""Cluster assignments that stay as the residents saw them (method.md#clusters).

The automatic clustering (:func:`~minigrid_app.core.clusters.form_clusters`) splits the
participating homes along the street evenly: one home that declines can move homes it never
touched to another cluster ("Vogelstraat 12 moved from cluster 2 to 1"). Residents agree on
their cluster, so an edit that changes who takes part keeps the clusters as they were:

- a home that leaves (declines, is removed, its data becomes incomplete) just leaves its
  cluster; every other home keeps its cluster (the clusters are pinned as manual clusters,
  keeping their names and ids). The leaving home remembers its cluster.
- a home that joins (again) goes back to its old cluster when that still exists; otherwise
  to the cluster it would join now (the nearest along the street with fewer homes than the
  cluster size, as its "als u nu aansluit" figures were computed: method.md#joiners), when
  its pipe to that cluster is not longer than advisable; otherwise it is grouped automatically with the other unplaced homes.
- while the street is still being entered (no cluster pinned, no work done yet on the quick
  scan or a later step: ``Project.steps``), new homes are grouped automatically.

Only "Clusters opnieuw indelen" (forget every pinned cluster) or moving a home by hand
changes the other homes' clusters. :func:`assignment_changes` says, by home label, what
changed between two arrangements, so the user is told whenever assignments move.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from minigrid_app.core.clusters import Cluster, form_clusters
from minigrid_app.core.joiners import joining_cluster
from minigrid_app.core.model import STEPS, ManualCluster, Project
from minigrid_app.core.parameters import ParameterSet, resolve_parameters
from minigrid_app.core.participation import takes_part
from minigrid_app.core.problems import Bilingual, in_language
from minigrid_app.core.validation import validate_household

#: Steps at and after the one that first shows the clusters (the quick scan).
_SHOWN_FROM = STEPS[STEPS.index("quickscan") :]


@dataclass(frozen=True)
class ClusterState:
    """What of a project decides its clusters, beyond the homes' data.

    Attributes
    ----------
    manual : tuple of ManualCluster
        ``ClusterSettings.manual``.
    assignment : dict of str to (str or None)
        Household id → ``Household.cluster`` for every home of the project.
    strip_lengths_m, strip_widths_m : dict of str to float
        ``ClusterSettings.strip_lengths_m`` / ``strip_widths_m`` (keyed by cluster id) [m].
    """

    manual: tuple[ManualCluster, ...]
    assignment: dict[str, str | None]
    strip_lengths_m: dict[str, float] = field(default_factory=dict)
    strip_widths_m: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, project: Project) -> ClusterState:
        """The project's state now (copies)."""
        settings = project.clusters
        return cls(
            tuple(copy.deepcopy(settings.manual)),
            {h.id: h.cluster for h in project.households},
            dict(settings.strip_lengths_m),
            dict(settings.strip_widths_m),
        )

    def put(self, project: Project) -> None:
        """Write this state into ``project`` (homes not in ``assignment`` are left as they are)."""
        settings = project.clusters
        settings.manual = copy.deepcopy(list(self.manual))
        settings.strip_lengths_m = dict(self.strip_lengths_m)
        settings.strip_widths_m = dict(self.strip_widths_m)
        for household in project.households:
            if household.id in self.assignment:
                household.cluster = self.assignment[household.id]


def street_clusters(project: Project, params: ParameterSet, computable: Collection[str]) -> tuple[set[str], list[Cluster]]:
    """The homes that take part and their clusters: the engine's step (``ProjectRun.form_clusters``).

    Parameters
    ----------
    project : Project
    params : ParameterSet
        The figures in force (``cluster_size``, ``distance_default_m``, ``max_connection_distance_m``).
    computable : collection of str
        Ids of the homes whose input has no errors.

    Returns
    -------
    (set of str, list of Cluster)
        The eligible homes (computable and not declined) and the clusters formed from them.
    """
    settings = project.clusters
    size = settings.size if settings.size is not None else params.int("cluster_size")
    eligible = {h.id for h in project.households if h.id in computable and takes_part(h)}
    clusters = form_clusters(
        project.households,
        eligible,
        size,
        params["distance_default_m"],
        params["max_connection_distance_m"],
        settings.manual_names(),
    )
    return eligible, clusters


def formed_clusters(project: Project) -> list[Cluster]:
    """The clusters the engine forms for ``project`` now (without computing anything else)."""
    return _formed(project)[2]


def _formed(project: Project) -> tuple[ParameterSet, set[str], list[Cluster]]:
    params, _problems = resolve_parameters(project)
    max_distance = params["max_connection_distance_m"]
    computable = {
        h.id
        for row, h in enumerate(project.households, start=1)
        if not any(p.is_error for p in validate_household(h, row, max_distance))
    }
    eligible, clusters = street_clusters(project, params, computable)
    return params, eligible, clusters


def clusters_shown(project: Project) -> bool:
    """True once the residents may have seen the clusters: the quick scan or a later step was worked on."""
    return any(project.steps.get(step, "not_started") != "not_started" for step in _SHOWN_FROM)


def _members(cluster) -> Sequence[str]:
    return cluster.household_ids if hasattr(cluster, "household_ids") else cluster.households


def keep_clusters(before: Sequence[Cluster], project: Project) -> ClusterState | None:
    """The cluster state that keeps the clusters of ``before`` after an edit of ``project``.

    Parameters
    ----------
    before : sequence of Cluster
        The clusters as formed before the edit (:func:`formed_clusters` of the project then).
    project : Project
        The project after the edit (not changed here).

    Returns
    -------
    ClusterState or None
        None when nothing needs keeping: the same homes take part, or homes only joined while
        the street is still being entered (see the module text). Otherwise the state to put
        into the project: every cluster of ``before`` pinned under its name and its id (C1 stays
        C1, so its field ``shared-C1``, its strip and the quotes' lines of it stay its own),
        leaving homes keep their cluster's id, joining homes placed as the module text says.
    """
    params, eligible, _clusters = _formed(project)
    was_in = {hid: cluster.id for cluster in before for hid in cluster.household_ids}
    left = set(was_in) - eligible
    joined = eligible - set(was_in)
    if not left and not joined:
        return None
    settings = project.clusters
    pinned_before = any(cluster.manual for cluster in before) or bool(settings.manual)
    if not left and not (pinned_before or clusters_shown(project)):
        return None

    existing = {m.id: m for m in settings.manual}
    manual: dict[str, ManualCluster] = {}
    new_id: dict[str, str] = {}  # Cluster.id before -> ManualCluster.id
    for cluster in before:
        kept = existing.get(cluster.id) if cluster.manual else None
        pinned = ManualCluster(id=kept.id, name=kept.name) if kept else ManualCluster(id=cluster.id, name=cluster.name)
        manual[pinned.id] = pinned
        new_id[cluster.id] = pinned.id
    for m in settings.manual:  # an emptied manual cluster stays for the homes that left it
        manual.setdefault(m.id, ManualCluster(id=m.id, name=m.name))

    assignment: dict[str, str | None] = {}
    for household in project.households:
        if household.id in was_in:
            assignment[household.id] = new_id[was_in[household.id]]
        else:
            assignment[household.id] = household.cluster if household.cluster in manual else None
    _place_joiners(project, params, eligible, joined, assignment)

    used = set(assignment.values())
    kept_manual = tuple(m for m in manual.values() if m.id in used)
    strips = [dict(settings.strip_lengths_m), dict(settings.strip_widths_m)]
    for values in strips:
        for old, new in new_id.items():
            if old in values and old != new:
                values[new] = values.pop(old)
    return ClusterState(kept_manual, assignment, strips[0], strips[1])


def _place_joiners(
    project: Project, params: ParameterSet, eligible: set[str], joined: set[str], assignment: dict[str, str | None]
) -> None:
    """Put each joining home without a cluster, in street order, in the cluster it would join now.

    The rule of "als u nu aansluit" (:func:`~minigrid_app.core.joiners.joining_cluster`, method.md#joiners):
    the nearest cluster along the street with fewer homes than the cluster size, unless that
    leaves more pipe between two connected homes than is advisable (``max_connection_distance_m``,
    a cluster at the far end of the street); none: the home stays unassigned and is grouped
    automatically (with the other unplaced homes).
    """
    households = project.households
    size = project.clusters.size if project.clusters.size is not None else params.int("cluster_size")
    for household in households:
        if household.id not in joined or assignment.get(household.id):
            continue
        members: dict[str, list[str]] = {}
        for other in households:
            cluster_id = assignment.get(other.id)
            if cluster_id and other.id in eligible:
                members.setdefault(cluster_id, []).append(other.id)
        clusters = [Cluster(id=cid, name=cid, household_ids=tuple(ids)) for cid, ids in members.items()]
        joining = joining_cluster(household.id, households, clusters, size, params["distance_default_m"])
        if joining.joins_cluster_id is not None and joining.cluster.largest_gap_m <= params["max_connection_distance_m"]:
            assignment[household.id] = joining.joins_cluster_id


def assignment_changes(before: Sequence, after: Sequence, labels: Mapping[str, str]) -> list[Bilingual]:
    """What changed between two arrangements of clusters, in words for the residents.

    Parameters
    ----------
    before, after : sequence of Cluster or ClusterResult
        Two arrangements (``name`` and the members: ``household_ids`` or ``households``).
        Clusters are compared by name, what the residents see (pinning keeps the name and
        changes the internal id).
    labels : mapping of str to str
        Household id → label, in street order (homes of both arrangements).

    Returns
    -------
    list of Bilingual
        One sentence per home that moved ("Vogelstraat 12 gaat van Cluster 2 naar Cluster 1."),
        left ("… hoort niet meer bij Cluster 2.") or joined ("… komt in Cluster 3."), in street
        order; then a cluster left with one home or none; then, when homes only left or joined
        and other homes are in a cluster, that those keep their cluster. Empty when nobody's cluster changed.
    """
    was = {hid: c.name for c in before for hid in _members(c)}
    now = {hid: c.name for c in after for hid in _members(c)}
    order = list(labels) + [hid for hid in {**was, **now} if hid not in labels]
    lines: list[Bilingual] = []
    moved = False
    touched: set[str] = set()
    for hid in order:
        old, new = was.get(hid), now.get(hid)
        if old == new:
            continue
        label = labels.get(hid, hid)
        label_en = in_language(label, "en")  # 'Home 3' for a home with no name
        if old and new:
            moved = True
            lines.append(Bilingual(f"{label} gaat van {old} naar {new}.", f"{label_en} moves from {old} to {new}."))
        elif old:
            lines.append(Bilingual(f"{label} hoort niet meer bij {old}.", f"{label_en} no longer belongs to {old}."))
        else:
            lines.append(Bilingual(f"{label} komt in {new}.", f"{label_en} joins {new}."))
        touched.update(name for name in (old, new) if name)
    if not lines:
        return lines
    sizes = {c.name: len(_members(c)) for c in after}
    advice_nl = "kies 'Clusters opnieuw indelen' of verplaats woningen met de hand."
    advice_en = "choose 'Re-form clusters' or move homes by hand."
    for name in sorted(touched, key=lambda n: [c.name for c in (*before, *after)].index(n)):
        if sizes.get(name, 0) == 0 and name in {c.name for c in before}:
            lines.append(Bilingual(f"{name} heeft geen woningen meer; {advice_nl}", f"{name} has no homes left; {advice_en}"))
        elif sizes.get(name) == 1 and not before:  # the first home of a new street: nothing to re-form yet
            lines.append(Bilingual(f"{name} heeft nog maar één woning; een gedeelde bodemlus is voor twee of meer buren: "
                                   "voeg hun woningen toe.",
                                   f"{name} has only one home so far; a shared ground loop is for two or more neighbours: "
                                   "add their homes."))
        elif sizes.get(name) == 1:
            left = " left" if name in {c.name for c in before} else ""
            lines.append(Bilingual(f"{name} heeft nog maar één woning; {advice_nl}", f"{name} has only one home{left}; {advice_en}"))
    if not moved and any(was.get(hid) == name for hid, name in now.items()):  # only when there are others
        lines.append(Bilingual("De andere woningen blijven in hun cluster.", "The other homes keep their cluster."))
    return lines
