"""Step 5, "Wie tekent?": the panels of the second residents' evening under one question."""

from __future__ import annotations

from minigrid_app.core import steps
from minigrid_app.core.steps import Missing
from minigrid_app.ui.pages.base import StepPage
from minigrid_app.ui.pages.second_evening.clusters import ClustersCompletePanel
from minigrid_app.ui.pages.second_evening.conditions import ConditionsPanel
from minigrid_app.ui.pages.second_evening.documents import DocumentsPanel
from minigrid_app.ui.pages.second_evening.dropout import DropOutPanel
from minigrid_app.ui.pages.second_evening.financing import FinancingPanel
from minigrid_app.ui.pages.second_evening.joiners import JoinersPanel
from minigrid_app.ui.pages.second_evening.organisation import OrganisationPanel
from minigrid_app.ui.pages.second_evening.participation import ParticipationPanel
from minigrid_app.ui.pages.second_evening.signatures import SignaturesPanel


class SecondEveningPage(StepPage):
    step_key = "second_evening"

    def build(self) -> None:
        layout = self.add_scroll_area()
        panel_args = (self.document, self.services)
        self.conditions_panel = self.add_panel(ConditionsPanel(*panel_args), layout)
        self.participation_panel = self.add_panel(ParticipationPanel(*panel_args), layout)
        self.signatures_panel = self.add_panel(SignaturesPanel(*panel_args), layout)
        self.clusters_panel = self.add_panel(ClustersCompletePanel(*panel_args), layout)
        self.organisation_panel = self.add_panel(OrganisationPanel(*panel_args), layout)
        self.financing_panel = self.add_panel(FinancingPanel(*panel_args), layout)
        self.joiners_panel = self.add_panel(JoinersPanel(*panel_args), layout)
        self.documents_panel = self.add_panel(DocumentsPanel(*panel_args), layout)
        self.dropout_panel = self.add_panel(DropOutPanel(*panel_args), layout)
        layout.addStretch(1)
        self.clusters_panel.dropOutAsked.connect(self.dropout_panel.select_drop_out)

    def question(self) -> str:
        return self.tr("Wie tekent?")

    def step_title(self) -> str:
        return self.tr("Tweede bewonersavond")

    def missing_text(self, item: Missing) -> str:
        if item.what == steps.CONDITIONS_NOT_ASKED:
            return self.tr("Nog geen voorwaarden van bewoners (eerste bewonersavond).")
        return self.tr("Nog %n woningen hebben niet getekend en niet afgezegd.", "", item.count)

    def make_documents(self, out_dir: str | None = None) -> None:
        """The documents for the evening (Bestand → Documenten voor bewonersavond)."""
        self.documents_panel.make_documents(out_dir)
