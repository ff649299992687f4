"""Step 6, "Wat vragen we aan de aannemers?": the tender request for the homes that signed.

Panels: who is in the tender and the planning (9-12 months of the national guide); the
scope and bill of quantities with who does each line; the permits and notifications with
their status; the documents (tender request PDF, bill of quantities xlsx) and the engineer's
hand-off both ways. Every figure comes from the engine run on the signers
(:mod:`minigrid_app.ui.services.tender_service`); every edit is one undo step.
"""

from __future__ import annotations

import copy
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from minigrid_app.core import tender_steps as steps
from minigrid_app.core.tender_model import CONTRACTING_LABELS, CONTRACTING_MODELS
from minigrid_app.ui.locale import parse_date, show_date, ui_language
from minigrid_app.ui.models.tender_models import BillModel, PermitsModel
from minigrid_app.ui.pages.base import Panel, SaidLabel, StepPage
from minigrid_app.ui.pages.table_panel import TablePanel, editable_table, fit_rows
from minigrid_app.ui.services.tender_service import tender_service, while_computed
from minigrid_app.ui.widgets.choice_delegate import DateCellDelegate, NoteCellDelegate
from minigrid_app.ui.widgets.field_message import listed
from minigrid_app.ui.widgets.steady import SteadyComboBox
from minigrid_app.ui.widgets.typed_text import keep_typing, show_text
from minigrid_app.ui.widgets.whole_figures import Label


class ScopePanel(Panel):
    """Who is in the tender, the dates and the contracting, and the planning against 9-12 months."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        self.service = tender_service(document)
        layout = QVBoxLayout(self)
        self.who = Label()
        self.who.setWordWrap(True)
        layout.addWidget(self.who)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        self.issued_label, self.due_label, self.advisor_label, self.contracting_label = (Label() for _ in range(4))
        self.issued_edit, self.due_edit, self.advisor_edit = (keep_typing(QLineEdit()) for _ in range(3))
        for edit, name in ((self.issued_edit, "issued_on"), (self.due_edit, "quotes_due")):
            edit.setMinimumHeight(32)
            edit.editingFinished.connect(lambda edit=edit, name=name: self._date_changed(edit, name))
        self.advisor_edit.setMinimumHeight(32)
        self.advisor_edit.editingFinished.connect(self._advisor_changed)
        self.contracting_combo = SteadyComboBox()
        self.contracting_combo.setMinimumHeight(32)
        self.contracting_combo.activated.connect(self._contracting_changed)
        form.addRow(self.issued_label, self.issued_edit)
        form.addRow(self.due_label, self.due_edit)
        form.addRow(self.advisor_label, self.advisor_edit)
        form.addRow(self.contracting_label, self.contracting_combo)
        layout.addLayout(form)
        self.refused = SaidLabel()
        self.refused.setStyleSheet("color: #a61b1b;")
        layout.addWidget(self.refused)
        self.planning = Label()
        self.planning.setWordWrap(True)
        layout.addWidget(self.planning)
        self.service.updated.connect(self._tender_updated)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Wie, wanneer en hoe"))
        self.issued_label.setText(self.tr("Uitvraag verstuurd op"))
        self.due_label.setText(self.tr("Offertes binnen op"))
        self.advisor_label.setText(self.tr("Vragen beantwoordt"))
        self.contracting_label.setText(self.tr("Opdracht aan"))
        for edit in (self.issued_edit, self.due_edit):
            edit.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.contracting_combo.clear()
        for code in CONTRACTING_MODELS:
            nl, en = CONTRACTING_LABELS[code]
            self.contracting_combo.addItem(en if ui_language() == "en" else nl, code)
        self.refused.say_again()
        self._tender_updated()  # the scope and the planning, or that they are being computed, in the new language

    def show_project(self, project) -> None:
        settings = project.tender.settings
        show_text(self.issued_edit, show_date(settings.issued_on))
        show_text(self.due_edit, show_date(settings.quotes_due))
        show_text(self.advisor_edit, settings.advisor)
        # the tender request names the intake's contact person when this is empty: say so here
        contact = project.intake.contact_person.strip()
        self.advisor_edit.setPlaceholderText(
            self.tr("Leeg: dan {0}, de contactpersoon bij de intake").format(contact) if contact
            else self.tr("Leeg: dan de initiatiefnemers")
        )
        self.contracting_combo.setCurrentIndex(max(0, self.contracting_combo.findData(settings.contracting)))
        self.service.ensure()

    def _tender_updated(self) -> None:
        service = self.service
        if service.tendered is None:
            self.who.setText(service.problem.text(ui_language()) if service.problem else self.tr("De uitvraag wordt berekend…"))
            self.planning.setText("")
            return
        tender = service.tendered
        text = tender.scope.who_words.text(ui_language())  # who is in it, worded by the engine
        clusters = tender.scope.clusters_words  # the clusters of step 5 and their signers, as the engine keeps them
        if clusters is not None:
            text += " " + clusters.text(ui_language())
        self.who.setText(text)
        plan = tender.pack.planning
        rows = "".join(f"<tr><td>{m.label(ui_language())}</td><td>&nbsp;&nbsp;{m.date:%d-%m-%Y}</td></tr>" for m in plan.milestones)
        # the dates are a plan: counted from today until the request is sent (an empty field above
        # next to 'Uitvraag verstuurd 01-12-2026' read as if it had been sent)
        heading = (self.tr("Planning:") if self.document.project.tender.settings.issued_on
                   else self.tr("Planning, gerekend vanaf vandaag zolang 'Uitvraag verstuurd op' leeg is:"))
        self.planning.setText(f"<p>{html.escape(heading)}</p><table>{rows}</table><p>{plan.verdict(ui_language())}</p>")
        self.link_glossary()  # the result comes after the page's last update

    def _settings_attr(self, name: str, value, text: str) -> None:
        self.document.set_attr(lambda project: project.tender.settings, name, value, text)

    def _date_changed(self, edit: QLineEdit, name: str) -> None:
        try:
            value = parse_date(edit.text()) or ""
        except ValueError:
            typed = edit.text()
            self.refused.say_at(edit, lambda: self.tr("'{0}' is geen datum; schrijf dd-mm-jjjj.").format(typed))
            return
        self.refused.say_at(edit, None)
        self._settings_attr(name, value, self.tr("Datum van de uitvraag wijzigen"))

    def _advisor_changed(self) -> None:
        self._settings_attr("advisor", self.advisor_edit.text().strip(), self.tr("Contact voor vragen wijzigen"))

    def _contracting_changed(self) -> None:
        self._settings_attr("contracting", self.contracting_combo.currentData(), self.tr("Opdrachtvorm wijzigen"))


class BillPanel(Panel):
    """The scope and bill of quantities: every line with who does it (editable)."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        layout = QVBoxLayout(self)
        self.intro = Label()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = BillModel(document, tender_service(document), self)
        self.view = editable_table(self.model)
        layout.addWidget(self.view)
        self.model.service.updated.connect(self.retranslate)  # the empty table's words follow the computing
        self.model.modelReset.connect(lambda: fit_rows(self.view))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Wie doet wat: de staat van hoeveelheden"))
        self.intro.setText(self.tr(
            "Elke regel komt uit de businesscase. Dubbelklik op 'Wie doet het' om een regel aan een andere partij te geven; "
            "grijze regels prijst de aannemer niet (de groep, de netbeheerder of de bewoner regelt ze)."
        ))
        self.view.set_empty_text(while_computed(self.model.service, self.tr(
            "Hier komen de werkzaamheden van de uitvraag, regel voor regel, zodra in een cluster genoeg buren de intentieverklaring tekenden (stap 5)."
        )))


class PermitsPanel(TablePanel):
    """The permits, notifications and arrangements with their status."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        self.service = tender_service(document)
        self.add_table(QVBoxLayout(self), PermitsModel(document, self.service, self))
        self.service.updated.connect(self.retranslate)  # the empty table's words follow the computing
        # an empty date cell was as wide as its title ("Datum", ~50 px) and said nothing of how to
        # write one: as wide as a date, 'dd-mm-jjjj' in grey, as step 8's agreements
        self.view.setItemDelegateForColumn(
            PermitsModel.COL_DATE, DateCellDelegate(lambda: self.tr("dd-mm-jjjj"), self.view)
        )
        # a note: room to type one before there is any, and a long one wraps (it widened the table
        # past the page, out of sight)
        self.view.setItemDelegateForColumn(PermitsModel.COL_NOTE, NoteCellDelegate(self.view))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Vergunningen, meldingen en afspraken"))
        self.view.set_empty_text(while_computed(self.service, self.tr(
            "Hier komen de vergunningen, meldingen en afspraken die de uitvraag nodig heeft, zodra in een cluster genoeg buren de intentieverklaring tekenden (stap 5)."
        )))


class TenderDocumentsPanel(Panel):
    """Make the tender request and the bill of quantities; hand the fields to the engineer and read the design back."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        self.service = tender_service(document)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.make_button = QPushButton()
        self.make_button.setMinimumHeight(32)
        self.make_button.clicked.connect(self._make_documents)
        self.budget_check = QCheckBox()
        row.addWidget(self.make_button)
        row.addWidget(self.budget_check)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.handoff_button = QPushButton()
        self.handoff_button.setMinimumHeight(32)
        self.handoff_button.clicked.connect(self._handoff)
        self.design_button = QPushButton()
        self.design_button.setMinimumHeight(32)
        self.design_button.clicked.connect(self._read_design)
        row.addWidget(self.handoff_button)
        row.addWidget(self.design_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = Label()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # a list of what reading found, one line each
        #: what the status says (made again in the new language after a switch), None: nothing yet
        self._said: Callable[[], str] | None = None
        layout.addWidget(self.status)
        self.design_status = Label()
        self.design_status.setWordWrap(True)
        layout.addWidget(self.design_status)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Documenten en de ingenieur"))
        self.make_button.setText(self.tr("Uitvraag en staat van hoeveelheden maken…"))
        self.budget_check.setText(self.tr("indicatieve bedragen in de staat zetten"))
        self.handoff_button.setText(self.tr("Bestanden voor de ingenieur…"))
        self.design_button.setText(self.tr("Ontwerp van de ingenieur inlezen…"))
        if self._said is not None:
            self.status.setText(self._said())  # what was said, in the words of the language now chosen

    def _say(self, words: Callable[[], str]) -> None:
        """Show ``words()`` under the buttons, and again after a language switch."""
        self._said = words
        self.status.setText(words())

    def show_project(self, project) -> None:
        design = project.tender.design
        if design.is_empty:
            self.design_status.setText("")
            return
        # the tender's modules load with step 6
        from minigrid_app.core.tender import design_fields_text

        fields = design_fields_text(design.fields, project, ui_language())  # by cluster name, never 'shared-C1'
        self.design_status.setText(
            self.tr("Ontwerp van de ingenieur {0} ({1}) wordt gebruikt: {2}.").format(design.engineer or "", show_date(design.date), fields or "–")
        )

    def _folder(self, title: str) -> str | None:
        start = str(Path(self.document.path).parent) if self.document.path else ""
        return self.services.dialogs.get_directory(title, start)

    def _make_documents(self) -> None:
        tender = self.service.tendered
        if tender is None:
            problem = self.service.problem
            self._say(lambda: problem.text(ui_language()) if problem else self.tr("Nog bezig met rekenen."))
            return
        folder = self._folder(self.tr("Map voor de uitvraag"))
        if not folder:
            return
        from minigrid_app.ui.services.tender_pack import write_tender

        language, budget = ui_language(), self.budget_check.isChecked()
        self._say(lambda: self.tr("Bezig met schrijven…"))

        def done(paths) -> None:
            self._say(lambda: self.tr("Geschreven in {0}: {1}").format(folder, ", ".join(p.name for p in paths)))

        def failed(text: str) -> None:
            self._say(lambda: self.tr("Niet gelukt: {0}").format(text))

        self.services.engine.run(
            lambda _p: write_tender(tender, folder, language=language, with_budget=budget), done, failed,
            writing=lambda: self.tr("de uitvraag"),
        )  # fmt: skip

    def _handoff(self) -> None:
        tender = self.service.tendered
        if tender is None:
            return
        folder = self._folder(self.tr("Map voor de bestanden van de ingenieur"))
        if not folder:
            return
        from minigrid_app.io.handoff_files import HandoffError, write_handoff

        removed: list = []
        try:
            paths = write_handoff(tender.scope.project, tender.results, folder, removed=removed, language=ui_language())
        except HandoffError as exc:
            problem = exc.problem
            self._say(lambda: problem.text(ui_language()))
            return

        def said() -> str:
            text = self.tr("Geschreven in {0}: {1}").format(folder, ", ".join(p.name for p in paths))
            if removed:
                text += " " + self.tr("Weggehaald (velden van een eerdere overdracht): {0}").format(", ".join(p.name for p in removed))
            return text

        self._say(said)

    def _read_design(self) -> None:
        tender = self.service.tendered
        if tender is None:
            return
        path = self.services.dialogs.get_open_path(self.tr("Ontwerp van de ingenieur"), "", "JSON (*.json)")
        if not path:
            return
        from minigrid_app.io.handoff_files import HandoffError, read_design

        try:
            design, problems = read_design(path, tender.scope.project, tender.results)
        except HandoffError as exc:
            problem = exc.problem
            self._say(lambda: problem.text(ui_language()))
            return
        self.document.set_attr(lambda project: project.tender, "design", copy.deepcopy(design), self.tr("Ontwerp van de ingenieur inlezen"))
        self._say(lambda: listed([p.text(ui_language()) for p in problems]))  # one line each


class TenderPage(StepPage):
    """Step 6: the tender request (uitvraag) for the homes that signed."""

    step_key = "tender"

    def question(self) -> str:
        return self.tr("Wat vragen we aan de aannemers?")

    def step_title(self) -> str:
        return self.tr("Uitvraag")

    def build(self) -> None:
        layout = self.add_scroll_area()
        layout.setContentsMargins(0, 0, 8, 0)
        self.scope_panel = self.add_panel(ScopePanel(self.document, self.services), layout)
        self.bill_panel = self.add_panel(BillPanel(self.document, self.services), layout)
        self.permits_panel = self.add_panel(PermitsPanel(self.document, self.services), layout)
        self.documents_panel = self.add_panel(TenderDocumentsPanel(self.document, self.services), layout)
        layout.addStretch(1)

    def missing_text(self, item: steps.Missing) -> str:
        if item.what == steps.NO_SIGNATURES:
            return self.tr("Nog niemand tekende de intentieverklaring (stap 5).")
        if item.what == steps.NOTHING_TO_TENDER:
            return self.tr("Geen cluster heeft genoeg handtekeningen voor een uitvraag (stap 5).")
        if item.what == steps.TENDER_NOT_SENT:
            return self.tr("Vul de datum in waarop de uitvraag verstuurd is.")
        if item.what == steps.OPEN_PERMITS:
            return (self.tr("Nog 1 vergunning of melding open.") if item.count == 1 else self.tr("Nog {0} vergunningen of meldingen open.").format(item.count))
        return super().missing_text(item)
