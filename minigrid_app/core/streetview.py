"""The street as a drawing: where every home, every own borehole and every shared field lies.

Picked from the results once (docs/borefield.md#the-street-where-every-borehole-is-and-who-cools-whom),
drawn by :func:`minigrid_app.io.charts.street_layout_figure` on the quick scan page. Street
coordinates: x along the street from the first home [m], y across it (the homes' gardens
positive, the clusters' strips on the street side negative).
"""

from __future__ import annotations

from dataclasses import dataclass

from minigrid_app.core.formatting import number
from minigrid_app.core.home_labels import street_letter
from minigrid_app.core.problems import Bilingual
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.variant import Variant


@dataclass(frozen=True)
class HomeMark:
    """A home along the street: its label, where it starts and its frontage [m], and its letter (the slides' and the
    handout's 'uw woning is C', shown where no font has its name's letters)."""

    household_id: str
    label: str
    x_m: float
    frontage_m: float
    letter: str = ""


@dataclass(frozen=True)
class FieldMark:
    """A sized field in the street.

    Attributes
    ----------
    field_id : str
    name : str
        Cluster name (shared) or the home's label (own loop).
    shared : bool
    positions : tuple of (x, y)
        Every borehole [m].
    boreholes : int
    depth_m, spacing_m : float
    strip : tuple (x, y, length, width) or None
        A shared field's strip [m]: start along the street, edge nearest the homes, length,
        width (away from the homes).
    """

    field_id: str
    name: str
    shared: bool
    positions: tuple[tuple[float, float], ...]
    boreholes: int
    depth_m: float
    spacing_m: float
    strip: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class StreetView:
    """Everything the street drawing shows, and the sentence that says what it means."""

    homes: tuple[HomeMark, ...]
    fields: tuple[FieldMark, ...]
    length_m: float
    finding: Bilingual


def street_view(results: ProjectResults) -> StreetView | None:
    """The street drawing's contents; None when the fields were not sized in a street."""
    street = results.street
    if street is None:
        return None
    labels = {h.id: h.label for h in results.households}
    letters = {h.id: street_letter(h.row) for h in results.households if h.row >= 1}
    clusters = {c.id: c.name for c in results.clusters}
    homes = tuple(HomeMark(h.household_id, labels.get(h.household_id, ""), h.x_m, h.frontage_m, letters.get(h.household_id, ""))
                  for h in street.layout.homes)
    fields = []
    for found in results.fields:
        sizing = found.sizing
        if not sizing.feasible or not sizing.positions:
            continue
        shared = found.variant == Variant.SHARED_LOOP
        strip = street.layout.strip(found.cluster_id) if shared and found.cluster_id else None
        name = clusters.get(found.cluster_id, "") if shared else labels.get(found.households[0], "") if found.households else ""
        fields.append(
            FieldMark(
                found.id, name, shared, tuple(sizing.positions), sizing.boreholes, sizing.depth_m, sizing.spacing_m,
                (strip.x_m, strip.y_m, strip.length_m, strip.width_m) if strip else None,
            )
        )
    return StreetView(homes, tuple(fields), street.layout.length_m, _finding(results, fields))


def _finding(results: ProjectResults, fields: list[FieldMark]) -> Bilingual:
    """'Elk een eigen bodemlus (de 8 woningen die meedoen): 8 boorgaten, 916 m; gedeeld: 5 boorgaten, 631 m'.

    The own loops are counted for the homes on the shared loops only, so both sides are the same
    homes: step 3 counted a home that does not take part among the own loops (9 boreholes against
    the shared loops' 8 homes). The lengths are the sums of the fields' lengths as the table shows
    them, whole metres (915 m in the title against rows that add up to 916 m).
    """
    shared_homes = {h for f in results.fields if f.variant == Variant.SHARED_LOOP and f.sizing.feasible for h in f.households}
    own_of = {f.id: f.households[0] for f in results.fields if f.variant != Variant.SHARED_LOOP and f.households}
    own = [f for f in fields if not f.shared and (not shared_homes or own_of.get(f.field_id) in shared_homes)]
    shared_fields = [f for f in fields if f.shared]
    length = {f.id: f.sizing.total_length_m for f in results.fields}
    own_m = sum(round(length[f.field_id]) for f in own)
    shared_m = sum(round(length[f.field_id]) for f in shared_fields)
    own_n, shared_n = sum(f.boreholes for f in own), sum(f.boreholes for f in shared_fields)
    homes_nl = homes_en = ""
    if shared_homes:
        count = len(shared_homes)
        homes_nl = " (de woning die meedoet)" if count == 1 else f" (de {count} woningen die meedoen)"
        homes_en = " (the home that takes part)" if count == 1 else f" (the {count} homes that take part)"
    return Bilingual(
        f"Elk een eigen bodemlus{homes_nl}: {own_n} boorgaten, {number(own_m, 0, 'm')}; "
        f"gedeeld: {shared_n} boorgaten, {number(shared_m, 0, 'm')}",
        f"Each an own loop{homes_en}: {own_n} boreholes, {number(own_m, 0, 'm', 'en')}; "
        f"shared: {shared_n} boreholes, {number(shared_m, 0, 'm', 'en')}",
    )
