"""Clusters: neighbours who share one borefield (method.md#clusters).

Households are ordered along the street (the order of the household list).
Participating households (not declined) are grouped into clusters of consecutive
homes; a household assigned to a manual cluster (by its internal id) goes to that cluster.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from minigrid_app.core.formatting import number as _number
from minigrid_app.core.model import Household, ManualCluster
from minigrid_app.core.problems import Bilingual


@dataclass(frozen=True)
class Cluster:
    """A group of homes on one shared borefield.

    Attributes
    ----------
    id : str
        ``C1``, ``C2``, … for automatic clusters, the manual cluster's internal id
        (``ManualCluster.id``) for manual ones; never a name the residents typed.
    name : str
        Shown to residents ("Cluster 1").
    household_ids : tuple[str, ...]
        Members in street order.
    manual : bool
        Formed from manual assignments.
    pipe_length_m : float
        Horizontal pipe of the cluster [m]: each member's distance to the next home,
        plus the stretches past non-members between the first and last member.
    largest_gap_m : float
        Longest pipe stretch between two connected members [m].
    """

    id: str
    name: str
    household_ids: tuple[str, ...]
    manual: bool = False
    pipe_length_m: float = 0.0
    largest_gap_m: float = 0.0
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def size(self) -> int:
        return len(self.household_ids)


def split_evenly(count: int, max_size: int) -> list[int]:
    """Sizes of consecutive groups: as few groups as possible, sizes differing by at most one.

    >>> split_evenly(10, 4)
    [4, 3, 3]
    """
    if count <= 0:
        return []
    groups = math.ceil(count / max_size)
    base, extra = divmod(count, groups)
    return [base + 1 if i < extra else base for i in range(groups)]


def _distance(household: Household, default_m: float) -> float:
    return default_m if household.distance_to_next_m is None else float(household.distance_to_next_m)


def street_distance(households: Sequence[Household], a: int, b: int, default_distance_m: float) -> float:
    """Distance along the street between the homes at positions ``a`` and ``b`` (0-based) [m]."""
    low, high = min(a, b), max(a, b)
    return sum(_distance(households[k], default_distance_m) for k in range(low, high))


def cluster_pipe(households: Sequence[Household], positions: Sequence[int], default_distance_m: float) -> tuple[float, float]:
    """Horizontal pipe of a cluster and its longest stretch between members [m].

    ``positions`` are the members' 0-based places in the street, in order. Each member's own
    connection is its distance to the next home; stretches past non-members between members
    are counted in the gaps.
    """
    gaps = [street_distance(households, a, b, default_distance_m) for a, b in zip(positions, positions[1:], strict=False)]
    pipe = sum(gaps) + _distance(households[positions[-1]], default_distance_m)
    return pipe, (max(gaps) if gaps else 0.0)


def form_clusters(
    households: Sequence[Household],
    eligible_ids: set[str],
    size: int,
    default_distance_m: float,
    max_distance_m: float,
    manual_names: Mapping[str, str] | None = None,
) -> list[Cluster]:
    """Form clusters from the street.

    Parameters
    ----------
    households : sequence of Household
        All households in street order.
    eligible_ids : set of str
        Households that take part (not declined, input complete).
    size : int
        Homes per automatic cluster at most (2-5).
    default_distance_m : float
        Distance used when a household has none [m].
    max_distance_m : float
        Longest advisable stretch between connected homes [m] (warning above it).
    manual_names : mapping of str to str, optional
        Manual cluster id (``Household.cluster``) → the name residents gave it
        (``ClusterSettings.manual_names()``). An id without a name is shown as it is.

    Cluster ids are internal: automatic clusters are ``C1``, ``C2``, … skipping any id a
    manual cluster already has; manual clusters keep their own id. Names are labels only:
    a name used twice is shown with " (2)", " (3)", …, so two clusters never share an id
    or a name, whatever the residents typed (issue 14).
    """
    names_given = dict(manual_names or {})
    order = {h.id: i for i, h in enumerate(households)}
    members = [h for h in households if h.id in eligible_ids]
    manual: dict[str, list[Household]] = {}
    automatic: list[Household] = []
    for household in members:
        key = (household.cluster or "").strip()
        if key:
            manual.setdefault(key, []).append(household)
        else:
            automatic.append(household)

    manual_groups: list[tuple[str, str, list[Household], bool]] = []
    used_names: set[str] = set()
    for key, group in sorted(manual.items(), key=lambda item: order[item[1][0].id]):
        base = (names_given.get(key) or key).strip() or key
        name, copy_number = base, 1
        while name in used_names:
            copy_number += 1
            name = f"{base} ({copy_number})"
        used_names.add(name)
        manual_groups.append((key, name, group, True))

    groups: list[tuple[str, str, list[Household], bool]] = []
    start = 0
    used_ids = set(manual)
    number = 0
    for group_size in split_evenly(len(automatic), max(1, size)):
        number += 1
        while f"Cluster {number}" in used_names or f"C{number}" in used_ids:
            number += 1
        groups.append((f"C{number}", f"Cluster {number}", automatic[start : start + group_size], False))
        start += group_size
    groups += manual_groups
    groups.sort(key=lambda g: order[g[2][0].id])

    clusters = []
    for cluster_id, name, group, is_manual in groups:
        positions = sorted(order[h.id] for h in group)
        pipe, largest = cluster_pipe(households, positions, default_distance_m)
        warnings = []
        if largest > max_distance_m:
            warnings.append(
                Bilingual(
                    f"{name}: tussen twee aangesloten woningen ligt {_number(largest, 0, 'm', 'nl')} leiding, meer dan "
                    f"{_number(max_distance_m, 0, 'm', 'nl')}; dat maakt de gedeelde bodemlus duurder. Overweeg een ander cluster.",
                    f"{name}: {_number(largest, 0, 'm', 'en')} of pipe between two connected homes, more than "
                    f"{_number(max_distance_m, 0, 'm', 'en')}; that makes the shared ground loop dearer. Consider another cluster.",
                )
            )
        if len(group) == 1:
            warnings.append(
                Bilingual(
                    f"{name}: maar één woning; een gedeelde bodemlus is dan hetzelfde als een eigen bodemlus. "
                    "Voeg deze woning bij een buurcluster.",
                    f"{name}: only one home; a shared ground loop is then the same as an own ground loop. "
                    "Add this home to a neighbouring cluster.",
                )
            )
        if len(group) > 5:
            warnings.append(
                Bilingual(
                    f"{name}: {len(group)} woningen; de lichte variant deelt een bron met 2 tot 5 woningen.",
                    f"{name}: {len(group)} homes; the light variant shares a source among 2 to 5 homes.",
                )
            )
        clusters.append(
            Cluster(
                id=cluster_id,
                name=name,
                household_ids=tuple(h.id for h in sorted(group, key=lambda h: order[h.id])),
                manual=is_manual,
                pipe_length_m=pipe,
                largest_gap_m=largest,
                warnings=tuple(warnings),
            )
        )
    return clusters


def new_cluster_name(clusters: Sequence, manual: Sequence[ManualCluster]) -> str:
    """The first "Cluster n" that no cluster (formed or manual) is called yet."""
    used = {c.name for c in clusters} | {m.name for m in manual}
    number = 1
    while f"Cluster {number}" in used:
        number += 1
    return f"Cluster {number}"


def arrangement_after_move(
    manual: Sequence[ManualCluster],
    clusters: Sequence,
    household_id: str,
    target_id: str | None,
    new_name: str = "",
) -> tuple[list[ManualCluster], dict[str, str]]:
    """Pin today's clusters and move one home to another (or a new) cluster.

    Parameters
    ----------
    manual : sequence of ManualCluster
        The project's manual clusters now (``ClusterSettings.manual``).
    clusters : sequence of Cluster or ClusterResult
        The clusters as last formed (``ProjectResults.clusters``): ``id``, ``name``,
        ``manual`` and the members (``household_ids`` or ``households``).
    household_id : str
        The home that moves.
    target_id : str or None
        ``Cluster.id`` of the cluster it moves to; None: a new cluster called ``new_name``
        (default: :func:`new_cluster_name`).

    Returns
    -------
    (list of ManualCluster, dict of str to str)
        The manual clusters after the move (every formed cluster becomes manual, keeping
        its name and its id: C1 stays C1, its field and quote lines with it) and household id → manual cluster id for
        every home in a cluster. Homes not in the dict are grouped automatically.
    """
    by_id = {m.id: m for m in manual}
    after: dict[str, ManualCluster] = {}
    assignment: dict[str, str] = {}
    pinned: dict[str, str] = {}  # Cluster.id -> ManualCluster.id
    for cluster in clusters:
        kept = by_id.get(cluster.id) if cluster.manual else None
        pinned_cluster = ManualCluster(id=kept.id, name=kept.name) if kept else ManualCluster(id=cluster.id, name=cluster.name)
        after[pinned_cluster.id] = pinned_cluster
        pinned[cluster.id] = pinned_cluster.id
        members = cluster.household_ids if hasattr(cluster, "household_ids") else cluster.households
        for member in members:
            assignment[member] = pinned_cluster.id
    if target_id is None or target_id not in pinned:
        target = ManualCluster(name=new_name or new_cluster_name(clusters, manual))
        after[target.id] = target
        assignment[household_id] = target.id
    else:
        assignment[household_id] = pinned[target_id]
    used = set(assignment.values())
    return [m for m in after.values() if m.id in used], assignment


def allocate(total_eur: float, weights: Sequence[float]) -> list[float]:
    """Split an amount by weights, rounded to cents, adding up exactly to the cent.

    Largest-remainder rounding; equal split when all weights are zero.
    """
    count = len(weights)
    if count == 0:
        return []
    total_cents = round(total_eur * 100)
    weight_sum = float(sum(weights))
    if weight_sum <= 0:
        weights = [1.0] * count
        weight_sum = float(count)
    exact = [total_cents * w / weight_sum for w in weights]
    floors = [math.floor(x) for x in exact]
    left = total_cents - sum(floors)
    order = sorted(range(count), key=lambda i: exact[i] - floors[i], reverse=True)
    for i in order[:left]:
        floors[i] += 1
    return [cents / 100.0 for cents in floors]
