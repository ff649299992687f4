"""Joining later: the plan of later joiners and each one's entry fee (method.md#entry-fee).

Every home that does not take part gets a year in which it plans to join (none: not in the
plan); the plan is part of the project (``Project.agreement.joiners``, one undo step per
change). The engine computes each joiner's entry fee and the founders' refunds
(:mod:`minigrid_app.core.entry_fee`); the table shows them next to the plan.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QSpinBox, QTableWidgetItem, QVBoxLayout

from minigrid_app.core.formatting import names_listed
from minigrid_app.core.home_labels import home_name
from minigrid_app.core.model import PlannedJoiner
from minigrid_app.core.participation import DECLINED
from minigrid_app.core.problems import in_language
from minigrid_app.io.project_validation import MAX_JOINING_YEAR
from minigrid_app.ui.locale import format_money, ui_language
from minigrid_app.ui.pages.base import Panel
from minigrid_app.ui.pages.table_panel import follow_rows
from minigrid_app.ui.widgets.steady import SteadySpinBox
from minigrid_app.ui.widgets.tables import read_only_table
from minigrid_app.ui.widgets.whole_figures import Label

COLUMNS = 5


class JoinersPanel(Panel):
    """The plan of later joiners (a year per home that does not take part) and the entry fees."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        layout = QVBoxLayout(self)
        self.intro = Label()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = table = read_only_table(COLUMNS)
        table.verticalHeader().setDefaultSectionSize(34)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table)
        self.empty_label = Label()
        layout.addWidget(self.empty_label)
        self.spins: dict[str, QSpinBox] = {}
        self._results = None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Later aansluiten"))
        self.intro.setText(
            self.tr(
                "Wie nu niet meedoet, kan later aansluiten tegen een aansluitbijdrage: zijn deel van het gedeelde "
                "deel, afgeschreven tot het jaar van aansluiten, plus extra boormeters als de reserve op is. De "
                "oprichters krijgen de inkoop terug."
            )
        )
        # it is about the homes that declined: 'Alle woningen doen mee' read as 'everyone joined' beside
        # 1 of 3 signed (walk, session 17)
        self.empty_label.setText(self.tr("Geen woning heeft afgezegd: er is niemand om later aan te sluiten."))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Woning"),
                self.tr("Sluit aan in jaar"),
                self.tr("Cluster"),
                self.tr("Aansluitbijdrage"),
                self.tr("Terug naar de oprichters"),
            ]
        )
        for spin in self.spins.values():
            spin.setSpecialValueText(self.tr("niet gepland"))

    # ------------------------------------------------------------------ the plan
    def show_project(self, project) -> None:
        homes = [h for h in project.households if h.participation == DECLINED]
        places = {id(h): place for place, h in enumerate(project.households, 1)}  # 'Woning 6' by its place in the project
        planned = {j.household_id: j.year for j in project.agreement.joiners}
        table = self.table
        table.setRowCount(len(homes))
        self.spins = {}
        for row, household in enumerate(homes):
            table.setItem(row, 0, QTableWidgetItem(in_language(home_name(household, places[id(household)]), ui_language())))
            spin = SteadySpinBox()
            spin.setRange(0, MAX_JOINING_YEAR)
            spin.setSpecialValueText(self.tr("niet gepland"))
            spin.setValue(planned.get(household.id, 0))
            spin.setAccessibleName(self.tr("Sluit aan in jaar"))
            spin.editingFinished.connect(lambda hid=household.id, box=spin: self.set_year(hid, box.value()))
            table.setCellWidget(row, 1, spin)
            self.spins[household.id] = spin
        self.empty_label.setVisible(not homes)
        table.setVisible(bool(homes))
        follow_rows(table)
        self._fill_fees()

    def set_year(self, household_id: str, year: int) -> None:
        """Plan ``household_id`` to join in ``year`` (0: take it out of the plan); one undo step."""
        joiners = [j for j in self.document.project.agreement.joiners if j.household_id != household_id]
        if year > 0:
            joiners.append(PlannedJoiner(household_id, year))
        order = {h.id: i for i, h in enumerate(self.document.project.households)}
        joiners.sort(key=lambda j: order.get(j.household_id, 0))
        self.document.set_attr(
            lambda project: project.agreement, "joiners", joiners, self.tr("Plan van latere deelnemers aangepast")
        )

    # ------------------------------------------------------------------ the fees
    def show_results(self, results) -> None:
        self._results = results
        self._fill_fees()

    def _fill_fees(self) -> None:
        results, table = self._results, self.table
        fees = {f.household_id: f for f in results.entry_fees} if results is not None else {}
        labels = {h.id: in_language(h.label, ui_language()) for h in results.households} if results is not None else {}
        for row, household_id in enumerate(self.spins):
            fee = fees.get(household_id)
            planned = self.spins[household_id].value() > 0
            if fee is None:
                # what to do about it, as step 5's condition 'Buren moeten later nog kunnen aansluiten' says
                # ('geen cluster met plaats' alone left the advisor guessing)
                texts = ["", "", self.tr("geen cluster met plaats: vul bij stap 3 ‘Ruimte voor latere deelnemers’ in")
                         if planned and results is not None else ""]
            else:
                back = names_listed([f"{labels.get(h, h)} {format_money(v, decimals=2)}" for h, v in fee.refunds_eur.items()])
                texts = [fee.cluster_name, format_money(fee.fee_eur, decimals=2), back]
                if planned and fee.year != self.spins[household_id].value():
                    texts = ["", "", self.tr("wordt opnieuw berekend…")]
            for column, text in enumerate(texts, start=2):
                table.setItem(row, column, QTableWidgetItem(text))
