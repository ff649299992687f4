"""Presentation mode (F5): full screen, one chart or one message per screen, for the projector.

Homes appear by their letter (A, B, C … in street order, :mod:`minigrid_app.core.home_labels`),
the letter each home's handout names as its own. Arrow keys, PageUp/PageDown
and space (what a clicker sends) move on; Esc leaves. The last screen shows the residents'
conditions with ✓ / ✗ per variant. ``render_slides_to(dir)`` writes every screen to PNG for
the screenshot mode.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from minigrid_app.core import selectors as ex
from minigrid_app.core.conditions import MET, NOT_MET, check_conditions, shown_condition_text
from minigrid_app.core.formatting import share_decimals
from minigrid_app.core.home_labels import street_letter
from minigrid_app.core.participation import group_participation
from minigrid_app.core.variant import VARIANTS, Variant, variant_colour
from minigrid_app.core.variant import labels as variant_labels
from minigrid_app.core.verdict import verdict_summary
from minigrid_app.io import charts
from minigrid_app.ui.locale import format_money, format_number, show_date, ui_language
from minigrid_app.ui.tender_slides import tender_slides
from minigrid_app.ui.widgets.charts import ChartWidget
from minigrid_app.ui.widgets.whole_figures import Label

CHART_SCALE = 2.2  # value labels 11 pt × 2.2 ≈ 24 pt
#: The smallest the big numbers' type gets on a low screen, as a fraction of a projector's (54 pt numbers: 40 pt)
SMALLEST_TYPE = 0.74
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_N}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P}


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class PresentationWindow(QWidget):
    """Full-screen slides of the current results; ``closed`` fires when the user leaves."""

    closed = Signal()

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.document = document
        self.setWindowTitle(self.tr("Minigrid: presentatie"))
        self.setStyleSheet("background: white; color: #222222;")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 24)
        self.title_label = Label()
        self.title_label.setFont(_font(34, True))
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        self.message_label = Label()
        self.message_label.setFont(_font(24))
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.message_label)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 10, 0, 10)
        layout.addWidget(self.body, 1)
        self.footer = Label()
        self.footer.setFont(_font(12))
        self.footer.setStyleSheet("color: #888888;")
        layout.addWidget(self.footer)
        self.index = 0
        self.chart: ChartWidget | None = None
        self._asking_curves = False  # the signature slide is asking the engine for its curves
        self._slides = self._build_slides()
        document.resultsChanged.connect(self._refresh)
        self.show_slide(0)

    # ------------------------------------------------------------------ public
    def slide_count(self) -> int:
        return len(self._slides)

    def slide_titles(self) -> list[str]:
        return [title for title, _builder in self._slides]

    def current_title(self) -> str:
        return self.title_label.text()

    def start(self) -> None:
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def show_slide(self, index: int) -> None:
        self.index = max(0, min(index, len(self._slides) - 1))
        title, builder = self._slides[self.index]
        self._clear_body()
        self.title_label.setText(title)
        self.message_label.setText("")
        self.message_label.setVisible(False)
        builder()
        self.footer.setText(
            self.tr("{0} / {1}   ·   pijltjes, spatie of klikker: verder   ·   Esc: stoppen").format(
                self.index + 1, len(self._slides)
            )
        )

    def retranslate(self) -> None:
        """Say every slide again in the language just chosen, on the same slide."""
        self.setWindowTitle(self.tr("Minigrid: presentatie"))
        self._refresh(None)

    def next_slide(self) -> None:
        self.show_slide(self.index + 1)

    def previous_slide(self) -> None:
        self.show_slide(self.index - 1)

    def render_slides_to(self, directory: str | Path, width: int = 1920, height: int = 1080) -> list[Path]:
        """Write every slide to ``directory/presentatie-NN.png`` (works without a display)."""
        target = Path(directory)
        target.mkdir(parents=True, exist_ok=True)
        was_visible = self.isVisible()
        if not was_visible:
            self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            self.show()
        self.resize(width, height)
        paths = []
        current = self.index
        from minigrid_app.ui.widgets.charts import ChartWidget

        was_synchronous = ChartWidget.synchronous
        ChartWidget.synchronous = True  # a grabbed slide must hold its finished chart
        try:
            for index in range(self.slide_count()):
                self.show_slide(index)
                # deliver the pending layout requests, so the chart gets its real size (and is
                # drawn at that size) before the grab; no input or timers run here
                for _ in range(3):
                    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                if self.chart is not None and self.chart.pending:  # drawn before it had its size
                    self.chart.set_figure(self.chart.figure)
                path = target / f"presentatie-{index + 1:02d}.png"
                self.grab().save(str(path))
                paths.append(path)
        finally:
            ChartWidget.synchronous = was_synchronous
        self.show_slide(current)
        if not was_visible:
            self.hide()
            self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
        return paths

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            self.next_slide()
        elif key in PREVIOUS_KEYS:
            self.previous_slide()
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(self.slide_count() - 1)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - a click moves on, like a clicker
        if event.button() == Qt.MouseButton.LeftButton:
            self.next_slide()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous_slide()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)

    # ------------------------------------------------------------------ slides
    def _refresh(self, _results) -> None:
        self._slides = self._build_slides()
        self.show_slide(self.index)

    def _clear_body(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.chart = None

    def _message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _show_figure(self, figure) -> None:
        self.chart = ChartWidget(min_height=300, expanding=True, fit=True)
        self.chart.set_figure(figure)
        self.body_layout.addWidget(self.chart, 1)
        self.chart.show()  # added to a visible window: show now, not on the next event loop turn

    def _big_numbers(self, items: list[tuple[str, str, str | None]], columns: int = 2) -> None:
        # type for a 1080-pixel projector, smaller on a lower screen (a 1280 × 800 laptop cut the
        # words under the numbers off), never below :data:`SMALLEST_TYPE` of it
        fit = max(SMALLEST_TYPE, min(1.0, self.height() / 1080))
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(round(60 * fit))
        grid.setVerticalSpacing(round(30 * fit))
        for i, (number, label, colour) in enumerate(items):
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            value = Label(number)
            value.setFont(_font(54 * fit, True))
            if colour:
                value.setStyleSheet(f"color: {colour};")
            text = Label(label)
            text.setFont(_font(24 * fit))
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            text.setWordWrap(True)
            cell_layout.addWidget(value)
            cell_layout.addWidget(text)
            # the height a row has over a cell's own goes below its words: given to the number, it
            # was centred lower than a neighbour whose words took four lines
            cell_layout.addStretch(1)
            grid.addWidget(cell, i // columns, i % columns)
        self.body_layout.addWidget(grid_widget)
        grid_widget.show()
        self.body_layout.addStretch(1)

    def _build_slides(self):
        results = self.document.results
        slides = [(self._title_text(), self._slide_title)]
        if results is None or results.group.households_computed == 0:
            slides.append((self.tr("Nog geen resultaten"), self._slide_empty))
            return slides
        slides += [
            (self.tr("De groep in cijfers"), self._slide_group),
            (self.tr("Wat kost het per maand?"), self._slide_monthly),
            (self.tr("Wat kost het eenmalig?"), self._slide_investment),
            (self.tr("Wat kost het over {0} jaar?").format(results.parameters.int("horizon_years")), self._slide_cumulative),
            (self.tr("Wat betekent het per woning?"), self._slide_per_home),
        ]
        if any(f.variant == Variant.SHARED_LOOP for f in results.fields):
            slides.append((self.tr("De bron: de gedeelde bodemlus"), self._slide_borefield))
        if results.clusters:
            slides.append((self.tr("Hoeveel van ons moeten tekenen?"), self._slide_signatures))
        slides.append((self.tr("Onze voorwaarden"), self._slide_conditions))
        slides += tender_slides(self)  # steps 6-8, once there are quotes
        return slides

    def _title_text(self) -> str:
        name = self.document.project.intake.name.strip()
        return name or self.tr("Een mini-warmtenet voor onze straat?")

    def _slide_title(self) -> None:
        project = self.document.project
        parts = [self.tr("Gedeelde bodemlus, eigen warmtepomp of toch gas: wat past bij ons?")]
        place = project.intake.location.strip()
        date = show_date(project.second_evening.date or project.first_evening.date)  # dd-mm-jjjj
        details = " · ".join(p for p in (place, date) if p)
        if details:
            parts.append(f"<span style='color:#666666'>{details}</span>")
        self._message("<br><br>".join(parts))
        self.body_layout.addStretch(1)

    def _slide_empty(self) -> None:
        if self.document.awaiting_results:  # not blaming the input while it is computed
            from minigrid_app.ui.pages.base import computing_text

            self._message(computing_text())
        else:
            self._message(self.tr("Vul eerst de woningen en hun gasverbruik in."))
        self.body_layout.addStretch(1)

    def _slide_group(self) -> None:
        group = self.document.results.group
        counts = group_participation(self.document.project)  # as the summary bar and step 5 count
        monthly = ex.quantity_value(self.document.results, None, Variant.SHARED_LOOP, "monthly_costs_year1_eur")
        items = [
            (str(counts.total), self.tr("woningen in het onderzoek"), None),
            (str(counts.taking_part), self.tr("doen mee (niet afgezegd)"), None),
            (str(counts.signed), self.tr("hebben al getekend"), None),
            (str(counts.interested), self.tr("zijn geïnteresseerd"), None),
            (str(group.clusters), self.tr("clusters: buren die één bron delen"), variant_colour(Variant.SHARED_LOOP)),
        ]
        summary = verdict_summary(self.document.results, None, Variant.SHARED_LOOP, ui_language())
        if monthly is not None and summary is not None:
            counted = group.households_counted
            items.append(
                (
                    format_money(monthly),
                    self.tr("per maand in jaar 1 met de gedeelde bodemlus (met lening), gemiddeld per deelnemende woning ({0})").format(counted),
                    variant_colour(Variant.SHARED_LOOP),
                )
            )
            items.append(
                (
                    format_money(summary.monthly_after_loan_eur),
                    self.tr("per maand als de lening is afgelost, gemiddeld per deelnemende woning"),
                    variant_colour(Variant.SHARED_LOOP),
                )
            )
            if summary.difference_eur is not None:
                cheaper = summary.difference_eur < 0
                items.append(
                    (
                        format_money(abs(summary.difference_eur)),
                        (self.tr("goedkoper dan gas over {0} jaar, gemiddeld per deelnemende woning") if cheaper else self.tr("duurder dan gas over {0} jaar, gemiddeld per deelnemende woning")).format(
                            self.document.results.parameters.int("horizon_years")
                        ),
                        variant_colour(Variant.SHARED_LOOP),
                    )
                )
        self._big_numbers(items, columns=3)

    def _slide_monthly(self) -> None:
        results = self.document.results
        monthly = {v: ex.quantity_value(results, None, v, "monthly_costs_year1_eur") for v in VARIANTS}
        ranges = {v: r for v in VARIANTS if (r := ex.monthly_range(results, None, v))}
        counted = results.group.households_counted
        text = self.tr("Gemiddeld per deelnemende woning (%n woningen), in het eerste jaar, inclusief lening en onderhoud.", "", counted)
        summary = verdict_summary(results, None, Variant.SHARED_LOOP, ui_language())
        if summary is not None and summary.loan_note:
            text += " " + summary.loan_note
        self._message(text)
        self._show_figure(
            charts.monthly_costs_figure(monthly, ranges, language=ui_language(), width=16, height=7, scale=CHART_SCALE)
        )

    def _slide_investment(self) -> None:
        results = self.document.results
        language = ui_language()
        values = {v: ex.quantity_value(results, None, v, "investment_net_eur") for v in VARIANTS}
        title = charts.investment_finding(values, language) or self.tr("Eenmalige investering na subsidie")
        self._message(
            self.tr("Gemiddeld per deelnemende woning (%n woningen), na ISDE-subsidie. Te lenen via het Warmtefonds.", "",
                    results.group.households_counted)
        )
        self._show_figure(
            charts.variant_bars_figure(values, title=title, language=language, width=16, height=7, scale=CHART_SCALE)
        )

    def _slide_cumulative(self) -> None:
        results = self.document.results
        self._message(
            self.tr("Alles opgeteld, gemiddeld per deelnemende woning (%n woningen): energie, onderhoud, lening en vervanging.", "",
                    results.group.households_counted)
        )
        self._show_figure(
            charts.cumulative_costs_figure(
                ex.cumulative_series(results, None), language=ui_language(), width=16, height=7, scale=CHART_SCALE
            )
        )

    def _slide_per_home(self) -> None:
        results = self.document.results
        rows = ex.monthly_difference_per_home(results, Variant.SHARED_LOOP)
        if not rows:
            self._message(self.tr("Nog geen woningen in een cluster."))
            return
        self._message(self.tr("Gedeelde bodemlus min gas, per maand in jaar 1 (met lening). Elke woning heeft een letter, "
                              "A, B, C … langs de straat; uw letter staat op uw eigen overzicht."))
        labels = [street_letter(row) for row, _ in rows]
        self._show_figure(
            charts.household_difference_figure(
                labels, [d for _, d in rows], language=ui_language(), width=16, height=7, scale=CHART_SCALE * 0.8
            )
        )

    def _slide_signatures(self) -> None:
        """The street's signature curve, today's count and the group's rule (issue 17)."""
        from minigrid_app.core.signatures import go_no_go, needed
        from minigrid_app.io.signature_charts import signature_curve_figure
        from minigrid_app.ui.services.engine import EngineService

        engine = EngineService(self.document)
        self._asking_curves = True
        found = engine.signature_curves(self._curves_ready)
        if found is None:  # a synchronous runner has them by now; else they come to _curves_ready
            found = engine.signature_curves(lambda _results: None)
        self._asking_curves = False
        if found is None or found.signatures is None or found.signatures.street is None:
            self._message(self.tr("Bezig met rekenen: de curve van de handtekeningen…"))
            self.body_layout.addStretch(1)
            return
        curve = found.signatures.street
        project = self.document.project
        horizon = found.parameters.int("horizon_years")
        language = ui_language()
        rule = go_no_go(project, self.document.results)
        parts = [
            (self.tr("{0} van de {1} woningen heeft getekend.") if curve.signed == 1
             else self.tr("{0} van de {1} woningen hebben getekend.")).format(curve.signed, len(project.households)),
        ]
        if rule.status != "no_rule":
            parts.append(rule.rule.text(language))
        self._message(" ".join(parts))  # the finding is the chart's title
        share = project.agreement.street_share
        rule_needed = needed(share, len(project.households)) if share is not None else None
        self._show_figure(
            lambda: signature_curve_figure(
                curve, horizon_years=horizon, rule_needed=rule_needed, language=language, width=16, height=7.5,
                scale=CHART_SCALE,
            )
        )

    def _curves_ready(self, _results) -> None:
        """The curves came in while the slide waited: draw it again (only when still on it)."""
        if self._asking_curves:
            return  # answered while the slide asks: it draws them itself
        if self._slides and self._slides[self.index][1] == self._slide_signatures:
            self.show_slide(self.index)

    def _slide_borefield(self) -> None:
        results = self.document.results
        # a field that cannot be built has no boreholes: not '1 bodemveld, samen 0 boorgaten van 0 m' and a flat curve
        shared = [f for f in results.fields if f.variant == Variant.SHARED_LOOP and f.sizing.feasible]
        impossible = [f for f in results.fields if f.variant == Variant.SHARED_LOOP and not f.sizing.feasible]
        why = " ".join(warning.text(ui_language()) for f in impossible for warning in f.sizing.warnings)
        if not shared:
            self._message(why)
            self.body_layout.addStretch(1)
            return
        holes = sum(f.sizing.boreholes for f in shared)
        total = sum(f.sizing.total_length_m for f in shared)
        mean_depth = total / max(1, holes)
        # in the decimals that add up to the fields' length, as step 3 and the documents say it (2 × 159,6 m)
        text = self.tr("{0}, samen {1} van gemiddeld {2} m diep.").format(
            self.tr("%n bodemvelden", "", len(shared)),
            self.tr("%n boorgaten", "", holes),
            format_number(mean_depth, share_decimals(holes, mean_depth, total)),
        )
        coldest = min(shared, key=lambda f: f.sizing.min_fluid_temp_c)
        if len(shared) > 1:  # the chart is one field of several: say which (its title read as all of them)
            name = next((c.name for c in results.clusters if c.id == coldest.cluster_id), "")
            if name:
                text += " " + self.tr("De grafiek toont het veld dat het koudst wordt: {0}.").format(name)
        self._message(" ".join(filter(None, [text, why])))
        # as step 3 and the report draw it; the coldest of them: 'De bodemlussen blijven boven …' holds for all
        monthly, limit, options = charts.fluid_chart_inputs(shared, results.parameters)
        self._show_figure(
            charts.fluid_temperature_figure(
                monthly, limit, language=ui_language(), width=16, height=7, scale=CHART_SCALE * 0.8, **options
            )
        )

    def _slide_conditions(self) -> None:
        results = self.document.results
        checks = check_conditions(self.document.project, results)
        if not checks:
            self._message(self.tr("Er zijn nog geen voorwaarden vastgelegd."))
            self.body_layout.addStretch(1)
            return
        language = ui_language()
        labels = variant_labels(language)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(14)
        for column, variant in enumerate(VARIANTS, start=1):
            header = Label(labels[variant])
            header.setFont(_font(18, True))
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setStyleSheet(f"border-bottom: 6px solid {variant_colour(variant)}; padding-bottom: 4px;")
            grid.addWidget(header, 0, column)
            grid.setColumnStretch(column, 1)
        grid.setColumnStretch(0, 2)
        # the conditions keep a readable column: the marks wrap ("?" over "bespreken") rather
        # than leave the words of the conditions one a line (141 px at 1280 × 800)
        grid.setColumnMinimumWidth(0, round(0.25 * max(self.width(), 640)))
        words = {MET: self.tr("ja"), NOT_MET: self.tr("nee"), "not_checkable": self.tr("bespreken")}
        for row, check in enumerate(checks, start=1):
            text = Label(shown_condition_text(check.condition, ui_language()))
            text.setFont(_font(20))
            text.setWordWrap(True)
            grid.addWidget(text, row, 0)
            for column, variant in enumerate(VARIANTS, start=1):
                outcome = check.group[variant]
                symbol = {MET: "✓", NOT_MET: "✗"}.get(outcome.status, "?")
                colour = {MET: "#1b7a2e", NOT_MET: "#b3261e"}.get(outcome.status, "#666666")
                mark = Label(f"{symbol} {words.get(outcome.status, '')}")
                # "? bespreken" (to be discussed) is a word, not a verdict: smaller, so four fit
                mark.setFont(_font(26 if outcome.status in (MET, NOT_MET) else 20, True))
                mark.setStyleSheet(f"color: {colour};")
                mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
                mark.setWordWrap(True)
                mark.setToolTip(outcome.reason(language))
                grid.addWidget(mark, row, column)
        self.body_layout.addWidget(grid_widget)
        grid_widget.show()
        self.body_layout.addStretch(1)
