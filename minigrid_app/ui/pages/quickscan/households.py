"""'Per woning': each home's supply temperature, heat demand, heat pump, low-temperature costs,
distance and cluster (:class:`~minigrid_app.ui.models.households_tech_model.HouseholdsTechModel`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout

from minigrid_app.ui.models.households_tech_model import HouseholdsTechModel
from minigrid_app.ui.pages.base import Panel
from minigrid_app.ui.pages.table_panel import follow_rows
from minigrid_app.ui.widgets.field_message import NOTED, attach_to_view
from minigrid_app.ui.widgets.tables import TypingSafeDelegate, wrap_titles
from minigrid_app.ui.widgets.whole_figures import Label

#: the height of a row [px]
ROW_HEIGHT = 32


class HouseholdsPanel(Panel):
    """The table of homes; grey values are suggestions, a double-click sets an own value."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        layout = QVBoxLayout(self)
        self.households_intro = Label()
        self.households_intro.setWordWrap(True)
        layout.addWidget(self.households_intro)
        self.households_model = HouseholdsTechModel(document, self)
        self.households_view = QTableView()
        self.households_view.setTabKeyNavigation(False)  # Tab goes on to the rest of the page; arrows move in the table
        self.households_view.setModel(self.households_model)
        self.households_view.setItemDelegate(TypingSafeDelegate(self.households_view))  # results never undo typing
        self.households_view.verticalHeader().setVisible(False)
        self.households_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # every column fits its values, long titles on two lines; more lines, and within a long
        # word, rather than scrolling sideways (larger text hid 'Cluster')
        wrap_titles(self.households_view, tighten=True)
        layout.addWidget(self.households_view)
        # a refused edit is said next to its cell
        attach_to_view(self.households_view, self.households_model.validationFailed)
        attach_to_view(self.households_view, self.households_model.inputNoted, NOTED)  # and what an amount was read as

    def retranslate(self) -> None:
        self.setTitle(self.tr("Per woning"))
        self.households_model.forget_texts()
        self.households_intro.setText(
            self.tr(
                "De aanvoertemperatuur is hoe heet het water in de radiator moet zijn; Minigrid stelt die voor uit het "
                "bouwjaar en de isolatie. Dubbelklik op een grijze waarde om een eigen waarde in te vullen."
            )
        )

    def show_results(self, results) -> None:
        self._fit_households_view()

    def _fit_households_view(self) -> None:
        self.households_view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        follow_rows(self.households_view)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # larger text: a taller header would otherwise hide the last home behind a scroll bar
            self._fit_households_view()
