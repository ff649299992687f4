"""What a borefield costs and how a cluster shares it (method.md, "Gedeelde bodemlus").

A home's own field (``ground_hp``) is paid by that home alone; a cluster's field
(``shared_loop``) adds the pipe between the homes and the set-up of the cluster, and every
line is split over the members by the cluster's allocation key.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from minigrid_app.core import costs, fieldsizing
from minigrid_app.core.borefield import FieldSizing
from minigrid_app.core.clusters import Cluster, allocate
from minigrid_app.core.demand import HeatDemand
from minigrid_app.core.engineer_design import design_sizing
from minigrid_app.core.formatting import euro
from minigrid_app.core.method import Namespace, evaluate_all
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.results import FieldResult
from minigrid_app.core.tender_model import EngineerDesign
from minigrid_app.core.variant import Variant
from minigrid_app.core.variants import CostLine, FieldShare

#: allocation key → how the split is said (Dutch, English)
ALLOCATION_WORDS = {
    "extraction": ("naar onttrokken bodemwarmte", "by ground heat extracted"),
    "equal": ("gelijk", "equally"),
    "design_load": ("naar ontwerpvermogen", "by design load"),
}


@dataclass(frozen=True)
class FieldSettings:
    """What every field of a project is sized and shared with.

    Attributes
    ----------
    params : ParameterSet
        The project's figures.
    layout : str
        Borehole layout: ``line`` or ``rectangle``.
    method : str
        Sizing: ``pygfunction`` or ``rule_of_thumb``.
    allocation_key : str
        How a cluster splits its costs: ``extraction``, ``equal`` or ``design_load``.
    reserve : int
        Homes every shared field is sized for in reserve (late joiners).
    shared_members_total : int
        Homes in all clusters together (they share the project set-up) [-].
    design : EngineerDesign | None
        The engineer's final design: a cluster with exactly the homes of one of its fields
        gets that field's geometry instead of Minigrid's sizing (docs/handoff.md).
    street : StreetFields | None
        Every field of the street sized with its neighbours (docs/borefield.md): the own
        loops of all homes that could drill one, the clusters' fields in their strips. None:
        every field sized alone.
    """

    params: ParameterSet
    layout: str
    method: str
    allocation_key: str
    reserve: int
    shared_members_total: int
    design: EngineerDesign | None = None
    street: fieldsizing.StreetFields | None = None


def field_sizing(
    field_id: str,
    demands: Sequence[HeatDemand],
    settings: FieldSettings,
    extra_homes: int = 0,
    compare: bool = True,
    curves: bool = True,
) -> FieldSizing:
    """The sizing of a field: from the street (with its neighbours) when it was sized there.

    The street's own sizing when ``demands`` are the ones the street was sized for; sized
    again with the neighbours as they are for other demands (the break-even search; ``compare``
    False: without the fewest-boreholes comparison, ``curves`` False: without the fluid
    temperatures, :meth:`.fieldsizing.StreetFields.resize`); alone without a street.
    """
    street = settings.street
    request = street.requests.get(field_id) if street is not None else None
    if request is None:
        return fieldsizing.size(demands, settings.params, settings.layout, extra_homes=extra_homes, method=settings.method)
    homes = tuple(fieldsizing.home_heat(d) for d in demands)
    if homes == request.homes:
        scenario = street.own if field_id.startswith("own-") else street.shared
        return scenario.sizings[field_id]
    return street.resize(field_id, demands, compare, homes, curves)


def field_values(
    params: ParameterSet,
    variant: str,
    sizing: FieldSizing,
    field_homes: int = 1,
    shared_homes_total: int = 0,
    pipe_length_m: float = 0.0,
) -> Namespace:
    """The named values the method's borefield entries (:data:`~minigrid_app.core.costs.FIELD_COST_LINES`) use."""
    known = {
        "total_length_m": sizing.total_length_m,
        "borehole_count": sizing.boreholes,
        "header_length_m": sizing.header_length_m,
        "field_homes": field_homes,
        "shared_homes_total": shared_homes_total,
        "pipe_length_m": pipe_length_m,
    }
    return Namespace(params, variant, known)


def own_field_lines(sizing: FieldSizing, params: ParameterSet, words: bool = True) -> list[CostLine]:
    """Investment lines of a home's own borefield: drilling, borehole heads, drilling site,
    header pipe [€]; none for a field that cannot be built (``sizing.feasible`` False).
    ``words`` False: without the lines' words (:func:`.costs.lines`)."""
    if not sizing.feasible:
        return []
    values = field_values(params, Variant.GROUND_HP, sizing)
    return costs.lines(costs.FIELD_COST_LINES, Variant.GROUND_HP, values, words)


def allocation_weights(key: str, sizing: FieldSizing, count: int) -> list[float]:
    """Weights of the homes on a field for the allocation ``key`` (street order) [-]."""
    if key == "equal":
        return [1.0] * count
    if key == "design_load":
        return list(sizing.design_load_per_home_kw)
    return list(sizing.extraction_per_home_kwh)


def _shared_values(cluster: Cluster, sizing: FieldSizing, settings: FieldSettings) -> Namespace:
    values = field_values(
        settings.params,
        Variant.SHARED_LOOP,
        sizing,
        len(cluster.household_ids),
        settings.shared_members_total,
        cluster.pipe_length_m,
    )
    return evaluate_all(costs.FIELD, values)


def shared_field(
    cluster: Cluster,
    demands: dict[str, HeatDemand],
    settings: FieldSettings,
    only: str | None = None,
    words: bool = True,
    curves: bool = True,
    compare: bool = True,
) -> tuple[FieldResult, dict[str, FieldShare]]:
    """Size a cluster's field and split its costs over the members.

    Parameters
    ----------
    only : str, optional
        A member's household id: the shares hold this member's alone, and a field sized again
        leaves out the fewest-boreholes comparison (the break-even search reads one home's
        share of the field; the same figures).
    words : bool
        False: the cost lines and the shares' lines without their words (``formula_nl`` and
        ``formula_en`` empty), the same amounts: for a caller that reads the figures only (the
        break-even search, as :func:`~minigrid_app.core.variants.compute_variant`'s ``words``).
    curves : bool
        False: a field sized again leaves out its fluid temperatures (the field's curves empty,
        :func:`~minigrid_app.core.borefield.size_field`), the shares the same: for a caller that
        reads the shares only (the break-even search).
    compare : bool
        False: a field sized again leaves out the fewest-boreholes comparison, the shares the
        same (a what-if run, :func:`~minigrid_app.core.analysis.compute_project`'s ``details``).

    Returns
    -------
    FieldResult
        The field with its total and every member's share.
    dict[str, FieldShare]
        Household id → what its ``shared_loop`` variant takes from the field.
    """
    params = settings.params
    members = list(cluster.household_ids)
    design = settings.design.for_members(members) if settings.design is not None else None
    field_id = f"shared-{cluster.id}"
    if design is not None and settings.method != "rule_of_thumb":
        minigrid = None if design.boreholes else field_sizing(
            field_id, [demands[h] for h in members], settings, settings.reserve, only is None
        )
        homes = [fieldsizing.home_heat(demands[h]) for h in members]
        sizing = design_sizing(
            design, homes, fieldsizing.ground_parameters(params, settings.layout), minigrid, settings.reserve
        )
    else:
        design = None
        sizing = field_sizing(
            field_id, [demands[h] for h in members], settings, settings.reserve, only is None and compare, curves
        )
    values = _shared_values(cluster, sizing, settings)
    # a field that cannot be built shows no costs (its warning says why and what would help)
    lines = costs.lines(costs.FIELD_COST_LINES, Variant.SHARED_LOOP, values, words) if sizing.feasible else []
    weights = allocation_weights(settings.allocation_key, sizing, len(members))
    shares_by_line = [allocate(line.amount_eur, weights) for line in lines]
    # shared upkeep (method.md#shared-upkeep): every home pays the per-home part itself; only the
    # cluster part (bank account, insurance) is split by the key
    maintenance = values["field_maintenance_eur"]
    per_home = params["maintenance_shared_per_home_eur"]
    maintenance_shares = [
        round(per_home + share, 2) for share in allocate(params["maintenance_shared_per_cluster_eur"], weights)
    ]
    result = FieldResult(
        id=field_id,
        variant=Variant.SHARED_LOOP,
        cluster_id=cluster.id,
        households=members,
        sizing=sizing,
        cost_lines=lines,
        shared_cost_eur=round(sum(line.amount_eur for line in lines), 2),
        cost_shares_eur={h: round(sum(s[i] for s in shares_by_line), 2) for i, h in enumerate(members)},
        maintenance_eur=maintenance,
        maintenance_shares_eur=dict(zip(members, maintenance_shares, strict=True)),
        allocation_key=settings.allocation_key,
        extra_homes=settings.reserve,
        designed_by_engineer=design is not None,
    )
    key_nl, key_en = ALLOCATION_WORDS[settings.allocation_key]
    shares = {}
    if not sizing.feasible:
        return result, shares  # a field that cannot be built has no costs to share
    # what every member's share of a line says alike, worked out once per line (not once per member)
    labels = [(f"Aandeel: {line.label_nl.lower()}", f"Share: {line.label_en.lower()}") for line in lines]
    if words:
        said = [
            (f"van {amount} ({line.formula_nl or line.label_nl}), verdeeld {key_nl}",
             f"of {amount} ({line.formula_en or line.label_en}), split {key_en}")
            for line, amount in ((line, euro(line.amount_eur)) for line in lines)
        ]
    for i, household_id in enumerate(members):
        if only is not None and household_id != only:
            continue
        fraction = weights[i] / sum(weights) if sum(weights) > 0 else 1 / len(members)
        part = f"{fraction:.1%} " if words else ""
        share_lines = tuple(
            CostLine(
                line.key,
                labels[j][0],
                labels[j][1],
                shares_by_line[j][i],
                line.component,
                shared=True,
                formula_nl=part + said[j][0] if words else "",
                formula_en=part + said[j][1] if words else "",
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


def own_field(
    household_id: str, demand: HeatDemand, settings: FieldSettings, words: bool = True, curves: bool = True
) -> tuple[FieldResult, FieldShare | None]:
    """Size a home's own field; the home pays all of it (no share when it cannot be built).
    ``words`` False: the lines without their words; ``curves`` False: a field sized again
    without its fluid temperatures; both as :func:`shared_field`'s."""
    field_id = f"own-{household_id}"
    sizing = field_sizing(field_id, [demand], settings, curves=curves)
    lines = own_field_lines(sizing, settings.params, words)
    total = round(sum(line.amount_eur for line in lines), 2)
    result = FieldResult(
        id=field_id,
        variant=Variant.GROUND_HP,
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
    if not sizing.feasible:
        return result, None
    share = FieldShare(
        field_id=field_id,
        source_temp_by_month_c=tuple(sizing.source_temp_by_month_c),
        design_source_temp_c=sizing.design_source_temp_c,
        lines=tuple(lines),
        provisional=sizing.provisional,
    )
    return result, share
