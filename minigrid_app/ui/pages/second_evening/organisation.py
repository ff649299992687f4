"""Who owns the shared part? The three organisation models side by side (method.md#organisation-models).

Self-management, an energy cooperative and a market partner: what each home pays per month
and up front (means per participating home), the fee to the owner, who carries which risk and
what the law asks, as the engine computed them (:mod:`minigrid_app.core.organisation`). The
group's choice, how the market partner bills and whether it also owns the heat pumps are part
of the project; "hoe berekend?" derives the fee of a chosen home line by line.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidgetItem,
    QVBoxLayout,
)

from minigrid_app.core.explain_organisation import explain_fee
from minigrid_app.core.model import MARKET_BILLING, ORGANISATION_CHOICES
from minigrid_app.core.organisation import MODELS
from minigrid_app.core.regulation import ORGANISATION_MODELS
from minigrid_app.ui.locale import format_money, ui_language
from minigrid_app.ui.pages.base import Panel
from minigrid_app.ui.pages.table_panel import follow_rows
from minigrid_app.ui.widgets.explain_button import ExplainButton
from minigrid_app.ui.widgets.steady import SteadyComboBox
from minigrid_app.ui.widgets.tables import read_only_table, rows_follow_text
from minigrid_app.ui.widgets.whole_figures import Label

#: the column of the group's choice
CHOSEN_COLOUR = QColor("#fff4cc")


class OrganisationPanel(Panel):
    """The choice of model, the comparison table, what the law asks, and the fee explained."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        layout = QVBoxLayout(self)
        choice = QHBoxLayout()
        self.model_prompt = Label()
        choice.addWidget(self.model_prompt)
        self.model_combo = SteadyComboBox()
        self.model_combo.setMinimumHeight(30)
        self.model_combo.activated.connect(lambda _i: self._set_agreement("organisation", self.model_combo.currentData()))
        choice.addWidget(self.model_combo)
        choice.addStretch(1)
        layout.addLayout(choice)
        market = QHBoxLayout()
        self.billing_prompt = Label()
        market.addWidget(self.billing_prompt)
        self.billing_combo = SteadyComboBox()
        self.billing_combo.setMinimumHeight(30)
        self.billing_combo.activated.connect(lambda _i: self._set_agreement("market_billing", self.billing_combo.currentData()))
        market.addWidget(self.billing_combo)
        self.heat_pumps = QCheckBox()
        self.heat_pumps.setMinimumHeight(30)
        self.heat_pumps.toggled.connect(lambda on: self._set_agreement("market_heat_pumps", bool(on)))
        market.addWidget(self.heat_pumps)
        market.addStretch(1)
        layout.addLayout(market)
        self.table = table = read_only_table(1 + len(MODELS))
        table.verticalHeader().setDefaultSectionSize(30)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows_follow_text(table)
        layout.addWidget(table)
        self.law_label = Label()
        self.law_label.setWordWrap(True)
        self.law_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.law_label)
        explain = QHBoxLayout()
        self.explain_prompt = Label()
        explain.addWidget(self.explain_prompt)
        self.home_combo = SteadyComboBox()
        self.home_combo.setMinimumHeight(30)
        self.home_combo.setMinimumWidth(200)
        explain.addWidget(self.home_combo)
        self.coop_explain = ExplainButton(lambda: self._explanation("cooperative"))
        self.market_explain = ExplainButton(lambda: self._explanation("market_partner"))
        explain.addWidget(self.coop_explain)
        explain.addWidget(self.market_explain)
        explain.addStretch(1)
        layout.addLayout(explain)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Wie wordt eigenaar van het gedeelde deel?"))
        self.model_prompt.setText(self.tr("Gekozen organisatievorm:"))
        self.billing_prompt.setText(self.tr("Een marktpartij rekent af:"))
        self.heat_pumps.setText(self.tr("de marktpartij bezit ook de warmtepompen"))
        self.explain_prompt.setText(self.tr("Vergoeding van woning:"))
        language = ui_language()
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        for code in ORGANISATION_CHOICES:
            self.model_combo.addItem(ORGANISATION_MODELS[code][language], code)
        self.model_combo.blockSignals(False)
        self.billing_combo.blockSignals(True)
        self.billing_combo.clear()
        words = {"month": self.tr("een vast bedrag per maand"), "gj": self.tr("per GJ warmte")}
        for code in MARKET_BILLING:
            self.billing_combo.addItem(words[code], code)
        self.billing_combo.blockSignals(False)
        self.coop_explain.setText(self.tr("coöperatie: hoe berekend?"))
        self.market_explain.setText(self.tr("marktpartij: hoe berekend?"))
        short = {
            "self_management": self.tr("Zelfbeheer"),
            "cooperative": self.tr("Energiecoöperatie"),
            "market_partner": self.tr("Marktpartij"),
        }
        self.table.setHorizontalHeaderLabels([""] + [short[code] for code in MODELS])
        for column, code in enumerate(MODELS, start=1):  # the full name where the header is too narrow
            self.table.horizontalHeaderItem(column).setToolTip(ORGANISATION_MODELS[code][language])

    # ------------------------------------------------------------------ the project
    def show_project(self, project) -> None:
        agreement = project.agreement
        for combo, value in ((self.model_combo, agreement.organisation), (self.billing_combo, agreement.market_billing)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.heat_pumps.blockSignals(True)
        self.heat_pumps.setChecked(agreement.market_heat_pumps)
        self.heat_pumps.blockSignals(False)

    def _set_agreement(self, name: str, value) -> None:
        agreement = self.document.project.agreement
        if getattr(agreement, name) == value:
            return
        self.document.set_attr(lambda project: project.agreement, name, value, self.tr("Organisatievorm aangepast"))

    # ------------------------------------------------------------------ the results
    def show_results(self, results) -> None:
        comparison = results.organisation if results is not None else None
        table = self.table
        if comparison is None:
            table.setRowCount(0)
            table.setVisible(False)
            self.law_label.setText(self.without_results(self.tr("Nog geen clusters: er is nog niets te vergelijken.")))
            self.home_combo.clear()
            return
        table.setVisible(True)
        language = ui_language()
        models = [comparison.models[code] for code in MODELS]
        rows = [
            (self.tr("Per maand, jaar 1 (gemiddeld)"), [format_money(m.monthly_costs_year1_eur) for m in models]),
            (self.tr("Eigen geld vooraf (gemiddeld)"), [format_money(m.upfront_eur) for m in models]),
            (
                self.tr("Waarvan vergoeding aan de eigenaar per maand"),
                [format_money(_mean_fee(m) / 12) if m.networks else "–" for m in models],
            ),
        ]
        for index, risk in enumerate(models[0].risks):
            rows.append(
                (risk.what_en if language == "en" else risk.what_nl, [
                    (m.risks[index].who_en if language == "en" else m.risks[index].who_nl) for m in models
                ])
            )  # fmt: skip
        table.setRowCount(len(rows))
        chosen = MODELS.index(comparison.chosen) + 1 if comparison.chosen in MODELS else None
        for row, (label, values) in enumerate(rows):
            item = QTableWidgetItem(label)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            table.setItem(row, 0, item)
            for column, value in enumerate(values, start=1):
                cell = QTableWidgetItem(value)
                if row < 3:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == chosen:
                    cell.setBackground(CHOSEN_COLOUR)
                table.setItem(row, column, cell)
        follow_rows(table)
        law = comparison.models[comparison.chosen]
        lines = law.law_en if language == "en" else law.law_nl
        self.law_label.setText(
            "<b>" + html.escape(self.tr("Wat de wet vraagt bij {0}:").format(law.label(language))) + "</b><br>"
            + "<br>".join(html.escape(line) for line in lines)
        )
        keep = self.home_combo.currentData()
        self.home_combo.clear()
        for household in results.households:
            if household.cluster_id is not None:
                self.home_combo.addItem(household.name(ui_language()), household.id)
        self.home_combo.setCurrentIndex(max(0, self.home_combo.findData(keep)))

    def _explanation(self, model: str):
        results = self.document.results
        household_id = self.home_combo.currentData()
        if results is None or not household_id:
            return None
        return explain_fee(results, household_id, model, ui_language())


def _mean_fee(model) -> float:
    homes = list(model.homes.values())
    return sum(h.fee_eur_per_year for h in homes) / len(homes) if homes else 0.0

