"""The street drawing's strip labels stay legible in a long street.

A street of 40 homes at 5 m frontage gave strips of 20 m under labels of some 40 m
('Cluster 1: 3 × 178,47 m'): step 3 showed them printed over each other. Now a label that would run
into the one before it takes a second line, and where that has no room either it is the cluster's name.
"""

from __future__ import annotations

import dataclasses
import itertools

from matplotlib.backends.backend_agg import FigureCanvasAgg

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.problems import Bilingual
from minigrid_app.core.streetview import FieldMark, HomeMark, StreetView, street_view
from minigrid_app.io import charts
from minigrid_app.io.examples import load_example


def _label_boxes(figure):
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    return [(t.get_text(), t.get_window_extent(renderer)) for t in figure.axes[0].texts if t.get_text().startswith("Cluster")]


def test_a_long_streets_strip_labels_do_not_overlap():
    example = load_example("straat-24")
    homes = [
        dataclasses.replace(example.households[i % 24], id=f"h{i}", label=f"Korte Rij {i + 1}", distance_to_next_m=5.0)
        for i in range(40)
    ]
    results = compute_project(dataclasses.replace(example, households=homes), break_even=False, sensitivity=False)
    view = street_view(results)
    strips = [m for m in view.fields if m.strip is not None]
    assert len(strips) >= 8
    boxes = _label_boxes(charts.street_layout_figure(view))
    assert len(boxes) == len(strips)
    for (first, a), (second, b) in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), f"{first!r} over {second!r}"
    # most keep their figures; the cluster's name alone only where two lines have no room
    assert sum("×" in text for text, _ in boxes) >= len(boxes) - 2


def test_labels_with_room_stay_on_one_line_with_their_figures():
    homes = tuple(HomeMark(f"h{i}", f"Dorpsstraat {i}", 40.0 * i, 40.0) for i in range(4))
    fields = tuple(
        FieldMark(f"f{i}", f"Cluster {i + 1}", True, ((80.0 * i + 20.0, -3.0),), 1, 120.0, 6.0, strip=(80.0 * i, -1.0, 80.0, 4.0))
        for i in range(2)
    )
    figure = charts.street_layout_figure(StreetView(homes, fields, 160.0, Bilingual("Twee velden", "Two fields")))
    tops = {round(t.get_position()[1], 6) for t in figure.axes[0].texts if t.get_text().startswith("Cluster")}
    assert [t.get_text() for t in figure.axes[0].texts if t.get_text().startswith("Cluster")] == [
        "Cluster 1: 1 × 120 m", "Cluster 2: 1 × 120 m"
    ]
    assert len(tops) == 1
