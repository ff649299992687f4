"""Two clusters' fields never drill closer than the minimum spacing (street strips that meet).

A cluster's strip runs along its members' frontage, so the strips of two neighbouring
clusters meet at a point. A field that fills its strip (a short frontage, a cheap wide
spacing) put a borehole at each end: the next cluster's first borehole stood 0 to 5 m from
it, nearer than the 6 m any field keeps between its own boreholes and nearer than a driller
would set two boreholes. Now each strip keeps half of what is missing free at the end where
another strip comes closer than the minimum spacing.
"""

from __future__ import annotations

import dataclasses
import itertools
import math

import pytest

import minigrid_app.io  # noqa: F401 (installs the g-function tables)
from minigrid_app.core import street
from minigrid_app.core.analysis import compute_project
from minigrid_app.core.clusters import Cluster
from minigrid_app.core.model import Household
from minigrid_app.io.examples import load_example


def _layout(distances, clusters, **kwargs):
    homes = [Household(id=f"h{i}", label=f"nr. {i}", distance_to_next_m=d) for i, d in enumerate(distances)]
    return street.street_layout(
        homes, clusters, default_distance_m=10.0, own_setback_m=3.0, strip_offset_m=2.0, strip_width_m=3.0,
        field_gap_m=6.0, **kwargs,
    )


def _closest_between(points_by_field) -> float:
    return min(
        math.dist(a, b)
        for (f, first), (g, second) in itertools.combinations(points_by_field.items(), 2)
        for a in first
        for b in second
    )


def test_meeting_strips_keep_half_the_spacing_each_at_their_common_end():
    layout = _layout([5.0] * 8, [Cluster("C1", "1", ("h0", "h1", "h2", "h3")), Cluster("C2", "2", ("h4", "h5", "h6", "h7"))])
    first, second = layout.strips
    # both 20 m long, meeting at 20 m: 3 m kept on each side of it, none at the street's ends
    assert (first.x_m, first.length_m, first.keep_start_m, first.keep_end_m) == (0.0, 20.0, 0.0, 3.0)
    assert (second.x_m, second.length_m, second.keep_start_m, second.keep_end_m) == (20.0, 20.0, 3.0, 0.0)
    assert first.usable_length_m == second.usable_length_m == 17.0
    # at 8.5 m spacing three boreholes span 17 m: the most that fit now (before: 21 m, at 10 m)
    assert first.most_columns(8.5) == 3 and first.most_columns(9.0) == 2
    # centred on the strip (1.5 .. 18.5) would reach into the kept room: moved back to 0 .. 17
    assert first.place(1, 3, 8.5) == ((0.0, -2.0), (8.5, -2.0), (17.0, -2.0))
    assert second.place(1, 3, 8.5) == ((23.0, -2.0), (31.5, -2.0), (40.0, -2.0))
    # a field that stays clear of the ends is placed as before: centred
    assert first.place(1, 2, 6.0) == ((7.0, -2.0), (13.0, -2.0))


def test_strips_apart_by_more_than_the_spacing_keep_nothing():
    layout = _layout([5.0] * 6, [Cluster("C1", "1", ("h0", "h1")), Cluster("C2", "2", ("h4", "h5"))])
    assert all(s.keep_start_m == s.keep_end_m == 0.0 for s in layout.strips)
    assert [s.usable_length_m for s in layout.strips] == [10.0, 10.0]


def test_a_strip_inside_another_holds_no_borehole_near_it():
    """A strip entered longer than its cluster's frontage runs over the next strip: the next one
    starts the minimum spacing past the first's usable end, whatever is left of either."""
    layout = _layout(
        [5.0] * 8,
        [Cluster("C1", "1", ("h0", "h1")), Cluster("C2", "2", ("h2", "h3")), Cluster("C3", "3", ("h4", "h5", "h6", "h7"))],
        strip_lengths_m={"C1": 30.0},
    )
    usable = sorted(
        (s.x_m + s.keep_start_m, s.x_m + s.length_m - s.keep_end_m) for s in layout.strips if s.usable_length_m >= 0
    )
    for (_, end), (start, _) in itertools.pairwise(usable):
        assert start - end >= 6.0 - 1e-9


@pytest.mark.parametrize("frontage_m", [4.6, 5.0, 5.4, 6.0])
def test_a_long_street_of_short_frontages_drills_no_two_fields_too_close(frontage_m):
    """40 homes of straat-24's figures at a short frontage: the cheapest fields fill their strips
    (before: 5.0 m between two clusters' boreholes at a 5 m frontage, 1 m at others)."""
    example = load_example("straat-24")
    homes = [
        dataclasses.replace(example.households[i % len(example.households)], id=f"h{i}", label=f"nr. {i + 1}",
                            distance_to_next_m=frontage_m)
        for i in range(40)
    ]
    results = compute_project(dataclasses.replace(example, households=homes))
    fields = {
        field_id: sizing.positions for field_id, sizing in results.street.shared.sizings.items() if sizing.positions
    }
    assert len(fields) >= 5
    assert _closest_between(fields) >= 6.0 - 1e-9


def test_a_strip_past_the_available_street_length_holds_no_borehole():
    """The street's available length 150 m cut the strips beyond it to 0 m, and a 0 m strip still held one
    borehole at its start: a 40-home street's Cluster 9 drilled at 185 m. Now such a field has no room, and
    says so in words that fit it (not 'ook 0 boorgaten'); a strip cut short keeps what lies within the street."""
    example = load_example("straat-24")
    homes = [
        dataclasses.replace(example.households[i % len(example.households)], id=f"h{i}", label=f"nr. {i + 1}",
                            distance_to_next_m=5.0)
        for i in range(40)
    ]
    street = dataclasses.replace(example, households=homes)
    street.clusters.street_length_m = 150.0
    results = compute_project(street, break_even=False, sensitivity=False)
    layout = results.street.layout
    past = [s for s in layout.strips if s.x_m > 150.0]
    assert past and all(s.usable_length_m < 0 and s.most_columns(6.0) == 0 for s in past)
    for strip in past:
        sizing = results.street.shared_field(strip.cluster_id)
        assert not sizing.feasible and sizing.infeasible_reason == "no_room" and sizing.positions == ()
        assert "heeft geen ruimte voor een boorgat" in str(sizing.warnings[0])
    drilled = [x for s in results.street.shared.sizings.values() for x, _ in s.positions]
    assert drilled and max(drilled) <= 150.0 + 1e-9
    # a strip cut short to room for one borehole too few says it in the singular ('ook 1 boorgaten … houden')
    said = [str(w) for w in results.warnings]
    assert any("ook 1 boorgat van 200 m houdt de vloeistof niet binnen de grenzen" in w for w in said)
    assert not any("1 boorgaten" in w for w in said)
