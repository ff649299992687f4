"""Clusters: neighbours who share one borefield (DOMAIN §5.4).

Households are ordered along the street (the order of the household list).
Participating households (not declined) are grouped into clusters of consecutive
homes; a household with a manual cluster name goes to that cluster.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from minigrid_app.core.model import Household
from minigrid_app.core.problems import Bilingual


@dataclass(frozen=True)
class Cluster:
    """A group of homes on one shared borefield.

    Attributes
    ----------
    id : str
        ``C1``, ``C2``, … for automatic clusters, the given name for manual ones.
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


def form_clusters(
    households: Sequence[Household],
    eligible_ids: set[str],
    size: int,
    default_distance_m: float,
    max_distance_m: float,
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
    """
    order = {h.id: i for i, h in enumerate(households)}
    members = [h for h in households if h.id in eligible_ids]
    manual: dict[str, list[Household]] = {}
    automatic: list[Household] = []
    for household in members:
        name = (household.cluster or "").strip()
        if name:
            manual.setdefault(name, []).append(household)
        else:
            automatic.append(household)

    groups: list[tuple[str, str, list[Household], bool]] = []
    start = 0
    used_names = set(manual)
    number = 0
    for group_size in split_evenly(len(automatic), max(1, size)):
        number += 1
        while f"Cluster {number}" in used_names:
            number += 1
        name = f"Cluster {number}"
        groups.append((f"C{number}", name, automatic[start : start + group_size], False))
        start += group_size
    for name, group in manual.items():
        groups.append((name, name, group, True))
    groups.sort(key=lambda g: order[g[2][0].id])

    clusters = []
    for cluster_id, name, group, is_manual in groups:
        positions = sorted(order[h.id] for h in group)
        pipe = 0.0
        gaps = []
        for a, b in zip(positions, positions[1:], strict=False):
            gap = sum(_distance(households[k], default_distance_m) for k in range(a, b))
            gaps.append(gap)
        # each member's own connection: its distance to the next home; stretches past
        # non-members between members are counted in the gaps.
        pipe = sum(gaps) + _distance(households[positions[-1]], default_distance_m)
        largest = max(gaps) if gaps else 0.0
        warnings = []
        if largest > max_distance_m:
            warnings.append(
                Bilingual(
                    f"{name}: tussen twee aangesloten woningen ligt {largest:.0f} m leiding, meer dan "
                    f"{max_distance_m:.0f} m; dat maakt de gedeelde bodemlus duurder. Overweeg een ander cluster.",
                    f"{name}: {largest:.0f} m of pipe between two connected homes, more than "
                    f"{max_distance_m:.0f} m; that makes the shared ground loop dearer. Consider another cluster.",
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
