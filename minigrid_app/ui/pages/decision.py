"""Step 8, "Wat besluiten we?": the decision record.

Which quote, which organisation model, who signs the binding agreement (status and date per
home), the opt-out terms, the residents' conditions checked once more against the quoted
figures, and the permits still open; and the record as a PDF for the group's archive. The
record itself is decided in the engine (:func:`minigrid_app.core.decision.decision_record`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from minigrid_app.core import tender_steps as steps
from minigrid_app.core.decision import decision_record
from minigrid_app.core.problems import in_language
from minigrid_app.core.regulation import ORGANISATION_MODELS
from minigrid_app.ui.locale import parse_date, show_date, ui_language
from minigrid_app.ui.models.tender_models import AgreementsModel
from minigrid_app.ui.pages.base import Panel, SaidLabel, StepPage
from minigrid_app.ui.pages.table_panel import TablePanel
from minigrid_app.ui.services.tender_service import tender_service, while_computed
from minigrid_app.ui.widgets.choice_delegate import DateCellDelegate
from minigrid_app.ui.widgets.steady import SteadyComboBox
from minigrid_app.ui.widgets.typed_text import keep_typing, show_text
from minigrid_app.ui.widgets.whole_figures import Label

#: how long after the last key the typed opt-out terms are kept in the project [ms]
TERMS_KEPT_AFTER_MS = 800


class ChoicePanel(Panel):
    """The chosen quote, the organisation model, the date and the opt-out terms."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        form = QFormLayout(self)
        form.setHorizontalSpacing(12)
        self.quote_label, self.model_label, self.date_label, self.opt_out_label = (Label() for _ in range(4))
        self.quote_combo, self.model_combo = SteadyComboBox(), SteadyComboBox()
        for combo in (self.quote_combo, self.model_combo):
            combo.setMinimumHeight(32)
        self.quote_combo.activated.connect(lambda: self._set("quote_id", self.quote_combo.currentData() or "", self.tr("Offerte kiezen")))
        self.model_combo.activated.connect(
            lambda: self._set("organisation_model", self.model_combo.currentData() or "", self.tr("Organisatievorm kiezen"))
        )
        self.date_edit = keep_typing(QLineEdit())
        self.date_edit.setMinimumHeight(32)
        self.date_edit.editingFinished.connect(self._date_changed)
        self.opt_out_edit = QPlainTextEdit()
        self.opt_out_edit.setFixedHeight(70)
        # typed terms are kept a moment after the typing pauses (one undo step per pause), as
        # every other field keeps what is typed; the button keeps them at once
        self._terms_timer = QTimer(self)
        self._terms_timer.setSingleShot(True)
        self._terms_timer.setInterval(TERMS_KEPT_AFTER_MS)
        self._terms_timer.timeout.connect(self._keep_terms)
        self.opt_out_edit.textChanged.connect(self._terms_timer.start)
        self.opt_out_button = QPushButton()
        self.opt_out_button.clicked.connect(self._keep_terms)
        form.addRow(self.quote_label, self.quote_combo)
        form.addRow(self.model_label, self.model_combo)
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.opt_out_label, self.opt_out_edit)
        form.addRow("", self.opt_out_button)
        self.refused = SaidLabel()
        self.refused.setStyleSheet("color: #a61b1b;")
        form.addRow("", self.refused)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Het besluit"))
        self.quote_label.setText(self.tr("Gekozen offerte"))
        self.model_label.setText(self.tr("Organisatievorm"))
        self.date_label.setText(self.tr("Datum besluit"))
        self.date_edit.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.opt_out_label.setText(self.tr("Uitstappen"))
        self.opt_out_button.setText(self.tr("Voorwaarden bewaren"))
        self.opt_out_edit.setPlaceholderText(self.tr("Tot wanneer en op welke voorwaarden kan een woning nog afzien, en wat kost dat?"))
        self.refused.say_again()

    def show_project(self, project) -> None:
        decision = project.tender.decision
        self.quote_combo.clear()
        self.quote_combo.addItem(self.tr("(nog geen)"), "")
        for quote in project.tender.quotes:
            self.quote_combo.addItem(quote.supplier or self.tr("Offerte"), quote.id)
        self.quote_combo.setCurrentIndex(max(0, self.quote_combo.findData(decision.quote_id)))
        self.model_combo.clear()
        language = "en" if ui_language() == "en" else "nl"
        worked_with = ORGANISATION_MODELS.get(project.agreement.organisation)
        if worked_with is None:
            self.model_combo.addItem(self.tr("(nog niet gekozen)"), "")
        else:  # step 5 shows its figures for the model chosen there: say so, the two must not seem to disagree
            self.model_combo.addItem(self.tr("(nog niet gekozen; stap 5 rekent met: {0})").format(worked_with[language]), "")
        for key, model in ORGANISATION_MODELS.items():
            self.model_combo.addItem(model[language], key)
        self.model_combo.setCurrentIndex(max(0, self.model_combo.findData(decision.organisation_model)))
        show_text(self.date_edit, show_date(decision.decided_on))
        if self._terms_timer.isActive():
            return  # being typed: kept when the typing pauses, never overwritten meanwhile
        if self.opt_out_edit.toPlainText().strip() != decision.opt_out_terms:
            self.opt_out_edit.setPlainText(decision.opt_out_terms)
            self._terms_timer.stop()  # shown, not typed

    def finish_editing(self) -> None:
        if self._terms_timer.isActive():  # typed within the pause: kept now
            self._keep_terms()

    def _keep_terms(self) -> None:
        self._terms_timer.stop()
        self._set("opt_out_terms", self.opt_out_edit.toPlainText().strip(), self.tr("Voorwaarden om uit te stappen wijzigen"))

    def _set(self, name: str, value, text: str) -> None:
        self.document.set_attr(lambda project: project.tender.decision, name, value, text)

    def _date_changed(self) -> None:
        try:
            value = parse_date(self.date_edit.text()) or ""
        except ValueError:
            typed = self.date_edit.text()
            self.refused.say_at(self.date_edit, lambda: self.tr("'{0}' is geen datum; schrijf dd-mm-jjjj.").format(typed))
            return
        self.refused.say_at(self.date_edit, None)
        self._set("decided_on", value, self.tr("Datum van het besluit wijzigen"))


class AgreementsPanel(TablePanel):
    """Who signs the binding agreement: status and date per home in the tender."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        self.service = tender_service(document)
        self.add_table(QVBoxLayout(self), AgreementsModel(document, self.service, self))
        self.service.updated.connect(self.retranslate)  # the empty table's words follow the computing
        # three short columns, each as wide as its values or title: the date, as the last one,
        # took all the width that was left (720 px at 1280 × 800); it is as wide as a date
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.setItemDelegateForColumn(
            AgreementsModel.COL_DATE, DateCellDelegate(lambda: self.tr("dd-mm-jjjj"), self.view)
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Wie tekent de bindende overeenkomst?"))
        self.view.set_empty_text(while_computed(self.service, self.tr(
            "Hier komen de woningen van de uitvraag met hun bindende overeenkomst, zodra in een cluster genoeg buren de intentieverklaring tekenden (stap 5)."
        )))


class RecordPanel(Panel):
    """The record as the engine decides it: warnings, conditions again, not signed, open permits; the PDF."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        self.service = tender_service(document)
        layout = QVBoxLayout(self)
        self.summary = Label()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.pdf_button = QPushButton()
        self.pdf_button.setMinimumHeight(32)
        self.pdf_button.clicked.connect(self._write_pdf)
        layout.addWidget(self.pdf_button)
        self.status = Label()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        #: what the status says (made again in the new language after a switch), None: nothing yet
        self._said: Callable[[], str] | None = None
        self.service.updated.connect(self._show)
        self.service.updated.connect(self.link_glossary)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Het besluit op papier"))
        self.pdf_button.setText(self.tr("Besluit als PDF…"))
        if self._said is not None:
            self.status.setText(self._said())  # what was said, in the words of the language now chosen

    def _say(self, words: Callable[[], str]) -> None:
        """Show ``words()`` under the button, and again after a language switch."""
        self._said = words
        self.status.setText(words())

    def show_project(self, project) -> None:
        self.service.ensure()
        self._show()

    def record(self):
        tender = self.service.tendered
        return decision_record(tender.scope, tender.results, tender.pack) if tender else None

    def _show(self) -> None:
        record = self.record()
        if record is None:
            self.summary.setText(self.service.problem.text(ui_language()) if self.service.problem else while_computed(self.service, ""))
            return
        language = ui_language()
        parts = [f"<p style='color:#6b4e00'>{w.text(language) if hasattr(w, 'text') else w}</p>" for w in record.warnings]
        if record.figure is not None:  # the figure of the summary line and step 7, with the homes it is over
            per_home = self.tr("Per woning")
            homes = html.escape(record.figure.homes_said(language))
            parts.append(f"<p><b>{per_home}</b>: {html.escape(record.figure.text(language))} ({homes}).</p>")
        marks = {"met": "✓", "not_met": "✗"}
        indicative_word, quoted_word = self.tr("indicatief"), self.tr("met de offerte")
        conditions = "".join(
            f"<li>{html.escape(c.shown(language))}: {indicative_word} {marks.get(c.indicative.status, '?')}"
            + (f", {quoted_word} {marks.get(c.quoted.status, '?')}" if c.quoted else "")
            + "</li>"
            for c in record.conditions
        )
        if conditions:
            title = self.tr("De voorwaarden van de bewoners")
            parts.append(f"<b>{title}</b><ul>{conditions}</ul>")
        not_signed_word = self.tr("Nog niet getekend")
        groups = record.not_signed_groups  # the same groups and words as the decision PDF
        if groups:
            items = "".join(f"<li>{html.escape(why.text(language))}: {html.escape(', '.join(in_language(label, language) for label in labels))}</li>" for why, labels in groups)
            parts.append(f"<b>{not_signed_word}</b><ul>{items}</ul>")
        else:
            parts.append(f"<b>{not_signed_word}</b>: {html.escape(record.all_signed_words.text(language))}")
        permits = ", ".join(item.title(language) for item in record.open_permits) or self.tr("geen")
        open_word = self.tr("Nog open")
        parts.append(f"{'' if groups else '<br>'}<b>{open_word}</b>: {permits}")  # a list ends with its own space
        self.summary.setText("".join(parts))

    def _write_pdf(self) -> None:
        tender = self.service.tendered
        if tender is None:
            return
        from minigrid_app.ui.services.tender_pack import FILE_NAMES, write_decision

        language = ui_language()
        # one file: a save dialog with the name filled in, as the workbook's export (a folder dialog
        # read a typed file name as a folder that does not exist)
        name = f"{FILE_NAMES[language][2]}.pdf"
        suggested = str(Path(self.document.path).parent / name) if self.document.path else name
        chosen = self.services.dialogs.get_save_path(self.tr("Besluit bewaren als PDF"), suggested, self.tr("PDF-bestand (*.pdf)"))
        if not chosen:
            return
        if not chosen.lower().endswith(".pdf"):
            chosen += ".pdf"
        folder, file_name = str(Path(chosen).parent), Path(chosen).name
        self._say(lambda: self.tr("Bezig met schrijven…"))
        self.services.engine.run(
            lambda _p: write_decision(tender, folder, language=language, file_name=file_name),
            lambda path: self._say(lambda: self.tr("Geschreven: {0}").format(path)),
            lambda text: self._say(lambda: self.tr("Niet gelukt: {0}").format(text)),
            writing=lambda: self.tr("het besluit (PDF)"),
        )


class DecisionPage(StepPage):
    """Step 8: the decision record."""

    step_key = "decision"

    def question(self) -> str:
        return self.tr("Wat besluiten we?")

    def step_title(self) -> str:
        return self.tr("Besluit")

    def build(self) -> None:
        layout = self.add_scroll_area()
        layout.setContentsMargins(0, 0, 8, 0)
        self.choice_panel = self.add_panel(ChoicePanel(self.document, self.services), layout)
        self.agreements_panel = self.add_panel(AgreementsPanel(self.document, self.services), layout)
        self.record_panel = self.add_panel(RecordPanel(self.document, self.services), layout)
        layout.addStretch(1)

    def missing_text(self, item: steps.Missing) -> str:
        if item.what == steps.NO_QUOTE_CHOSEN:
            return self.tr("Kies een offerte.")
        if item.what == steps.NO_ORGANISATION_MODEL:
            return self.tr("Kies een organisatievorm.")
        if item.what == steps.NOT_SIGNED:
            return (self.tr("1 woning tekende de bindende overeenkomst nog niet.") if item.count == 1 else self.tr("{0} woningen tekenden de bindende overeenkomst nog niet.").format(item.count))
        if item.what == steps.OPEN_PERMITS:
            return (self.tr("Nog 1 vergunning of melding open.") if item.count == 1 else self.tr("Nog {0} vergunningen of meldingen open.").format(item.count))
        return super().missing_text(item)
