"""The "Importeren uit enquête" dialog driven through its real widgets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialog

from minigrid_app.core.model import Household, Project
from minigrid_app.io.survey import DOUBTFUL, OK, REFUSED
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.services.tasks import SyncRunner

DATA = Path(__file__).resolve().parents[1] / "data"  # the residents' sample survey
CSV = DATA / "enquete-lindehof.csv"
XLSX = DATA / "enquete-lindehof.xlsx"


@pytest.fixture
def document():
    project = Project(households=[Household(label="Buurman", gas_m3_per_year=1300.0)])
    document = ProjectDocument(project, runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    return document


def _dialog(qtbot, document, path):
    from minigrid_app.ui.dialogs.import_households import ImportHouseholdsDialog

    dialog = ImportHouseholdsDialog(document, path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


@pytest.mark.parametrize("path", [CSV, XLSX], ids=["csv", "xlsx"])
def test_preview_shows_every_row_with_status_word_and_icon(qtbot, document, path):
    from minigrid_app.ui.dialogs.import_households import COL_GAS, COL_HOME, COL_STATUS, STATUS_ROLE

    dialog = _dialog(qtbot, document, path)
    model = dialog.preview.model()
    assert model.rowCount() == 11
    statuses = [model.index(row, COL_STATUS).data(STATUS_ROLE) for row in range(11)]
    assert statuses.count(OK) == 6 and statuses.count(DOUBTFUL) == 4 and statuses.count(REFUSED) == 1
    texts = {model.index(row, COL_STATUS).data() for row in range(11)}
    assert texts == {"Goed", "Twijfel", "Geweigerd"}  # a word, not colour alone
    assert all(model.index(row, COL_STATUS).data(Qt.ItemDataRole.DecorationRole) is not None for row in range(11))
    assert model.index(1, COL_HOME).data() == "Lindehof 2"
    assert model.index(1, COL_GAS).data() == "1.180 m³"
    assert "ontbreekt" in model.index(3, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole)
    report = [dialog.report_list.item(i).text() for i in range(dialog.report_list.count())]
    assert any("Rij 5 (Lindehof 4): gasverbruik ontbreekt" in line for line in report)
    assert "Rij 12 is leeg en overgeslagen." in report
    assert dialog.summary_label.text() == "11 rijen: 6 goed, 4 twijfelachtig, 1 geweigerd; 1 lege rij overgeslagen."
    assert dialog.combos["gas_m3_per_year"].currentText() == "E: Gasverbruik 2023 (m3)"
    assert len(document.project.households) == 1  # nothing imported yet


def test_mapping_checkbox_import_and_undo(qtbot, document):
    from minigrid_app.ui.dialogs.import_households import COL_NOTES

    dialog = _dialog(qtbot, document, CSV)
    assert dialog.count_label.text().startswith("6 woningen worden toegevoegd")
    # the remarks column is not wanted: the notes disappear from the preview
    _choose(dialog.combos["notes"], "(niet gebruiken)")
    assert all(not dialog.preview.model().index(row, COL_NOTES).data() for row in range(11))
    # the empty column keeps its title whole (it showed 'mar' for 'Opmerkingen')
    header = dialog.preview.horizontalHeader()
    assert header.sectionSize(COL_NOTES) >= header.sectionSizeHint(COL_NOTES) > 40
    # Bouwjaar is not used: "jaren 90" is no longer doubtful
    _choose(dialog.combos["build_year"], "(niet gebruiken)")
    assert dialog.summary_label.text().startswith("11 rijen: 7 goed, 3 twijfelachtig")
    qtbot.mouseClick(dialog.doubtful_check, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.doubtful_check.height() // 2))
    assert dialog.doubtful_check.isChecked()
    assert dialog.count_label.text().startswith("10 woningen worden toegevoegd")
    assert len(document.project.households) == 1
    changes = []
    document.changed.connect(lambda: changes.append(1))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    households = document.project.households
    assert len(households) == 11 and changes == [1]
    assert households[0].label == "Buurman"
    assert [h.label for h in households[1:4]] == ["Lindehof 1", "Lindehof 2", "Lindehof 3"]
    assert all(h.notes == "" and h.build_year is None for h in households[1:])
    assert households[-1].label == "Lindehof 11" and households[-1].gas_m3_per_year is None
    assert document.undo_stack.undoText() == "Woningen importeren"
    document.undo_stack.undo()
    assert [h.label for h in document.project.households] == ["Buurman"]
    document.undo_stack.redo()
    assert len(document.project.households) == 11


def test_a_column_given_to_another_field_is_taken_from_the_first_on_screen_too(qtbot, document):
    """The import reads with the plan's columns (as the command line does): a column chosen for a second
    field is taken from the first; its choice said so nowhere and the rows were read with both."""
    dialog = _dialog(qtbot, document, CSV)
    assert dialog.combos["build_year"].currentText() == "C: Bouwjaar"
    _choose(dialog.combos["notes"], "C: Bouwjaar")
    assert dialog.combos["build_year"].currentText() == "(niet gebruiken)"
    assert dialog.mapping["build_year"] is None and dialog.mapping["notes"] == 2  # column C
    first = dialog.report.rows[0].household  # Lindehof 1, built 1996
    assert first.build_year is None and first.notes == "1996"


def test_cancel_changes_nothing(qtbot, document):
    dialog = _dialog(qtbot, document, XLSX)
    dialog.doubtful_check.setChecked(True)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert [h.label for h in document.project.households] == ["Buurman"]
    assert document.undo_stack.count() == 0


def test_homes_already_in_the_project_are_never_added_again(qtbot, document):
    # was: doubtful, so 'Ook twijfelachtige rijen overnemen' added Lindehof 1 a second time
    document.project.households.append(Household(label="Lindehof 1", gas_m3_per_year=1450.0))
    dialog = _dialog(qtbot, document, CSV)
    assert dialog.count_label.text().startswith("5 woningen worden toegevoegd")
    report = [dialog.report_list.item(i).text() for i in range(dialog.report_list.count())]
    assert any(line.startswith("Al in het project – Rij 2 (Lindehof 1): ‘Lindehof 1’ staat al in het project (woning 2, "
                               "zelfde naam); niet opnieuw toegevoegd") for line in report), report
    dialog.doubtful_check.setChecked(True)
    assert "Lindehof 1" not in [h.label for h in dialog.households_to_import()]
    assert dialog.count_label.text().endswith(
        "1 woning staat al in het project (zelfde adres of naam) en wordt niet opnieuw toegevoegd; wat de enquête "
        "anders zegt, staat bij de rij.")


def test_bad_file_gives_a_calm_message(qtbot, document, tmp_path):
    png = tmp_path / "enquete.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    dialog = _dialog(qtbot, document, png)
    assert dialog.error_label.isVisible()
    assert "afbeelding (PNG)" in dialog.error_label.text()
    assert "niets veranderd" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled() and not dialog.content.isVisible()
    assert dialog.cancel_button.text() == "Sluiten"


def test_sheet_choice(qtbot, document, tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Toelichting"
    workbook.active.append(["Vul de enquête in op het blad Antwoorden"])
    answers = workbook.create_sheet("Antwoorden")
    answers.append(["Naam", "Gasverbruik (m3)"])
    answers.append(["Jansen", 1250])
    answers.append(["De Vries", "ca 900"])
    path = tmp_path / "enquete.xlsx"
    workbook.save(path)
    dialog = _dialog(qtbot, document, path)
    assert dialog.sheet_combo.isVisible()
    assert dialog.sheet_combo.currentText() == "Antwoorden"  # the explanation sheet is passed over
    assert dialog.preview.model().rowCount() == 2
    dialog.sheet_combo.setCurrentIndex(0)
    assert dialog.error_label.isVisible() and "geen antwoorden" in dialog.error_label.text()
    assert dialog.sheet_combo.isVisible()  # another sheet can still be chosen
    dialog.sheet_combo.setCurrentIndex(1)
    assert not dialog.error_label.isVisible() and dialog.preview.model().rowCount() == 2
    assert dialog.import_button.isEnabled()


def test_english(qtbot, document, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from minigrid_app.paths import resource_path
    from minigrid_app.ui.i18n import compile_ts

    qm = tmp_path / "minigrid_en_import.qm"
    assert compile_ts(resource_path("translations") / "minigrid_en_import.ts", qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    previous = app.property("language")
    app.installTranslator(translator)
    app.setProperty("language", "en")
    try:
        dialog = _dialog(qtbot, document, CSV)
        assert dialog.import_button.text() == "Import"
        assert dialog.doubtful_check.text() == "Also take over doubtful rows"
        assert dialog.count_label.text().startswith("6 homes will be added to the project.")
        assert dialog.summary_label.text() == "11 rows: 6 ok, 4 doubtful, 1 refused; 1 empty row skipped."
        report = [dialog.report_list.item(i).text() for i in range(dialog.report_list.count())]
        assert any(line.startswith("Doubtful – Row 5 (Lindehof 4): gas use is missing") for line in report)
        assert dialog.combos["gas_m3_per_year"].itemText(0) == "(do not use)"
    finally:
        app.removeTranslator(translator)
        app.setProperty("language", previous or "nl")


CASES = DATA / "cases"


def test_each_field_shows_its_column_and_the_reason(qtbot, document):
    dialog = _dialog(qtbot, document, CASES / "survey-bill-amount-first.csv")
    assert dialog.combos["gas_m3_per_year"].currentText() == "D: Gasverbruik per jaar (m3)"
    reason = dialog.reasons["gas_m3_per_year"].text()
    assert reason.startswith("✓ de kop noemt ‘verbruik’, ‘m³’, ‘jaar’; 3 van de 3 waarden passen bij een jaarverbruik")
    assert "niet C ‘Maandbedrag gas (EUR)’: de kop noemt een bedrag in euro" in reason
    # the gas use comes first in the list of fields
    assert dialog.mapping_grid.itemAtPosition(0, 1).widget() is dialog.combos["gas_m3_per_year"]
    # the user can still choose the euro column: it is then used, and the values say what they are
    _choose(dialog.combos["gas_m3_per_year"], "C: Maandbedrag gas (EUR)")
    assert dialog.reasons["gas_m3_per_year"].text() == "uw keuze"
    assert [row.household.gas_m3_per_year for row in dialog.report.rows] == [145.0, 98.0, 210.0]
    assert all(row.status == DOUBTFUL for row in dialog.report.rows)  # "erg weinig voor een hele woning"


def test_a_doubtful_column_is_proposed_not_used(qtbot, document, tmp_path):
    path = tmp_path / "enquete.csv"
    path.write_text("Naam;Gasverbruik A;Gasverbruik B\nA;1200;1300\nB;1100;1000\n", encoding="utf-8")
    dialog = _dialog(qtbot, document, path)
    assert dialog.combos["gas_m3_per_year"].currentText() == "(niet gebruiken)"
    assert dialog.reasons["gas_m3_per_year"].text().startswith("⚠ Voorstel B, niet gebruikt:")
    assert "kolom C ‘Gasverbruik B’ lijkt er ook op" in dialog.reasons["gas_m3_per_year"].text()
    assert [row.household.gas_m3_per_year for row in dialog.report.rows] == [None, None]
    _choose(dialog.combos["gas_m3_per_year"], "C: Gasverbruik B")
    assert [row.household.gas_m3_per_year for row in dialog.report.rows] == [1300.0, 1000.0]


def test_a_monthly_export_is_offered_as_one_homes_year(qtbot, document):
    dialog = _dialog(qtbot, document, CASES / "one-home-monthly-export.csv")
    assert dialog.error_label.isVisible() and "1.257\u00a0m³" in dialog.error_label.text()  # kept whole
    assert not dialog.content.isVisible() and dialog.monthly_box.isVisible()
    assert not dialog.monthly_button.isEnabled()  # which home: the user says
    dialog.monthly_home.setCurrentIndex(dialog.monthly_home.findText("Buurman"))
    assert dialog.monthly_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.monthly_button, Qt.MouseButton.LeftButton)
    assert [(h.label, h.gas_m3_per_year) for h in document.project.households] == [("Buurman", 1257.0)]
    document.undo_stack.undo()
    assert document.project.households[0].gas_m3_per_year == 1300.0


def test_a_monthly_export_for_a_new_home(qtbot, document):
    dialog = _dialog(qtbot, document, CASES / "one-home-monthly-export.csv")
    dialog.monthly_home.setCurrentIndex(dialog.monthly_home.count() - 1)  # "Nieuwe woning toevoegen"
    dialog.fill_in_year()
    assert [(h.label, h.gas_m3_per_year) for h in document.project.households] == [("Buurman", 1300.0), ("Woning 2", 1257.0)]


def test_two_header_rows_and_hidden_sheets_are_named(qtbot, document, tmp_path):
    dialog = _dialog(qtbot, document, CASES / "survey-two-row-header.xlsx")
    assert dialog.file_label.text() == "Bestand: survey-two-row-header.xlsx (kolomnamen op rij 2 en 3)"
    report = [dialog.report_list.item(i).text() for i in range(dialog.report_list.count())]
    assert report[0].startswith("Het gasverbruik staat er voor meer jaren (2022, 2023)")
    workbook = openpyxl.Workbook()
    workbook.active.title = "Oud"
    workbook.active.append(["Naam", "Gasverbruik"])
    workbook.active.append(["A", 1000])
    workbook.active.sheet_state = "hidden"
    new = workbook.create_sheet("Nieuw")
    new.append(["Naam", "Gasverbruik"])
    new.append(["B", 1200])
    path = tmp_path / "verborgen.xlsx"
    workbook.save(path)
    dialog = _dialog(qtbot, document, path)
    assert dialog.sheet_combo.currentText() == "Nieuw"
    assert [dialog.sheet_combo.itemText(i) for i in range(2)] == ["Oud (verborgen)", "Nieuw"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_preview_shows_eight_rows_on_a_laptop_screen(qtbot, document, language):
    """At 1280 × 800 the column choice took most of the dialog and the preview showed 2-4 rows of
    the survey. The dialog as high as a 1280 × 800 laptop leaves it (730 px: the screen less the
    task bar and 40 px) shows 8 of the 11 rows whole, at least two fields of the column choice
    and a few lines of the report, with its buttons on the screen."""
    from PySide6.QtWidgets import QApplication

    from minigrid_app.ui.dialogs.import_households import ImportHouseholdsDialog
    from minigrid_app.ui.i18n import Translations

    translations = Translations(QApplication.instance())
    translations.set_language(language)
    try:
        dialog = ImportHouseholdsDialog(document, XLSX)
        qtbot.addWidget(dialog)
        dialog.resize(1200, 730)
        dialog.show()
        QApplication.processEvents()
        assert dialog.import_button.text() == {"nl": "Importeren", "en": "Import"}[language]
        preview = dialog.preview
        viewport = preview.viewport()
        whole = [row for row in range(dialog.preview_model.rowCount())
                 if preview.rowViewportPosition(row) >= 0
                 and preview.rowViewportPosition(row) + preview.rowHeight(row) <= viewport.height()]
        assert whole == list(range(8)), whole
        field = dialog.combos["gas_m3_per_year"].sizeHint().height()
        assert dialog.mapping_area.viewport().height() >= 2 * field
        assert dialog.report_list.viewport().height() >= 2 * dialog.report_list.sizeHintForRow(0)
        assert dialog.height() <= 730 and dialog.import_button.isVisible()
        assert dialog.import_button.mapTo(dialog, dialog.import_button.rect().bottomLeft()).y() < dialog.height()
    finally:
        translations.set_language("nl")


def test_another_sheet_with_answers_is_said_in_the_report(qtbot, document, tmp_path):
    # was: the second sheet's homes passed over without a word
    workbook = openpyxl.Workbook()
    workbook.active.title = "Eikenlaan"
    workbook.active.append(["Adres", "Gasverbruik (m3)"])
    workbook.active.append(["Eikenlaan 1", 1250])
    later = workbook.create_sheet("Beukenlaan")
    later.append(["Adres", "Gasverbruik (m3)"])
    later.append(["Beukenlaan 1", 1100])
    later.append(["Beukenlaan 3", 1000])
    workbook.save(tmp_path / "enquete.xlsx")
    dialog = _dialog(qtbot, document, tmp_path / "enquete.xlsx")
    assert dialog.sheet_combo.currentText() == "Eikenlaan" and dialog.preview.model().rowCount() == 1
    listed = [dialog.report_list.item(i).text() for i in range(dialog.report_list.count())]
    assert "De werkmap heeft ook werkblad ‘Beukenlaan’ met antwoorden (2 rijen); dat is niet ingelezen. Lees dat " \
           "werkblad apart in als die woningen ook meedoen." in listed


def test_the_preview_shows_what_is_wrong_with_a_row_whole(qtbot, document):
    """The column 'Wat is er aan de hand?' was cut with '…' (the whole message only in a tooltip):
    at the laptop's size every cell of the preview is drawn whole, wrapped where it is long."""
    from PySide6.QtWidgets import QApplication

    from minigrid_app.ui.dialogs.import_households import COL_MESSAGES
    from tests.ui.layout_checks import cut_cells

    dialog = _dialog(qtbot, document, CSV)
    dialog.resize(1200, 730)
    QApplication.processEvents()
    model = dialog.preview.model()
    messages = [model.index(row, COL_MESSAGES).data() for row in range(model.rowCount())]
    assert messages[3] == "gasverbruik ontbreekt: vul het jaarverbruik in of schat het uit de jaarafrekening (kolom E ‘Gasverbruik 2023 (m3)’)."
    assert cut_cells(dialog.preview) == []


def test_a_rows_message_is_cut_after_the_homes_whole_name(qtbot, document, tmp_path):
    """The preview shows a row's message without 'Rij 3 (name): ' in front; it was cut at the first '): ', so
    a home named 'Hof (noord): 4' showed '4): gasverbruik ontbreekt …'."""
    from minigrid_app.ui.dialogs.import_households import COL_MESSAGES

    path = tmp_path / "enquete.csv"
    path.write_text("Naam;Gasverbruik 2023 (m3)\nHof (noord): 4;\nLindehof 2;1200\n", encoding="utf-8")
    dialog = _dialog(qtbot, document, path)
    model = dialog.preview.model()
    assert model.index(0, COL_MESSAGES).data().startswith("gasverbruik ontbreekt")
