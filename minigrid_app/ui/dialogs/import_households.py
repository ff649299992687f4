""""Importeren uit enquête…": households from a residents' survey (.xlsx or .csv).

The dialog reads the file once (a bad file gives a calm message inside the dialog), shows
per household field the column :func:`~minigrid_app.io.survey.choose_columns` chose with
its reason (a doubtful column is proposed, not used, until the user picks it), a combo to
change it, a preview of every row with a status icon and a word (never colour alone), and
the per-row report in plain Dutch. A file that is one home's monthly history is offered as
that home's year's use. Nothing changes until the user presses "Importeren" (or
"Jaarverbruik invullen"); then the project changes in ONE undoable ``document.edit``. All
parsing and checking lives in :mod:`minigrid_app.io.survey`, and what importing comes to (the
rows taken, the project's limit, a monthly history's year's use) in its :mod:`~minigrid_app.io.survey.outcome`,
which the command line calls too; this module only shows it.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minigrid_app.core.model import PARTICIPATION_LABELS_EN, PARTICIPATION_LABELS_NL, Household
from minigrid_app.io.survey import (
    DOUBTFUL,
    IMPORT_FIELDS,
    KNOWN,
    OK,
    REFUSED,
    ColumnPlan,
    ImportFileError,
    ImportOutcome,
    ImportReport,
    SurveyTable,
    column_letter,
    import_outcome,
    monthly_outcome,
    read_survey,
    survey_report,
)
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.locale import format_number, ui_language
from minigrid_app.ui.widgets.steady import SteadyComboBox
from minigrid_app.ui.widgets.whole_figures import Label

STATUS_ICONS = {
    OK: QStyle.StandardPixmap.SP_DialogApplyButton,
    DOUBTFUL: QStyle.StandardPixmap.SP_MessageBoxWarning,
    REFUSED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    KNOWN: QStyle.StandardPixmap.SP_MessageBoxInformation,
}

(COL_ROW, COL_STATUS, COL_HOME, COL_GAS, COL_YEAR, COL_TYPE, COL_COOKING, COL_PERSONS,
 COL_PARTICIPATION, COL_NOTES, COL_MESSAGES) = range(11)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
#: survey rows the preview shows before the column choice gets more room (at 1280 × 800 too)
PREVIEW_ROWS = 8
#: the widest the remarks column of the preview gets [px]; a longer remark wraps
NOTES_WIDTH = 180
_ROOT = QModelIndex()


def _icon(status: str):
    return QApplication.style().standardIcon(STATUS_ICONS[status])


class ImportPreviewModel(QAbstractTableModel):
    """The rows of an :class:`ImportReport`, read-only, one line per survey row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report = ImportReport()

    def set_report(self, report: ImportReport) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.report.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else COL_MESSAGES + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Rij"),
            self.tr("Status"),
            self.tr("Woning"),
            self.tr("Gasverbruik"),
            self.tr("Bouwjaar"),
            self.tr("Type woning"),
            self.tr("Koken op gas"),
            self.tr("Bewoners"),
            self.tr("Interesse"),
            self.tr("Opmerkingen"),
            self.tr("Wat is er aan de hand?"),
        )[section]

    def status_text(self, status: str) -> str:
        return {OK: self.tr("Goed"), DOUBTFUL: self.tr("Twijfel"), REFUSED: self.tr("Geweigerd"),
                KNOWN: self.tr("Al in het project")}[status]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.report.rows[index.row()]
        column = index.column()
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            return _icon(row.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            messages = row.messages(ui_language())
            return "\n".join(messages) if messages else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_ROW, COL_GAS, COL_YEAR, COL_PERSONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        household = row.household
        language = ui_language()
        if column == COL_ROW:
            return str(row.row)
        if column == COL_STATUS:
            return self.status_text(row.status)
        if column == COL_HOME:
            return household.label
        if column == COL_GAS:
            gas = household.gas_m3_per_year
            return "–" if gas is None else f"{format_number(gas, 0 if float(gas).is_integer() else 1)} m³"
        if column == COL_YEAR:
            return "–" if household.build_year is None else str(household.build_year)
        if column == COL_TYPE:  # in the words of the households table, in the screen's language
            return QCoreApplication.translate("HouseholdsModel", household.house_type)
        if column == COL_COOKING:
            return self.tr("ja") if household.cooks_on_gas else self.tr("nee")
        if column == COL_PERSONS:
            return "–" if household.persons is None else str(household.persons)
        if column == COL_PARTICIPATION:
            labels = PARTICIPATION_LABELS_EN if language == "en" else PARTICIPATION_LABELS_NL
            return labels.get(household.participation, household.participation)
        if column == COL_NOTES:
            return household.notes
        if column == COL_MESSAGES:
            return " ".join(_after_prefix(message, row) for message in row.messages(language))
        return None


def _after_prefix(message: str, row) -> str:
    """'Rij 5 (Lindehof 4): gasverbruik ontbreekt …' → 'gasverbruik ontbreekt …' (the row is in the table).

    The prefix as the row's messages write it, with the home's name whole: cut at the first '): ', a
    name 'Hof (noord): 4' left '4): gasverbruik ontbreekt …'.
    """
    for prefix in (f"Rij {row.row} ({row.name}): ", f"Row {row.row} ({row.name}): "):
        if message.startswith(prefix):
            return message[len(prefix):]
    return message


class ImportHouseholdsDialog(QDialog):
    """Import households from the survey at ``path`` into ``document`` (one undo step).

    Parameters
    ----------
    document : ProjectDocument
        The open project; changed only when the user presses "Importeren".
    path : str | os.PathLike
        The survey (.xlsx or .csv).
    parent : QWidget | None
    """

    def __init__(self, document: ProjectDocument, path, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.path = Path(path)
        self.table: SurveyTable | None = None
        self.plan: ColumnPlan | None = None
        self.report = ImportReport()
        self.mapping: dict[str, int | None] = {name: None for name in IMPORT_FIELDS}
        self.combos: dict[str, QComboBox] = {}
        self.reasons: dict[str, QLabel] = {}
        self.sheet_names: list[str] = []
        self.imported_count = 0
        #: the heights were shared again at the dialog's first show
        self._shared = False
        self.setWindowTitle(self.tr("Woningen importeren uit enquête"))
        self.setObjectName("importHouseholdsDialog")

        layout = QVBoxLayout(self)
        self.intro = intro = Label(
            self.tr("Welke woningen neemt u over uit de enquête? Controleer de kolommen en de rijen; "
                    "er verandert niets tot u op ‘Importeren’ drukt.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.file_label = Label(self.tr("Bestand: {0}").format(self.path.name))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.file_label)

        sheet_row = QHBoxLayout()
        self.sheet_label = Label(self.tr("Werkblad:"))
        self.sheet_combo = SteadyComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.setMinimumHeight(32)
        self.sheet_label.setBuddy(self.sheet_combo)
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo, 1)
        layout.addLayout(sheet_row)

        self.error_label = Label()
        self.error_label.setObjectName("importError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            "QLabel#importError { background: #fdf3e7; border: 1px solid #e0c9a6; padding: 12px; }"
        )
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        # one home's monthly history: offered as that home's year's use
        self.monthly_box = QWidget()
        self.monthly_box.setObjectName("monthlyOffer")
        monthly_layout = QHBoxLayout(self.monthly_box)
        monthly_layout.setContentsMargins(0, 0, 0, 0)
        self.monthly_home_label = Label(self.tr("Jaarverbruik voor woning:"))
        self.monthly_home = SteadyComboBox()
        self.monthly_home.setObjectName("monthlyHome")
        self.monthly_home.setMinimumHeight(32)
        self.monthly_home_label.setBuddy(self.monthly_home)
        self.monthly_button = QPushButton(self.tr("Jaarverbruik invullen"))
        self.monthly_button.setObjectName("monthlyButton")
        self.monthly_button.setMinimumHeight(32)
        self.monthly_button.clicked.connect(self.fill_in_year)
        monthly_layout.addWidget(self.monthly_home_label)
        monthly_layout.addWidget(self.monthly_home, 1)
        monthly_layout.addWidget(self.monthly_button)
        self.monthly_box.setVisible(False)
        layout.addWidget(self.monthly_box)

        # everything below shows a readable survey; hidden when the file cannot be used
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.content, 1)
        self.mapping_box = QGroupBox(self.tr("Welke kolom is wat? (met de reden van de keuze)"))
        box_layout = QVBoxLayout(self.mapping_box)
        box_layout.setContentsMargins(6, 6, 6, 6)
        self.mapping_area = QScrollArea()
        self.mapping_area.setObjectName("mappingArea")
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.mapping_widget = QWidget()
        self.mapping_grid = QGridLayout(self.mapping_widget)
        self.mapping_grid.setContentsMargins(0, 0, 0, 0)
        self.mapping_grid.setVerticalSpacing(4)
        self.mapping_area.setWidget(self.mapping_widget)
        box_layout.addWidget(self.mapping_area)

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.mapping_box)
        self.preview_model = ImportPreviewModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("importPreview")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().setVisible(False)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # what is wrong with a row is read whole: the last column takes the room left and wraps, a
        # long remark wraps in a column of its own width (NOTES_WIDTH), and each row is as high as
        # its lines (the messages were cut with '…', the whole text only in a tooltip)
        header.setSectionResizeMode(COL_NOTES, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.preview.setWordWrap(True)
        self.preview.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.preview.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # a row of one line as high as before
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(self.preview)
        self.report_list = QListWidget()
        self.report_list.setObjectName("importReport")
        self.report_list.setWordWrap(True)
        self.report_list.setAccessibleName(self.tr("Verslag per rij"))
        splitter.addWidget(self.report_list)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        content_layout.addWidget(splitter, 1)

        self.summary_label = Label()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        content_layout.addWidget(self.summary_label)
        self.doubtful_check = QCheckBox(self.tr("Ook twijfelachtige rijen overnemen"))
        self.doubtful_check.setObjectName("includeDoubtful")
        self.doubtful_check.setMinimumHeight(32)
        self.doubtful_check.setToolTip(
            self.tr("Twijfelachtige waarden worden leeg gelaten of als schatting overgenomen; "
                    "u kunt ze daarna bij de intake aanvullen.")
        )
        self.doubtful_check.toggled.connect(self._update_count)
        content_layout.addWidget(self.doubtful_check)
        self.count_label = Label()
        self.count_label.setObjectName("importCount")
        self.count_label.setWordWrap(True)
        content_layout.addWidget(self.count_label)

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Importeren"))
        self.import_button.setObjectName("importButton")
        self.import_button.setMinimumHeight(32)
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.setMinimumHeight(32)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.import_households)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        self._load(sheet=None)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)

    # ------------------------------------------------------------------ reading
    def _load(self, sheet: str | None) -> None:
        """Read the survey (or the chosen sheet), choose the columns and show the rows."""
        try:
            self.table, self.plan = read_survey(self.path, sheet=sheet)
        except ImportFileError as exc:
            self.table = self.plan = None
            self._show_sheets(exc.sheet_names, sheet, [])
            self._show_error(exc.problem.text(ui_language()))
            return
        self._show_sheets(self.table.sheet_names, self.table.sheet, self.table.hidden_sheets)
        if self.table.header_row == 1:
            self.file_label.setText(self.tr("Bestand: {0}").format(self.path.name))
        elif self.table.header_rows > 1:
            self.file_label.setText(self.tr("Bestand: {0} (kolomnamen op rij {1} en {2})").format(
                self.path.name, self.table.header_row - 1, self.table.header_row))
        else:
            self.file_label.setText(
                self.tr("Bestand: {0} (kolomnamen op rij {1})").format(self.path.name, self.table.header_row)
            )
        if monthly_outcome(self.plan, self.path.name) is not None:
            self._show_monthly()
            return
        self.error_label.setVisible(False)
        self.monthly_box.setVisible(False)
        self.intro.setVisible(True)
        self.content.setVisible(True)
        self.import_button.setVisible(True)
        self.cancel_button.setText(self.tr("Annuleren"))
        self.mapping = self.plan.mapping()
        self._build_mapping_form()
        self.refresh()
        self._fit_to_screen(1200, 820)
        self._share_height()

    def _share_height(self) -> None:
        """Share the splitter's height: the preview first, for :data:`PREVIEW_ROWS` rows (all when
        fewer); the column choice then for up to six fields (it scrolls, at least two in sight);
        the preview the rest of its rows; the report what is left, at least a few lines.

        At 1280 × 800 the column choice took 342 px and the preview showed 2-4 of the survey's rows.
        """
        if self.plan is None:
            return
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the splitter's height at the dialog's present size
        splitter, preview = self.splitter, self.preview
        room = max(300, splitter.height() or self.height() - 260) - 2 * splitter.handleWidth()
        heights = [preview.rowHeight(number) for number in range(self.preview_model.rowCount())]
        chrome = preview.horizontalHeader().sizeHint().height() + 2 * preview.frameWidth()
        if preview.horizontalHeader().length() > preview.width() - 2 * preview.frameWidth():
            chrome += preview.horizontalScrollBar().sizeHint().height()  # the columns scroll sideways
        chosen = sum(1 for choice in self.plan.choices.values() if choice.column is not None) + 1
        field = 44  # one field of the column choice, with its spacing
        mapping_least, mapping_wanted = 2 * field + 30, min(max(3, chosen), 6) * field + 30
        report_least = 80
        shown = min(chrome + sum(heights[:PREVIEW_ROWS]), room - mapping_least - report_least)
        mapping = max(mapping_least, min(mapping_wanted, room - shown - report_least))
        shown = max(shown, min(chrome + sum(heights), room - mapping - report_least))
        splitter.setSizes([mapping, shown, max(report_least, room - mapping - shown)])

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shared:
            self._shared = True
            self._share_height()  # again at the size shown (a window manager may have changed it)

    def _fit_to_screen(self, width: int, height: int) -> None:
        width, height = max(self.width(), width), max(self.height(), height)
        screen = self.screen()
        if screen is not None:  # a 1280 × 800 laptop: the buttons must stay on the screen
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 40)
        self.resize(width, height)

    def _show_sheets(self, names: list[str], current: str | None, hidden: list[str]) -> None:
        """The sheet choice, only for a workbook with more than one sheet; hidden sheets say so."""
        self.sheet_names = list(names)
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for name in self.sheet_names:
            self.sheet_combo.addItem(self.tr("{0} (verborgen)").format(name) if name in hidden else name)
        if current in self.sheet_names:
            self.sheet_combo.setCurrentIndex(self.sheet_names.index(current))
        self.sheet_combo.blockSignals(False)
        self.sheet_label.setVisible(len(self.sheet_names) > 1)
        self.sheet_combo.setVisible(len(self.sheet_names) > 1)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(
            self.tr("Dit bestand kan niet worden ingelezen.") + "\n\n" + text + "\n\n"
            + self.tr("Er is niets veranderd aan uw project.")
        )
        self.error_label.setVisible(True)
        self.monthly_box.setVisible(False)
        self.content.setVisible(False)
        self.report = ImportReport()
        self.preview_model.set_report(self.report)
        self.report_list.clear()
        self.summary_label.setText("")
        self.cancel_button.setText(self.tr("Sluiten"))
        self._update_count()
        self.resize(760, 300)

    def _show_monthly(self) -> None:
        """One home's monthly history: say so, and offer its year's use for one home."""
        monthly = monthly_outcome(self.plan, self.path.name)
        self.error_label.setText(monthly.problem.text(ui_language()))
        self.error_label.setVisible(True)
        self.content.setVisible(False)
        self.import_button.setVisible(False)
        self.cancel_button.setText(self.tr("Annuleren"))
        self.intro.setVisible(False)
        self.monthly_home.clear()
        self.monthly_home.addItem(self.tr("— kies de woning —"), "")
        for household in self.document.project.households:
            self.monthly_home.addItem(household.label or self.tr("(zonder naam)"), household.id)
        self.monthly_home.addItem(self.tr("Nieuwe woning toevoegen"), None)
        self.monthly_home.currentIndexChanged.connect(
            lambda _index: self.monthly_button.setEnabled(self.monthly_home.currentData() != ""))
        self.monthly_button.setEnabled(False)
        self.monthly_box.setVisible(monthly.year_m3 is not None)
        self.report = ImportReport()
        self._update_count()
        self.resize(760, 320)

    def fill_in_year(self) -> None:
        """Put the monthly history's year's use on the chosen home (one undo step) and close."""
        monthly = monthly_outcome(self.plan, self.path.name) if self.plan is not None else None
        if monthly is None or monthly.year_m3 is None:
            return
        total = monthly.year_m3
        household_id = self.monthly_home.currentData()
        if household_id == "":
            return  # no home chosen yet
        if household_id is None:
            new = Household(label=self.tr("Woning {0}").format(len(self.document.project.households) + 1),
                            gas_m3_per_year=total)

            def apply(project) -> None:
                project.households.append(copy.deepcopy(new))

            def revert(project) -> None:
                project.households[:] = [h for h in project.households if h.id != new.id]

            self.document.edit(self.tr("Jaarverbruik invullen"), apply, revert)
        else:
            self.document.set_attr(lambda project: project.household(household_id), "gas_m3_per_year", total,
                                   self.tr("Jaarverbruik invullen"))
        self.imported_count = 1
        self.accept()

    def _sheet_chosen(self, index: int) -> None:
        if 0 <= index < len(self.sheet_names):
            self._load(self.sheet_names[index])

    def field_label(self, name: str) -> str:
        return {
            "label": self.tr("Naam of woning"),
            "address": self.tr("Adres (straat)"),
            "house_number": self.tr("Huisnummer"),
            "house_number_addition": self.tr("Toevoeging huisnummer"),
            "house_type": self.tr("Type woning"),
            "build_year": self.tr("Bouwjaar"),
            "floor_area_m2": self.tr("Woonoppervlak (m²)"),
            "gas_m3_per_year": self.tr("Gasverbruik (m³ per jaar)"),
            "cooks_on_gas": self.tr("Koken op gas"),
            "persons": self.tr("Aantal bewoners"),
            "participation": self.tr("Interesse / deelname"),
            "insulation_savings": self.tr("Besparing door isolatie (%)"),
            "supply_temp_c": self.tr("Aanvoertemperatuur (°C)"),
            "boiler_age_years": self.tr("Leeftijd cv-ketel (jaar)"),
            "three_phase": self.tr("Krachtstroom (3-fase)"),
            "notes": self.tr("Opmerkingen"),
        }[name]

    def _field_order(self) -> list[str]:
        """Gas use first, then the fields that found a column (or a doubtful one), then the rest."""
        choices = self.plan.choices
        found = [n for n in IMPORT_FIELDS if n != "gas_m3_per_year" and choices[n].column is not None]
        rest = [n for n in IMPORT_FIELDS if n != "gas_m3_per_year" and n not in found]
        return ["gas_m3_per_year", *found, *rest]

    def _build_mapping_form(self) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos, self.reasons = {}, {}
        for row, name in enumerate(self._field_order()):
            combo = SteadyComboBox()
            combo.setObjectName(f"mapping_{name}")
            combo.setMinimumHeight(32)
            combo.setMinimumWidth(260)
            combo.setMaximumWidth(380)
            combo.addItem(self.tr("(niet gebruiken)"), None)
            for column, header in enumerate(self.plan.table.headers):
                title = header or self.tr("(zonder kop)")
                combo.addItem(f"{column_letter(column)}: {title}", column)
            chosen = self.mapping.get(name)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            combo.setToolTip(combo.currentText())
            combo.currentIndexChanged.connect(lambda _index, field_name=name: self._mapping_changed(field_name))
            label = Label(self.field_label(name))
            label.setBuddy(combo)
            reason = Label()
            reason.setObjectName(f"reason_{name}")
            reason.setWordWrap(True)
            reason.setTextFormat(Qt.TextFormat.PlainText)
            self.mapping_grid.addWidget(label, row, 0)
            self.mapping_grid.addWidget(combo, row, 1)
            self.mapping_grid.addWidget(reason, row, 2)
            self.combos[name] = combo
            self.reasons[name] = reason
        self.mapping_grid.setColumnStretch(2, 1)
        self._show_reasons()

    def reason_text(self, name: str) -> str:
        """Why this field has this column: the importer's reason, or the user's choice."""
        choice = self.plan.choices[name]
        language = ui_language()
        if choice.by_user:
            return self.tr("uw keuze") if self.mapping.get(name) is not None else ""
        if choice.column is None:
            return choice.reason(language)
        if choice.doubtful:
            return self.tr("⚠ Voorstel {0}, niet gebruikt: {1}. Kies de kolom als hij klopt.").format(
                column_letter(choice.column), choice.reason(language).removeprefix("twijfel; ").removeprefix("doubtful; "))
        return "✓ " + choice.reason(language)

    def _show_reasons(self) -> None:
        for name, label in self.reasons.items():
            text = self.reason_text(name)
            label.setText(text)
            label.setToolTip(text)
            label.setStyleSheet("color: #7a4b00;" if text.startswith("⚠") else "color: #444444;")

    def _mapping_changed(self, field_name: str) -> None:
        combo = self.combos[field_name]
        combo.setToolTip(combo.currentText())
        self.plan.choose(field_name, combo.currentData())
        self.mapping = self.plan.mapping()  # what is read with: a column given to this field is taken from another
        for name, other in self.combos.items():
            column = self.mapping.get(name)
            if other.currentData() != column:
                other.blockSignals(True)
                other.setCurrentIndex(0 if column is None else column + 1)
                other.setToolTip(other.currentText())
                other.blockSignals(False)
        self._show_reasons()
        self.refresh()

    # ------------------------------------------------------------------ showing the report
    def refresh(self) -> None:
        """Convert every row with the current mapping and show the outcome."""
        if self.table is None or self.plan is None:
            return
        self.report = survey_report(self.plan, self.document.project.households, ui_language())  # the plan holds the mapping
        self.preview_model.set_report(self.report)
        # at least as wide as its title: a survey without remarks showed 'mar' for 'Opmerkingen'
        header = self.preview.horizontalHeader()
        header.resizeSection(COL_NOTES, max(header.sectionSizeHint(COL_NOTES),
                                            min(NOTES_WIDTH, self.preview.sizeHintForColumn(COL_NOTES))))
        language = ui_language()
        self.report_list.clear()
        style = QApplication.style()
        for note in self.report.notes:
            QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation), note.text(language),
                            self.report_list)
        for row in self.report.rows:
            for problem in row.problems:
                item = QListWidgetItem(_icon(row.status), f"{self.preview_model.status_text(row.status)} – "
                                       f"{problem.text(language)}", self.report_list)
                item.setData(STATUS_ROLE, row.status)
        for number in self.report.skipped_rows:
            QListWidgetItem(self.tr("Rij {0} is leeg en overgeslagen.").format(number), self.report_list)
        if self.report_list.count() == 0:
            QListWidgetItem(_icon(OK), self.tr("Alle rijen zijn in orde."), self.report_list)
        self.summary_label.setText(self.report.summary(language))
        self.doubtful_check.setEnabled(bool(self.report.with_status(DOUBTFUL)))
        self._update_count()

    def outcome(self) -> ImportOutcome:
        """What 'Importeren' does now (decided in :func:`~minigrid_app.io.survey.import_outcome`, as the command line does)."""
        if self.plan is None:
            return ImportOutcome()
        return import_outcome(self.plan, self.report, len(self.document.project.households),
                              include_doubtful=self.doubtful_check.isChecked())

    def households_to_import(self) -> list:
        return self.outcome().households

    def _update_count(self, *_args) -> None:
        readable = self.table is not None and self.plan is not None and monthly_outcome(self.plan, self.path.name) is None
        outcome = self.outcome() if readable else ImportOutcome()
        count = len(outcome.households)
        if not readable:
            text = ""
        elif outcome.too_many:
            text = self.tr("Te veel woningen: het project kan er ten hoogste {0} bevatten.").format(outcome.limit)
        elif count == 0:
            text = self.tr("Er zijn geen rijen om over te nemen.")
        else:
            text = self.tr("%n woningen worden toegevoegd aan het project.", "", count)
        if outcome.refused and readable:
            text += " " + self.tr("Geweigerde rijen worden nooit overgenomen: verbeter ze in de enquête.")
        if outcome.known and readable:  # the same survey read again: its homes are not doubled
            text += " " + self.tr(
                "%n woningen staan al in het project (zelfde adres of naam) en worden niet opnieuw toegevoegd; "
                "wat de enquête anders zegt, staat bij de rij.", "", outcome.known)
        self.count_label.setText(text)
        self.import_button.setEnabled(count > 0)

    # ------------------------------------------------------------------ importing
    def import_households(self) -> None:
        """Append the chosen households as one undoable step and close."""
        households = self.households_to_import()  # none when the project would hold too many
        if not households:
            return
        ids = {household.id for household in households}

        def apply(project) -> None:
            project.households.extend(copy.deepcopy(households))

        def revert(project) -> None:
            project.households[:] = [h for h in project.households if h.id not in ids]

        self.document.edit(self.tr("Woningen importeren"), apply, revert)
        self.imported_count = len(households)
        self.accept()
