"""Rows of a table with wrapped text are as tall as their text at the columns' present width.

A table that measured its rows once (``resizeRowsToContents`` when the results came) kept the
heights of the moment: the quickscan's afwegingskader was filled while its step was out of
sight, its "Waarom" column a few dozen pixels wide, and at 1280 × 800 every one-line reason
stood in a row 100-260 px high (the page four screens long).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QTableView

from minigrid_app.io.examples import load_example
from tests.ui.layout_checks import settle

#: slack [px]: a grid line and rounding
SLACK = 4


def badly_sized_rows(view: QTableView) -> list[str]:
    """Rows of ``view`` much taller, or shorter, than their wrapped text needs at the present widths."""
    header = view.verticalHeader()
    floor = max(header.minimumSectionSize(), header.defaultSectionSize())  # click targets ≥ 32 px
    problems = []
    for row in range(view.model().rowCount()):
        if view.isRowHidden(row):
            continue
        needed = view.sizeHintForRow(row)
        height = view.rowHeight(row)
        if height > max(needed, floor) + SLACK or height + SLACK < needed:
            problems.append(f"row {row} is {height} px high, its text needs {needed} px")
    return problems


@pytest.mark.parametrize("example", ["straat-24", "hofje-8"])
def test_wrapped_rows_follow_the_width_of_their_columns(qtbot, tmp_path, example, quick_window):
    window = quick_window(load_example(example))
    problems = []
    for step, page in enumerate(window.pages):
        window.show_step(step)
        settle()
        for view in page.findChildren(QTableView):
            if not view.isVisible() or not view.wordWrap() or view.model() is None:
                continue
            where = f"step {step + 1} {type(view).__name__} {view.objectName()} ({type(view.parentWidget()).__name__})"
            problems += [f"{where}: {p}" for p in badly_sized_rows(view)]
    window.document.undo_stack.setClean()
    assert problems == [], "\n".join(problems)


def test_every_hoe_berekend_table_fills_its_width_with_rows_as_tall_as_their_text(qtbot, tmp_path, quick_window):
    """The group average's explanation has no sources: its two columns stood beside an empty
    field the width of the dialog."""
    from minigrid_app.ui.widgets.explain_button import ExplainButton

    window = quick_window(load_example("straat-24"))
    window.show_step(3)
    settle()
    problems, without_sources = [], 0
    for button in window.pages[3].findChildren(ExplainButton):
        dialog = button.open_dialog()
        if dialog is None:
            continue
        settle()
        table = dialog.table
        without_sources += table.isColumnHidden(2)
        title = dialog.explanation.title
        problems += [f"{title}: {p}" for p in badly_sized_rows(table)]
        if table.horizontalHeader().length() < table.viewport().width() - 1:
            problems.append(f"{title}: columns {table.horizontalHeader().length()} px in a table {table.viewport().width()} px wide")
        dialog.close()
    window.document.undo_stack.setClean()
    assert without_sources > 0  # the group average's explanations were among them
    assert problems == [], "\n".join(problems)
