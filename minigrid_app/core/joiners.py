"""What a home that does not (yet) take part would pay for the shared loop if it joined now.

Every home gets all four variants. For a home outside every cluster the ``shared_loop`` is
computed as if it joined now: as a member of the nearest cluster that still has room (fewer
members than the cluster size), whose field is sized again with it; or, when no cluster has
room, as a new cluster of its own. The result is marked ``as_joiner`` and counted in no total
(method.md#joiners). Later joiners with an entry fee build on :func:`joining_cluster`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from minigrid_app.core.clusters import Cluster, cluster_pipe, street_distance
from minigrid_app.core.model import Household
from minigrid_app.core.problems import Bilingual

#: How the advisor's screens name a home's what-if shared loop (``as_joiner``): the home does not
#: take part, and its figures are what it would pay if it joined now (step 4's verdict, step 5's
#: financing and their "hoe berekend?"). The residents' own papers say "als u nu aansluit".
WHAT_IF_JOINED = Bilingual("doet nog niet mee: als deze woning nu aansluit", "not taking part yet: if this home joined now")


@dataclass(frozen=True)
class Joining:
    """The cluster a home would be part of if it joined now.

    Attributes
    ----------
    cluster : Cluster
        The cluster with the home in it (members in street order, pipe recomputed). It keeps
        the id of the cluster it joins, so the street's sizing sizes that field again with
        the home added and its neighbours as they are; a new cluster is ``new+<household id>``
        (sized on its own). Its field is a what-if, never one of the project's fields.
    joins_cluster_id : str | None
        The existing cluster it joins; None when it starts a new one.
    """

    cluster: Cluster
    joins_cluster_id: str | None


def joining_cluster(
    household_id: str,
    households: Sequence[Household],
    clusters: Sequence[Cluster],
    max_size: int,
    default_distance_m: float,
) -> Joining:
    """The nearest cluster with room, with the home added; or a new cluster of the home alone.

    Parameters
    ----------
    household_id : str
        The home that does not take part.
    households : sequence of Household
        All homes in street order.
    clusters : sequence of Cluster
        The clusters formed from the homes that take part.
    max_size : int
        Homes per cluster at most; a cluster with fewer has room.
    default_distance_m : float
        Distance used when a home has none [m].

    Returns
    -------
    Joining
        "Nearest" is the distance along the street to the closest member; on a tie the cluster
        earlier in the street.
    """
    order = {h.id: i for i, h in enumerate(households)}
    here = order[household_id]
    best: tuple[float, int, Cluster] | None = None
    for index, cluster in enumerate(clusters):
        if cluster.size >= max_size or household_id in cluster.household_ids:
            continue
        distance = min(street_distance(households, here, order[m], default_distance_m) for m in cluster.household_ids)
        if best is None or (distance, index) < best[:2]:
            best = (distance, index, cluster)
    if best is None:
        pipe, _ = cluster_pipe(households, [here], default_distance_m)
        alone = Cluster(
            id=f"new+{household_id}",
            name="Nieuw cluster",
            household_ids=(household_id,),
            pipe_length_m=pipe,
        )
        return Joining(alone, None)
    cluster = best[2]
    positions = sorted([order[m] for m in cluster.household_ids] + [here])
    pipe, largest = cluster_pipe(households, positions, default_distance_m)
    joined = Cluster(
        id=cluster.id,
        name=cluster.name,
        household_ids=tuple(households[p].id for p in positions),
        manual=cluster.manual,
        pipe_length_m=pipe,
        largest_gap_m=largest,
    )
    return Joining(joined, cluster.id)
