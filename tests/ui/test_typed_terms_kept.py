"""Step 8's opt-out terms: what a resident types is never lost. Before, the terms were kept only by
the button "Voorwaarden bewaren"; choosing a quote or an organisation model meanwhile showed the
project again and wiped the typed text (found walking the program as a new resident)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from minigrid_app.core.tender_model import Quote
from minigrid_app.io.examples import load_example
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.pages.base import PageServices
from minigrid_app.ui.pages.decision import DecisionPage
from minigrid_app.ui.services.dialogs import ScriptedDialogs
from minigrid_app.ui.services.engine import EngineService
from minigrid_app.ui.services.tasks import SyncRunner
from minigrid_app.ui.services.tender_service import tender_service

TERMS = "Tot de bouwvergadering kosteloos, daarna 250 euro voor het ontwerp."


def _page(qtbot):
    document = ProjectDocument(load_example("hofje-8"), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    quote = Quote(supplier="Bodemwarmte Utrecht")
    document.set_attr(lambda p: p.tender, "quotes", [quote], "offerte")
    page = DecisionPage(document, PageServices(ScriptedDialogs([]), EngineService(document)))
    qtbot.addWidget(page)
    tender_service(document).refresh()
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)  # the keyboard goes to this page
    return document, page, quote


def test_terms_typed_survive_a_choice_made_before_keeping_them(qtbot):
    document, page, quote = _page(qtbot)
    choice = page.choice_panel
    choice.opt_out_edit.setFocus()
    qtbot.keyClicks(choice.opt_out_edit, TERMS)
    choice.model_combo.setCurrentIndex(choice.model_combo.findData("cooperative"))
    choice.model_combo.activated.emit(choice.model_combo.currentIndex())  # the page shows the project again
    assert document.project.tender.decision.organisation_model == "cooperative"
    assert choice.opt_out_edit.toPlainText() == TERMS
    qtbot.waitUntil(lambda: document.project.tender.decision.opt_out_terms == TERMS, timeout=5000)


def test_terms_are_kept_when_the_box_is_left_and_undo_takes_them_back(qtbot):
    document, page, _quote = _page(qtbot)
    choice = page.choice_panel
    choice.opt_out_edit.setFocus()
    qtbot.keyClicks(choice.opt_out_edit, TERMS)
    assert document.project.tender.decision.opt_out_terms == ""
    choice.opt_out_edit.clearFocus()  # the resident moves on (to the date, another step, another program)
    qtbot.waitUntil(lambda: document.project.tender.decision.opt_out_terms == TERMS, timeout=10_000)
    document.undo_stack.undo()
    assert document.project.tender.decision.opt_out_terms == ""
    assert choice.opt_out_edit.toPlainText() == ""  # undo shows the terms as they were
    document.undo_stack.redo()
    assert choice.opt_out_edit.toPlainText() == TERMS
