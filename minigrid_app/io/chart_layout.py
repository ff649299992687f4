"""A document's one-axes chart placed in one measuring pass, and drawn without placing what it does not show (issue 16).

No Qt; matplotlib is imported when a chart is placed. Used by
:func:`minigrid_app.io.documents.common.figure_pixels` for the charts of :mod:`minigrid_app.io.charts`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def lay_out_once(figure: Figure, renderer) -> bool:
    """Place a one-axes chart as the constrained layout would, in one measuring pass; True when done.

    The constrained layout (:func:`minigrid_app.io.charts._new_figure`) measures the axes' labels twice and solves
    a system of constraints: a third of a document chart's time (issue 16). For one axes in a
    figure with at most a title that is the same arithmetic: the axes' position is the figure
    less the room its labels take beyond it and the title's height, each with the engine's
    padding; the ticks of these charts do not depend on the axes' size, so a second
    measurement finds the same room. The layout engine is switched off after (the figure is
    placed). False, and nothing changed, for a figure this does not cover (more axes, a
    figure legend, another engine): it is laid out as before when drawn.
    """
    from matplotlib.layout_engine import ConstrainedLayoutEngine
    from matplotlib.transforms import Bbox

    engine = figure.get_layout_engine()
    if not isinstance(engine, ConstrainedLayoutEngine) or len(figure.axes) != 1 or figure.legends or figure.subfigs:
        return False
    params = engine.get()
    if tuple(params["rect"]) != (0, 0, 1, 1) or params.get("compress"):
        return False
    if getattr(figure, "_supxlabel", None) is not None or getattr(figure, "_supylabel", None) is not None:
        return False
    ax = figure.axes[0]
    if not ax.get_in_layout() or ax.get_subplotspec() is None or ax.get_subplotspec().get_geometry()[:2] != (1, 1):
        return False
    width, height = figure.get_size_inches()
    w_pad, h_pad = params["w_pad"] / width, params["h_pad"] / height
    to_figure = figure.transFigure.inverted()
    top_room = 0.0
    title, _text = getattr(figure, "minigrid_title", (None, ""))
    if figure.get_suptitle() and title is None:  # a title placed otherwise
        return False
    if title is not None and title.get_in_layout():
        # the constrained layout hangs the title from the top edge, less the padding
        title.set_y(1 - h_pad)
        top_room = title.get_tightbbox(renderer).transformed(to_figure).height + 2 * h_pad
    for _measure in range(2):
        pos = ax.get_position(original=True)
        with ticks_measured_once(ax):
            bbox = ax.get_tightbbox(renderer, for_layout_only=True)
        bbox = pos if bbox is None else bbox.transformed(to_figure)
        beyond = (pos.x0 - bbox.x0, bbox.x1 - pos.x1, pos.y0 - bbox.y0, bbox.y1 - pos.y1)
        left, right, bottom, top = (pad + max(0.0, room) for pad, room in zip((w_pad, w_pad, h_pad, h_pad), beyond, strict=True))
        if left + right >= 1 or bottom + top + top_room >= 1:  # no room: as the engine, leave it be
            if _measure == 0:
                return False
            break
        ax.set_position(Bbox.from_extents(left, bottom, 1 - right, 1 - top_room - top), which="both")
        if beyond[1] <= 0 and beyond[3] <= 0:
            break
    figure.set_layout_engine("none")
    return True


@contextlib.contextmanager
def ticks_measured_once(*axes) -> Iterator[None]:
    """While in it, each axis of ``axes`` makes its ticks and measures their labels once.

    Measuring an axes (``get_tightbbox``) has each axis make its ticks and measure their labels
    twice: for the room they take and to place the axis label below them (and those of the
    axes sharing it, again for each; issue 16). Nothing changes in between, so the second time
    gives what the first gave; use it only while the axes are not changed.
    """
    names = ("_update_ticks", "_get_ticklabel_bboxes")
    axes_of = [axis for ax in axes for axis in (ax.xaxis, ax.yaxis)]
    if not all(callable(getattr(axis, name, None)) for axis in axes_of for name in names):
        # a matplotlib whose axes work otherwise (these are its own, unpublished methods): measured as it does
        yield
        return
    before = [(axis, {name: axis.__dict__.get(name) for name in names}) for ax in axes for axis in (ax.xaxis, ax.yaxis)]
    for axis, _own in before:
        made, measured = axis._update_ticks, axis._get_ticklabel_bboxes
        found: dict = {}

        def ticks(made=made, found=found):
            if "ticks" not in found:
                found["ticks"] = made()
            return found["ticks"]

        def boxes(ticks, renderer, measured=measured, found=found):
            key = (id(ticks), id(renderer))
            if key not in found:
                found[key] = (ticks, measured(ticks, renderer))  # the ticks kept: their id stays theirs
            return found[key][1]

        axis._update_ticks, axis._get_ticklabel_bboxes = ticks, boxes
    try:
        yield
    finally:
        for axis, own in before:
            for name, method in own.items():
                if method is None:
                    del axis.__dict__[name]
                else:
                    setattr(axis, name, method)


@contextlib.contextmanager
def each_measured_once(figure: Figure) -> Iterator[None]:
    """While in it, every measurement of an axes of ``figure`` (its layout engine's, twice per
    axes) is made under :func:`ticks_measured_once` for all its axes (a measurement changes none)."""
    for ax in figure.axes:

        def measured(*args, _measure=ax.get_tightbbox, **kwargs):
            with ticks_measured_once(*figure.axes):
                return _measure(*args, **kwargs)

        ax.get_tightbbox = measured
    try:
        yield
    finally:
        for ax in figure.axes:
            ax.__dict__.pop("get_tightbbox", None)


def _unplaced(_renderer) -> None:
    """An axis label that is not placed (:func:`empty_labels_unplaced`)."""


@contextlib.contextmanager
def empty_labels_unplaced(figure: Figure) -> Iterator[None]:
    """While in it, drawing ``figure`` does not place its axes' empty labels.

    An axis places its label below (or beside) its tick labels each time it is drawn: its ticks
    made and their words measured again, twice (issue 16). An empty label draws nothing
    wherever it is, so the pixels are the same; it is placed where it is measured
    (:func:`lay_out_once`, the layout engines: its place counts in the room the axis takes, so
    a figure whose engine lays it out while drawing must not be drawn in this), and as before
    after the drawing. The labels of an axes with a title stay placed (a title may be put
    above an axis measured with its label).
    """
    unplaced = [
        axis
        for ax in figure.axes
        if not any(ax.get_title(loc) for loc in ("center", "left", "right"))
        for axis in (ax.xaxis, ax.yaxis)
        if axis.label.get_text() == ""
    ]
    for axis in unplaced:
        axis._update_label_position = _unplaced
    try:
        yield
    finally:
        for axis in unplaced:
            del axis._update_label_position
