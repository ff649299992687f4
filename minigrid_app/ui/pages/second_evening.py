"""Step 5, "Wie tekent?": conditions per variant, who signs, clusters complete, what a drop-out does.

Condition verdicts come from :mod:`minigrid_app.core.conditions`, the drop-out effect from
:mod:`minigrid_app.core.whatif` (run off the GUI thread). Met / not met is shown with a
symbol and a word, never by colour alone. The documents for the evening (declarations of
intent, kitchen-table handouts, the report) are written by
:func:`minigrid_app.ui.services.intent_pack.write_pack`, also off the GUI thread.
"""

from __future__ import annotations

import copy
import html
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minigrid_app.core.conditions import MET, NOT_MET, check_conditions
from minigrid_app.core.model import (
    PARTICIPATION_STATES,
    VARIANTS,
)
from minigrid_app.core.variant import labels as variant_labels
from minigrid_app.core.whatif import drop_out_effect
from minigrid_app.ui.pages.base import StepPage
from minigrid_app.ui.pages.condition_words import shown_condition_text
from minigrid_app.ui.services.dialogs import DialogService
from minigrid_app.ui.services.intent_pack import PackError, write_pack
from minigrid_app.ui.widgets.money_label import format_money, format_number, ui_language

STATUS_BACKGROUND = {MET: "#e8f5e9", NOT_MET: "#fdecea", "not_checkable": "#f4f4f4"}


def status_symbol(status: str) -> str:
    return {MET: "✓", NOT_MET: "✗"}.get(status, "?")


def parse_date(text: str) -> str | None:
    """'14-3-2025', '14-03-2025' or '2025-03-14' → ISO date; None when empty; ValueError when wrong."""
    text = text.strip()
    if not text:
        return None
    for fmt in ("d-M-yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "d/M/yyyy"):
        date = QDate.fromString(text, fmt)
        if date.isValid():
            return date.toString(Qt.DateFormat.ISODate)
    raise ValueError(text)


def show_date(iso: str | None) -> str:
    if not iso:
        return ""
    date = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return date.toString("dd-MM-yyyy") if date.isValid() else iso


class SecondEveningPage(StepPage):
    step_key = "second_evening"

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.effect = None
        self._effect_for: str | None = None
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        layout = QVBoxLayout(content)
        scroll.setWidget(content)
        self.page_layout.addWidget(scroll, 1)

        # -- conditions
        self.conditions_box = QGroupBox()
        c_layout = QVBoxLayout(self.conditions_box)
        self.conditions_intro = QLabel()
        self.conditions_intro.setWordWrap(True)
        c_layout.addWidget(self.conditions_intro)
        self.conditions_table = QTableWidget(0, len(VARIANTS) + 1)
        self.conditions_table.setTabKeyNavigation(False)  # Tab goes on to the rest of the page; arrows move in the table
        self.conditions_table.verticalHeader().setVisible(False)
        self.conditions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conditions_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.conditions_table.setWordWrap(True)
        header = self.conditions_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the verdicts wrap: measure the rows again when the width or the text size changes, once
        # the columns have their new widths (hence a zero timer)
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self._fit_conditions_rows)
        self.conditions_table.viewport().installEventFilter(self)
        c_layout.addWidget(self.conditions_table)
        layout.addWidget(self.conditions_box)

        # -- participation
        self.participation_box = QGroupBox()
        p_layout = QVBoxLayout(self.participation_box)
        self.rate_label = QLabel()
        self.rate_label.setWordWrap(True)
        font = self.rate_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.rate_label.setFont(font)
        p_layout.addWidget(self.rate_label)
        self.rate_bar = QProgressBar()
        self.rate_bar.setRange(0, 100)
        self.rate_bar.setMinimumHeight(28)
        p_layout.addWidget(self.rate_bar)
        self.benchmark_label = QLabel()
        self.benchmark_label.setWordWrap(True)
        self.benchmark_label.setStyleSheet("color: #555555;")
        p_layout.addWidget(self.benchmark_label)
        self.participation_table = QTableWidget(0, 4)
        self.participation_table.setTabKeyNavigation(False)  # Tab goes on to the rest of the page; arrows move in the table
        self.participation_table.verticalHeader().setVisible(False)
        self.participation_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.participation_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.participation_table.verticalHeader().setDefaultSectionSize(36)
        p_header = self.participation_table.horizontalHeader()
        p_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        p_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        p_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        p_header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        p_layout.addWidget(self.participation_table)
        self.date_message = QLabel()
        self.date_message.setStyleSheet("color: #8a4b00;")
        p_layout.addWidget(self.date_message)
        layout.addWidget(self.participation_box)

        # -- clusters complete
        self.clusters_box = QGroupBox()
        cl_layout = QVBoxLayout(self.clusters_box)
        self.clusters_label = QLabel()
        self.clusters_label.setWordWrap(True)
        self.clusters_label.setTextFormat(Qt.TextFormat.RichText)
        cl_layout.addWidget(self.clusters_label)
        layout.addWidget(self.clusters_box)

        # -- documents for the evening
        self.documents_box = QGroupBox()
        doc_layout = QVBoxLayout(self.documents_box)
        self.documents_intro = QLabel()
        self.documents_intro.setWordWrap(True)
        doc_layout.addWidget(self.documents_intro)
        doc_row = QHBoxLayout()
        self.privacy_label = QLabel()
        doc_row.addWidget(self.privacy_label)
        self.privacy_combo = QComboBox()
        self.privacy_combo.setMinimumHeight(32)
        doc_row.addWidget(self.privacy_combo)
        self.documents_button = QPushButton()
        self.documents_button.setMinimumHeight(32)
        self.documents_button.clicked.connect(self._documents_clicked)
        doc_row.addWidget(self.documents_button)
        doc_row.addStretch(1)
        doc_layout.addLayout(doc_row)
        self.documents_progress = QProgressBar()
        self.documents_progress.setRange(0, 100)
        self.documents_progress.setVisible(False)
        doc_layout.addWidget(self.documents_progress)
        self.documents_status = QLabel()
        self.documents_status.setWordWrap(True)
        doc_layout.addWidget(self.documents_status)
        layout.addWidget(self.documents_box)

        # -- drop-out
        self.dropout_box = QGroupBox()
        d_layout = QVBoxLayout(self.dropout_box)
        row = QHBoxLayout()
        self.dropout_prompt = QLabel()
        row.addWidget(self.dropout_prompt)
        self.dropout_combo = QComboBox()
        self.dropout_combo.setMinimumHeight(32)
        self.dropout_combo.setMinimumWidth(260)
        self.dropout_combo.activated.connect(lambda _i: self.compute_drop_out())
        row.addWidget(self.dropout_combo)
        row.addStretch(1)
        d_layout.addLayout(row)
        self.dropout_summary = QLabel()
        self.dropout_summary.setWordWrap(True)
        d_layout.addWidget(self.dropout_summary)
        self.dropout_table = QTableWidget(0, 5)
        self.dropout_table.setTabKeyNavigation(False)  # Tab goes on to the rest of the page; arrows move in the table
        self.dropout_table.verticalHeader().setVisible(False)
        self.dropout_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dropout_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.dropout_table.verticalHeader().setDefaultSectionSize(30)
        d_header = self.dropout_table.horizontalHeader()
        d_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        d_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        d_layout.addWidget(self.dropout_table)
        layout.addWidget(self.dropout_box)
        layout.addStretch(1)

        #: prompts and file dialogs (tests put a ScriptedDialogs here)
        self.dialogs = DialogService(self)
        #: files written by the last make_documents(), and the folder
        self.documents_written: list[Path] = []
        self.documents_folder: str | None = None
        self._documents_busy = False
        self._documents_reported = False  # the status line says which documents were written
        self.clusters_label.linkActivated.connect(self._cluster_link)

        self._participation_ids: list[str] = []
        document.changed.connect(self._fill_participation)
        document.resultsChanged.connect(self._on_results)
        self.retranslate()

    # ------------------------------------------------------------------ contract
    def question(self) -> str:
        return self.tr("Wie tekent?")

    def step_title(self) -> str:
        return self.tr("Tweede bewonersavond")

    def missing(self) -> list[str]:
        project = self.document.project
        missing = []
        if not project.conditions:
            missing.append(self.tr("Nog geen voorwaarden van bewoners (eerste bewonersavond)."))
        unknown = sum(1 for h in project.households if h.participation in ("unknown", "interested"))
        if unknown:
            missing.append(self.tr("Van {0} woningen is nog niet bekend of ze tekenen.").format(unknown))
        return missing

    def retranslate(self) -> None:
        super().retranslate()
        self.conditions_box.setTitle(self.tr("Voorwaarden van de bewoners"))
        self.conditions_intro.setText(
            self.tr(
                "Per voorwaarde van de eerste bewonersavond: ✓ voldaan, ✗ niet voldaan, ? niet met de cijfers te "
                "controleren. Dit geldt voor de woningen die meedoen."
            )
        )
        labels = variant_labels(ui_language())
        self.conditions_table.setHorizontalHeaderLabels([self.tr("Voorwaarde")] + [labels[v] for v in VARIANTS])
        self.participation_box.setTitle(self.tr("Wie doet mee?"))
        self.participation_table.setHorizontalHeaderLabels(
            [self.tr("Woning"), self.tr("Status"), self.tr("Datum"), self.tr("Cluster")]
        )
        self.clusters_box.setTitle(self.tr("Zijn de clusters compleet?"))
        self.documents_box.setTitle(self.tr("Documenten voor de bewonersavond"))
        self.documents_intro.setText(
            self.tr(
                "Eén intentieverklaring per woning die meedoet (en alle samen in één bestand om te printen), "
                "een keukentafelblad per woning en het verslag voor de avond, als PDF."
            )
        )
        self.privacy_label.setText(self.tr("Buren noemen met:"))
        keep = self.privacy_combo.currentData() or "house_number"
        self.privacy_combo.blockSignals(True)
        self.privacy_combo.clear()
        self.privacy_combo.addItem(self.tr("alleen huisnummer"), "house_number")
        self.privacy_combo.addItem(self.tr("anoniem (Woning 1, 2, …)"), "anonymous")
        self.privacy_combo.setCurrentIndex(max(0, self.privacy_combo.findData(keep)))
        self.privacy_combo.blockSignals(False)
        self.documents_button.setText(self.tr("Documenten voor de bewonersavond…"))
        if self._documents_reported:
            self._show_documents_written()  # the report follows a language switch
        self.dropout_box.setTitle(self.tr("Wat als iemand niet meedoet?"))
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
        self._fill_participation(force=True)
        self._on_results(self.document.results)

    # ------------------------------------------------------------------ conditions
    def condition_checks(self):
        results = self.document.results
        if results is None:
            return []
        return check_conditions(self.document.project, results)

    def group_reason(self, check, variant: str, language: str) -> str:
        """The reason under a group verdict. For "niet voldaan" it counts the homes for which
        the condition is NOT met ("voor 3 van de 8 woningen"): the engine's text counts the
        homes where it is met, which under the words "niet voldaan" read as the opposite."""
        outcome = check.group[variant]
        counts = check.counts.get(variant)
        if outcome.status != NOT_MET or not counts:
            return outcome.reason(language)
        met, checked = counts
        example = next(
            (
                per_variant[variant].reason(language)
                for per_variant in check.households.values()
                if variant in per_variant and per_variant[variant].status == NOT_MET
            ),
            "",
        )
        text = self.tr("voor {0} van de {1} woningen").format(checked - met, checked)
        return self.tr("{0}; bijvoorbeeld {1}").format(text, example) if example else text

    def _fill_conditions(self) -> None:
        checks = self.condition_checks()
        language = ui_language()
        words = {MET: self.tr("voldaan"), NOT_MET: self.tr("niet voldaan"), "not_checkable": self.tr("niet te controleren")}
        # a span set while there were no conditions yet must not swallow the first real row
        self.conditions_table.clearSpans()
        self.conditions_table.setRowCount(len(checks))
        for row, check in enumerate(checks):
            condition_item = QTableWidgetItem(shown_condition_text(check.condition, language))
            self.conditions_table.setItem(row, 0, condition_item)
            for column, variant in enumerate(VARIANTS, start=1):
                outcome = check.group[variant]
                reason = self.group_reason(check, variant, language)
                text = f"{status_symbol(outcome.status)} {words.get(outcome.status, '')}\n{reason}"
                item = QTableWidgetItem(text)
                item.setToolTip(reason)
                item.setBackground(QBrush(QColor(STATUS_BACKGROUND.get(outcome.status, "#ffffff"))))
                item.setData(Qt.ItemDataRole.UserRole, outcome.status)
                self.conditions_table.setItem(row, column, item)
        if not checks:
            self.conditions_table.setRowCount(1)
            item = QTableWidgetItem(self.tr("Nog geen voorwaarden ingevuld: doe dat bij de eerste bewonersavond."))
            self.conditions_table.setItem(0, 0, item)
            self.conditions_table.setSpan(0, 0, 1, len(VARIANTS) + 1)
        self._fit_conditions_rows()

    def _fit_conditions_rows(self) -> None:
        """Rows as high as their wrapped verdicts, the table as high as its rows (no '…')."""
        table = self.conditions_table
        table.resizeRowsToContents()
        height = sum(table.rowHeight(r) for r in range(table.rowCount()))
        header = max(table.horizontalHeader().height(), table.horizontalHeader().sizeHint().height())
        table.setFixedHeight(height + header + 6)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._refit_timer.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.conditions_table.viewport()
            and event.type() == QEvent.Type.Resize
            and event.size().width() != event.oldSize().width()
        ):
            self._refit_timer.start()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ participation
    def _status_labels(self) -> dict[str, str]:
        return {
            "unknown": self.tr("Onbekend"),
            "interested": self.tr("Geïnteresseerd"),
            "signed": self.tr("Getekend"),
            "declined": self.tr("Doet niet mee"),
        }

    def _fill_participation(self, force: bool = False) -> None:
        households = self.document.project.households
        ids = [h.id for h in households]
        table = self.participation_table
        labels = self._status_labels()
        if force or ids != self._participation_ids:
            self._participation_ids = ids
            table.setRowCount(len(households))
            for row, household in enumerate(households):
                combo = QComboBox()
                for state in PARTICIPATION_STATES:
                    combo.addItem(labels[state], state)
                combo.setMinimumHeight(32)
                combo.currentIndexChanged.connect(
                    lambda _i, hid=household.id, c=combo: self.set_participation(hid, c.currentData())
                )
                table.setCellWidget(row, 1, combo)
                date = QLineEdit()
                date.setPlaceholderText(self.tr("dd-mm-jjjj"))
                date.setMinimumHeight(32)
                date.setMaximumWidth(140)
                date.editingFinished.connect(lambda hid=household.id, e=date: self.set_date(hid, e.text()))
                table.setCellWidget(row, 2, date)
            # the status and date of each home come right after the table when tabbing, not at
            # the end of the page (widgets made later join the end of the focus chain)
            previous = table
            for row in range(len(households)):
                for column in (1, 2):
                    QWidget.setTabOrder(previous, table.cellWidget(row, column))
                    previous = table.cellWidget(row, column)
        results = self.document.results
        for row, household in enumerate(households):
            name = household.label.strip() or self.tr("Woning {0}").format(row + 1)
            table.setItem(row, 0, QTableWidgetItem(name))
            combo = table.cellWidget(row, 1)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(household.participation)))
            combo.blockSignals(False)
            date = table.cellWidget(row, 2)
            if not date.hasFocus():
                date.setText(show_date(household.participation_date))
            cluster = "–"
            result = results.household(household.id) if results else None
            if result and result.cluster_id:
                cluster = next((c.name for c in results.clusters if c.id == result.cluster_id), "–")
            table.setItem(row, 3, QTableWidgetItem(cluster))
        table.setFixedHeight(min(len(households), 12) * 36 + table.horizontalHeader().height() + 6)
        self._fill_rate()

    def set_participation(self, household_id: str, state: str) -> None:
        """Change a household's status (one undo step); signing or declining dates it today if undated."""
        household = self.document.project.household(household_id)
        if household is None or household.participation == state:
            return
        old_state, old_date = household.participation, household.participation_date
        new_date = old_date
        if state in ("signed", "declined") and not old_date:
            new_date = QDate.currentDate().toString(Qt.DateFormat.ISODate)

        def apply(project):
            target = project.household(household_id)
            target.participation, target.participation_date = state, new_date

        def revert(project):
            target = project.household(household_id)
            target.participation, target.participation_date = old_state, old_date

        name = household.label or household_id
        self.document.edit(
            self.tr("Status van {0}: {1}").format(name, self._status_labels()[state]), apply, revert
        )

    def set_date(self, household_id: str, text: str) -> bool:
        try:
            iso = parse_date(text)
        except ValueError:
            self.date_message.setText(self.tr("'{0}' is geen datum; schrijf bijvoorbeeld 14-03-2025.").format(text))
            return False
        self.date_message.setText("")
        household = self.document.project.household(household_id)
        if household is None:
            return False
        self.document.set_attr(
            lambda project: project.household(household_id),
            "participation_date",
            iso,
            self.tr("Datum van {0} wijzigen").format(household.label or household_id),
        )
        return True

    def _fill_rate(self) -> None:
        project = self.document.project
        total = len(project.households)
        signed = sum(1 for h in project.households if h.participation == "signed")
        declined = sum(1 for h in project.households if h.participation == "declined")
        interested = sum(1 for h in project.households if h.participation == "interested")
        rate = signed / total if total else 0.0
        results = self.document.results
        benchmark = results.parameters["participation_benchmark"] if results else 0.5
        percent = format_number(rate * 100)
        # singular and plural: "1 doet niet mee", "2 doen niet mee"
        signed_text = (
            self.tr("{0} van {1} woningen heeft getekend ({2} %).")
            if signed == 1
            else self.tr("{0} van {1} woningen hebben getekend ({2} %).")
        )
        others_text = (
            self.tr("{0} geïnteresseerd, {1} doet niet mee.")
            if declined == 1
            else self.tr("{0} geïnteresseerd, {1} doen niet mee.")
        )
        self.rate_label.setText(
            signed_text.format(signed, total, percent) + " " + others_text.format(interested, declined)
        )
        self.rate_bar.setValue(int(round(rate * 100)))
        self.rate_bar.setFormat(self.tr("{0} % getekend").format(percent))
        comparison = self.tr("daarboven") if rate >= benchmark else self.tr("daaronder")
        self.benchmark_label.setText(
            self.tr(
                "Ter vergelijking: in de Utrechtse pilots deed na drie maanden gemiddeld {0} % mee; u zit {1}. "
                "Wie niet meedoet, kan later vaak nog aansluiten als er ruimte is gereserveerd."
            ).format(format_number(benchmark * 100), comparison)
        )

    # ------------------------------------------------------------------ clusters
    def _fill_clusters(self, results) -> None:
        if results is None or not results.clusters:
            self.clusters_label.setText(self.tr("Nog geen clusters."))
            return
        project = self.document.project
        lines = []
        for cluster in results.clusters:
            size = len(cluster.households)
            name = html.escape(cluster.name)
            if cluster.complete:
                lines.append(
                    "✓ " + self.tr("<b>{0}</b>: alle {1} woningen hebben getekend: compleet.").format(name, size)
                )
                continue
            waiting = [
                h for h in cluster.households if project.household(h) and project.household(h).participation != "signed"
            ]
            names = ", ".join(html.escape(results.household(h).label) for h in waiting)
            line = "◐ " + self.tr("<b>{0}</b>: {1} van {2} getekend, nog niet compleet. Nog nodig: {3}.").format(
                name, cluster.signed, size, names
            )
            if waiting:
                # what a missing signature does to the others: one click shows it below
                link = self.tr("Wat als {0} niet tekent?").format(html.escape(results.household(waiting[0]).label))
                line += f' <a href="dropout:{html.escape(waiting[0])}">{link}</a>'
            lines.append(line)
        self.clusters_label.setText("<br>".join(lines))

    def _cluster_link(self, link: str) -> None:
        if link.startswith("dropout:"):
            self.select_drop_out(link.split(":", 1)[1])

    # ------------------------------------------------------------------ documents
    def _documents_clicked(self) -> None:
        self.make_documents()

    def make_documents(self, out_dir: str | None = None) -> None:
        """Write the declarations, handouts and report to a folder (asked when ``out_dir`` is None).

        Runs :func:`write_pack` on the document's runner with a progress bar; reports the folder
        through ``self.dialogs`` when done.
        """
        title = self.tr("Documenten voor de bewonersavond")
        if self._documents_busy:
            return
        results = self.document.results
        if results is None or not any(h.computable for h in results.households):
            self.dialogs.inform(
                title,
                self.tr("Er is nog niets berekend: vul eerst de woningen en hun gasverbruik in."),
            )
            return
        if out_dir is None:
            start = str(Path(self.document.path).parent) if self.document.path else str(Path.home())
            out_dir = self.dialogs.get_directory(self.tr("Map voor de documenten kiezen"), start)
            if not out_dir:
                return
        project = copy.deepcopy(self.document.project)
        language = ui_language()
        privacy = self.privacy_combo.currentData() or "house_number"
        method = self.document.sizing_method
        self._documents_busy = True
        self.documents_folder = out_dir
        self.documents_button.setEnabled(False)
        self.documents_progress.setValue(0)
        self.documents_progress.setVisible(True)
        self.documents_status.setText(self.tr("Bezig met de documenten…"))
        self._documents_reported = False

        def work(progress):
            try:
                return write_pack(project, results, out_dir, language=language, privacy=privacy, progress=progress, method=method)
            except PackError as exc:
                return exc

        self.document.runner.run(work, self._documents_done, self._documents_failed, self._documents_step)

    def _documents_step(self, fraction: float, text: str) -> None:
        self.documents_progress.setValue(int(round(fraction * 100)))
        self.documents_progress.setFormat(f"%p % – {text}")

    def _finish_documents(self) -> None:
        self._documents_busy = False
        self.documents_button.setEnabled(True)
        self.documents_progress.setVisible(False)

    def _documents_done(self, value) -> None:
        self._finish_documents()
        title = self.tr("Documenten voor de bewonersavond")
        if isinstance(value, PackError):
            problem = value.problem
            text = problem.en if ui_language() == "en" else problem.nl
            self.documents_status.setText(text)
            self.dialogs.warn(title, text)
            return
        self.documents_written = list(value)
        self.dialogs.inform(title, self._show_documents_written())

    def _show_documents_written(self) -> str:
        text = self.tr("{0} documenten geschreven in {1}").format(len(self.documents_written), self.documents_folder)
        self.documents_status.setText(text)
        self._documents_reported = True
        return text

    def _documents_failed(self, _traceback: str) -> None:
        self._finish_documents()
        text = self.tr("De documenten konden niet worden gemaakt.")
        self.documents_status.setText(text)
        self.dialogs.warn(self.tr("Documenten voor de bewonersavond"), text)

    # ------------------------------------------------------------------ drop-out
    def _fill_dropout_choices(self, results) -> None:
        keep = self.dropout_combo.currentData()
        self.dropout_combo.blockSignals(True)
        self.dropout_combo.clear()
        self.dropout_combo.addItem(self.tr("kies een woning…"), None)
        if results is not None:
            for household in results.households:
                if household.cluster_id is not None:
                    self.dropout_combo.addItem(household.label, household.id)
        index = self.dropout_combo.findData(keep) if keep else 0
        self.dropout_combo.setCurrentIndex(max(0, index))
        self.dropout_combo.blockSignals(False)

    def select_drop_out(self, household_id: str) -> None:
        index = self.dropout_combo.findData(household_id)
        if index >= 0:
            self.dropout_combo.setCurrentIndex(index)
        self.compute_drop_out()

    def compute_drop_out(self) -> None:
        """Recompute with the chosen household declined (in the background) and show before/after."""
        household_id = self.dropout_combo.currentData()
        results = self.document.results
        if not household_id or results is None:
            self.effect = None
            self._show_effect()
            return
        project = copy.deepcopy(self.document.project)
        method = self.document.sizing_method
        self._effect_for = household_id
        self.dropout_summary.setText(self.tr("Bezig met rekenen…"))

        def work(_progress):
            return drop_out_effect(project, results, household_id, method=method)

        def done(effect):
            if self._effect_for == effect.household_id:
                self.effect = effect
                self._show_effect()

        def failed(_text):
            self.dropout_summary.setText(self.tr("Dit kon niet worden berekend."))

        self.document.runner.run(work, done, failed)

    def _show_effect(self) -> None:
        effect = self.effect
        table = self.dropout_table
        if effect is None:
            self.dropout_summary.setText(
                self.tr("Kies een woning om te zien wat er voor de buren verandert als die niet meedoet.")
            )
            table.setRowCount(0)
            table.setVisible(False)
            return
        affected = effect.affected
        before = len(effect.clusters_before)
        after = len(effect.clusters_after)
        if not affected:
            self.dropout_summary.setText(
                self.tr("Als {0} niet meedoet, verandert er voor de anderen niets.").format(effect.label)
            )
        else:
            if before == after:
                clusters = self.tr("Er blijven {0} clusters.").format(after)
            else:
                clusters = self.tr("Er zijn dan {0} clusters in plaats van {1}.").format(after, before)
            increase = effect.largest_monthly_increase_eur
            if increase >= 0.5:
                money = self.tr("hooguit {0} per maand meer").format(format_money(increase))
            else:
                money = self.tr("per maand niet duurder")
            self.dropout_summary.setText(
                self.tr("Als {0} niet meedoet, verandert voor {1} woningen de gedeelde bodemlus: {2}. {3}").format(
                    effect.label, len(affected), money, clusters
                )
            )
        table.setVisible(bool(affected))
        table.setRowCount(len(affected))
        for row, change in enumerate(affected):
            difference = change.monthly_change_eur
            after_text = format_money(change.monthly_after_eur)
            if difference is not None and abs(difference) >= 0.5:
                sign = "+" if difference > 0 else "−"
                after_text += f"  ({sign}{format_money(abs(difference))})"
            values = [
                change.label,
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
        table.setFixedHeight(min(max(1, len(affected)), 10) * 30 + table.horizontalHeader().height() + 6)

    # ------------------------------------------------------------------ results
    def _on_results(self, results) -> None:
        self._fill_conditions()
        self._fill_participation()
        self._fill_clusters(results)
        self._fill_dropout_choices(results)
        if self.dropout_combo.currentData():
            self.compute_drop_out()  # the numbers changed: the what-if follows
        else:
            self.effect = None
            self._show_effect()
