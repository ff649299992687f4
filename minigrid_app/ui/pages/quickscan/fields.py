"""The borefields (de bron): boreholes, depth, length and lowest fluid temperature per field,
checked against the rule of thumb, with the fluid temperature chart of the selected field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidgetItem,
    QVBoxLayout,
)

from minigrid_app.core.explain import explain
from minigrid_app.core.fieldmessages import rule_of_thumb_said
from minigrid_app.core.fieldmodel import MIN_DEPTH_M
from minigrid_app.core.formatting import borehole_depth, field_length, said_length
from minigrid_app.core.streetview import street_view
from minigrid_app.core.variant import Variant
from minigrid_app.io import charts
from minigrid_app.ui.locale import format_money, format_number, ui_language
from minigrid_app.ui.pages.base import Panel
from minigrid_app.ui.pages.table_panel import follow_rows
from minigrid_app.ui.widgets.charts import ChartWidget
from minigrid_app.ui.widgets.tables import read_only_table
from minigrid_app.ui.widgets.whole_figures import Label

WARNING_BACKGROUND = QColor("#fdf6e3")


class _ExplainedItem(QTableWidgetItem):
    """A cell whose tooltip is a "hoe berekend?" text, made when Qt first asks for it.

    Making the texts of every field up front (61 on straat-24) took a good part of the first
    visit of step 3 (issue 16); the text is the same, only made later. ``make_tip`` is called
    at most once.
    """

    def __init__(self, text: str, make_tip):
        super().__init__(text)
        self._make_tip = make_tip
        self._tip: str | None = None

    def data(self, role):  # noqa: D401 - Qt override
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._tip is None:
                self._tip = self._make_tip()
            return self._tip
        return super().data(role)


class FieldsPanel(Panel):
    """One row per borefield (shared loops first); the chart shows the selected one."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        layout = QVBoxLayout(self)
        self.fields_table = table = read_only_table(7, QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._field_selected)
        layout.addWidget(table)
        self.rule_note = Label()
        self.rule_note.setWordWrap(True)
        layout.addWidget(self.rule_note)
        # the street from above: every home, own borehole and shared field (the selected one ringed)
        self.street_chart = ChartWidget(min_height=280)
        layout.addWidget(self.street_chart)
        self.fluid_chart = ChartWidget(min_height=340)
        layout.addWidget(self.fluid_chart)
        self._field_ids: list[str] = []

    def retranslate(self) -> None:
        self.setTitle(self.tr("Bodemvelden (de bron)"))
        self.fields_table.setHorizontalHeaderLabels(
            [
                self.tr("Bodemveld"),
                self.tr("Woningen"),
                self.tr("Boorgaten"),
                self.tr("Diepte"),
                self.tr("Totale lengte"),
                self.tr("Laagste vloeistoftemperatuur"),
                self.tr("Vuistregel"),
            ]
        )

    def _field_name(self, results, field) -> str:
        if field.cluster_id is not None:
            name = next((c.name for c in results.clusters if c.id == field.cluster_id), field.cluster_id)
            return self.tr("Gedeelde bodemlus {0}").format(name)
        household = results.household(field.households[0]) if field.households else None
        return self.tr("Eigen bodemlus {0}").format(household.name(ui_language()) if household else "")

    def show_results(self, results) -> None:
        table = self.fields_table
        table.blockSignals(True)
        table.setRowCount(0)
        self._field_ids = []
        if results is None:
            table.blockSignals(False)
            text = self.without_results(self.tr("Nog geen bodemvelden berekend."))
            self.fluid_chart.show_message(text)
            self.street_chart.show_message(text)
            self.rule_note.setText("")
            return
        ordered = [f for f in results.fields if f.variant == Variant.SHARED_LOOP] + [
            f for f in results.fields if f.variant != Variant.SHARED_LOOP
        ]
        table.setRowCount(len(ordered))
        language = ui_language()
        for row, field in enumerate(ordered):
            sizing = field.sizing
            rule = f"{format_number(sizing.rule_of_thumb_length_m)} m"
            if sizing.differs_from_rule_of_thumb:
                rule += self.tr(" (wijkt > 30 % af)")
            values = [
                self._field_name(results, field),
                str(len(field.households)),
                str(sizing.boreholes),
                borehole_depth(sizing.boreholes, sizing.depth_m, sizing.total_length_m, language),
                field_length(sizing.total_length_m, language),
                f"{format_number(sizing.min_fluid_temp_c, 1)} °C",
                rule,
            ]
            if not sizing.feasible:  # no boreholes: '0 m' and the ground's temperature read as a field's figures
                values[2:7] = ["–", "–", self.tr("niet mogelijk"), "–", "–"]
            for column, text in enumerate(values):
                if column == 4 and field.households and sizing.feasible:
                    variant = Variant.SHARED_LOOP if field.cluster_id is not None else Variant.GROUND_HP
                    item = _ExplainedItem(
                        text,
                        lambda home=field.households[0], variant=variant: explain(
                            results, home, variant, "borefield_length_m", language
                        ).as_text(),
                    )
                else:
                    item = QTableWidgetItem(text)
                if column > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 6 and sizing.differs_from_rule_of_thumb:
                    item.setBackground(QBrush(WARNING_BACKGROUND))
                table.setItem(row, column, item)
            self._field_ids.append(field.id)
        follow_rows(table)
        if ordered:
            table.selectRow(0)
        table.blockSignals(False)
        self._field_selected()

    def selected_field_id(self) -> str | None:
        rows = self.fields_table.selectionModel().selectedRows() if self.fields_table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._field_ids):
            return self._field_ids[0] if self._field_ids else None
        return self._field_ids[rows[0].row()]

    def _field_selected(self) -> None:
        results = self.document.results
        field_id = self.selected_field_id()
        field = results.field(field_id) if results and field_id else None
        if field is None:
            self.fluid_chart.show_message(self.tr("Nog geen bodemvelden berekend."))
            self.street_chart.show_message(self.tr("Nog geen bodemvelden berekend."))
            self.rule_note.setText("")
            return
        sizing = field.sizing
        language = ui_language()
        view = street_view(results)
        if view is None:
            self.street_chart.show_message(self.tr("Nog geen bodemvelden berekend."))
        else:
            self.street_chart.set_figure(
                lambda: charts.street_layout_figure(view, selected=field.id, language=language)
            )
        if not sizing.feasible:  # why, and no fluid curve, length check or € 0 of a field that is not there
            why = " ".join(warning.text(language) if hasattr(warning, "text") else str(warning) for warning in sizing.warnings)
            self.fluid_chart.show_message(why)
            self.rule_note.setText(why)
            return
        # the chart of this field, as the report and the slides draw one (summer limits with cooling)
        monthly, limit, options = charts.fluid_chart_inputs([field], results.parameters)
        # a factory: the figure is made and drawn on the chart render thread
        self.fluid_chart.set_figure(
            lambda: charts.fluid_temperature_figure(monthly, limit, language=language, **options)
        )
        notes = []
        if sizing.provisional:
            notes.append(self.tr("Voorlopig: deze lengte komt alleen uit de vuistregel; de berekening volgt."))
        if sizing.at_shortest_depth:  # Minigrid's floor, not a computed length: no rule checks it
            notes.append(
                self.tr("Vuistregel (50 W per meter): {0} m. Geen controle hier: het kortste boorgat dat Minigrid "
                        "rekent ({1} m) is al genoeg, korter zou ook volstaan.").format(
                    format_number(sizing.rule_of_thumb_length_m), format_number(MIN_DEPTH_M))
            )
        elif sizing.differs_from_rule_of_thumb:  # as step 3's warning says it: the summer, or the length alone
            said = rule_of_thumb_said(sizing).text(ui_language())
            notes.append(said[:1].upper() + said[1:])
        else:
            notes.append(
                self.tr("Controle met de vuistregel (50 W per meter): {0} m, dat klopt in grote lijnen.").format(
                    format_number(sizing.rule_of_thumb_length_m)
                )
            )
        if sizing.neighbours:  # sized in the street: say whose boreholes count, and the length alone
            alone = sizing.alone_total_length_m
            notes.append(
                self.tr("In de straat gerekend met de boorgaten van %n andere velden in de buurt; "
                        "als niemand anders in de buurt boort: {0} m.", "", len(sizing.neighbours)).format(
                    format_number(alone if alone is not None else float(said_length(sizing.total_length_m)))
                )
            )
        share_total = sum(field.cost_shares_eur.values())
        notes.append(self.tr("Investering in dit veld: {0}.").format(format_money(share_total)))
        self.rule_note.setText(" ".join(notes))
