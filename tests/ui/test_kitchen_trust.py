"""The kitchen-table walk of session 5 (a new resident initiator, 1280 × 800): what a resident
reads must be readable and what they click must respond.

- a field note below a table cell lies over the next row: a click there reaches that row (and
  puts the note away) instead of being eaten by the note;
- the recovery offer names the project (name, street) and when it was last changed, not the
  recovery folder's internal name;
- the assumptions (step 4, "Uitgangspunten") can all be reached (the tab scrolls) and every
  source is shown in full (title, publisher, year), not cut with "…";
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from minigrid_app.io.examples import load_example
from minigrid_app.ui.models.households_model import COL_GAS
from minigrid_app.ui.widgets.field_message import field_message
from tests.ui.person import type_cell


@pytest.fixture
def window(quick_window):
    return quick_window(load_example("hofje-8"), immediate=True)


def test_a_click_on_the_note_reaches_the_row_under_it(window, qtbot):
    window.show_step(0)
    intake = window.pages[0]
    view, model = intake.table, intake.model
    type_cell(qtbot, view, model.index(2, COL_GAS), "veel")
    note = field_message(window)
    assert note.isVisible()
    below = view.visualRect(model.index(3, COL_GAS))
    assert note.geometry().intersects(
        below.translated(view.viewport().mapTo(window, below.topLeft()) - below.topLeft())
    )  # the note lies over the next row: that is where the click goes
    point = view.viewport().mapToGlobal(below.center())
    target = window.childAt(window.mapFromGlobal(point))  # where Qt delivers a click
    assert target is view.viewport(), target  # not the note
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFromGlobal(point))
    assert view.currentIndex().row() == 3
    assert not note.isVisible()  # the click on it also put it away


# ---------------------------------------------------------------------- the recovery offer
def _crashed_unsaved_project(qtbot, tmp_path):
    """A window with an unsaved project (the example, never saved), autosaved, then gone."""
    from tests.ui.test_recovery_and_lock import crash, make_window

    first = make_window(qtbot, tmp_path)
    first.document.replace_project(load_example("straat-24"), None)
    first.document.set_attr(lambda p: p.households[0], "gas_m3_per_year", 2345.0, "gas")
    assert first.controller.autosave()
    crash(first)
    return make_window


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_recovery_offer_names_the_project_and_when_it_changed(qtbot, tmp_path, language):
    from tests.ui.test_recovery_and_lock import _WINDOWS

    make_window = _crashed_unsaved_project(qtbot, tmp_path)
    second = make_window(qtbot, tmp_path, answers=[False])
    second.translations.set_language(language)
    try:
        assert not second.controller.offer_recovery()
        method, title, text = second.dialogs.asked[-1]
    finally:
        second.translations.set_language("nl")
        while _WINDOWS:
            window = _WINDOWS.pop()
            window.document.undo_stack.setClean()
            window.controller.close_cleanly()
    assert method == "ask_yes_no"
    assert "Vogelstraat gasvrij" in text  # the project's name
    # not the recovery folder's own name (n-<session id>)
    assert not any(part.startswith(("n-", "p-")) and len(part) > 12 for part in text.replace("/", " ").split())
    if language == "nl":
        assert "nog niet opgeslagen" in text and "Laatst gewijzigd: vandaag om " in text
    else:
        assert "not saved yet" in text and "Last changed: today at " in text


# ---------------------------------------------------------------------- the assumptions
def test_every_assumption_and_its_whole_source_can_be_read(window, qtbot):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QScrollArea

    from minigrid_app.ui.models.parameters_model import COL_SOURCE
    from minigrid_app.ui.pages.table_panel import rows_height
    from tests.ui.layout_checks import settle

    window.show_step(3)
    page = window.pages[3]
    page.tabs.setCurrentIndex(1)
    view, model = page.parameters_view, page.parameters_model
    settle()
    qtbot.waitUntil(lambda: view.height() >= rows_height(view))  # fitted when idle
    # the tab scrolls: the last figure can be brought into sight
    scroll = view.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert scroll is not None and page.isAncestorOf(scroll)
    for _ in range(3):  # the table grows once its rows are measured, then the page's layout follows
        qtbot.wait(50)
        settle()
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    settle()
    last = view.visualRect(model.index(model.rowCount() - 1, 0))
    bottom = view.viewport().mapTo(scroll.viewport(), last.bottomLeft())
    assert 0 <= bottom.y() <= scroll.viewport().height()
    # every source fits its cell: the wrapped text's height is within the row's
    metrics = view.fontMetrics()
    width = view.columnWidth(COL_SOURCE) - 6  # the item delegate's text margins (3 px a side)
    for row in range(model.rowCount()):
        if model.key_at(row) is None:
            continue
        text = model.index(row, COL_SOURCE).data()
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()
        assert view.rowHeight(row) >= needed, (model.key_at(row), view.rowHeight(row), needed)


def test_every_table_that_leaves_scrolling_to_its_page_is_inside_something_that_scrolls(window, qtbot):
    """follow_rows takes a table's own scroll bar away: without a scroll area around it, the rows
    below the window's edge cannot be reached at all (step 4's assumptions showed 13 of 129)."""
    from PySide6.QtWidgets import QAbstractItemView, QScrollArea

    lost = []
    for step, page in enumerate(window.pages):
        window.show_step(step)
        for view in page.findChildren(QAbstractItemView):
            if not view.property("fit_rows_followed"):
                continue
            parent = view.parentWidget()
            while parent is not None and parent is not page and not isinstance(parent, QScrollArea):
                parent = parent.parentWidget()
            if not isinstance(parent, QScrollArea):
                lost.append(f"step {step + 1}: {type(view).__name__} in {type(view.parentWidget()).__name__}")
    assert lost == []


# ---------------------------------------------------------------------- glossary by keyboard
def test_a_glossary_term_opens_with_tab_and_enter(qtbot):
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from minigrid_app.ui.widgets.glossary import link_label

    box = QWidget()
    layout = QVBoxLayout(box)
    label = QLabel("Een gedeelde bodemlus met een warmtepomp per woning.")
    layout.addWidget(label)
    qtbot.addWidget(box)
    assert link_label(label, "nl")
    box.show()
    opened = []
    label.linkActivated.connect(opened.append)
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_Tab)  # onto the first term
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert opened
