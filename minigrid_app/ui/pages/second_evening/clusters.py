"""Are the clusters complete? Per cluster: everyone signed, or who is still needed.

An incomplete cluster gets a link "Wat als … niet tekent?" that asks the drop-out panel to
show what a missing signature does to the others (signal :attr:`ClustersCompletePanel.dropOutAsked`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout

from minigrid_app.core.formatting import names_listed
from minigrid_app.core.participation import has_signed
from minigrid_app.core.problems import in_language
from minigrid_app.ui.locale import ui_language
from minigrid_app.ui.pages.base import Panel
from minigrid_app.ui.widgets.glossary import LINK_COLOUR
from minigrid_app.ui.widgets.whole_figures import Label


class ClustersCompletePanel(Panel):
    """One line per cluster: ✓ complete, or ◐ with the homes that have not signed yet.

    Signals
    -------
    dropOutAsked(str) : the user asked what happens when this household does not sign
    """

    dropOutAsked = Signal(str)

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        layout = QVBoxLayout(self)
        self.clusters_label = Label()
        self.clusters_label.setWordWrap(True)
        self.clusters_label.setTextFormat(Qt.TextFormat.RichText)
        self.clusters_label.linkActivated.connect(self._cluster_link)
        layout.addWidget(self.clusters_label)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Zijn de clusters compleet?"))

    def show_results(self, results) -> None:
        if results is None or not results.clusters:
            self.clusters_label.setText(self.without_results(self.tr("Nog geen clusters.")))
            return
        project = self.document.project
        lines = []
        for cluster in results.clusters:
            size = len(cluster.households)
            name = html.escape(cluster.name)
            if cluster.complete:
                done = (self.tr("<b>{0}</b>: beide woningen hebben getekend: compleet.") if size == 2  # not 'alle 2'
                        else self.tr("<b>{0}</b>: alle %n woningen hebben getekend: compleet.", "", size))
                lines.append("✓ " + done.format(name))
                continue
            waiting = [h for h in cluster.households if project.household(h) and not has_signed(project.household(h))]
            names = names_listed([html.escape(in_language(results.household(h).label, ui_language())) for h in waiting])
            line = "◐ " + self.tr("<b>{0}</b>: {1} van {2} getekend, nog niet compleet. Nog nodig: {3}.").format(
                name, cluster.signed, size, names
            )
            if waiting:
                # what a missing signature does to the others: one click shows it below
                link = self.tr("Wat als {0} niet tekent?").format(html.escape(in_language(results.household(waiting[0]).label, ui_language())))
                line += f' <a href="dropout:{html.escape(waiting[0])}" style="color:{LINK_COLOUR}">{link}</a>'
            lines.append(line)
        self.clusters_label.setText("<br>".join(lines))

    def _cluster_link(self, link: str) -> None:
        if link.startswith("dropout:"):
            self.dropOutAsked.emit(link.split(":", 1)[1])
