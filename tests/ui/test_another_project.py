"""Opening another project (Bestand → Nieuw / Openen) shows it from the top of its step.

Walking straat-24 then Ctrl+N: the new, empty project opened on the intake scrolled to where
the last project's intake was left, below the (empty) table of homes, and the summary line
read "0 woningen, 0 doen mee, 0 clusters".
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QScrollArea

from minigrid_app.core.model import Project
from minigrid_app.io.examples import load_example
from tests.ui.layout_checks import settle


def test_a_new_project_starts_at_the_top_and_says_it_has_no_homes_yet(qtbot, tmp_path, quick_window):
    window = quick_window(load_example("straat-24"))
    scrolled = []
    for step in (0, 2, 4):
        window.show_step(step)
        settle()
        bar = window.pages[step].findChild(QScrollArea).verticalScrollBar()
        bar.setValue(bar.maximum())
        scrolled.append(bar)
    assert all(bar.value() > 0 for bar in scrolled)
    window.document.replace_project(Project(), None)  # what Bestand → Nieuw does after asking
    settle()
    assert window.current_step() == 0
    assert [bar.value() for bar in scrolled] == [0, 0, 0]
    assert window.document.results is not None  # the empty project is computed too
    assert window.summary.label.text() == "Nog geen woningen: begin bij de intake."


def test_a_project_opens_at_the_top_of_its_step_in_progress(qtbot, tmp_path, quick_window):
    """hofje-8 opens on step 3: the page stood scrolled down to the first row of the fields'
    table, which the page selects when it fills it (the page followed the table's current row
    as if the keyboard had moved it there)."""
    window = quick_window(load_example("hofje-8"))
    settle()
    assert window.current_step() == 2
    bar = window.pages[2].findChild(QScrollArea).verticalScrollBar()
    assert bar.maximum() > 0
    assert bar.value() == 0
    window.document.recompute_now()  # new results fill the tables again: the page stays put
    settle()
    assert bar.value() == 0
    window.document.undo_stack.setClean()


def test_the_page_still_follows_the_keyboard_down_a_table(qtbot, tmp_path, quick_window):
    from PySide6.QtCore import Qt

    window = quick_window(load_example("straat-24"))
    window.show_step(0)
    settle()
    qtbot.wait(100)  # the table's height comes after a pass of the event loop
    settle()
    intake = window.pages[0]
    bar = intake.findChild(QScrollArea).verticalScrollBar()
    bar.setValue(0)
    window.activateWindow()
    intake.table.setFocus()
    qtbot.waitUntil(intake.table.hasFocus)
    intake.table.setCurrentIndex(intake.model.index(0, 0))
    for _ in range(23):
        qtbot.keyClick(intake.table, Qt.Key.Key_Down)
    settle()
    assert intake.table.currentIndex().row() == 23
    last = intake.table.visualRect(intake.table.currentIndex())
    assert bar.value() > 0
    assert intake.table.viewport().visibleRegion().intersected(last) == last  # the whole row in sight
    window.document.undo_stack.setClean()


def test_the_quick_scan_of_a_project_without_homes_does_not_call_the_input_complete(shown_page):
    from minigrid_app.ui.pages.quickscan import QuickscanPage

    page = shown_page(QuickscanPage, "hofje-8")
    page.document.replace_project(Project(), None)
    text = page.warnings_panel.warnings_label.text()
    assert "compleet" not in text and "Nog geen woningen" in text


def test_documents_from_the_menu_show_their_progress_in_view(qtbot, tmp_path, quick_window):
    """Bestand → Documenten voor bewonersavond… opened step 5 at its top; the progress bar and
    the status were at the bottom of the page, out of sight, for the 20 s the pack took."""
    from minigrid_app.ui.pages.second_evening.documents import DocumentsPanel

    window = quick_window(load_example("straat-24"))
    window.dialogs.answers.append(str(tmp_path))  # the folder
    page = window.pages[4]
    page.ensure_built()
    page.services.engine.run = lambda *args, **kwargs: None  # the pack is being written
    window.make_documents()
    panel = page.findChild(DocumentsPanel)
    for _ in range(3):
        settle()
        qtbot.wait(50)
    panel._documents_step(0.05, "verslag")  # the first progress of the pack
    settle()
    qtbot.wait(50)
    assert panel.documents_progress.isVisible()
    assert not panel.documents_progress.visibleRegion().isEmpty()
    assert not panel.documents_status.visibleRegion().isEmpty()
    window.document.undo_stack.setClean()


def test_the_entry_for_the_next_condition_stays_in_sight(qtbot, tmp_path, quick_window):
    """Step 2 at 1280 × 800: typing an own condition and Enter added its row above the entry,
    which then stood below the page's edge with the keyboard in it."""
    from PySide6.QtCore import Qt

    window = quick_window(load_example("straat-24"))
    window.show_step(1)
    page = window.pages[1]
    for _ in range(3):
        settle()
        qtbot.wait(30)
    window.activateWindow()
    for text in ("De straat mag maar een keer open", "Geen bomen kappen", "Boren in de zomervakantie"):
        page.new_condition_edit.setFocus()
        qtbot.keyClicks(page.new_condition_edit, text)
        qtbot.keyClick(page.new_condition_edit, Qt.Key.Key_Return)
        for _ in range(3):
            settle()
            qtbot.wait(30)
        region = page.new_condition_edit.visibleRegion()
        assert region.boundingRect().height() == page.new_condition_edit.height(), text
    window.document.undo_stack.setClean()


def test_a_new_project_takes_the_typing_in_its_name(qtbot, tmp_path, quick_window):
    """Ctrl+N, then typing the name: the keys went nowhere (the focus was on no field), and Tab
    first reached 'Deze stap is klaar' at the bottom."""
    from PySide6.QtWidgets import QApplication

    from minigrid_app.core.model import Intake

    window = quick_window(Project(intake=Intake(name="Hofje De Linde")))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    window.new_project()  # the project is unchanged: nothing is asked
    assert window.document.project.intake.name == ""
    name = window.page(0).fields["name"]
    qtbot.waitUntil(name.hasFocus, timeout=10_000)
    qtbot.keyClicks(QApplication.focusWidget(), "Kastanjelaan")
    assert name.text() == "Kastanjelaan"
