""""Wat als iemand niet meedoet?": what changes for the others when one home does not join.

The effect is :func:`minigrid_app.core.whatif.drop_out_effect`, recalculated by the engine
service (the worker process in the program, like every other computation), never on the GUI
thread. The table lists the homes whose shared ground loop changes, before → after.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QTableWidgetItem,
    QVBoxLayout,
)

from minigrid_app.core.problems import in_language
from minigrid_app.core.whatif import SHOWN_MONTHLY_CHANGE_EUR
from minigrid_app.ui.locale import format_money, ui_language
from minigrid_app.ui.pages.base import Panel, bring_into_view
from minigrid_app.ui.pages.table_panel import follow_rows
from minigrid_app.ui.widgets.steady import SteadyComboBox
from minigrid_app.ui.widgets.tables import read_only_table
from minigrid_app.ui.widgets.whole_figures import Label


class DropOutPanel(Panel):
    """Choose a home; see the clusters and the monthly costs of the others before and after."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        self.effect = None
        self._effect_for: str | None = None
        #: the home and the results the effect was computed (or is being computed) for
        self._asked: tuple | None = None
        #: what the summary says (made again in the new language after a switch)
        self._said: Callable[[], str] | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.dropout_prompt = Label()
        row.addWidget(self.dropout_prompt)
        self.dropout_combo = SteadyComboBox()
        self.dropout_combo.setMinimumHeight(32)
        self.dropout_combo.setMinimumWidth(260)
        self.dropout_combo.activated.connect(self._chosen)
        row.addWidget(self.dropout_combo)
        row.addStretch(1)
        layout.addLayout(row)
        self.dropout_summary = Label()
        self.dropout_summary.setWordWrap(True)
        layout.addWidget(self.dropout_summary)
        self.dropout_table = table = read_only_table(5)
        table.verticalHeader().setDefaultSectionSize(30)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Wat als iemand niet meedoet?"))
        self.dropout_prompt.setText(self.tr("Stel dat deze woning niet meedoet:"))
        self.dropout_table.setHorizontalHeaderLabels(
            [
                self.tr("Woning"),
                self.tr("Cluster (nu → dan)"),
                self.tr("Per maand nu"),
                self.tr("Per maand dan"),
                self.tr("Eenmalig (nu → dan)"),
            ]
        )
        if self._said is not None:  # busy, a failure or the effect: in the language now chosen
            self._say(self._said)

    def _say(self, words: Callable[[], str]) -> None:
        """Show ``words()`` as the summary, and again after a language switch (its figures kept whole
        where it wraps, '€ 7', by the label itself: the effect arrived after the page's walk that
        did it before)."""
        self._said = words
        self.dropout_summary.setText(words())

    def show_results(self, results) -> None:
        self._fill_dropout_choices(results)
        household_id = self.dropout_combo.currentData()
        if household_id and self._asked is not None and self._asked[0] == household_id and self._asked[1] is results:
            # the same numbers shown again (a language switch): not computed again
            if self.effect is not None:
                self._show_effect()
        elif household_id:
            self.compute_drop_out()  # the numbers changed: the what-if follows
        else:
            self.effect = None
            self._show_effect()

    def _fill_dropout_choices(self, results) -> None:
        keep = self.dropout_combo.currentData()
        self.dropout_combo.blockSignals(True)
        self.dropout_combo.clear()
        self.dropout_combo.addItem(self.tr("kies een woning…"), None)
        if results is not None:
            for household in results.households:
                if household.cluster_id is not None:
                    self.dropout_combo.addItem(household.name(ui_language()), household.id)
        index = self.dropout_combo.findData(keep) if keep else 0
        self.dropout_combo.setCurrentIndex(max(0, index))
        self.dropout_combo.blockSignals(False)

    def _chosen(self, _index: int) -> None:
        self.compute_drop_out()

    def select_drop_out(self, household_id: str) -> None:
        """Choose ``household_id`` and show what its drop-out does, in sight: the link 'Wat als …
        niet tekent?' above filled this panel at the foot of the page and seemed to do nothing."""
        index = self.dropout_combo.findData(household_id)
        if index >= 0:
            self.dropout_combo.setCurrentIndex(index)
        self.compute_drop_out()
        bring_into_view(self)

    def compute_drop_out(self) -> None:
        """Recompute with the chosen household declined (by the engine) and show before/after."""
        household_id = self.dropout_combo.currentData()
        if not household_id or self.document.results is None:
            self.effect = None
            self._show_effect()
            return
        self._effect_for = household_id
        self._asked = (household_id, self.document.results)
        self.effect = None  # until this one arrives
        self._say(lambda: self.tr("Bezig met rekenen…"))
        self.services.engine.drop_out(household_id, self._effect_done, self._effect_failed)

    def _effect_done(self, effect) -> None:
        if self._effect_for == effect.household_id:
            self.effect = effect
            self._show_effect()

    def _effect_failed(self, _traceback: str) -> None:
        self._say(lambda: self.tr("Dit kon niet worden berekend."))

    def _show_effect(self) -> None:
        effect = self.effect
        table = self.dropout_table
        if effect is None:
            self._asked = None
            if self.dropout_combo.count() <= 1:  # only 'kies een woning…': nobody to choose
                self._say(lambda: self.tr("Er zit nog geen woning in een cluster: pas als buren samen een bron delen, "
                                          "verandert er iets voor de anderen als er één niet meedoet."))
            else:
                self._say(lambda: self.tr("Kies een woning om te zien wat er voor de buren verandert als die niet meedoet."))
            table.setRowCount(0)
            table.setVisible(False)
            return
        affected = effect.affected
        self._say(lambda: self._effect_words(effect))
        table.setVisible(bool(affected))
        table.setRowCount(len(affected))
        for row, change in enumerate(affected):
            difference = change.shown_monthly_change_eur  # of the two figures shown
            after_text = format_money(change.monthly_after_eur)
            if difference is not None and abs(difference) >= SHOWN_MONTHLY_CHANGE_EUR:
                sign = "+" if difference > 0 else "−"
                after_text += f"  ({sign}{format_money(abs(difference))})"
            values = [
                in_language(change.label, ui_language()),
                f"{change.cluster_before or '–'} → {change.cluster_after or '–'}",
                format_money(change.monthly_before_eur),
                after_text,
                f"{format_money(change.investment_before_eur)} → {format_money(change.investment_after_eur)}",
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        follow_rows(table)

    def _effect_words(self, effect) -> str:
        """What the drop-out of ``effect``'s home does, in the language now chosen: core's sentence, as the report has it."""
        return effect.words(effect.label, ui_language())
