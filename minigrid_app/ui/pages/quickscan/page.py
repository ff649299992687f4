"""Step 3, "Kan het technisch?": the panels of the technical quick scan under one question."""

from __future__ import annotations

from minigrid_app.core import steps
from minigrid_app.core.steps import Missing
from minigrid_app.ui.pages.base import StepPage
from minigrid_app.ui.pages.quickscan.clusters import ClustersPanel
from minigrid_app.ui.pages.quickscan.fields import FieldsPanel
from minigrid_app.ui.pages.quickscan.households import HouseholdsPanel
from minigrid_app.ui.pages.quickscan.scorecard import ScorecardPanel
from minigrid_app.ui.pages.quickscan.warnings import WarningsPanel
from minigrid_app.ui.pages.quickscan.wcw import WcwPanel


class QuickscanPage(StepPage):
    step_key = "quickscan"

    def build(self) -> None:
        layout = self.add_scroll_area()
        panel_args = (self.document, self.services)
        self.warnings_panel = self.add_panel(WarningsPanel(*panel_args), layout)
        self.households_panel = self.add_panel(HouseholdsPanel(*panel_args), layout)
        self.clusters_panel = self.add_panel(ClustersPanel(*panel_args), layout)
        self.fields_panel = self.add_panel(FieldsPanel(*panel_args), layout)
        self.wcw_panel = self.add_panel(WcwPanel(*panel_args), layout)
        self.scorecard_panel = self.add_panel(ScorecardPanel(*panel_args), layout)
        layout.addStretch(1)

    def question(self) -> str:
        return self.tr("Kan het technisch?")

    def step_title(self) -> str:
        return self.tr("Technische quickscan")

    def missing_text(self, item: Missing) -> str:
        if item.what == steps.PROVISIONAL_FIELDS:
            return self.tr("De bodemvelden zijn nog voorlopig (vuistregel).")
        if item.what == steps.ATTENTION_POINTS:
            return self.tr("Bekijk de %n aandachtspunten bovenaan deze stap.", "", item.count)
        return self.tr("Nog geen clusters: er zijn (nog) geen deelnemende woningen met compleet gasverbruik.")
