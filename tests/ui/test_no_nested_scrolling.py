"""Issue 15: at 1280 × 800 a step page scrolls as a whole; no table inside it scrolls on its own.

A tester saw two scroll bars nested: step 1's homes table showed 6 of straat-24's 24 homes with
its own scroll bar inside the scrolling page, step 5's "Wie doet mee?" about 2 rows. Every table
and tree on a step page is as high as its rows (``fit_rows``), with the real window and every
bundled example.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView

from minigrid_app.io.examples import EXAMPLES, load_example
from tests.ui.layout_checks import settle

#: views that may scroll on their own, with the reason. None: every table follows the page.
ALLOWED_TO_SCROLL: dict[str, str] = {}


def rows_height(view: QAbstractItemView) -> int:
    """The height (px) of every row of ``view`` counted here, row by row (every expanded item of a tree)."""
    model = view.model()
    if isinstance(view, QTreeView):
        total, index = 0, model.index(0, 0)
        while index.isValid():
            total += view.visualRect(index).height()
            index = view.indexBelow(index)
        return total
    assert isinstance(view, QTableView)
    return sum(view.rowHeight(r) for r in range(model.rowCount()) if not view.isRowHidden(r))


def scrolling_views(window) -> list[str]:
    """Every shown view on every step whose rows do not all fit inside it."""
    problems = []
    for step, page in enumerate(window.pages):
        window.show_step(step)
        settle()
        settle()  # the fitting waits for an idle moment, then the layout follows it
        for view in page.findChildren(QAbstractItemView):
            if isinstance(view, QHeaderView) or not view.isVisible() or view.model() is None or type(view).__name__ in ALLOWED_TO_SCROLL:
                continue
            needed, shown = rows_height(view), view.viewport().height()
            if view.verticalScrollBar().isVisible() or shown < needed:
                where = f"step {step + 1} {type(view).__name__} in {type(view.parentWidget()).__name__}"
                problems.append(f"{where}: {view.model().rowCount()} rows need {needed} px, shown {shown} px")
    return problems


@pytest.mark.parametrize("larger", [False, True], ids=["normal", "larger-text"])
@pytest.mark.parametrize("example", EXAMPLES)
def test_no_table_scrolls_inside_a_step_page(qtbot, tmp_path, example, larger, quick_window):
    window = quick_window(load_example(example))
    try:
        window.set_larger_text(larger)
        assert scrolling_views(window) == []
    finally:
        window.set_larger_text(False)
        window.document.undo_stack.setClean()


def test_the_homes_table_grows_with_a_home_typed_in(qtbot, tmp_path, quick_window):
    """A home added by hand shows at once below the others; the page, not the table, scrolls."""
    window = quick_window(load_example("straat-24"))
    try:
        window.show_step(0)
        settle()
        settle()
        page = window.pages[0]
        before = page.table.height()
        page.add_household()
        qtbot.keyClicks(page.table.focusWidget() or page.table, "Lindelaan 2")
        settle()
        settle()
        assert page.table.height() > before
        assert page.table.viewport().height() >= rows_height(page.table)
        assert scrolling_views(window) == []
    finally:
        window.document.undo_stack.setClean()
