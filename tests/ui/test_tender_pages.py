"""Steps 6-8 as pages: the tender, the quotes and the decision, driven through their widgets (issue 18)."""

from __future__ import annotations

import re

import pytest

from minigrid_app.core.tender_model import Quote
from minigrid_app.io.examples import load_example
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.pages.base import PageServices
from minigrid_app.ui.pages.decision import DecisionPage
from minigrid_app.ui.pages.quotes import QuotesPage
from minigrid_app.ui.pages.tender import TenderPage
from minigrid_app.ui.services.dialogs import ScriptedDialogs
from minigrid_app.ui.services.engine import EngineService
from minigrid_app.ui.services.tasks import SyncRunner
from minigrid_app.ui.services.tender_service import tender_service
from tests.signers_together import signers_together


@pytest.fixture
def document(qtbot):
    document = ProjectDocument(signers_together(load_example("hofje-8")), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    return document


def _euros(text: str) -> int:
    """'€ 1.234' → 1234, '−€ 8' → −8 (whole euros as shown)."""
    return (-1 if text.startswith("−") else 1) * int(text.lstrip("−€ ").replace(".", ""))


def _page(qtbot, cls, document, answers=()):
    dialogs = ScriptedDialogs(answers=list(answers))
    page = cls(document, PageServices(dialogs, EngineService(document)))
    qtbot.addWidget(page)
    tender_service(document).refresh()
    return page, dialogs


def test_tender_page_shows_the_signers_and_takes_dates_with_undo(qtbot, document, tmp_path):
    page, _ = _page(qtbot, TenderPage, document, answers=[str(tmp_path)])
    scope = page.scope_panel
    assert "Lindehof 1, Lindehof 3, Lindehof 7" in scope.who.text()
    assert "9\u00a0maanden" in scope.planning.text()  # kept whole where it wraps
    scope.issued_edit.setText("1-12-2026")
    scope.issued_edit.editingFinished.emit()
    assert document.project.tender.settings.issued_on == "2026-12-01"
    scope.issued_edit.setText("morgen")
    scope.issued_edit.editingFinished.emit()
    assert "geen datum" in scope.refused.text()
    document.undo_stack.undo()
    assert document.project.tender.settings.issued_on == ""
    assert page.bill_panel.model.rowCount() == len(tender_service(document).tendered.pack.lines)
    assert any("vergunning" in text for text in page.missing())
    # the documents: the folder comes from the dialog, the writing from the engine's runner
    page.documents_panel.make_button.click()
    assert (tmp_path / "uitvraag.pdf").is_file() and (tmp_path / "staat-van-hoeveelheden.xlsx").is_file()


def test_quotes_page_adds_a_quote_and_shows_monthly_costs(qtbot, document):
    page, _ = _page(qtbot, QuotesPage, document)
    assert page.missing() == ["Nog geen offerte; vraag er twee tot drie."]
    panel = page.quotes_panel
    panel.supplier_edit.setText("Boorbedrijf Oost")
    panel.add_button.click()
    (quote,) = document.project.tender.quotes
    assert quote.supplier == "Boorbedrijf Oost" and quote.amounts == {}
    assert panel.model.columnCount() == 4
    # every contractor line is missing from an empty quote
    assert panel.model.data(panel.model.index(0, 3)) == "ontbreekt"
    lines = tender_service(document).tendered.pack.lines
    case = page.case_panel
    case.show_project(document.project)  # on a quote without a price every figure is the indicative one: said
    contractor = sum(1 for line in lines if line.in_quote)
    assert f"De offerte van Boorbedrijf Oost mist {contractor} regels (" in case.table.text()
    amounts = {line.id: line.indicative_amount_eur * (1.3 if line.key == "drilling" else 1.0) for line in lines if line.in_quote}
    document.set_attr(lambda p: p.tender.quotes[0], "amounts", amounts, "bedragen")
    assert "Boorbedrijf Oost" in panel.totals.text() and "1 buiten de marge" in panel.totals.text()
    case.show_project(document.project)
    assert "businesscase op basis van offerte Boorbedrijf Oost" in case.table.text()
    assert "mist" not in case.table.text()
    assert "Lindehof 7" in case.table.text()
    # each home's difference is that of the two figures beside it: Lindehof 3 read € 190, € 199 and
    # '€ 8' (190,18 → 198,51: the difference rounded on its own)
    rows = re.findall(
        r"<tr><td>([^<]+)</td><td align=right>[^<]+</td><td align=right>([^<]+)</td><td align=right><b>([^<]+)</b></td>"
        r"<td align=right>([^<]+)</td>", case.table.text())
    assert [row[0] for row in rows] == ["Lindehof 1", "Lindehof 3", "Lindehof 7"]
    for label, indicative, quoted, change in rows:
        assert _euros(quoted) - _euros(indicative) == _euros(change), (label, indicative, quoted, change)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.project.tender.quotes == []


def test_decision_page_choices_and_record(qtbot, document, tmp_path):
    quote = Quote(supplier="Bodemwarmte Utrecht")
    document.set_attr(lambda p: p.tender, "quotes", [quote], "offerte")
    page, _ = _page(qtbot, DecisionPage, document, answers=[str(tmp_path / "besluit.pdf")])
    choice = page.choice_panel
    choice.quote_combo.setCurrentIndex(choice.quote_combo.findData(quote.id))
    choice.quote_combo.activated.emit(choice.quote_combo.currentIndex())
    choice.model_combo.setCurrentIndex(choice.model_combo.findData("cooperative"))
    choice.model_combo.activated.emit(choice.model_combo.currentIndex())
    decision = document.project.tender.decision
    assert (decision.quote_id, decision.organisation_model) == (quote.id, "cooperative")
    agreements = page.agreements_panel.model
    assert agreements.setData(agreements.index(0, agreements.COL_STATUS), "signed")
    text = page.record_panel.summary.text()
    assert "Nog niet getekend" in text
    not_signed = text[text.index("Nog niet getekend"):]  # the homes above it are those the per-home figure is over
    assert "Lindehof 3" in not_signed and "Lindehof 1," not in not_signed
    assert "(Lindehof 1, Lindehof 3, Lindehof 7)" in text
    assert "Melding of vergunning gesloten bodemenergiesysteem" in text
    missing = " ".join(page.missing())
    assert "2 woningen tekenden de bindende overeenkomst nog niet." in missing
    page.record_panel.pdf_button.click()
    assert (tmp_path / "besluit.pdf").is_file()


def test_the_decision_record_is_saved_under_the_name_typed(qtbot, document, tmp_path):
    # a folder dialog took a typed file name for a folder ("Directory not found"): one PDF is saved as a file
    page, dialogs = _page(qtbot, DecisionPage, document, answers=[str(tmp_path / "ons besluit")])
    page.record_panel.pdf_button.click()
    assert [entry[0] for entry in dialogs.asked] == ["get_save_path"]
    assert dialogs.asked[0][2] == "PDF-bestand (*.pdf)"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["ons besluit.pdf"]
    assert page.record_panel.status.text() == f"Geschreven: {tmp_path / 'ons besluit.pdf'}"


def test_presentation_shows_the_quotes_once_there_are_some(qtbot, document, tmp_path):
    from minigrid_app.ui.presentation import PresentationWindow

    lines_service = tender_service(document)
    lines_service.refresh()
    lines = lines_service.tendered.pack.lines
    amounts = {line.id: line.indicative_amount_eur * (1.3 if line.key == "drilling" else 1.0) for line in lines if line.in_quote}
    pipe = next(line for line in lines if line.id == "shared-C1:pipe")
    del amounts[pipe.id]  # left open: its indicative price counts, and the slide says so
    document.set_attr(lambda p: p.tender, "quotes", [Quote(supplier="Boorbedrijf Oost", amounts=amounts)], "offerte")
    document.recompute_now()
    window = PresentationWindow(document)
    qtbot.addWidget(window)
    titles = window.slide_titles()
    assert titles[-3:] == ["De offertes vergeleken", "Wat het per maand kost met echte prijzen", "Wie tekent?"]
    paths = window.render_slides_to(tmp_path, 960, 540)
    assert len(paths) == len(titles) and all(p.stat().st_size > 5_000 for p in paths[-3:])
    window.show_slide(len(titles) - 2)
    assert window.message_label.text().replace("\u00a0", " ") == (
        f"Per maand met de prijzen van Boorbedrijf Oost. De offerte van Boorbedrijf Oost mist 1 regel ({pipe.number}): "
        "daar telt de indicatieve prijs, dus deze bedragen zijn voor een deel nog een schatting. "
        "Indicatief: met alleen de woningen van de uitvraag (wie tekende); stap 4 rekent met alle woningen die meedoen. "
        "Gedeelde bodemlus gemiddeld over de 3 woningen van de uitvraag, met de offerte van Boorbedrijf Oost, ≈ € 224 per maand "
        "(€ 74 na de lening), over 15 jaar € 789 duurder dan gas.")


def test_every_string_of_steps_6_to_8_has_its_english():
    import xml.etree.ElementTree as ET

    from minigrid_app.ui import i18n

    tree = ET.parse(i18n.translations_dir() / "minigrid_en_tender.ts")
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") != "unfinished", message.find("source").text
        if message.get("numerus") == "yes":  # a message that counts: its singular and plural
            forms = [(form.text or "").strip() for form in translation.findall("numerusform")]
            assert len(forms) == 2 and all(forms), message.find("source").text
        else:
            assert (translation.text or "").strip(), message.find("source").text


def test_quotes_page_reads_a_workbook_twice_and_names_new_quotes_freely(qtbot, document, tmp_path):
    """Before: reading a supplier's workbook again added a second quote of the same supplier; 'Offerte
    toevoegen' without a name after a removal repeated a name in use."""
    import datetime

    from openpyxl import load_workbook

    from minigrid_app.io.boq_xlsx import COL, SHEET, SUPPLIER_SHEET, write_boq

    page, dialogs = _page(qtbot, QuotesPage, document)
    pack = tender_service(document).tendered.pack
    path = write_boq(pack, tmp_path / "staat.xlsx", today=datetime.date(2026, 12, 1))
    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, COL["id"]).value == "hofje-1:heat_pump")
    sheet.cell(row, COL["price"], "12.500")
    workbook[SUPPLIER_SHEET]["B3"] = "Installateur West"
    workbook.save(path)
    panel = page.quotes_panel
    for _ in range(2):
        dialogs.answers.append(str(path))
        panel.read_button.click()
    (quote,) = document.project.tender.quotes
    assert quote.amounts == {"hofje-1:heat_pump": 12500.0}
    assert "vervangen" in panel.message.text()
    panel.add_button.click()
    panel.add_button.click()
    assert [q.supplier for q in document.project.tender.quotes] == ["Installateur West", "Offerte 1", "Offerte 2"]
    document.set_attr(lambda p: p.tender, "quotes", [q for q in document.project.tender.quotes if q.supplier != "Offerte 1"], "weg")
    panel.add_button.click()
    assert [q.supplier for q in document.project.tender.quotes] == ["Installateur West", "Offerte 2", "Offerte 1"]


def test_the_decision_names_the_model_step_5_works_with_until_one_is_chosen(qtbot, document):
    """Step 5 said 'Gekozen organisatievorm: Zelfbeheer met individuele financiering' and showed its
    figures; step 8 said '(nog niet gekozen)' as if the two disagreed. Until the decision names a
    model, step 8 says which one step 5 works with."""
    from minigrid_app.core.regulation import ORGANISATION_MODELS

    document.set_attr(lambda p: p.agreement, "organisation", "cooperative", "organisatievorm")
    page, _ = _page(qtbot, DecisionPage, document)
    combo = page.choice_panel.model_combo
    assert combo.currentData() == ""
    assert combo.currentText() == f"(nog niet gekozen; stap 5 rekent met: {ORGANISATION_MODELS['cooperative']['nl']})"
    assert document.project.tender.decision.organisation_model == ""  # nothing chosen on the group's behalf


def test_the_tender_keeps_the_clusters_of_step_5_and_says_one_with_too_few_signers(qtbot, quick_document):
    """Step 6 and the tender request named 'Cluster 1' the homes that signed (Lindehof 1, 3, 7), formed
    again from the signers alone, while steps 3 and 5 call Lindehof 1-4 'Cluster 1'. The tender now
    keeps the residents' clusters: Cluster 1 with the two of its homes that signed; Lindehof 7, the
    only one of Cluster 2 that signed, is said to be left out, and why."""
    document = quick_document(load_example("hofje-8"))
    page, _ = _page(qtbot, TenderPage, document)
    step_5 = {c.id: (c.name, c.households) for c in document.results.clusters}
    assert step_5 == {"C1": ("Cluster 1", ["hofje-1", "hofje-2", "hofje-3", "hofje-4"]),
                      "C2": ("Cluster 2", ["hofje-5", "hofje-6", "hofje-7", "hofje-8"])}
    tendered = tender_service(document).tendered
    assert [(c.id, c.name, c.households) for c in tendered.results.clusters] == [("C1", "Cluster 1", ["hofje-1", "hofje-3"])]
    text = re.sub(r"<[^>]+>", "", page.scope_panel.who.text())  # glossary terms are links
    # three signed, two are in it: not 'de 2 woningen die de intentieverklaring tekenden' (as if all)
    assert "De uitvraag gaat over 2 van de 3 woningen die de intentieverklaring tekenden: Lindehof 1, Lindehof 3." in text
    assert ("De uitvraag houdt de clusters van stap 5 aan, met alleen de woningen die tekenden: Cluster 1: Lindehof 1 "
            "en Lindehof 3 (2 van 4 woningen getekend).") in text
    assert ("Cluster 2: 1 van 4 woningen getekend, te weinig voor een gedeelde bron; Lindehof 7 staat daarom niet in "
            "deze uitvraag.") in text
    assert "opnieuw gevormd" not in text


def test_what_the_documents_panel_said_follows_a_language_switch(qtbot, document, tmp_path):
    """'Geschreven in …: uitvraag.pdf, …' under the tender's buttons stayed Dutch after a switch
    to English (the step's other words changed)."""
    from PySide6.QtWidgets import QApplication

    from minigrid_app.ui.i18n import Translations

    page, _ = _page(qtbot, TenderPage, document, answers=[str(tmp_path)])
    page.documents_panel.make_button.click()
    status = page.documents_panel.status
    assert status.text().startswith(f"Geschreven in {tmp_path}: ")
    translations = Translations(QApplication.instance())
    translations.set_language("en")
    try:
        page.retranslate()
        assert status.text().startswith(f"Written in {tmp_path}: ") and "uitvraag.pdf" in status.text()
    finally:
        translations.set_language("nl")
        page.retranslate()
    assert status.text().startswith(f"Geschreven in {tmp_path}: ")


def test_the_decision_record_written_is_said_in_the_language_chosen_after(qtbot, document, tmp_path):
    from PySide6.QtWidgets import QApplication

    from minigrid_app.ui.i18n import Translations

    page, _ = _page(qtbot, DecisionPage, document, answers=[str(tmp_path / "besluit.pdf")])
    page.record_panel.pdf_button.click()
    status = page.record_panel.status
    assert status.text() == f"Geschreven: {tmp_path / 'besluit.pdf'}"
    translations = Translations(QApplication.instance())
    translations.set_language("en")
    try:
        page.retranslate()
        assert status.text() == f"Written: {tmp_path / 'besluit.pdf'}"
    finally:
        translations.set_language("nl")
        page.retranslate()


def test_what_reading_a_quote_found_follows_a_language_switch(qtbot, document, tmp_path):
    import datetime

    from PySide6.QtWidgets import QApplication

    from minigrid_app.io.boq_xlsx import write_boq
    from minigrid_app.ui.i18n import Translations

    page, dialogs = _page(qtbot, QuotesPage, document)
    path = write_boq(tender_service(document).tendered.pack, tmp_path / "staat.xlsx", today=datetime.date(2026, 12, 1))
    dialogs.answers.append(str(path))
    page.quotes_panel.read_button.click()  # the bill as sent: no prices
    message = page.quotes_panel.message
    assert message.text().startswith("staat.xlsx: geen enkele regel heeft een prijs")
    translations = Translations(QApplication.instance())
    translations.set_language("en")
    try:
        page.retranslate()
        assert message.text().startswith("staat.xlsx: ") and "geen enkele" not in message.text()
    finally:
        translations.set_language("nl")
        page.retranslate()


def test_decision_page_says_why_each_home_has_not_signed_as_the_pdf_does(qtbot, document):
    """Step 8 listed all homes as 'Nog niet getekend', also those never in the tender; the PDF said why."""
    from minigrid_app.io.tender_documents import build_decision_document

    page, _ = _page(qtbot, DecisionPage, document)
    agreements = page.agreements_panel.model
    assert agreements.setData(agreements.index(0, agreements.COL_STATUS), "signed")  # Lindehof 1
    text = re.sub(r"<[^>]+>", "", page.record_panel.summary.text())  # glossary links
    assert "Nog niet gevraagd: Lindehof 3, Lindehof 7" in text
    outside = "Tekende de intentieverklaring niet; niet in deze uitvraag: Lindehof 2, Lindehof 4, Lindehof 5, Lindehof 6, Lindehof 8"
    assert outside in text
    pdf = build_decision_document(page.record_panel.record(), language="nl")
    pdf_text = re.sub(r"<[^>]+>", "", pdf.html)
    assert "Nog niet gevraagd: Lindehof 3, Lindehof 7" in pdf_text and outside in pdf_text


def test_empty_tables_of_steps_6_and_8_say_what_will_appear_under_whole_titles(qtbot):
    """A new project (nobody signed the declaration of intent) showed the bill, the permits and the
    agreements as a strip of squeezed column titles with nothing to say why they were empty."""
    from minigrid_app.core.model import Household, Project
    from minigrid_app.ui.pages.table_panel import CLICK_ROW_HEIGHT, rows_height

    project = Project()
    project.households = [Household(id="a", label="Kerkpad 1", participation="interested"), Household(id="b", label="Kerkpad 3", participation="interested")]
    document = ProjectDocument(project, runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    tender_page, _ = _page(qtbot, TenderPage, document)
    quotes_page, _ = _page(qtbot, QuotesPage, document)
    decision_page, _ = _page(qtbot, DecisionPage, document)
    views = {"bill": tender_page.bill_panel.view, "permits": tender_page.permits_panel.view,
             "quotes": quotes_page.quotes_panel.view, "agreements": decision_page.agreements_panel.view}
    for name, view in views.items():
        view.parentWidget().resize(900, 400)
        view.resize(880, 100)
        qtbot.waitUntil(lambda view=view: not view.property("fit_rows_pending"))
        assert view.model().rowCount() == 0, name
        assert "intentieverklaring" in view.empty_text(), name
        header = view.horizontalHeader().sizeHint().height()
        assert rows_height(view) >= header + CLICK_ROW_HEIGHT, name  # room for the words under whole titles
        assert view.height() >= rows_height(view), name


def test_the_engineers_files_are_named_in_the_language_of_the_window(qtbot, document, tmp_path):
    """'Bestanden voor de ingenieur' wrote 'ontwerp-sjabloon.json' and '…-maanden.csv' also in
    English; a second hand-off to the same folder in the other language leaves one monthly table
    per field, not one in each language."""
    from PySide6.QtWidgets import QApplication

    from minigrid_app.ui.i18n import Translations

    page, _ = _page(qtbot, TenderPage, document, answers=[str(tmp_path), str(tmp_path)])
    panel = page.documents_panel
    translations = Translations(QApplication.instance())
    translations.set_language("en")
    try:
        panel._handoff()
    finally:
        translations.set_language("nl")
    english = sorted(p.name for p in tmp_path.iterdir())
    fields = [name[: -len(".json")] for name in english if name.endswith(".json") and name != "design-template.json"]
    assert fields and english == sorted([*(f"{f}.json" for f in fields), *(f"{f}-months.csv" for f in fields), "design-template.json"])
    panel._handoff()
    dutch = sorted(p.name for p in tmp_path.iterdir())
    # the English template is the engineer's to fill in: left where it is; the tables are replaced
    assert dutch == sorted([*(f"{f}.json" for f in fields), *(f"{f}-maanden.csv" for f in fields), "design-template.json", "ontwerp-sjabloon.json"])


def test_step_8s_agreement_dates_take_the_width_of_a_date_at_1280_by_800(quick_window):
    """The date column, as the table's last, took all the width that was left (720 px for a
    'dd-mm-jjjj' at 1280 × 800, the homes and their agreement squeezed to the left); it is as wide
    as a date, and an empty cell shows how to write one."""
    from PySide6.QtWidgets import QApplication

    from minigrid_app.ui.models.tender_models import AgreementsModel

    window = quick_window(signers_together(load_example("straat-24")))
    page = next(p for p in window.pages if p.step_key == "decision")
    window.show_step(window.pages.index(page))
    for _ in range(3):
        QApplication.processEvents()
    view = page.agreements_panel.view
    model, header = view.model(), view.horizontalHeader()
    assert model.rowCount() == 7  # the homes that signed the declaration of intent
    column = AgreementsModel.COL_DATE
    metrics = view.fontMetrics()
    date = max(metrics.horizontalAdvance("dd-mm-jjjj"), metrics.horizontalAdvance("28-02-2027"))
    assert date < header.sectionSize(column) <= date + 24
    assert header.length() < view.viewport().width() / 2  # three short columns, not the table's width
    assert model.setData(model.index(0, column), "28-02-2027")
    QApplication.processEvents()
    assert date < header.sectionSize(column) <= date + 24
    # step 6's permits: an empty date column was as wide as 'Datum' (~50 px), no room to see a date
    from minigrid_app.ui.models.tender_models import PermitsModel

    tender_page = next(p for p in window.pages if p.step_key == "tender")
    window.show_step(window.pages.index(tender_page))
    for _ in range(3):
        QApplication.processEvents()
    permits = tender_page.permits_panel.view
    assert permits.model().rowCount() > 0 and not permits.model().index(0, PermitsModel.COL_DATE).data()
    metrics = permits.fontMetrics()
    date = max(metrics.horizontalAdvance("dd-mm-jjjj"), metrics.horizontalAdvance("28-02-2027"))
    assert date < permits.horizontalHeader().sectionSize(PermitsModel.COL_DATE) <= date + 24
    # its notes (walker, session 16): the empty column was as wide as 'Notitie' (~55 px), and a long
    # note widened the table past the page, the note itself out of sight behind a sideways scroll bar
    header = permits.horizontalHeader()
    character = metrics.averageCharWidth()
    assert header.sectionSize(PermitsModel.COL_NOTE) >= 18 * character
    note = "Aangevraagd bij de omgevingsdienst op 3 maart, wachten op antwoord van de gemeente over de boringen"
    assert permits.model().setData(permits.model().index(0, PermitsModel.COL_NOTE), note)
    for _ in range(3):
        QApplication.processEvents()
    assert 18 * character <= header.sectionSize(PermitsModel.COL_NOTE) <= 36 * character + 24
    assert header.length() <= permits.viewport().width()  # no sideways scrolling
    assert permits.rowHeight(0) > 2 * metrics.height()  # the note wraps in its row
    window.document.undo_stack.setClean()
