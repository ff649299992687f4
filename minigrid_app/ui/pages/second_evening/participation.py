"""Who signs: each home's status and date, and the participation rate against the Utrecht pilots.

The words "getekend", "geïnteresseerd" and "doet niet mee" and the rate are counted by
:func:`minigrid_app.core.participation.count_participation`; the benchmark is the figure in
force (:func:`minigrid_app.core.steps.parameters_in_force`). A status change is one undo
step and dates a signature or a refusal today when it has no date yet.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from minigrid_app.core.home_labels import home_label
from minigrid_app.core.model import PARTICIPATION_STATES
from minigrid_app.core.participation import (
    DECLINED,
    SIGNED,
    benchmark_position,
    evening_count_note,
    group_participation,
)
from minigrid_app.core.reading_dates import project_start, read_date, signed_date_note
from minigrid_app.core.steps import parameters_in_force
from minigrid_app.ui.locale import format_number, parse_date, show_date, today_iso, ui_language
from minigrid_app.ui.pages.base import Panel
from minigrid_app.ui.pages.table_panel import follow_rows
from minigrid_app.ui.widgets.cluster_changes import ClusterChangesNote
from minigrid_app.ui.widgets.field_message import NOTED, field_message, show_field_message
from minigrid_app.ui.widgets.fonts import relative_font
from minigrid_app.ui.widgets.steady import SteadyComboBox
from minigrid_app.ui.widgets.tables import put_text, read_only_table, reword_choices
from minigrid_app.ui.widgets.typed_text import keep_typing, show_text
from minigrid_app.ui.widgets.whole_figures import Label

#: a stored date with a doubt worth a look (amber, as a field's noted message)
DOUBT_STYLE = "background: #fff7e0; color: #5c3b00; border: 1px solid #d6a21e; border-radius: 4px; padding: 4px;"


class ParticipationPanel(Panel):
    """The rate, a bar, the comparison with the pilots, and a table of homes with status and date."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        layout = QVBoxLayout(self)
        self.rate_label = Label()
        self.rate_label.setWordWrap(True)
        relative_font(self.rate_label, 1.2)
        layout.addWidget(self.rate_label)
        self.rate_bar = QProgressBar()
        self.rate_bar.setRange(0, 100)
        self.rate_bar.setMinimumHeight(28)
        layout.addWidget(self.rate_bar)
        self.benchmark_label = Label()
        self.benchmark_label.setWordWrap(True)
        self.benchmark_label.setStyleSheet("color: #555555;")
        layout.addWidget(self.benchmark_label)
        # a date that cannot be right, also one a project file brought (said on opening, then gone): seen here
        self.dates_note = Label()
        self.dates_note.setWordWrap(True)
        self.dates_note.setStyleSheet(DOUBT_STYLE)
        self.dates_note.hide()
        layout.addWidget(self.dates_note)
        # a status and a date editor per home, made when needed (a first visit of street-50 made 100)
        self.participation_table = table = read_only_table(4, lazy_rows=True)
        table.set_row_maker(self._make_row, self._rows_made)
        table.verticalHeader().setDefaultSectionSize(36)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(table)
        # a home that declines leaves only its own cluster: said right under its status
        self.changes_note = ClusterChangesNote(document)
        layout.addWidget(self.changes_note)
        self._participation_ids: list[str] | None = []
        self._reword = False

    def retranslate(self) -> None:
        self.setTitle(self.tr("Wie doet mee?"))
        self.participation_table.setHorizontalHeaderLabels(
            [self.tr("Woning"), self.tr("Status"), self.tr("Datum"), self.tr("Cluster")]
        )
        self._reword = True  # the status choices take the new language's words at the next fill
        self.changes_note.retranslate()

    def status_labels(self) -> dict[str, str]:
        return {
            "unknown": self.tr("Onbekend"),
            "interested": self.tr("Geïnteresseerd"),
            "signed": self.tr("Getekend"),
            "declined": self.tr("Doet niet mee"),
        }

    def show_project(self, project) -> None:
        self._fill_participation()

    def show_results(self, results) -> None:
        self._fill_participation()

    def _fill_participation(self) -> None:
        households = self.document.project.households
        ids = [h.id for h in households]
        table = self.participation_table
        if ids != self._participation_ids:
            self._participation_ids = ids
            table.setRowCount(len(households))
            table.rows_changed()  # each row's editors are made when needed (_make_row)
        elif self._reword:
            labels = self.status_labels()
            for row in range(len(households)):
                if table.made(row):
                    reword_choices(QTableWidget.cellWidget(table, row, 1), labels)
                    QTableWidget.cellWidget(table, row, 2).setPlaceholderText(self.tr("dd-mm-jjjj"))
        self._reword = False
        results = self.document.results
        for row, household in enumerate(households):
            name = home_label(household, row + 1, ui_language())
            put_text(table, row, 0, name)
            if table.made(row):
                self._show_row(row, household)
            cluster = "–"
            result = results.household(household.id) if results else None
            if result and result.cluster_id:
                cluster = next((c.name for c in results.clusters if c.id == result.cluster_id), "–")
            put_text(table, row, 3, cluster)
        follow_rows(table)
        self._fill_rate()
        self._fill_dates_note()

    def _date_note(self, household) -> str:
        """The doubt about the home's date, as typing it says (:func:`signed_date_note`); "" when none."""
        day = read_date(household.participation_date)  # as stored (ISO); any other text is no date here, no error
        note = signed_date_note(day, start=project_start(self.document.project.intake.date))
        return note.text(ui_language()) if note is not None else ""

    def _fill_dates_note(self) -> None:
        """Every home whose date cannot be right, above the table (a row far down may be out of view)."""
        lines = []
        for row, household in enumerate(self.document.project.households):
            said = self._date_note(household)
            if said:
                name = home_label(household, row + 1, ui_language())
                lines.append(self.tr("Datum van {0}: {1}").format(name, said))
        self.dates_note.setText("\n".join(lines))
        self.dates_note.setVisible(bool(lines))

    def _make_row(self, row: int) -> None:
        """Make the status and date editors of ``row`` (its home's values shown)."""
        table = self.participation_table
        household = self.document.project.households[row]
        combo = SteadyComboBox()
        labels = self.status_labels()
        for state in PARTICIPATION_STATES:
            combo.addItem(labels[state], state)
        combo.setMinimumHeight(32)
        combo.currentIndexChanged.connect(lambda _i, hid=household.id, c=combo: self.set_participation(hid, c.currentData()))
        table.setCellWidget(row, 1, combo)
        date = keep_typing(QLineEdit())
        date.setPlaceholderText(self.tr("dd-mm-jjjj"))
        date.setMinimumHeight(32)
        date.setMaximumWidth(140)
        date.editingFinished.connect(lambda hid=household.id, e=date: self.set_date(hid, e.text()))
        table.setCellWidget(row, 2, date)
        self._show_row(row, household)

    def _show_row(self, row: int, household) -> None:
        table = self.participation_table
        combo = QTableWidget.cellWidget(table, row, 1)
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(household.participation)))
        combo.blockSignals(False)
        date = QTableWidget.cellWidget(table, row, 2)
        show_text(date, show_date(household.participation_date))
        said = self._date_note(household)  # the date itself marked, its doubt in its tooltip
        date.setStyleSheet("QLineEdit { background: #fff7e0; }" if said else "")
        date.setToolTip(said)

    def _rows_made(self) -> None:
        """Every row's editors are there: the status and date of each home come right after the
        table when tabbing, not at the end of the page (widgets made later join the end of the
        focus chain)."""
        table = self.participation_table
        previous = table
        for row in range(table.rowCount()):
            for column in (1, 2):
                widget = QTableWidget.cellWidget(table, row, column)
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def set_participation(self, household_id: str, state: str) -> None:
        """Change a household's status (one undo step); signing or declining dates it today if undated."""
        household = self.document.project.household(household_id)
        if household is None or household.participation == state:
            return
        old_state, old_date = household.participation, household.participation_date
        new_date = old_date
        if state in (SIGNED, DECLINED) and not old_date:
            new_date = today_iso()

        def apply(project):
            target = project.household(household_id)
            target.participation, target.participation_date = state, new_date

        def revert(project):
            target = project.household(household_id)
            target.participation, target.participation_date = old_state, old_date

        name = self._name(household_id)
        self.document.edit(self.tr("Status van {0}: {1}").format(name, self.status_labels()[state]), apply, revert)

    def _name(self, household_id: str) -> str:
        """The home's name as the table shows it ('Woning 3' when it has none; never its id)."""
        households = self.document.project.households
        row = next((r for r, h in enumerate(households) if h.id == household_id), 0)
        household = households[row] if households else None
        return home_label(household, row + 1, ui_language()) if household else ""

    def _date_edit(self, household_id: str):
        households = self.document.project.households
        row = next((r for r, h in enumerate(households) if h.id == household_id), None)
        table = self.participation_table
        return table.cellWidget(row, 2) if row is not None and row < table.rowCount() else None

    def set_date(self, household_id: str, text: str) -> bool:
        """Set the date of a status as typed ('14-3-2025'); False (and a note next to it) when it is no date."""
        edit = self._date_edit(household_id) or self.participation_table
        try:
            iso = parse_date(text)
        except ValueError:
            show_field_message(edit, self.tr("'{0}' is geen datum; schrijf bijvoorbeeld 14-03-2025.").format(text))
            return False
        note = signed_date_note(iso, start=project_start(self.document.project.intake.date))
        if note is not None:  # kept as typed, and said where it was typed
            show_field_message(edit, note.text(ui_language()), kind=NOTED)
        elif field_message(edit).anchor is edit:
            show_field_message(edit, "")
        household = self.document.project.household(household_id)
        if household is None:
            return False
        self.document.set_attr(
            lambda project: project.household(household_id),
            "participation_date",
            iso,
            self.tr("Datum van {0} wijzigen").format(self._name(household_id)),
        )
        return True

    def _fill_rate(self) -> None:
        project = self.document.project
        counts = group_participation(project)  # the same count as the summary bar and the slides
        benchmark = parameters_in_force(project, self.document.results)["participation_benchmark"]
        percent = format_number(counts.rate * 100)
        text = self.tr("Getekend: {0} van %n woningen ({1} %).", "", counts.total).format(counts.signed, percent)
        text += " " + self.tr("Geïnteresseerd: {0}. Nog niet bekend: {1}. Doen niet mee: {2}.").format(
            counts.interested, counts.unknown, counts.declined
        )
        if counts.from_evening:
            text += " " + self.tr(
                "Van de geïnteresseerden zijn er %n alleen geteld op de eerste bewonersavond; zet ze hieronder op "
                "'Geïnteresseerd' als u weet welke woningen het zijn.", "", counts.from_evening
            )
        too_many = evening_count_note(project)  # the evening's count above the street's homes: not capped silently
        if too_many is not None:
            text += " " + too_many.text(ui_language())
        self.rate_label.setText(text)
        self.rate_bar.setValue(int(round(counts.rate * 100)))
        self.rate_bar.setFormat(self.tr("{0} % getekend").format(percent))
        comparison = benchmark_position(counts.rate, benchmark).text(ui_language())
        self.benchmark_label.setText(
            self.tr(
                "Ter vergelijking: in de Utrechtse pilots deed na drie maanden gemiddeld {0} % mee; u zit {1}. "
                "Wie niet meedoet, kan later vaak nog aansluiten als er ruimte is gereserveerd."
            ).format(format_number(benchmark * 100), comparison)
        )
