"""The report's sketch of the shared fields draws and names each field's own spacing.

Its heading read 'cirkels, 6 m uit elkaar' (the minimum spacing) over straat-24's fields, which the
layout search set 11 and 12 m apart (the table beside it, the tender and 'hoe berekend?' say so);
the circles were drawn 6 m apart too.
"""

from __future__ import annotations

import datetime
import itertools
import math

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.variant import Variant
from minigrid_app.io.documents.common import DocumentContext
from minigrid_app.io.documents.report import borefield_layout_figure
from minigrid_app.io.examples import load_example


@pytest.mark.parametrize("language, apart", [("nl", "uit elkaar"), ("en", "apart")])
def test_each_field_is_drawn_and_named_at_its_own_spacing(language, apart):
    project = load_example("straat-24")
    results = compute_project(project, break_even=False, sensitivity=False)
    shared = [f for f in results.fields if f.variant == Variant.SHARED_LOOP]
    spacings = [f.sizing.spacing_m for f in shared]
    assert len(set(spacings)) > 1 and min(spacings) > results.parameters["borehole_spacing_m"]
    ctx = DocumentContext(project, results, language, "house_number", datetime.date(2026, 12, 2), {}, [])
    figure = borefield_layout_figure(ctx)
    assert " m " not in figure.get_suptitle() and "6 m" not in figure.get_suptitle()
    for ax, field in zip(figure.axes, shared, strict=True):
        assert ax.get_title().endswith(f", {round(field.sizing.spacing_m)} m {apart}")
        circles = ax.collections[0].get_offsets()
        xs = sorted(float(x) for x, _ in circles)
        assert len(xs) == field.sizing.boreholes
        assert all(math.isclose(b - a, field.sizing.spacing_m) for a, b in itertools.pairwise(xs))


def test_fields_of_one_spacing_say_it_once_in_the_heading():
    project = load_example("hofje-8")
    results = compute_project(project, break_even=False, sensitivity=False)
    assert {f.sizing.spacing_m for f in results.fields if f.variant == Variant.SHARED_LOOP} == {12.0}
    ctx = DocumentContext(project, results, "nl", "house_number", datetime.date(2026, 12, 2), {}, [])
    figure = borefield_layout_figure(ctx)
    assert "(cirkels, 12 m uit elkaar)" in figure.get_suptitle()
    assert not any("uit elkaar" in ax.get_title() for ax in figure.axes)
