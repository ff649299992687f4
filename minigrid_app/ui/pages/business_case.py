"""Step 4, "Wat kost het mij?": the four variants side by side, monthly costs first.

Numbers come from :mod:`minigrid_app.core.selectors` (``quantity_value``), never computed
here; every number has a "hoe berekend?" link. Charts below the numbers; the
assumptions editor on its own tab.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minigrid_app.core import cooling, steps
from minigrid_app.core import selectors as ex
from minigrid_app.core.explain import explain
from minigrid_app.core.problems import in_language
from minigrid_app.core.steps import Missing, parameters_in_force
from minigrid_app.core.variant import VARIANTS, Variant, variant_colour
from minigrid_app.core.variant import labels as variant_labels
from minigrid_app.core.verdict import VerdictSummary, basis_text, payback_text, verdict_summary
from minigrid_app.io import charts
from minigrid_app.ui.locale import (
    format_money,
    format_number,
    format_range,
    ui_language,
)
from minigrid_app.ui.models.parameters_model import COL_LABEL, COL_SOURCE, COL_YEAR, ParametersModel
from minigrid_app.ui.pages.base import StepPage, computing_text, first_names, scrolling_content
from minigrid_app.ui.pages.table_panel import follow_rows
from minigrid_app.ui.widgets.charts import ChartWidget
from minigrid_app.ui.widgets.explain_button import ExplainButton
from minigrid_app.ui.widgets.field_message import NOTED, attach_to_view
from minigrid_app.ui.widgets.fonts import relative_font
from minigrid_app.ui.widgets.steady import SteadyComboBox
from minigrid_app.ui.widgets.tables import TypingSafeDelegate, WrappingHeader, rows_follow_text
from minigrid_app.ui.widgets.whole_figures import Label

#: rows of the comparison, monthly costs first
ROWS = (
    "monthly_costs_year1_eur",
    "monthly_costs_after_loan_eur",
    "investment_net_eur",
    "tco_eur",
    "co2_kg_per_year",
    "payback_years",
    "break_even_gas_m3",
)
GROUP = "__group__"


class _Cell(QWidget):
    """One number of the comparison with its "hoe berekend?" link."""

    def __init__(self, big: bool, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        self.value = Label("–")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        relative_font(self.value, 1.9 if big else 1.15, bold=big)
        self.value.setWordWrap(True)
        layout.addWidget(self.value)
        self.detail = Label("")
        self.detail.setStyleSheet("color: #555555;")
        self.detail.setWordWrap(True)
        self.detail.setVisible(False)
        layout.addWidget(self.detail)
        self.explain = ExplainButton()
        layout.addWidget(self.explain, 0, Qt.AlignmentFlag.AlignLeft)


class _Sheet(QFrame):
    """The white sheet of the comparison with a light grey line around it.

    Painted here rather than by a style sheet: a style sheet on the frame puts every one of its
    140 widgets under Qt's style-sheet style, and adding them to it was a third of the time it
    took to build step 4 (issue 16). The same pixels: one line of #dddddd, white inside.
    """

    BORDER = QColor("#dddddd")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setContentsMargins(1, 1, 1, 1)  # inside the line, as the style sheet's border

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(self.BORDER)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))


class BusinessCasePage(StepPage):
    step_key = "business_case"

    def build(self):
        # in parts (each yield: on screen, a turn of the event loop of its own): the 28 cells of
        # the comparison took 15 of the 25 ms of CPU building step 4 took (issue 16)
        self._shown: dict[str, dict[str, float | None]] = {}
        self._summaries: dict[str, VerdictSummary | None] = {}
        self._selected: str | None = None

        selector = QHBoxLayout()
        self.for_label = Label()
        selector.addWidget(self.for_label)
        self.household_combo = SteadyComboBox()
        self.household_combo.setMinimumWidth(280)
        # as wide as its longest entry ("Hele groep (gemiddeld per deelnemende woning, 20
        # woningen)" was cut after "woning,")
        self.household_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.household_combo.setMinimumHeight(32)
        self.household_combo.currentIndexChanged.connect(self._on_household_changed)
        selector.addWidget(self.household_combo)
        selector.addStretch(1)
        self.status = Label()
        self.status.setStyleSheet("color: #555555;")
        self._busy = False  # a calculation under way (the document's busyChanged)
        selector.addWidget(self.status)
        self.page_layout.addLayout(selector)

        self.tabs = QTabWidget()
        self.page_layout.addWidget(self.tabs, 1)

        # -- comparison tab
        scroll, self.content_layout = scrolling_content()
        self.intro = Label()
        self.intro.setWordWrap(True)
        self.content_layout.addWidget(self.intro)
        grid_frame = _Sheet()
        grid_frame.setObjectName("comparison")
        self.grid = QGridLayout(grid_frame)
        self.grid.setHorizontalSpacing(12)
        self.variant_headers: dict[str, QLabel] = {}
        for column, variant in enumerate(VARIANTS, start=1):
            header = Label()
            header.setWordWrap(True)
            header.setStyleSheet(
                f"border-top: 6px solid {variant_colour(variant)}; padding-top: 6px; font-weight: bold;"
            )
            self.variant_headers[variant] = header
            self.grid.addWidget(header, 0, column)
            self.grid.setColumnStretch(column, 1)
        self.row_labels: dict[str, QLabel] = {}
        self.cells: dict[tuple[str, str], _Cell] = {}
        for row, quantity in enumerate(ROWS, start=1):
            label = Label()
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setMinimumWidth(150)
            if row == 1:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            self.row_labels[quantity] = label
            self.grid.addWidget(label, row, 0)
            for column, variant in enumerate(VARIANTS, start=1):
                cell = _Cell(big=quantity == "monthly_costs_year1_eur")
                cell.explain.set_provider(self._provider(variant, quantity))
                self.cells[(variant, quantity)] = cell
                self.grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
            if row % 2 == 0:
                yield
        # what cooling adds per variant, for a home that wants to cool (core.cooling decides the words)
        self.cooling_label = Label()
        self.cooling_label.setWordWrap(True)
        self.cooling_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.grid.addWidget(self.cooling_label, len(ROWS) + 1, 0)
        self.cooling_cells: dict[str, QLabel] = {}
        for column, variant in enumerate(VARIANTS, start=1):
            cell = Label()
            cell.setWordWrap(True)
            cell.setContentsMargins(6, 4, 6, 4)
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.cooling_cells[variant] = cell
            self.grid.addWidget(cell, len(ROWS) + 1, column, Qt.AlignmentFlag.AlignTop)
        # the engine's warnings about the home shown (or every home's, for the group), worded for residents
        self.remarks = Label()
        self.remarks.setWordWrap(True)
        self.remarks.setTextFormat(Qt.TextFormat.PlainText)
        self.remarks.setStyleSheet("QLabel { color: #7a4b00; padding: 4px 2px; }")
        self.remarks.setVisible(False)
        self.content_layout.addWidget(self.remarks)
        self.content_layout.addWidget(grid_frame)
        # why a variant that is cheaper over the horizon costs more per month at first (core.verdict.loan_note)
        self.loan_note = Label()
        self.loan_note.setWordWrap(True)
        self.loan_note.setTextFormat(Qt.TextFormat.RichText)
        self.loan_note.setStyleSheet("QLabel { color: #333333; padding: 4px 2px; }")
        self.content_layout.addWidget(self.loan_note)

        # what the numbers do not show (Handreiking mini-warmtenetten, tabel 7: mini network against an own air heat pump)
        self.qualitative = Label()
        self.qualitative.setWordWrap(True)
        self.qualitative.setTextFormat(Qt.TextFormat.RichText)
        self.qualitative.setStyleSheet("QLabel { background: #f7f9fb; border: 1px solid #e1e6eb; padding: 8px; }")
        self.content_layout.addWidget(self.qualitative)

        # heights equal the figures' (io.charts defaults at 100 dpi): no layout jump when they arrive
        self.chart_monthly = ChartWidget(min_height=340)
        self.chart_cumulative = ChartWidget(min_height=380)
        self.chart_tornado = ChartWidget(min_height=340)
        self.chart_band = ChartWidget(min_height=320)
        for chart in (self.chart_monthly, self.chart_cumulative, self.chart_tornado, self.chart_band):
            self.content_layout.addWidget(chart)
        self.content_layout.addStretch(1)
        self.tabs.addTab(scroll, "")

        yield
        # -- assumptions tab: the tab scrolls, the table shows every row (follow_rows); without the
        # scroll area only the first dozen of the 129 figures could be seen, the wheel moved nothing
        assumptions, a_layout = scrolling_content()
        self.assumptions_intro = Label()
        self.assumptions_intro.setWordWrap(True)
        a_layout.addWidget(self.assumptions_intro)
        buttons = QHBoxLayout()
        self.reset_button = QPushButton()
        self.reset_button.setMinimumHeight(32)
        self.reset_button.clicked.connect(self.reset_selected)
        self.reset_all_button = QPushButton()
        self.reset_all_button.setMinimumHeight(32)
        self.reset_all_button.clicked.connect(self.reset_all)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.reset_all_button)
        buttons.addStretch(1)
        a_layout.addLayout(buttons)
        self.parameters_model = ParametersModel(self.document, self)
        self.parameters_view = QTableView()
        # a refused figure (or one read with a doubt) is said next to its cell
        attach_to_view(self.parameters_view, self.parameters_model.validationFailed)
        attach_to_view(self.parameters_view, self.parameters_model.inputNoted, kind=NOTED)
        self.parameters_view.setTabKeyNavigation(False)  # Tab goes on to the rest of the page; arrows move in the table
        self.parameters_view.setModel(self.parameters_model)
        self.parameters_view.setItemDelegate(TypingSafeDelegate(self.parameters_view))  # results never undo typing
        self.parameters_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parameters_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.parameters_view.verticalHeader().setVisible(False)
        self.parameters_view.setWordWrap(True)
        self.parameters_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # the year column fits its values once per change, not at each layout pass (issue 16)
        header = WrappingHeader(self.parameters_view, wrap=False)
        self.parameters_view.setHorizontalHeader(header)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_YEAR, QHeaderView.ResizeMode.ResizeToContents)
        # the source (title, publisher, year) is read in full: it wraps in the widest column and
        # the rows grow with it (cut with '…' after two lines, the publisher could not be read)
        rows_follow_text(self.parameters_view)
        self.parameters_view.setColumnWidth(COL_LABEL, 280)
        self.parameters_view.setColumnWidth(1, 100)
        self.parameters_view.setColumnWidth(2, 100)
        self.parameters_view.setColumnWidth(3, 80)
        for row, (kind, _key) in enumerate(self.parameters_model.rows):
            if kind == "group":
                self.parameters_view.setSpan(row, 0, 1, 6)
        follow_rows(self.parameters_view)  # every figure shown: the page scrolls, not the table
        a_layout.addWidget(self.parameters_view, 1)
        self.tabs.addTab(assumptions, "")

        # charts are drawn once the numbers are up, coalescing quick changes (keeps typing snappy)
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(0)
        self._chart_timer.timeout.connect(self.render_charts_now)
        self.document.busyChanged.connect(self._on_busy)

    # ------------------------------------------------------------------ contract
    def question(self) -> str:
        return self.tr("Wat kost het mij?")

    def step_title(self) -> str:
        return self.tr("Indicatieve businesscase")

    def missing_text(self, item: Missing) -> str:
        if item.what == steps.NO_RESULTS:
            return self.tr("Nog geen berekening: vul bij de intake de woningen en hun gasverbruik in.")
        if item.what == steps.NO_COMPUTED_HOUSEHOLD:
            return self.tr("Nog geen woning met compleet gasverbruik.")
        text = self.tr("{0} van %n woningen nog niet berekend: gegevens onvolledig.", "", item.total).format(item.count)
        results = self.document.results
        names = [in_language(h.label, ui_language()) for h in results.households if not h.computable] if results is not None else []
        return f"{text.rstrip('.')} ({first_names(names)})." if names else text

    def set_texts(self) -> None:
        language = ui_language()
        self.for_label.setText(self.tr("Bekijk voor:"))
        # a calculation under way is said in the new language too (it may run for seconds)
        self._on_busy(self._busy, "")
        self.intro.setText(
            self.tr(
                "Wat kost elke manier van verwarmen per maand, eenmalig en over de hele rekenperiode? "
                "De bedragen zijn inclusief btw; de bandbreedte komt van lage en hoge energieprijzen. "
                "Klik op 'hoe berekend?' om te zien waar een getal vandaan komt."
            )
        )
        labels = variant_labels(language)
        for variant, header in self.variant_headers.items():
            header.setText(labels[variant])
        horizon = self._horizon()
        texts = {
            "monthly_costs_year1_eur": self.tr("Per maand"),
            "monthly_costs_after_loan_eur": self.tr("Per maand na de lening"),
            "investment_net_eur": self.tr("Eenmalig (na subsidie)"),
            "tco_eur": self.tr("Totaal over {0} jaar").format(horizon),
            "co2_kg_per_year": self.tr("CO₂ per jaar"),
            "payback_years": self.tr("Terugverdientijd"),
            "break_even_gas_m3": self.tr("Voordeliger dan gas"),
        }
        # one plain line under the words a resident may not know (no jargon left unexplained: what a resident sees is in plain Dutch);
        # it also says why the total can beat gas while the payback is longer than the horizon
        hints = {
            "monthly_costs_year1_eur": self.tr("in jaar 1, met de lening"),
            "monthly_costs_after_loan_eur": self.tr("zonder aflossing, tegen de prijzen van nu"),
            "tco_eur": self.tr("inclusief lening, vervanging en restwaarde"),
            "payback_years": self.tr("vanaf dan bent u in totaal minder kwijt dan met gas"),
            "break_even_gas_m3": self.tr("bij meer gas per jaar is dit over de hele periode goedkoper"),
        }
        for quantity, label in self.row_labels.items():
            hint = hints.get(quantity)
            if hint:
                label.setText(f"{html.escape(texts[quantity])}<br><span style='color:#555555'>{html.escape(hint)}</span>")
                label.setToolTip(hint)
            else:
                label.setText(texts[quantity])
        for cell in self.cells.values():
            cell.explain.retranslate()
        self.cooling_label.setText(
            f"{html.escape(self.tr('Koelen in de zomer'))}<br><span style='color:#555555'>"
            f"{html.escape(self.tr('deze woning wil koelen; de stroom ervoor zit in de maandlasten'))}</span>"
        )
        pros = [
            self.tr("minder stroom en minder CO₂"),
            self.tr("zuinig passief koelen in de zomer"),
            self.tr("minder onderhoud, geen geluid"),
            self.tr("geen buitenunit aan gevel of in de tuin"),
            self.tr("minder belasting van het stroomnet"),
        ]
        cons = [
            self.tr("hogere investering (wel lager dan een eigen bodemlus)"),
            self.tr("overlast tijdens het boren"),
            self.tr("meer regelen en organiseren met de buren"),
            self.tr("afhankelijk van buren en/of een partner"),
        ]
        self.qualitative.setText(
            "<b>" + self.tr("Wat de cijfers niet laten zien: de gedeelde bodemlus naast een eigen luchtwarmtepomp") + "</b>"
            "<table width='100%' cellspacing='6'><tr><td width='50%' valign='top'><b>+ "
            + self.tr("Voordelen")
            + "</b><br>"
            + "<br>".join("+ " + p for p in pros)
            + "</td><td valign='top'><b>− "
            + self.tr("Nadelen")
            + "</b><br>"
            + "<br>".join("− " + c for c in cons)
            + "</td></tr></table>"
        )
        self.tabs.setTabText(0, self.tr("Vergelijking"))
        self.tabs.setTabText(1, self.tr("Uitgangspunten"))
        self.assumptions_intro.setText(
            self.tr(
                "Alle aannames waarmee Minigrid rekent, met bron en jaar. Dubbelklik op een waarde om die aan "
                "te passen; aangepaste waarden staan vet met '(aangepast)'. Ongedaan maken kan altijd."
            )
        )
        self.reset_button.setText(self.tr("Gekozen aanname terug naar standaard"))
        self.reset_all_button.setText(self.tr("Alles terug naar standaard"))

    # ------------------------------------------------------------------ households
    def _horizon(self) -> int:
        return parameters_in_force(self.document.project, self.document.results).int("horizon_years")

    def _fill_households(self) -> None:
        results = self.document.results
        keep = self._selected
        self.household_combo.blockSignals(True)
        self.household_combo.clear()
        if results is not None:
            basis = basis_text(results.group.households_counted, ui_language())
            self.household_combo.addItem(self.tr("Hele groep ({0})").format(basis), GROUP)
        else:
            self.household_combo.addItem(self.tr("Hele groep (gemiddeld per deelnemende woning)"), GROUP)
        if results is not None:
            for household in results.households:
                text = household.name(ui_language())
                if not household.computable:
                    text += self.tr(" (nog niet compleet)")
                elif not household.participates:
                    text += self.tr(" (doet niet mee)")
                self.household_combo.addItem(text, household.id)
        index = self.household_combo.findData(keep if keep else GROUP)
        self.household_combo.setCurrentIndex(max(0, index))
        self.household_combo.blockSignals(False)

    def _on_household_changed(self, _index: int) -> None:
        data = self.household_combo.currentData()
        self._selected = None if data in (None, GROUP) else data
        self._render()

    def select_household(self, household_id: str | None) -> None:
        index = self.household_combo.findData(household_id or GROUP)
        if index >= 0:
            self.household_combo.setCurrentIndex(index)

    def show_project(self, project) -> None:
        self._update_assumption_buttons()

    def show_results(self, results) -> None:
        self._fill_households()
        self._render()

    def _on_busy(self, busy: bool, text: str) -> None:
        self._busy = busy
        self.status.setText(self.tr("Bezig met rekenen…") if busy else "")

    # ------------------------------------------------------------------ numbers
    def _provider(self, variant: str, quantity: str):
        def provide():
            results = self.document.results
            if results is None:
                return None
            return explain(results, self._selected, variant, quantity, ui_language())

        return provide

    def shown_values(self, household_id: str | None = None) -> dict[str, dict[str, float | None]]:
        """The numbers displayed for a household (None: the group), per variant and quantity."""
        self.select_household(household_id)
        return {variant: dict(values) for variant, values in self._shown.items()}

    def _render(self) -> None:
        results = self.document.results
        language = ui_language()
        self._shown = {variant: {} for variant in VARIANTS}
        household_id = self._selected
        self._summaries = {
            v: (None if results is None else verdict_summary(results, household_id, v, language)) for v in VARIANTS
        }
        labels = variant_labels(language)
        for variant, header in self.variant_headers.items():
            summary = self._summaries.get(variant)
            joiner = self.tr(" (als u nu aansluit)") if summary is not None and summary.as_joiner else ""
            if summary is not None and summary.coverage:  # the group's mean over fewer homes than take part
                joiner += f" ({summary.coverage})"
            header.setText(labels[variant] + joiner)
        notes = [
            f"<b>{html.escape(labels[v])}</b>: {html.escape(summary.loan_note)}"
            for v, summary in self._summaries.items()
            if summary is not None and summary.loan_note
        ]
        self.loan_note.setText("<br>".join(notes))
        self.loan_note.setVisible(bool(notes))
        remarks = self._remarks(results, household_id, language)
        self.remarks.setText("\n".join(remarks))
        self.remarks.setVisible(bool(remarks))
        for (variant, quantity), cell in self.cells.items():
            value = None if results is None else ex.quantity_value(results, household_id, variant, quantity)
            self._shown[variant][quantity] = value
            cell.value.setText(self._text(variant, quantity, value))
            if quantity == "tco_eur":
                summary = self._summaries.get(variant)
                verdict = summary.verdict if summary is not None and value is not None else ""
                cell.detail.setText(verdict)
                cell.detail.setVisible(bool(verdict))
                # the verdict wraps to two lines in a narrow column: keep room for both (a wrapped
                # label in a grid otherwise gets the height of one line and is cut off)
                cell.detail.setMinimumHeight(2 * cell.detail.fontMetrics().lineSpacing() + 2)
            if quantity == "payback_years":  # 'meteen' beside a dearer month: why, under it
                summary = self._summaries.get(variant)
                why = summary.payback_reason if summary is not None else ""
                cell.detail.setText(why)
                cell.detail.setVisible(bool(why))
            relative = quantity in ("payback_years", "break_even_gas_m3")
            cell.explain.setVisible(
                results is not None
                and not (variant == Variant.GAS and relative)
                and (value is not None or relative)
            )
            if quantity == "monthly_costs_year1_eur":
                band = None if results is None else ex.monthly_range(results, household_id, variant)
                if band is not None and value is not None:
                    cell.detail.setText(format_range(band[0], band[1], language))
                    cell.detail.setVisible(True)
                else:
                    cell.detail.setVisible(False)
        self._render_cooling(results, household_id, language)
        self._chart_timer.start()

    def _render_cooling(self, results, household_id, language) -> None:
        lines = {} if results is None else cooling.cooling_per_variant(results, household_id)
        self.cooling_label.setVisible(bool(lines))
        for variant, cell in self.cooling_cells.items():
            found = lines.get(variant)
            cell.setText(found.short.text(language) if found else "–")
            cell.setToolTip(found.text.text(language) if found else "")
            cell.setVisible(bool(lines))

    def cooling_texts(self) -> dict[str, str]:
        """What the cooling row shows per variant (empty when it is hidden)."""
        return {v: c.text() for v, c in self.cooling_cells.items() if self.cooling_label.isVisibleTo(self)}

    def render_charts_now(self) -> None:
        """Draw the charts for the current selection (normally done right after the numbers)."""
        self._chart_timer.stop()
        self._render_charts(self.document.results, self._selected, ui_language())

    def _remarks(self, results, household_id: str | None, language: str) -> list[str]:
        """'! Lindehof 6: deze woning vraagt ...': the warnings of the home, or of every home for the group."""
        if results is None:
            return []
        if household_id is None:
            found = [p for h in results.households for p in h.problems]
        else:
            household = results.household(household_id)
            found = list(household.problems) if household else []
        texts = list(dict.fromkeys(p.text(language) for p in found if not p.is_error))
        if len(texts) > 5:
            texts = texts[:5] + [self.tr("… en nog {0} opmerkingen.").format(len(texts) - 5)]
        return ["! " + text for text in texts]

    def _text(self, variant: str, quantity: str, value: float | None) -> str:
        if quantity in ("payback_years", "break_even_gas_m3"):
            if variant == Variant.GAS:
                return self.tr("vergelijkingsbasis")
            summary = self._summaries.get(variant)
            if summary is None:
                return "–"
            if quantity == "payback_years":  # the reason of a 'meteen' stands under it (the cell's detail)
                if summary.payback_reason and self.document.results is not None:
                    horizon = self.document.results.parameters.int("horizon_years")
                    return payback_text(summary.payback_years, horizon, ui_language())
                return summary.payback
            if summary.break_even_status is None and self._selected is not None:
                return "–" if not self._break_even_known() else summary.break_even
            return summary.break_even
        if value is None:
            return "–"
        if quantity == "co2_kg_per_year":
            return self.tr("{0} kg").format(format_number(value))
        return format_money(value)

    def _break_even_known(self) -> bool:
        results = self.document.results
        return bool(results and results.sensitivity is not None)

    def _render_charts(self, results, household_id, language) -> None:
        if results is None or results.group.households_computed == 0:
            text = self.tr("Nog geen resultaten: vul de woningen en hun gasverbruik in.")
            if self.document.awaiting_results:  # not blaming the input while it is computed
                text = computing_text()
            for chart in (self.chart_monthly, self.chart_cumulative, self.chart_tornado, self.chart_band):
                chart.show_message(text)
            return
        monthly = {v: self._shown[v].get("monthly_costs_year1_eur") for v in VARIANTS}
        ranges = {v: r for v in VARIANTS if (r := ex.monthly_range(results, household_id, v))}
        # factories: the figures are made and drawn on the chart render thread, not here
        self.chart_monthly.set_figure(lambda: charts.monthly_costs_figure(monthly, ranges, language=language))
        series = ex.cumulative_series(results, household_id)
        self.chart_cumulative.set_figure(lambda: charts.cumulative_costs_figure(series, language=language))
        tornado = ex.tornado_data(results, Variant.SHARED_LOOP) or ex.tornado_data(results, Variant.AIR_HP)
        if tornado is None:
            self.chart_tornado.show_message(self.tr("De gevoeligheid wordt nog berekend…"))
        else:
            bars, base = tornado
            variant = Variant.SHARED_LOOP if ex.tornado_data(results, Variant.SHARED_LOOP) else Variant.AIR_HP
            tornado_bars = [charts.TornadoBar(en if language == "en" else nl, low, high) for nl, en, low, high in bars]
            step = results.sensitivity.step
            self.chart_tornado.set_figure(
                lambda: charts.tornado_figure(tornado_bars, base, variant=variant, step=step, language=language)
            )
        band = ex.price_band(results, household_id)
        self.chart_band.set_figure(lambda: charts.price_band_figure(band, language=language))

    # ------------------------------------------------------------------ assumptions
    def _update_assumption_buttons(self) -> None:
        self.reset_all_button.setEnabled(bool(self.parameters_model.changed_keys()))

    def reset_selected(self) -> None:
        index = self.parameters_view.currentIndex()
        if not index.isValid():
            return
        key = self.parameters_model.key_at(index.row())
        if key:
            self.parameters_model.reset(key)

    def reset_all(self) -> None:
        self.parameters_model.reset_all()
