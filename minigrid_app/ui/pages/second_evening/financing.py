"""How each home pays its own part: own money, the heat fund loan, or a mix (method.md#financing).

One row per home: the choice, the loan of a mix, whether the income is below the 0 % limit
and whether the home can borrow; then the shared loop's monthly costs and own money as the
engine computes them with that choice (:mod:`minigrid_app.core.financing`). What the advisor
must know (a loan above the fund's maximum, a home without room to borrow) is listed below the
table. This is the advisor's screen: none of it is on the projector.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from minigrid_app.core.explain_costs import explain_financing
from minigrid_app.core.financing import (
    WHAT_IF_MARK,
    financing_figures,
    financing_remarks,
    what_if_note,
)
from minigrid_app.core.formatting import names_listed
from minigrid_app.core.home_labels import home_label
from minigrid_app.core.model import FINANCING_CHOICES, MAX_LOAN_EUR
from minigrid_app.core.steps import parameters_in_force
from minigrid_app.core.typed_amounts import read_typed_amount
from minigrid_app.core.variant import Variant
from minigrid_app.ui.locale import format_money, ui_language
from minigrid_app.ui.pages.base import Panel, SaidLabel
from minigrid_app.ui.pages.table_panel import follow_rows
from minigrid_app.ui.widgets.explain_button import ExplainButton
from minigrid_app.ui.widgets.field_message import NOTED
from minigrid_app.ui.widgets.steady import SteadyComboBox
from minigrid_app.ui.widgets.tables import put_text, read_only_table, reword_choices
from minigrid_app.ui.widgets.typed_text import keep_typing, show_text
from minigrid_app.ui.widgets.whole_figures import Label

COLUMNS = 8
#: the column of each row's "hoe berekend?" (of the two columns before it)
EXPLAIN_COLUMN = 7


class FinancingPanel(Panel):
    """Financing per home, the monthly costs that follow, and the advisor's remarks."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        layout = QVBoxLayout(self)
        self.intro = Label()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        # four editors per home, made when needed (a first visit of street-50 made 200, out of sight)
        self.table = table = read_only_table(COLUMNS, lazy_rows=True)
        table.set_row_maker(self._make_row, self._rows_made)
        table.verticalHeader().setDefaultSectionSize(36)
        header = table.horizontalHeader()
        # every column as wide as its contents, the homes' names too; the last one takes the room
        # left (a stretched name column gave way to the choices: 'F…', 'J…' at larger text)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.tighten_titles()  # at larger text the titles take more lines rather than the table scrolling sideways
        layout.addWidget(table)
        self.what_if = Label()  # what the mark after a home that does not take part means
        self.what_if.setWordWrap(True)
        self.what_if.setVisible(False)
        layout.addWidget(self.what_if)
        self.message = SaidLabel()
        self.message.setStyleSheet("color: #8a4b00;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.remarks = Label()
        self.remarks.setWordWrap(True)
        self.remarks.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.remarks)
        self._ids: list[str] | None = None
        self._reword = False

    def retranslate(self) -> None:
        self.setTitle(self.tr("Hoe betaalt elke woning? (alleen voor de adviseur)"))
        self.message.say_again()
        self.intro.setText(
            self.tr(
                "Eigen geld, de Energiebespaarlening van het Warmtefonds (0 % rente bij een inkomen tot de grens), "
                "of deels lenen. De maandlasten van de gedeelde bodemlus volgen de keuze."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Woning"),
                self.tr("Financiering"),
                self.tr("Leenbedrag (bij deels lenen)"),
                self.tr("Inkomen tot de grens?"),
                self.tr("Kan lenen?"),
                self.tr("Per maand"),
                self.tr("Eigen geld vooraf"),
                "",
            ]
        )
        for row in range(self.table.rowCount()):
            if self.table.made(row):
                QTableWidget.cellWidget(self.table, row, EXPLAIN_COLUMN).retranslate()
        self._reword = True  # the choices take the new language's words at the next fill

    def choice_words(self) -> dict[str, str]:
        return {
            "default": self.tr("zoals het project rekent"),
            "own": self.tr("eigen geld"),
            "loan": self.tr("Warmtefonds-lening"),
            "mix": self.tr("deels lenen"),
        }

    def yes_no_words(self) -> list[tuple[str, bool | None]]:
        return [(self.tr("onbekend"), None), (self.tr("ja"), True), (self.tr("nee"), False)]

    def show_project(self, project) -> None:
        self._fill()

    def show_results(self, results) -> None:
        if self._ids != [h.id for h in self.document.project.households]:
            self._fill()
            return
        self._fill_results()  # the choices are shown already: only the computed columns and remarks

    def _combo(self, items, current, on_change) -> QComboBox:
        combo = SteadyComboBox()
        combo.setMinimumHeight(30)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.currentIndexChanged.connect(lambda _i, c=combo: on_change(c.currentData()))
        return combo

    def _fill(self) -> None:
        households = self.document.project.households
        ids = [h.id for h in households]
        table = self.table
        if ids != self._ids:
            self._ids = ids
            table.setRowCount(len(households))
            table.rows_changed()  # each row's editors are made when needed (_make_row)
        elif self._reword:
            choices = self.choice_words()
            yes_no = {data: text for text, data in self.yes_no_words()}
            for row in range(len(households)):
                if table.made(row):
                    reword_choices(QTableWidget.cellWidget(table, row, 1), choices)
                    for column in (3, 4):
                        reword_choices(QTableWidget.cellWidget(table, row, column), yes_no)
        self._reword = False
        for row, household in enumerate(households):
            if table.made(row):
                self._show_row(row, household)
        if households:
            follow_rows(table)
        self._fill_results()

    def _make_row(self, row: int) -> None:
        """Make the four editors of ``row`` (its home's values shown)."""
        table = self.table
        household = self.document.project.households[row]
        hid = household.id
        choices = [(self.choice_words()[c], c) for c in FINANCING_CHOICES]
        table.setCellWidget(row, 1, self._combo(choices, household.financing, lambda v, h=hid: self.set_value(h, "financing", v)))
        amount = keep_typing(QLineEdit())
        amount.setMinimumHeight(30)
        amount.setMaximumWidth(130)
        amount.editingFinished.connect(lambda h=hid, e=amount: self.set_amount(h, e.text()))
        table.setCellWidget(row, 2, amount)
        table.setCellWidget(
            row, 3, self._combo(self.yes_no_words(), household.income_below_loan_limit,
                                lambda v, h=hid: self.set_value(h, "income_below_loan_limit", v)),
        )  # fmt: skip
        table.setCellWidget(
            row, 4, self._combo(self.yes_no_words(), household.room_to_borrow,
                                lambda v, h=hid: self.set_value(h, "room_to_borrow", v)),
        )  # fmt: skip
        table.setCellWidget(row, EXPLAIN_COLUMN, ExplainButton(lambda h=hid: self.explanation(h)))
        self._show_row(row, household)

    def explanation(self, household_id: str):
        """'hoe berekend?' of a row: its own money up front and monthly costs with the home's choice (the engine's)."""
        household = self.document.project.household(household_id)
        return explain_financing(self.document.results, household, ui_language()) if household else None

    def _show_row(self, row: int, household) -> None:
        table = self.table
        for column, value in ((1, household.financing), (3, household.income_below_loan_limit), (4, household.room_to_borrow)):
            combo = QTableWidget.cellWidget(table, row, column)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        amount = QTableWidget.cellWidget(table, row, 2)
        amount.setEnabled(household.financing == "mix")
        show_text(amount, "" if household.loan_amount_eur is None else format_money(household.loan_amount_eur))

    def _rows_made(self) -> None:
        """Every row's editors are there: they come right after the table when tabbing."""
        table = self.table
        previous = table
        for row in range(table.rowCount()):
            for column in (1, 2, 3, 4):
                widget = QTableWidget.cellWidget(table, row, column)
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def _fill_results(self) -> None:
        """The monthly costs and own money per home (the engine's, with the home's choice) and the remarks.

        A home that does not take part shows what it would pay if it joined now, its name marked
        and the mark explained under the table (core.financing.financing_figures, what_if_note).
        """
        table, results = self.table, self.document.results
        what_if = []
        for row, household in enumerate(self.document.project.households):
            figures = financing_figures(results, household.id)
            name = self._name(row, household)
            if figures.what_if:
                what_if.append(name)
                name += f" {WHAT_IF_MARK}"
            put_text(table, row, 0, name)
            for column, value in ((5, figures.monthly_year1_eur), (6, figures.own_money_year0_eur)):
                text = format_money(value) if value is not None else "–"
                put_text(table, row, column, text, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        note = what_if_note(what_if)
        self.what_if.setText(note.text(ui_language()) if note else "")
        self.what_if.setVisible(note is not None)
        self._fill_remarks()

    def _name(self, row: int, household) -> str:
        return home_label(household, row + 1, ui_language())

    def _fill_remarks(self) -> None:
        project, results = self.document.project, self.document.results
        params = parameters_in_force(project, results)
        language = ui_language()
        lines = []
        for row, household in enumerate(project.households, start=1):
            result = results.household(household.id) if results else None
            shared = result.variants.get(Variant.SHARED_LOOP) if result else None
            net = shared.investment_net_eur if shared else 0.0
            name = home_label(household, row, language)
            for remark in financing_remarks(household, params, net, name):
                lines.append("⚠ " + html.escape(remark.text(language)))
        without_room = [home_label(h, i, language) for i, h in enumerate(project.households, start=1) if h.room_to_borrow is False]
        if without_room:
            lines.insert(0, "<b>" + html.escape(self.tr("Geen leenruimte: {0}").format(names_listed(without_room))) + "</b>")
        self.remarks.setText("<br>".join(lines))
        self.remarks.setVisible(bool(lines))

    # ------------------------------------------------------------------ edits
    def set_value(self, household_id: str, name: str, value) -> None:
        household = self.document.project.household(household_id)
        if household is None or getattr(household, name) == value:
            return
        row = next(i for i, h in enumerate(self.document.project.households, 1) if h is household)
        label = home_label(household, row, ui_language())  # never its id
        self.document.set_attr(
            lambda project: project.household(household_id), name, value, self.tr("Financiering van {0}").format(label)
        )

    def set_amount(self, household_id: str, text: str) -> bool:
        """Set the loan of a mix as typed ('€ 12.000', '12000'); False (and a message) when it is no amount.

        The message is said next to the home's amount as well as under the table: under 24 homes
        it was out of sight, and the refused amount looked taken.
        """
        text = text.strip()
        value = None
        edit = self._amount_edit(household_id) or self.table
        if text:
            # read as every typed amount is ('12 500' was read back as the program's own figures are: € 12), by the
            # one rule of typed amounts (core.typed_amounts), as step 1's cost
            reading = read_typed_amount(text, ui_language())
            value = reading.value
            if value is None:
                self.message.say_at(edit, lambda: self.tr("'{0}' is geen bedrag; schrijf bijvoorbeeld 12.000.").format(text))
                return False
            if not 0 <= value <= MAX_LOAN_EUR:  # as a project file is read
                self.message.say_at(edit, lambda: self.tr("Een leenbedrag ligt tussen 0 en 1.000.000 euro."))
                return False
        # 'ca. 12.000', '10.000-12.000' (its middle) and '12k' are said as taken: 11.000 stood without a word
        said = reading if value is not None and reading.flagged else None
        self.message.say_at(edit, (lambda: said.text(ui_language())) if said else None, NOTED)
        self.set_value(household_id, "loan_amount_eur", value)
        return True

    def _amount_edit(self, household_id: str) -> QWidget | None:
        """The amount field of ``household_id``'s row, when its editors are made."""
        row = next((r for r, h in enumerate(self.document.project.households) if h.id == household_id), None)
        if row is None or row >= self.table.rowCount() or not self.table.made(row):
            return None
        return QTableWidget.cellWidget(self.table, row, 2)
