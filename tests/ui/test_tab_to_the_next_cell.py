"""Typing on in the next cell of steps 6-8's tables after Tab.

Walking step 7 as an advisor: the amount of Bouw BV's first line typed, Tab, the amount of
Aanleg BV's first line typed, Enter. Only the first amount was kept: the edit rebuilt the table
(a model reset) and closed the editor that Tab had just opened in the next cell, so the keys
typed next went into a closed editor. The same in step 6's permits (a date, Tab, a note).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from minigrid_app.core.tender_model import Quote
from minigrid_app.io.examples import load_example
from minigrid_app.ui.services.tender_service import tender_service
from tests.signers_together import signers_together


def _active_on(qtbot, quick_window, step: int):
    window = quick_window(signers_together(load_example("hofje-8")))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # the keyboard goes to this window
    window.show_step(step)
    service = tender_service(window.document)
    qtbot.waitUntil(lambda: service.tendered is not None, timeout=20000)
    return window


def _type_in_cell(qtbot, view, index, text: str) -> QLineEdit:
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    return editor


def _tab_and_type(qtbot, editor, text: str, view, kept) -> None:
    """Tab, type ``text``, Enter; wait until ``kept()`` (Enter commits on the next event-loop turn)."""
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    following = QApplication.focusWidget()
    assert isinstance(following, QLineEdit) and view.isAncestorOf(following)  # an open editor in the next cell
    qtbot.keyClicks(following, text)
    qtbot.keyClick(following, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(kept()), timeout=10_000)


def test_a_quote_amount_typed_after_tab_is_kept(qtbot, quick_window):
    window = _active_on(qtbot, quick_window, 6)
    window.document.set_attr(lambda project: project.tender, "quotes",
                             [Quote(supplier="Bouw BV"), Quote(supplier="Aanleg BV")], "twee offertes")
    panel = window.page(6).quotes_panel
    qtbot.waitUntil(lambda: panel.model.columnCount() == 5)
    editor = _type_in_cell(qtbot, panel.view, panel.model.index(0, 3), "12.500")
    first_line = panel.model._rows[0].id
    document = window.document
    _tab_and_type(qtbot, editor, "13.250,50", panel.view, lambda: document.project.tender.quotes[1].amounts)  # ASCII only
    bouw, aanleg = document.project.tender.quotes
    assert bouw.amounts == {first_line: 12500.0}
    assert aanleg.amounts == {first_line: 13250.5}
    assert "Aanleg BV: €\u00a064.426" in panel.totals.text()  # the totals follow (13.250,50 for 12.749, the rest indicative)


def test_a_permit_note_typed_after_the_date_and_tab_is_kept(qtbot, quick_window):
    window = _active_on(qtbot, quick_window, 5)
    panel = window.page(5).permits_panel
    model = panel.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    kind = model._rows[0].kind
    editor = _type_in_cell(qtbot, panel.view, model.index(0, model.COL_DATE), "3-2-2027")
    def record():
        return next((p for p in window.document.project.tender.settings.permits if p.kind == kind), None)

    _tab_and_type(qtbot, editor, "aangevraagd bij de gemeente", panel.view, lambda: record() and record().note)
    assert (record().date, record().note) == ("2027-02-03", "aangevraagd bij de gemeente")


def test_a_supplier_typed_and_enter_adds_the_quote(qtbot, quick_window):
    """The name typed and Enter did nothing (only the button added it); step 2's conditions take Enter."""
    window = _active_on(qtbot, quick_window, 6)
    edit = window.page(6).quotes_panel.supplier_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "Bouw BV")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert [q.supplier for q in window.document.project.tender.quotes] == ["Bouw BV"]
    assert edit.text() == ""
