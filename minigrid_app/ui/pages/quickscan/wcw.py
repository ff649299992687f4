"""Regels: what the Wet collectieve warmte asks of this group, and the organisation models that fit."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from minigrid_app.core.participation import taking_part
from minigrid_app.core.regulation import ORGANISATION_MODELS, best_fits, per_network_text
from minigrid_app.ui.locale import ui_language
from minigrid_app.ui.pages.base import Panel
from minigrid_app.ui.widgets.whole_figures import Label


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


class WcwPanel(Panel):
    """The regime for the number of connections, its explanation, and the models best first."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        layout = QVBoxLayout(self)
        self.wcw_label = Label()
        self.wcw_label.setWordWrap(True)
        self.wcw_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.wcw_label)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Regels: Wet collectieve warmte"))

    def connections_text(self, results) -> str:
        """How many connections the regime is for, and which homes they are: the homes that take part
        (as the summary bar counts them), less those not computed (not in a cluster)."""
        part = taking_part(self.document.project, results)
        if not part.not_computed:
            return self.tr("%n aansluitingen: de woningen die meedoen.", "", part.computed)
        return (
            self.tr("%n aansluitingen in de berekening.", "", part.computed)
            + " "
            + self.tr(
                "Van de {0} woningen die meedoen is %n nog niet berekend: gegevens onvolledig (zie de intake).",
                "", part.not_computed,
            ).format(part.taking_part)
        )

    def show_results(self, results) -> None:
        if results is None:
            self.wcw_label.setText(self.without_results(self.tr("Nog niet bepaald: vul eerst de woningen in.")))
            return
        language = ui_language()
        regime = results.group.wcw
        title = regime.title_en if language == "en" else regime.title_nl
        explanation = regime.explanation_en if language == "en" else regime.explanation_nl
        # the group as one network, then each cluster as its own (as step 5 judges them)
        per_network = per_network_text(results.clusters)
        lines = [
            f"<p><b>{_escape(title)}</b> – " + _escape(self.connections_text(results)) + "</p>",
            f"<p>{_escape(explanation)}</p>",
            f"<p>{_escape(per_network.text(language))}</p>" if per_network else "",
            "<p><b>" + _escape(self.tr("Passende organisatievormen, beste eerst:")) + "</b></p><ol>",
        ]
        suffix = "_en" if language == "en" else "_nl"
        fits = best_fits(regime, results.clusters)  # as the evening report says it
        for key in regime.models:
            model = ORGANISATION_MODELS[key]
            fit = f" – <i>{_escape(fits[key].text(language))}</i>" if key in fits else ""
            lines.append(
                f"<li><b>{_escape(model['en' if language == 'en' else 'nl'])}</b>{fit}<br>"
                f"+ {_escape(model['pros' + suffix])}<br>− {_escape(model['cons' + suffix])}</li>"
            )
        lines.append("</ol>")
        self.wcw_label.setText("".join(lines))
