"""How many of us must sign? The group's go/no-go rule, tracked live, and the signature curve.

The rule ("at least 75 % of every cluster", "at least 60 % of the street") is part of the
project (``Agreement``); whether it is met is decided in the engine
(:func:`minigrid_app.core.signatures.go_no_go`) from today's signatures and shown after every
change. The curve (:mod:`minigrid_app.core.signatures`) is computed by the engine service off
the GUI thread (the worker process, its borefield caches warm) and drawn for the street or
one cluster.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QTableWidgetItem,
    QVBoxLayout,
)

from minigrid_app.core.signatures import curve_costs, curve_finding, go_no_go, needed
from minigrid_app.core.variant import Variant
from minigrid_app.io.signature_charts import signature_curve_figure
from minigrid_app.ui.locale import ui_language
from minigrid_app.ui.pages.base import Panel
from minigrid_app.ui.pages.table_panel import follow_rows
from minigrid_app.ui.widgets.charts import ChartWidget
from minigrid_app.ui.widgets.steady import SteadyComboBox, SteadySpinBox
from minigrid_app.ui.widgets.tables import read_only_table
from minigrid_app.ui.widgets.whole_figures import Label

STATUS_COLOURS = {"go": "#1b7a2e", "open": "#8a4b00", "no_go": "#b3261e", "no_rule": "#555555"}


class SignaturesPanel(Panel):
    """The go/no-go rule with its status per cluster and for the street, and the signature curve."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        self.curve_results = None
        layout = QVBoxLayout(self)
        rule = QGridLayout()
        self.cluster_rule = QCheckBox()
        self.cluster_share = SteadySpinBox()
        self.street_rule = QCheckBox()
        self.street_share = SteadySpinBox()
        for row, (box, spin) in enumerate(((self.cluster_rule, self.cluster_share), (self.street_rule, self.street_share))):
            spin.setRange(1, 100)
            spin.setSuffix(" %")
            spin.setMinimumHeight(30)
            box.setMinimumHeight(30)
            rule.addWidget(box, row, 0)
            rule.addWidget(spin, row, 1)
            box.toggled.connect(self._rule_edited)
            spin.editingFinished.connect(self._rule_edited)
        rule.setColumnStretch(2, 1)
        layout.addLayout(rule)
        self.status_label = Label()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.status_label.setFont(font)
        layout.addWidget(self.status_label)
        self.checks_table = read_only_table(5)
        self.checks_table.verticalHeader().setDefaultSectionSize(30)
        layout.addWidget(self.checks_table)
        choice = QHBoxLayout()
        self.scope_prompt = Label()
        choice.addWidget(self.scope_prompt)
        self.scope_combo = SteadyComboBox()
        self.scope_combo.setMinimumHeight(30)
        self.scope_combo.setMinimumWidth(220)
        self.scope_combo.activated.connect(lambda _i: self._show_curve())
        choice.addWidget(self.scope_combo)
        choice.addStretch(1)
        layout.addLayout(choice)
        self.curve_label = Label()
        self.curve_label.setWordWrap(True)
        layout.addWidget(self.curve_label)
        #: how to word what the curve label says (again in the new language after a switch)
        self._curve_words: Callable[[], str] | None = None
        #: how far the curve's calculation is [%]; None: not under way or not told yet
        self._curve_percent: int | None = None
        self.chart = ChartWidget(min_height=460)
        layout.addWidget(self.chart)

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.setTitle(self.tr("Hoeveel van ons moeten tekenen?"))
        self.cluster_rule.setText(self.tr("Het gaat door als van elk cluster ten minste dit deel tekent:"))
        self.street_rule.setText(self.tr("… en van de hele straat ten minste:"))
        self.scope_prompt.setText(self.tr("Curve voor:"))
        self.checks_table.setHorizontalHeaderLabels(
            [self.tr("Waar"), self.tr("Getekend"), self.tr("Nodig"), self.tr("Nog te beslissen"), self.tr("Stand")]
        )
        if self._curve_words is not None:  # busy, its progress, a failure or the finding: in the language now chosen
            self._say_curve(self._curve_words)

    def _say_curve(self, words: Callable[[], str]) -> None:
        """Show ``words()`` above the curve, and again after a language switch (its figures kept whole
        where it wraps, '€ 290', by the label itself: a scope chosen, or the curves arriving, came
        after the page's walk that did it before)."""
        self._curve_words = words
        self.curve_label.setText(words())

    def status_words(self) -> dict[str, str]:
        return {
            "go": self.tr("Het gaat door: de spelregel is gehaald."),
            "open": self.tr("Nog niet: er zijn nog handtekeningen nodig."),
            "no_go": self.tr("De spelregel is niet meer te halen: te veel woningen doen niet mee."),
            "no_rule": self.tr("Nog geen spelregel afgesproken. Kies hierboven wanneer het doorgaat."),
        }

    # ------------------------------------------------------------------ the rule
    def show_project(self, project) -> None:
        agreement = project.agreement
        for box, spin, share in (
            (self.cluster_rule, self.cluster_share, agreement.cluster_share),
            (self.street_rule, self.street_share, agreement.street_share),
        ):
            box.blockSignals(True)
            spin.blockSignals(True)
            box.setChecked(share is not None)
            spin.setEnabled(share is not None)
            if share is not None:
                spin.setValue(round(share * 100))
            elif spin.value() == 0 or spin.value() == 1:
                spin.setValue(75 if spin is self.cluster_share else 60)
            box.blockSignals(False)
            spin.blockSignals(False)
        self._show_status()

    def _rule_edited(self) -> None:
        cluster = self.cluster_share.value() / 100 if self.cluster_rule.isChecked() else None
        street = self.street_share.value() / 100 if self.street_rule.isChecked() else None
        self.cluster_share.setEnabled(cluster is not None)
        self.street_share.setEnabled(street is not None)
        agreement = self.document.project.agreement
        if (agreement.cluster_share, agreement.street_share) == (cluster, street):
            return
        old = (agreement.cluster_share, agreement.street_share)

        def apply(project):
            project.agreement.cluster_share, project.agreement.street_share = cluster, street

        def revert(project):
            project.agreement.cluster_share, project.agreement.street_share = old

        self.document.edit(self.tr("Spelregel voor doorgaan aangepast"), apply, revert)

    def _show_status(self) -> None:
        project, results = self.document.project, self.document.results
        found = go_no_go(project, results)
        colour = STATUS_COLOURS[found.status]
        rule = found.rule.text(ui_language())
        text = f"<span style='color:{colour}'><b>{html.escape(self.status_words()[found.status])}</b></span>"
        if found.status != "no_rule":
            text += "<br>" + html.escape(rule)
        self.status_label.setText(text)
        table = self.checks_table
        table.setVisible(bool(found.checks))
        table.setRowCount(len(found.checks))
        for row, check in enumerate(found.checks):
            name = self.tr("De straat") if check.scope == "street" else check.name
            state = self.tr("gehaald") if check.met else (self.tr("nog niet") if check.reachable else self.tr("niet meer te halen"))
            values = [name, f"{check.signed} / {check.homes}", str(check.needed), str(check.undecided), state]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 4:
                    item.setForeground(Qt.GlobalColor.darkGreen if check.met else Qt.GlobalColor.darkRed)
                table.setItem(row, column, item)
        if found.checks:
            follow_rows(table)

    # ------------------------------------------------------------------ the curve
    def show_results(self, results) -> None:
        self._show_status()
        if results is None or not results.clusters:
            self.curve_results = None
            self._say_curve(lambda: self.without_results(self.tr("Nog geen clusters: er is nog geen curve.")))
            self.chart.setVisible(False)
            self.scope_combo.setEnabled(False)
            return
        self.chart.setVisible(True)
        found = self.services.engine.signature_curves(self._curves_done, self._curves_failed, self._curves_progress)
        if found is not None:
            self._curves_done(found)
        elif self.curve_results is None:
            self._say_busy()

    def _curves_progress(self, fraction: float, _text: str) -> None:
        if self.curve_results is None:
            self._curve_percent = round(fraction * 100)
            self._say_busy()

    def _say_busy(self) -> None:
        percent = self._curve_percent
        if percent is None:
            self._say_curve(lambda: self.tr("Bezig met rekenen: de curve van de handtekeningen…"))
        else:
            self._say_curve(lambda: self.tr("Bezig met rekenen: de curve van de handtekeningen… {0} %").format(percent))

    def _curves_failed(self, _traceback: str) -> None:
        self._curve_percent = None
        self._say_curve(lambda: self.tr("De curve kon niet worden berekend."))

    def _curves_done(self, results) -> None:
        self._curve_percent = None
        self.curve_results = results
        keep = self.scope_combo.currentData()
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("de hele straat"), "street")
        for cluster in results.clusters:
            self.scope_combo.addItem(cluster.name, cluster.id)
        index = self.scope_combo.findData(keep) if keep else 0
        self.scope_combo.setCurrentIndex(max(0, index))
        self.scope_combo.setEnabled(True)
        self.scope_combo.blockSignals(False)
        self._show_curve()

    def current_curve(self):
        """The curve chosen (street or a cluster); None before it is computed."""
        results = self.curve_results
        if results is None or results.signatures is None:
            return None
        scope = self.scope_combo.currentData()
        if scope in (None, "street"):
            return results.signatures.street
        return results.signatures.clusters.get(scope)

    def rule_needed(self, curve) -> int | None:
        """Signatures the group's rule asks of the curve's homes; None without a rule for it."""
        agreement = self.document.project.agreement
        if curve.scope == "street":
            if agreement.street_share is None:
                return None
            return needed(agreement.street_share, len(self.document.project.households))
        if agreement.cluster_share is None:
            return None
        return needed(agreement.cluster_share, curve.homes)

    def _show_curve(self) -> None:
        curve = self.current_curve()
        if curve is None:
            return
        language = ui_language()
        horizon = self.curve_results.parameters.int("horizon_years")
        self._say_curve(lambda: self._curve_text(curve, horizon))
        rule = self.rule_needed(curve)  # read here: the figure is drawn on another thread
        self.chart.set_figure(
            lambda: signature_curve_figure(curve, horizon_years=horizon, rule_needed=rule, language=language)
        )

    def _curve_text(self, curve, horizon: int) -> str:
        """What the curve says, in the language now chosen."""
        parts = [curve_finding(curve, horizon).text(ui_language()) + "."]
        costs = curve_costs(curve)  # the means per home that signs, said as means (core decides the words)
        if costs is not None:
            parts.append(costs.text(ui_language()))
        if curve.thresholds.get(Variant.AIR_HP) is None and curve.points:
            parts.append(self.tr("Bij geen enkel aantal is de gedeelde bodemlus over de hele periode voordeliger dan een eigen luchtwarmtepomp."))
        return " ".join(parts)
