"""After a language switch every word the user sees is in the new language: the steps out of
sight (filled when next shown, issue 16) show what a window opened in that language shows, and
the Edit menu never mixes languages."""

from __future__ import annotations

import copy
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from minigrid_app.io.examples import load_example
from tests.ui.test_main_window import _stop_document_timers, make_window  # noqa: F401 - the fixture is used


def test_the_edit_menu_describes_an_edit_only_in_its_own_language(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, load_example("hofje-8"))
    document = window.document
    household_id = document.project.households[0].id
    document.set_attr(lambda project: project.household(household_id), "gas_m3_per_year", 1234.0, "Gasverbruik wijzigen")
    assert window.actions.undo.text() == "&Ongedaan maken: Gasverbruik wijzigen"
    window.set_language("en")
    # the edit was described in Dutch: the English menu says only what it does, not half in Dutch
    assert window.actions.undo.text() == "&Undo"
    document.undo_stack.undo()
    assert window.actions.redo.text() == "&Redo"
    document.undo_stack.redo()
    document.set_attr(lambda project: project.household(household_id), "gas_m3_per_year", 1500.0, "Change gas use")
    assert window.actions.undo.text() == "&Undo: Change gas use"  # made in English: described
    window.set_language("nl")
    assert window.actions.undo.text() == "&Ongedaan maken"
    document.undo_stack.undo()
    assert window.actions.undo.text() == "&Ongedaan maken: Gasverbruik wijzigen"  # Dutch again
    document.undo_stack.setClean()


def _words(page) -> list[tuple]:
    """Every text of a page's widgets (shown or in a closed part), its tables' cells and titles,
    and the choices of their boxes."""
    display, horizontal = Qt.ItemDataRole.DisplayRole, Qt.Orientation.Horizontal
    found = []
    for widget in page.findChildren(QWidget):
        kind = type(widget).__name__
        if widget.toolTip():
            found.append((kind, "tip", widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif isinstance(widget, QComboBox):
            found.append((kind, widget.currentText(), *(widget.itemText(i) for i in range(widget.count()))))
        elif isinstance(widget, QLineEdit):
            found.append((kind, widget.text(), widget.placeholderText()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            found += [(kind, "title", model.headerData(c, horizontal, display)) for c in range(model.columnCount())]
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    found.append((kind, row, column, model.data(index, display), model.data(index, Qt.ItemDataRole.ToolTipRole)))
    return found


def _every_step(window) -> list[list[tuple]]:
    from minigrid_app.ui.widgets.tables import LazyRowsTable

    seen = []
    for index, page in enumerate(window.pages):
        window.show_step(index)
        QApplication.processEvents()
        for table in page.findChildren(LazyRowsTable):
            table.make_rows()  # every row's editors, as once the window has been idle a moment
        seen.append(_words(page))
    return seen


def test_steps_out_of_sight_at_a_switch_show_what_a_new_window_shows(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, load_example("hofje-8"))
    for index in range(len(window.pages)):  # every step built, in Dutch
        window.show_step(index)
    window.show_step(2)
    window.set_language("en")
    document = window.document
    first, third = document.project.households[0].id, document.project.households[2].id
    # edits while the other steps are out of sight and still in Dutch: a home's gas use, a
    # resident's choices, undo and redo
    document.set_attr(lambda project: project.household(first), "gas_m3_per_year", 4321.0, "gas")
    document.set_attr(lambda project: project.household(third), "participation", "signed", "signed")
    document.set_attr(lambda project: project.household(third), "financing", "loan", "loan")
    document.undo_stack.undo()
    document.undo_stack.redo()
    document.recompute_now()
    window.set_language("nl")
    window.set_language("en")  # twice more, quickly
    seen = _every_step(window)

    fresh = make_window(qtbot, tmp_path / "fresh", copy.deepcopy(document.project))
    fresh.set_language("en")
    expected = _every_step(fresh)
    for index, (shown, wanted) in enumerate(zip(seen, expected, strict=True)):
        assert shown == wanted, f"step {index + 1}: {[w for w in shown if w not in wanted][:3]}"
    window.set_language("nl")
    document.undo_stack.setClean()
    fresh.document.undo_stack.setClean()


def _cut_choices(table) -> list[str]:
    """The choice boxes of ``table`` whose longest word does not fit the box as shown."""
    from PySide6.QtWidgets import QComboBox

    cut = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            combo = table.cellWidget(row, column)
            if not isinstance(combo, QComboBox):
                continue
            measure = QComboBox()  # a box made now, with these words, is as wide as it needs
            for index in range(combo.count()):
                measure.addItem(combo.itemText(index))
            if table.columnWidth(column) < measure.sizeHint().width():
                cut.append(f"{row},{column}: {table.columnWidth(column)} < {measure.sizeHint().width()}")
            measure.deleteLater()
    return cut


def test_choice_boxes_are_as_wide_as_their_words_after_a_switch(qtbot, tmp_path):
    """Step 5's status and financing choices take the new words in place (ab7d33c): their
    columns must then be measured again ('Geïnteresseerd' was cut to the width of 'Interested')."""
    window = make_window(qtbot, tmp_path, load_example("straat-24"))
    window.resize(1280, 800)
    window.set_language("en")
    step = window.pages.index(next(p for p in window.pages if p.step_key == "second_evening"))
    window.show_step(step)
    page = window.pages[step]
    tables = (page.participation_panel.participation_table, page.financing_panel.table)
    QApplication.processEvents()
    for language, away in (("nl", False), ("en", True), ("nl", True)):
        if away:  # switched while another step is on screen: reworded when shown again
            window.show_step(0)
        window.set_language(language)
        window.show_step(step)
        for _ in range(3):
            QApplication.processEvents()
        for table in tables:
            assert _cut_choices(table) == [], language
    window.document.undo_stack.setClean()


def test_a_calculation_under_way_is_said_in_the_new_language(qtbot, tmp_path):
    """Step 4's 'Bezig met rekenen…' stayed Dutch after a switch to English for as long as the
    calculation ran (break-even and sensitivity: seconds on straat-24)."""
    window = make_window(qtbot, tmp_path, load_example("hofje-8"))
    step = window.pages.index(next(p for p in window.pages if p.step_key == "business_case"))
    window.show_step(step)
    page = window.pages[step]
    window.document.busyChanged.emit(True, "Omslagpunten en gevoeligheid berekenen…")
    assert page.status.text() == "Bezig met rekenen…"
    window.set_language("en")
    assert page.status.text() == "Calculating…"
    assert window.summary.busy_label.text() == "Calculating…"
    window.document.busyChanged.emit(False, "")
    window.set_language("nl")
    assert page.status.text() == ""
    window.document.undo_stack.setClean()


def test_work_under_way_on_steps_5_and_8_is_said_in_the_new_language(qtbot, tmp_path):
    """The signature curve's progress, step 5's 'Bezig met de documenten…' and step 8's writing
    of the decision stayed in the old language after a switch until the work ended."""
    window = make_window(qtbot, tmp_path, load_example("hofje-8"))
    second = next(p for p in window.pages if p.step_key == "second_evening")
    decision = next(p for p in window.pages if p.step_key == "decision")
    window.show_step(window.pages.index(second))
    signatures, documents = second.signatures_panel, second.documents_panel
    signatures.curve_results = None  # the curve still being calculated: the engine has none yet
    window.document.undo_stack.setClean()
    engine = signatures.services.engine
    engine.signature_curves = lambda *_args: None
    signatures._curves_progress(0.42, "")
    assert signatures.curve_label.text() == "Bezig met rekenen: de curve van de handtekeningen… 42\u00a0%"  # kept whole where it wraps
    documents._say(lambda: documents.tr("Bezig met de documenten…"))
    window.set_language("en")
    assert signatures.curve_label.text() == "Calculating: the signature curve… 42\u00a0%"
    assert documents.documents_status.text() == "Making the documents…"
    window.set_language("nl")
    window.show_step(window.pages.index(decision))
    record = decision.record_panel
    record._say(lambda: record.tr("Bezig met schrijven…"))
    window.set_language("en")
    assert record.status.text() == "Writing…"
    window.set_language("nl")
    window.document.undo_stack.setClean()
