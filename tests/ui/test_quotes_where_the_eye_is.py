"""Steps 6-8: what the program says about a quote or a refused cell is said where the eye is.

Walking straat-24 in a real window at 1280 × 800: 'Offerte inlezen uit werkmap…' with the
blank bill of quantities (no prices) added a quote named after the file with every line
'ontbreekt', and said "geen enkele regel heeft een prijs" under the 44-line table, two
screens below the button; a price the table refused was said there too.
"""

from __future__ import annotations

import datetime
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.io.examples import load_example
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.pages.base import PageServices
from minigrid_app.ui.pages.quotes import QuotesPage
from minigrid_app.ui.services.dialogs import ScriptedDialogs
from minigrid_app.ui.services.engine import EngineService
from minigrid_app.ui.services.tasks import SyncRunner
from minigrid_app.ui.services.tender_service import tender_service
from minigrid_app.ui.widgets.field_message import field_message
from tests.signers_together import signers_together


@pytest.fixture
def quotes(qtbot):
    document = ProjectDocument(signers_together(load_example("hofje-8")), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    dialogs = ScriptedDialogs(answers=[])
    page = QuotesPage(document, PageServices(dialogs, EngineService(document)))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    tender_service(document).refresh()
    yield page, dialogs
    document.undo_stack.setClean()


def test_the_blank_bill_of_quantities_is_not_read_as_a_quote(quotes, tmp_path):
    from minigrid_app.io.boq_xlsx import write_boq

    page, dialogs = quotes
    blank = write_boq(tender_service(page.document).tendered.pack, tmp_path / "staat-van-hoeveelheden.xlsx",
                      today=datetime.date(2026, 12, 1))
    dialogs.answers.append(str(blank))
    page.quotes_panel.read_button.click()
    assert page.document.project.tender.quotes == []
    note = field_message(page)
    assert note.anchor is page.quotes_panel.read_button
    assert "geen enkele regel heeft een prijs" in note.text() and "niets ingelezen" in note.text()


def test_a_refused_price_is_said_at_its_cell(quotes, qtbot):
    page, _ = quotes
    panel = page.quotes_panel
    panel.add_button.click()
    model = panel.model
    index = model.index(0, model.columnCount() - 1)
    panel.view.setCurrentIndex(index)
    assert not model.setData(index, "heel veel")
    note = field_message(page)
    assert note.text() and note.anchor in (panel.view, panel.view.viewport())


def test_a_refused_date_in_the_permits_is_said_at_its_cell(qtbot):
    from minigrid_app.ui.pages.tender import PermitsPanel, TenderPage

    document = ProjectDocument(load_example("straat-24"), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    page = TenderPage(document, PageServices(ScriptedDialogs(answers=[]), EngineService(document)))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    tender_service(document).refresh()
    panel = page.findChild(PermitsPanel)
    model = panel.model
    index = model.index(0, model.COL_DATE)
    panel.view.setCurrentIndex(index)
    assert not model.setData(index, "morgen")
    note = field_message(page)
    assert "geen datum" in note.text() and note.anchor in (panel.view, panel.view.viewport())
    document.undo_stack.setClean()


def test_the_blank_bill_is_refused_in_english_too(quotes, tmp_path, _dutch_as_the_program_starts):
    from minigrid_app.io.boq_xlsx import write_boq

    page, dialogs = quotes
    blank = write_boq(tender_service(page.document).tendered.pack, tmp_path / "bill.xlsx", today=datetime.date(2026, 12, 1))
    translations = _dutch_as_the_program_starts
    translations.set_language("en")
    try:
        dialogs.answers.append(str(blank))
        page.quotes_panel.read_button.click()
        assert field_message(page).text() == "bill.xlsx: no line has a price; is it the bill as it was sent? Nothing was read."
    finally:
        translations.set_language("nl")


def test_the_quotes_are_named_in_full_in_their_lists(quotes):
    """'Offerte inlezen' of staat-van-hoeveelheden.xlsx showed 'staat-var' in both lists."""
    from tests.ui.layout_checks import elided_choices, settle

    page, _ = quotes
    for name in ("Installatiebedrijf Van der Meer", "Boorbedrijf Oost"):
        page.quotes_panel.supplier_edit.setText(name)
        page.quotes_panel.add_button.click()
    page.case_panel.show_project(page.document.project)
    settle()
    assert elided_choices(page) == []


def test_the_rows_residents_edit_in_steps_6_to_8_are_click_targets(qtbot):
    """The bill, the permits, the quotes and the agreements had rows 18 px high (one line of
    text); a row that is double-clicked to edit is at least 32 px, as on the other steps."""
    from PySide6.QtWidgets import QTableView

    from minigrid_app.ui.pages.decision import DecisionPage
    from minigrid_app.ui.pages.tender import TenderPage
    from tests.ui.layout_checks import settle

    document = ProjectDocument(signers_together(load_example("hofje-8")), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    low = []
    for cls in (TenderPage, QuotesPage, DecisionPage):
        page = cls(document, PageServices(ScriptedDialogs(answers=[]), EngineService(document)))
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        tender_service(document).refresh()
        if cls is QuotesPage:
            page.quotes_panel.add_button.click()
        settle()
        for view in page.findChildren(QTableView):
            if view.isVisible() and view.editTriggers() != QTableView.EditTrigger.NoEditTriggers:
                low += [f"{cls.__name__} row {r}: {view.rowHeight(r)} px" for r in range(view.model().rowCount())
                        if view.rowHeight(r) < 32]
    document.undo_stack.setClean()
    assert low == []


def test_why_no_price_was_taken_is_said_with_the_refusal(quotes, tmp_path):
    """The only price a formula a program without calculation saved: the note said 'no line has a price' and not why."""
    from openpyxl import load_workbook

    from minigrid_app.io.boq_xlsx import COL, SHEET, write_boq

    page, dialogs = quotes
    path = write_boq(tender_service(page.document).tendered.pack, tmp_path / "staat.xlsx", today=datetime.date(2026, 12, 1))
    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, COL["id"]).value == "hofje-1:heat_pump")
    sheet.cell(row, COL["price"], "=9000*1")
    workbook.save(path)
    dialogs.answers.append(str(path))
    page.quotes_panel.read_button.click()
    assert page.document.project.tender.quotes == []
    note = field_message(page).text()
    assert "niets ingelezen" in note and "=9000*1" in note and "formule zonder berekende waarde" in note


def _bill_with_doubts(page, tmp_path, name: str):
    """The bill with a price on every line, three of them doubtful ('-55', 'ca 250', 'ca 300'): seven notes."""
    from openpyxl import load_workbook

    from minigrid_app.io.boq_xlsx import COL, SHEET, write_boq

    path = write_boq(tender_service(page.document).tendered.pack, tmp_path / name, today=datetime.date(2026, 12, 1))
    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    rows = [r for r in range(1, sheet.max_row + 1) if str(sheet.cell(r, COL["id"]).value or "").startswith("hofje")]
    for row in rows:  # about the indicative prices: a price ten times off is said too (one note a line)
        item = str(sheet.cell(row, COL["id"]).value).rpartition(":")[2]
        sheet.cell(row, COL["price"], {"heat_pump": 9000, "maintenance": 100}.get(item, 1000))
    sheet.cell(rows[0], COL["price"], "-55")
    sheet.cell(rows[1], COL["price"], "ca 250")
    sheet.cell(rows[2], COL["price"], "ca 300")
    workbook.save(path)
    return path


def test_what_reading_a_quote_found_is_a_list_one_line_each(quotes, tmp_path, _dutch_as_the_program_starts):
    """Six notes of reading a quote ('Regel 3.1 (rij 17), prijs: ‘-55’ is negatief; … Regel 3.2 …')
    were one paragraph next to the button and under the table."""
    page, dialogs = quotes
    panel = page.quotes_panel
    dialogs.answers.append(str(_bill_with_doubts(page, tmp_path, "staat.xlsx")))
    panel.read_button.click()
    lines = panel.message.text().split("\n")
    assert len(lines) >= 3 and all(line.startswith("• ") for line in lines)
    assert "‘-55’ is negatief" in lines[0] and "‘ca 250’" in lines[1]
    assert all(line.count("Regel ") == 1 for line in lines)  # one message a line, none run together
    note = field_message(page).text().split("\n")  # next to the button: the first lines, the rest under the table
    assert note[:5] == lines[:5]
    assert len(lines) == 7 and len(note) == 6
    assert note[-1] == "… en nog 2 (onder de tabel)"
    translations = _dutch_as_the_program_starts
    translations.set_language("en")
    try:
        panel.retranslate()
        english = panel.message.text().split("\n")
        assert len(english) == len(lines) and all(line.startswith("• ") for line in english)
        assert "‘-55’ is negative" in english[0]
        panel._say(panel._said)
        assert field_message(page).text().split("\n")[-1] == "… and 2 more (under the table)"
    finally:
        translations.set_language("nl")
        page.document.undo_stack.setClean()


def test_a_price_typed_into_a_clicked_cell_is_taken(quotes, qtbot):
    """Walking step 7: a click on a quote's cell and '13.000', Enter, left 'ontbreekt' and the keys
    were gone without a word (the table edited only on a double click); the homes' table takes
    typing, and so do these."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    page, _ = quotes
    panel = page.quotes_panel
    panel.supplier_edit.setText("Bodemwerk BV")
    panel.add_button.click()
    model = panel.model
    column = model.columnCount() - 1
    # the second line: the first has its editor open already, the keyboard there after adding the quote
    rect = panel.view.visualRect(model.index(1, column))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (panel.view.currentIndex().row(), panel.view.currentIndex().column()) == (1, column)
    qtbot.keyClick(panel.view, "1")  # the first key opens the cell's editor, the rest go to it
    editor = next((e for e in panel.view.findChildren(QLineEdit) if e.isVisible()), None)  # not the first line's, closed
    assert editor is not None and editor.text() == "1"
    qtbot.keyClicks(editor, "3.000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)  # Qt commits on the next turn
    quote = page.document.project.tender.quotes[0]
    assert quote.supplier == "Bodemwerk BV"
    assert list(quote.amounts.values()) == [13000]


def test_after_adding_a_quote_the_keyboard_is_in_its_first_price(quotes, qtbot):
    """Walking step 7 (session 16): after 'Offerte toevoegen' the keyboard stayed in the name box,
    so the price typed next became the name of another quote. It goes to the new quote's first
    line, its editor open, as a new home's row gets it on step 1."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    page, _ = quotes
    panel = page.quotes_panel
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)  # the keyboard goes to this window
    panel.supplier_edit.setFocus()
    qtbot.keyClicks(panel.supplier_edit, "Boor & Co")
    qtbot.keyClick(panel.supplier_edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    (quote,) = page.document.project.tender.quotes
    assert quote.supplier == "Boor & Co"
    current = panel.view.currentIndex()
    assert (current.row(), current.column()) == (0, 3)
    assert panel.view.state() == panel.view.State.EditingState
    from PySide6.QtWidgets import QLineEdit

    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and panel.view.isAncestorOf(editor)  # the cell's editor, not the name box
    qtbot.keyClicks(editor, "12000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.document.project.tender.quotes[0].amounts), timeout=10_000)  # kept a turn later
    assert list(page.document.project.tender.quotes[0].amounts.values()) == [12000.0]
    assert len(page.document.project.tender.quotes) == 1
