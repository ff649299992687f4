"""Step 7, "Wat bieden de aannemers aan?": the quotes set against the indicative business case.

Panels: the quotes by line next to the indicative amounts (entered by hand or read from a
filled-in bill of quantities), flagged outside ±20 % and where a line is missing, with the
totals per quote; and the business case on a chosen quote's prices: every home's monthly
costs with real prices next to the indicative ones. The comparison and the recomputation are
the engine's (:mod:`minigrid_app.core.quotes`); every edit is one undo step.
"""

from __future__ import annotations

import copy
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from minigrid_app.core import tender_steps as steps
from minigrid_app.core.explain_costs import explain_quote_home
from minigrid_app.core.problems import in_language
from minigrid_app.core.quote_entry import add_quote
from minigrid_app.core.quotes import (
    INDICATIVE_BASIS,
    changed_tender_note,
    monthly_per_home,
    percent_decimals,
    quote_case,
)
from minigrid_app.core.reading import words
from minigrid_app.core.tender_figure import mean_row
from minigrid_app.core.tender_model import MAX_QUOTES, Quote
from minigrid_app.ui.locale import format_money, format_number, ui_language
from minigrid_app.ui.models.tender_models import QuotesModel
from minigrid_app.ui.pages.base import Panel, StepPage, Unadded
from minigrid_app.ui.pages.table_panel import editable_table, fit_rows
from minigrid_app.ui.services.tender_service import tender_service, while_computed
from minigrid_app.ui.widgets.explain_button import ExplainDialog
from minigrid_app.ui.widgets.field_message import (
    NOTED,
    REFUSED,
    attach_to_view,
    listed,
    show_field_message,
)
from minigrid_app.ui.widgets.links import LINK_COLOUR
from minigrid_app.ui.widgets.steady import SteadyComboBox
from minigrid_app.ui.widgets.tables import focus_new_row
from minigrid_app.ui.widgets.whole_figures import Label

#: the links of the costs table's "hoe berekend?" (``explain:<household id>``)
EXPLAIN_SCHEME = "explain:"
#: the most lines the note next to 'Offerte inlezen' shows (the whole list is under the table)
NOTE_LINES = 6


class QuotesPanel(Panel):
    """Quotes by line: add, read from a workbook, remove; the table and the totals."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        self.service = tender_service(document)
        layout = QVBoxLayout(self)
        self.intro = Label()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.supplier_edit = QLineEdit()
        self.supplier_edit.setMinimumHeight(32)
        self.add_button, self.read_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        for button in (self.add_button, self.read_button, self.remove_button):
            button.setMinimumHeight(32)
        self.remove_combo = SteadyComboBox()
        self.remove_combo.setMinimumHeight(32)
        self.remove_combo.setSizeAdjustPolicy(SteadyComboBox.SizeAdjustPolicy.AdjustToContents)  # whole names
        self.add_button.clicked.connect(self._add)
        self.supplier_edit.returnPressed.connect(self._add)  # a name and Enter adds it, as step 2's conditions
        self.read_button.clicked.connect(self._read)
        self.remove_button.clicked.connect(self._remove)
        for widget in (self.supplier_edit, self.add_button, self.read_button, self.remove_combo, self.remove_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        #: why a quote's lines changed since it was entered (the tender follows the homes that signed)
        self.changed = Label()
        self.changed.setWordWrap(True)
        self.changed.setStyleSheet("color: #8a4b00;")
        self.changed.setVisible(False)
        layout.addWidget(self.changed)
        self.model = QuotesModel(document, self.service, self)
        self.view = editable_table(self.model)
        layout.addWidget(self.view)
        self.totals = Label()
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        self.message = Label()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a list, one line each (a supplier's '<' stays a '<')
        self.message.setStyleSheet("color: #6b4e00;")
        layout.addWidget(self.message)
        #: how to word the message shown (made again in the new language after a switch)
        self._said: Callable[[], str] | None = None
        #: the id of a quote just added whose first price gets the keyboard when its column comes
        self._focus_quote: str | None = None
        self.model.validationFailed.connect(self._refused_cell)
        attach_to_view(self.view, self.model.validationFailed)  # and at the cell, where the eye is
        self.model.refreshed.connect(self._model_reset)
        self.service.updated.connect(self.retranslate)  # the empty table's words follow the computing

    def retranslate(self) -> None:
        self.setTitle(self.tr("Offertes per regel"))
        self.intro.setText(self.tr(
            "Vul per offerte de bedragen per regel in (dubbelklik), of lees een ingevulde staat van hoeveelheden in. "
            "▲ duurder en ▼ goedkoper dan de marge rond de indicatieve prijs; 'ontbreekt': de regel staat niet in de offerte "
            "(dan telt de indicatieve prijs)."
        ))
        self.view.set_empty_text(while_computed(self.service, self.tr(
            "Hier komen de regels van de uitvraag met de bedragen van elke offerte, zodra in een cluster genoeg buren de intentieverklaring tekenden (stap 5)."
        )))
        self.supplier_edit.setPlaceholderText(self.tr("naam van de aanbieder"))
        # the hint stays whole ("naam van de aan…" at 1280 px)
        hint = self.supplier_edit.fontMetrics().horizontalAdvance(self.supplier_edit.placeholderText())
        self.supplier_edit.setMinimumWidth(hint + 24)
        self.add_button.setText(self.tr("Offerte toevoegen"))
        self.read_button.setText(self.tr("Offerte inlezen uit werkmap…"))
        self.remove_button.setText(self.tr("Verwijderen"))
        if self._said is not None:
            self.message.setText(self._said())  # what was said, in the words of the language now chosen

    def show_project(self, project) -> None:
        self.remove_combo.clear()
        for quote in project.tender.quotes:
            self.remove_combo.addItem(quote.supplier or self.tr("Offerte"), quote.id)
        # no quote yet: no empty choice and no 'Verwijderen' that does nothing
        for widget in (self.remove_combo, self.remove_button):
            widget.setVisible(bool(project.tender.quotes))
        self.service.ensure()

    def _model_reset(self) -> None:
        fit_rows(self.view)
        if self._focus_quote is not None:
            self._focus_new_quote()
        parts = []
        for comparison in self.model.comparisons():
            total = comparison.total
            fraction = total.difference_fraction or 0.0
            parts.append(
                self.tr("{0}: {1} tegen {2} indicatief ({3} %), %n regels ontbreken, {4} buiten de marge", "",
                        len(comparison.missing)).format(
                    comparison.quote.supplier or self.tr("Offerte"),
                    format_money(total.quoted_eur),
                    format_money(total.indicative_eur),
                    format_number(100 * fraction, percent_decimals(fraction, comparison.tolerance)),
                    len(comparison.flagged) - len(comparison.missing),
                )
            )
        self.totals.setText("<br>".join(parts))
        language = ui_language()
        notes = [note.text(language) for c in self.model.comparisons() if (note := changed_tender_note(c, self.document.project))]
        self.changed.setText("\n".join("⚠ " + note for note in notes))
        self.changed.setVisible(bool(notes))

    def unadded(self) -> list[Unadded]:
        """A supplier's name typed but not added with 'Offerte toevoegen' (asked about before it is lost)."""
        name = self.supplier_edit.text().strip()
        if not name:
            return []

        def add() -> bool:
            self._add()
            return not self.supplier_edit.text().strip()

        return [Unadded(self.tr("de offerte van ‘{0}’ (stap 7)").format(name), add, self.supplier_edit)]

    def _set_quotes(self, quotes: list[Quote], text: str) -> None:
        self.document.set_attr(lambda project: project.tender, "quotes", quotes, text)

    def _add(self) -> None:
        taken = {words(q.supplier) for q in self.document.project.tender.quotes}
        number = next(n for n in range(1, len(taken) + 2) if words(self.tr("Offerte {0}").format(n)) not in taken)
        name = self.supplier_edit.text().strip() or self.tr("Offerte {0}").format(number)
        if any(words(q.supplier) == words(name) for q in self.document.project.tender.quotes):
            self._note(lambda: self.tr("Er is al een offerte van {0}; vul die aan in de tabel.").format(name))
            return
        if len(self.document.project.tender.quotes) >= MAX_QUOTES:
            self._note(lambda: self.tr("Het project heeft al {0} offertes; verwijder er een voordat u een nieuwe toevoegt.")
                       .format(MAX_QUOTES))
            return
        quote = Quote(supplier=name)
        quotes = copy.deepcopy(self.document.project.tender.quotes) + [quote]
        # the keyboard goes to the new quote's first price when its column comes (_model_reset): it
        # stayed in the name box, and the amounts typed next became the name of another quote
        self._focus_quote = quote.id
        self._set_quotes(quotes, self.tr("Offerte van {0} toevoegen").format(name))
        self.supplier_edit.clear()
        self._focus_new_quote()

    def _focus_new_quote(self) -> None:
        """The first price of the quote just added, ready to type, once its column is in the table."""
        ids = [q.id for q in self.model.quotes()]
        if self._focus_quote not in ids or self.model.columnCount() != 3 + len(ids):
            return
        column = 3 + ids.index(self._focus_quote)
        self._focus_quote = None
        focus_new_row(self.view, 0, column)

    def _read(self) -> None:
        tender = self.service.tendered
        if tender is None and self.service.problem is None:  # reopened: the tender is still being computed
            self._say(lambda: self.tr("De uitvraag wordt nog berekend; lees de staat van hoeveelheden zo dadelijk in."))
            return
        if tender is None:  # no bill of quantities was made, so none can come back filled in
            self._say(lambda: self.tr(
                "Er is nog geen staat van hoeveelheden om in te lezen: die komt er zodra in een cluster genoeg "
                "buren de intentieverklaring tekenden (stap 5) en wordt bij stap 6 gemaakt."
            ))
            return
        path = self.services.dialogs.get_open_path(self.tr("Ingevulde staat van hoeveelheden"), "", "Excel (*.xlsx)")
        if not path:
            return
        from minigrid_app.io.boq_xlsx import NO_PRICE_FIELD, BoqError, read_quote

        try:
            quote, problems = read_quote(path, lines=tender.pack.lines, project_name=self.document.project.intake.name)
            if not quote.amounts:  # the bill as it was sent, or one priced only outside the tender
                # why each price was not taken (a formula without a value, 'excl. btw'), after the verdict
                reasons = [p for p in problems if p.field != NO_PRICE_FIELD][:3]
                self._say(lambda: listed(
                    [p.text(ui_language()) for p in reasons],
                    lead=self.tr("{0}: geen enkele regel heeft een prijs; is het de staat zoals die verstuurd is? "
                                 "Er is niets ingelezen.").format(Path(path).name)))
                return
            quotes, replaced = add_quote(copy.deepcopy(self.document.project.tender.quotes), quote)
        except BoqError as exc:
            problem = exc.problem
            self._say(lambda: problem.text(ui_language()))
            return
        except ValueError as exc:  # the most quotes a project keeps
            nl, en = exc.args[0], exc.args[1]
            self._say(lambda: en if ui_language() == "en" else nl)
            return
        self._set_quotes(quotes, self.tr("Offerte van {0} inlezen").format(quote.supplier))
        supplier = quote.supplier

        def said() -> str:
            found = [p.text(ui_language()) for p in problems]
            if replaced is not None:
                found.insert(0, self.tr("De eerdere offerte van {0} is vervangen (ongedaan maken zet haar terug).").format(supplier))
            return listed(found)  # one line each: six messages in one paragraph could not be read

        self._say(said, NOTED)

    def _say(self, words: Callable[[], str], kind: str = REFUSED) -> None:
        """What reading a workbook found: next to the button just pressed, and under the table
        (a long list in full under the table; next to the button its first lines)."""
        self._note(words)
        lines = self.message.text().split("\n")
        if len(lines) > NOTE_LINES:
            rest = len(lines) - (NOTE_LINES - 1)
            lines = lines[: NOTE_LINES - 1] + [self.tr("… en nog {0} (onder de tabel)").format(rest)]
        show_field_message(self.read_button, "\n".join(lines), kind=kind)

    def _note(self, words: Callable[[], str]) -> None:
        """Say ``words()`` under the table, and again in the new language after a switch."""
        self._said = words
        self.message.setText(words())

    def _refused_cell(self, text: str) -> None:
        """A value the table refused (said at the cell too): its words as they came."""
        self._note(lambda: text)

    def _remove(self) -> None:
        """Remove the quote chosen in the list; the quote chosen at step 8 only when the user agrees,
        and then its choice goes with it in the same undo step (and is said)."""
        quote_id = self.remove_combo.currentData()
        if not quote_id:
            return
        tender = self.document.project.tender
        quotes = [q for q in copy.deepcopy(tender.quotes) if q.id != quote_id]
        if tender.decision.quote_id != quote_id:
            self._set_quotes(quotes, self.tr("Offerte verwijderen"))
            return
        name = self.remove_combo.currentText()
        if not self.services.dialogs.ask_yes_no(
            self.tr("Gekozen offerte verwijderen?"),
            self.tr("De offerte van {0} is bij stap 8 gekozen. Na verwijderen is er geen offerte meer gekozen. "
                    "Toch verwijderen?").format(name),
        ):
            return
        before = copy.deepcopy(tender.quotes)

        def apply(project) -> None:
            project.tender.quotes = copy.deepcopy(quotes)
            project.tender.decision.quote_id = ""

        def revert(project) -> None:
            project.tender.quotes = copy.deepcopy(before)
            project.tender.decision.quote_id = quote_id

        self.document.edit(self.tr("Gekozen offerte verwijderen"), apply, revert)
        self._note(lambda: self.tr("De offerte van {0} is verwijderd; bij stap 8 is nu geen offerte gekozen. "
                                   "Ongedaan maken zet beide terug.").format(name))
        # and where the eye is: 'Verwijderen' itself is gone with the last quote, 'Offerte toevoegen' is beside it
        show_field_message(self.add_button, self.message.text(), kind=NOTED)


class QuoteCasePanel(Panel):
    """The business case on a chosen quote's prices: monthly costs per home, indicative and quoted."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        self.service = tender_service(document)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.choose_label = Label()
        self.quote_combo = SteadyComboBox()
        self.quote_combo.setMinimumHeight(32)
        self.quote_combo.setSizeAdjustPolicy(SteadyComboBox.SizeAdjustPolicy.AdjustToContents)  # whole names
        self.quote_combo.activated.connect(self._show)
        row.addWidget(self.choose_label)
        row.addWidget(self.quote_combo)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = Label()
        self.table.setWordWrap(True)
        self.table.linkActivated.connect(self._follow)
        layout.addWidget(self.table)
        #: the business case on the quote shown, and the indicative one ("hoe berekend?" of a row)
        self._shown: tuple | None = None
        self.explain_dialog: ExplainDialog | None = None
        self.service.updated.connect(self._show)
        self.service.updated.connect(self.link_glossary)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Wat het per woning kost met de prijzen van een offerte"))
        self.choose_label.setText(self.tr("Offerte:"))

    def show_project(self, project) -> None:
        current = self.quote_combo.currentData()
        self.quote_combo.clear()
        for quote in project.tender.quotes:
            self.quote_combo.addItem(quote.supplier or self.tr("Offerte"), quote.id)
        if current:
            self.quote_combo.setCurrentIndex(max(0, self.quote_combo.findData(current)))
        for widget in (self.choose_label, self.quote_combo):  # an empty choice says nothing
            widget.setVisible(bool(project.tender.quotes))
        self._show()

    def _show(self, *_args) -> None:
        tender = self.service.tendered
        quote = self.document.project.tender.quote(self.quote_combo.currentData() or "")
        if tender is None or quote is None:
            self._shown = None
            if quote is not None and self.service.problem is not None:  # a quote, but no tender to price it on
                self.table.setText(self.service.problem.text(ui_language()))
            elif quote is not None:
                self.table.setText(while_computed(self.service, ""))
            else:
                self.table.setText(self.tr("Voeg een offerte toe om de maandlasten met echte prijzen te zien."))
            return
        case = quote_case(tender.scope.project, tender.results, tender.pack.lines, quote)
        self._shown = (tender.results, case)
        how = html.escape(self.tr("hoe berekend?"))
        head = [self.tr("Woning"), self.tr("Gas nu"), self.tr("Indicatief"), html.escape(case.label(ui_language())), self.tr("Verschil"),
                self.tr("Eenmalig indicatief"), self.tr("Eenmalig offerte")]

        def row(r, name: str, link: str) -> str:
            return (
                f"<tr><td>{name}</td><td align=right>{format_money(r.gas_monthly_eur)}</td>"
                f"<td align=right>{format_money(r.indicative_monthly_eur)}</td><td align=right><b>{format_money(r.quote_monthly_eur)}</b></td>"
                f"<td align=right>{format_money(r.shown_monthly_change_eur)}</td><td align=right>{format_money(r.indicative_net_investment_eur)}</td>"
                f"<td align=right>{format_money(r.quote_net_investment_eur)}</td><td>{link}</td></tr>"
            )

        rows = "".join(
            row(r, html.escape(in_language(r.label, ui_language())), f'<a href="{EXPLAIN_SCHEME}{html.escape(r.household_id)}" style="color: {LINK_COLOUR};">{how}</a>')
            for r in monthly_per_home(tender.results, case)
        )
        if (mean := mean_row(tender.results, case, ui_language())) is not None:  # the summary line's figure, its homes said
            rows += row(mean, f"<i>{html.escape(mean.label)}</i>", "")
        names = {c.id: c.name for c in tender.results.clusters}
        clusters = "".join(
            f"<tr><td>{html.escape(names.get(cluster_id, cluster_id))}</td><td align=right>{format_money(total.indicative_eur)}</td>"
            f"<td align=right><b>{format_money(total.quoted_eur)}</b></td></tr>"
            for cluster_id, total in sorted(case.comparison.per_cluster.items())
        )
        cluster_head = "".join(f"<th>{h}</th>" for h in (self.tr("Cluster"), self.tr("Indicatief"), self.tr("Offerte")))
        header = "".join(f"<th>{h}</th>" for h in [*head, ""])
        note = self.tr("Per maand in het eerste jaar: energie, vastrecht, onderhoud en aflossing. Eenmalig: na subsidie.")
        # the indicative figures are the tender's (only those who signed), not step 4's: said, as they differ
        note += " " + INDICATIVE_BASIS.text(ui_language())
        # lines the quote leaves open count at their indicative price: said, not shown as the quote's figures
        language = ui_language()
        rests_on = "".join(f'<p style="color: #8a4b00;">⚠ {html.escape(n.text(language))}</p>' for n in case.notes())
        # the clusters' sums hold the work no contractor prices: said, as they are above the quote's total
        # (step 7 read '€ 31.726 tegen € 42.111 indicatief' above 'Cluster 1 € 46.111 € 35.726')
        others = case.comparison.others_eur
        per_cluster = (self.tr("Per cluster de hele eenmalige investering: ook het werk dat geen aannemer prijst "
                               "(de groep, de netbeheerder of de bewoners), samen {0} tegen de indicatieve prijs.").format(format_money(others))
                       if others >= 0.5 else self.tr("Per cluster de hele eenmalige investering."))
        self.table.setText(
            f"<table cellpadding=4><tr>{header}</tr>{rows}</table>{rests_on}<p>{note}</p>"
            f"<p>{per_cluster}</p><table cellpadding=4><tr>{cluster_head}</tr>{clusters}</table>"
        )


    def _follow(self, link: str) -> None:
        """A row's "hoe berekend?": its costs on the quote's prices, explained by the engine."""
        if not link.startswith(EXPLAIN_SCHEME) or self._shown is None:
            return
        indicative, case = self._shown
        explanation = explain_quote_home(indicative, case, link[len(EXPLAIN_SCHEME):], ui_language(),
                                         business_case=self.document.results)  # step 4, where it differs
        if explanation is None:
            return
        if self.explain_dialog is not None:
            self.explain_dialog.close()
            self.explain_dialog.deleteLater()
        self.explain_dialog = ExplainDialog(explanation, self.window())
        self.explain_dialog.show()


class QuotesPage(StepPage):
    """Step 7: the quotes compared with the indicative business case."""

    step_key = "quotes"

    def question(self) -> str:
        return self.tr("Wat bieden de aannemers aan?")

    def step_title(self) -> str:
        return self.tr("Offertes")

    def build(self) -> None:
        layout = self.add_scroll_area()
        layout.setContentsMargins(0, 0, 8, 0)
        self.quotes_panel = self.add_panel(QuotesPanel(self.document, self.services), layout)
        self.case_panel = self.add_panel(QuoteCasePanel(self.document, self.services), layout)
        layout.addStretch(1)

    def missing_text(self, item: steps.Missing) -> str:
        if item.what == steps.FEW_QUOTES:
            return (self.tr("Nog geen offerte; vraag er twee tot drie.") if item.count == 0 else self.tr("Pas 1 offerte; vraag er twee tot drie."))
        return super().missing_text(item)
