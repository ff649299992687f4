"""Step 3, "Kan het technisch?": supply temperatures, clusters, borefields, Wcw and warnings.

Every change goes through ``document.edit``/``set_attr``; the numbers come from the
engine's results. Households move between clusters by drag-and-drop or the context menu
"Verplaats naar cluster…", which pins the current arrangement and sets
``Household.cluster`` to a manual cluster's internal id (one undo step).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import (
    QEvent,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minigrid_app.core.clusters import arrangement_after_move
from minigrid_app.core.explain import explain
from minigrid_app.core.model import ALLOCATION_KEYS, LAYOUTS
from minigrid_app.core.problems import in_language
from minigrid_app.core.regulation import ORGANISATION_MODELS
from minigrid_app.core.scorecard import DOUBT, GOOD, WEAK, scorecard  # noqa: F401 (scorecard: re-exported)
from minigrid_app.core.variant import Variant
from minigrid_app.io import charts
from minigrid_app.ui.models.households_tech_model import (  # noqa: F401 (columns re-exported for tests)
    COL_BUILD_YEAR,
    COL_CLUSTER,
    COL_DISTANCE,
    COL_HEAT,
    COL_LT,
    COL_NAME,
    COL_SIZE,
    COL_SUPPLY,
    HOUSEHOLD_ROLE,
    HouseholdsTechModel,
)
from minigrid_app.ui.pages.base import StepPage
from minigrid_app.ui.widgets.charts import ChartWidget
from minigrid_app.ui.widgets.money_label import format_money, format_number, ui_language
from minigrid_app.ui.widgets.table_height import fit_table_height

CLUSTER_ROLE = Qt.ItemDataRole.UserRole + 2
NEW_CLUSTER = "__new__"

WARNING_BACKGROUND = QColor("#fdf6e3")
class ClusterTree(QTreeWidget):
    """Clusters with their homes; drop a home on another cluster to move it there."""

    moveRequested = Signal(str, str)  # household id, target cluster id (or NEW_CLUSTER)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def target_cluster(self, item: QTreeWidgetItem | None) -> str | None:
        while item is not None:
            cluster = item.data(0, CLUSTER_ROLE)
            if cluster:
                return cluster
            item = item.parent()
        return None

    def dropEvent(self, event):  # noqa: N802 - Qt override
        dragged = self.currentItem()
        household_id = dragged.data(0, HOUSEHOLD_ROLE) if dragged else None
        target = self.target_cluster(self.itemAt(event.position().toPoint()))
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if household_id and target and target != self.target_cluster(dragged):
            self.moveRequested.emit(household_id, target)


class QuickscanPage(StepPage):
    step_key = "quickscan"

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, parent)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        layout = QVBoxLayout(content)
        self.page_layout.addWidget(scroll, 1)
        scroll.setWidget(content)

        # -- warnings (one calm panel)
        self.warnings_box = QGroupBox()
        self.warnings_box.setStyleSheet(
            "QGroupBox { background: #fdf6e3; border: 1px solid #e8dcb5; border-radius: 4px; margin-top: 1.4em;"
            " padding: 8px; } QGroupBox::title { subcontrol-origin: margin; left: 8px; }"
        )
        w_layout = QVBoxLayout(self.warnings_box)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        w_layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings_box)

        # -- households
        self.households_box = QGroupBox()
        h_layout = QVBoxLayout(self.households_box)
        self.households_intro = QLabel()
        self.households_intro.setWordWrap(True)
        h_layout.addWidget(self.households_intro)
        self.households_model = HouseholdsTechModel(document, self)
        self.households_view = QTableView()
        self.households_view.setTabKeyNavigation(False)  # Tab goes on to the rest of the page; arrows move in the table
        self.households_view.setModel(self.households_model)
        self.households_view.verticalHeader().setVisible(False)
        self.households_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.households_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        h_layout.addWidget(self.households_view)
        self.households_message = QLabel()
        self.households_message.setStyleSheet("color: #8a4b00;")
        self.households_model.validationFailed.connect(self.households_message.setText)
        h_layout.addWidget(self.households_message)
        layout.addWidget(self.households_box)

        # -- clusters
        self.clusters_box = QGroupBox()
        c_layout = QHBoxLayout(self.clusters_box)
        left = QVBoxLayout()
        self.clusters_intro = QLabel()
        self.clusters_intro.setWordWrap(True)
        left.addWidget(self.clusters_intro)
        self.cluster_tree = ClusterTree()
        self.cluster_tree.setMinimumHeight(260)
        self.cluster_tree.moveRequested.connect(self.move_household)
        self.cluster_tree.customContextMenuRequested.connect(self._cluster_menu)
        left.addWidget(self.cluster_tree, 1)
        self.auto_button = QPushButton()
        self.auto_button.setMinimumHeight(32)
        self.auto_button.clicked.connect(self.automatic_clusters)
        left.addWidget(self.auto_button, 0, Qt.AlignmentFlag.AlignLeft)
        c_layout.addLayout(left, 3)
        settings = QFormLayout()
        self.size_spin = QSpinBox()
        self.size_spin.setRange(2, 5)
        self.size_spin.valueChanged.connect(self._size_changed)
        self.reserve_spin = QSpinBox()
        self.reserve_spin.setRange(0, 5)
        self.reserve_spin.valueChanged.connect(
            lambda v: self.document.set_attr(lambda p: p.clusters, "reserve_joiners", int(v), self.tr("Reserve voor latere deelnemers wijzigen"))
        )
        self.layout_combo = QComboBox()
        for key in LAYOUTS:
            self.layout_combo.addItem("", key)
        self.layout_combo.currentIndexChanged.connect(
            lambda _i: self.document.set_attr(lambda p: p.clusters, "layout", self.layout_combo.currentData(), self.tr("Opstelling boorgaten wijzigen"))
        )
        self.key_combo = QComboBox()
        for key in ALLOCATION_KEYS:
            self.key_combo.addItem("", key)
        self.key_combo.currentIndexChanged.connect(
            lambda _i: self.document.set_attr(lambda p: p.clusters, "allocation_key", self.key_combo.currentData(), self.tr("Verdeelsleutel wijzigen"))
        )
        for widget in (self.size_spin, self.reserve_spin, self.layout_combo, self.key_combo):
            widget.setMinimumHeight(32)
        for combo in (self.layout_combo, self.key_combo):
            # the whole choice stays readable ("Naar onttrokken bodemwarmte" was cut off)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.size_label, self.reserve_label, self.layout_label, self.key_label = (QLabel() for _ in range(4))
        for label in (self.size_label, self.reserve_label, self.layout_label, self.key_label):
            label.setWordWrap(True)
        settings.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        settings.addRow(self.size_label, self.size_spin)
        settings.addRow(self.reserve_label, self.reserve_spin)
        settings.addRow(self.layout_label, self.layout_combo)
        settings.addRow(self.key_label, self.key_combo)
        settings_widget = QWidget()
        settings_widget.setLayout(settings)
        settings_widget.setMinimumWidth(480)
        c_layout.addWidget(settings_widget, 2, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.clusters_box)

        # -- borefields
        self.fields_box = QGroupBox()
        f_layout = QVBoxLayout(self.fields_box)
        self.fields_table = QTableWidget(0, 7)
        self.fields_table.setTabKeyNavigation(False)  # Tab goes on to the rest of the page; arrows move in the table
        self.fields_table.verticalHeader().setVisible(False)
        self.fields_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.fields_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fields_table.itemSelectionChanged.connect(self._field_selected)
        f_layout.addWidget(self.fields_table)
        self.rule_note = QLabel()
        self.rule_note.setWordWrap(True)
        f_layout.addWidget(self.rule_note)
        self.fluid_chart = ChartWidget(min_height=340)
        f_layout.addWidget(self.fluid_chart)
        layout.addWidget(self.fields_box)

        # -- Wcw
        self.wcw_box = QGroupBox()
        wcw_layout = QVBoxLayout(self.wcw_box)
        self.wcw_label = QLabel()
        self.wcw_label.setWordWrap(True)
        self.wcw_label.setTextFormat(Qt.TextFormat.RichText)
        wcw_layout.addWidget(self.wcw_label)
        layout.addWidget(self.wcw_box)

        # -- afwegingskader
        self.score_box = QGroupBox()
        s_layout = QVBoxLayout(self.score_box)
        self.score_intro = QLabel()
        self.score_intro.setWordWrap(True)
        s_layout.addWidget(self.score_intro)
        self.score_table = QTableWidget(0, 3)
        self.score_table.setTabKeyNavigation(False)  # Tab goes on to the rest of the page; arrows move in the table
        self.score_table.verticalHeader().setVisible(False)
        self.score_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.score_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.score_table.setWordWrap(True)
        self.score_table.verticalHeader().setMinimumSectionSize(30)
        score_header = self.score_table.horizontalHeader()
        score_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        score_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        score_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        s_layout.addWidget(self.score_table)
        layout.addWidget(self.score_box)
        layout.addStretch(1)

        self._field_ids: list[str] = []
        self._filling = False
        document.changed.connect(self._sync_settings)
        document.resultsChanged.connect(self._on_results)
        self.retranslate()  # fills everything from the current results

    # ------------------------------------------------------------------ contract
    def question(self) -> str:
        return self.tr("Kan het technisch?")

    def step_title(self) -> str:
        return self.tr("Technische quickscan")

    def missing(self) -> list[str]:
        results = self.document.results
        if results is None or not results.clusters:
            return [self.tr("Nog geen clusters: er zijn (nog) geen deelnemende woningen met compleet gasverbruik.")]
        if any(f.sizing.provisional for f in results.fields):
            return [self.tr("De bodemvelden zijn nog voorlopig (vuistregel).")]
        return []

    def retranslate(self) -> None:
        super().retranslate()
        self.warnings_box.setTitle(self.tr("Aandachtspunten"))
        self.households_box.setTitle(self.tr("Per woning"))
        self.households_intro.setText(
            self.tr(
                "De aanvoertemperatuur is hoe heet het water in de radiator moet zijn; Minigrid stelt die voor uit het "
                "bouwjaar en de isolatie. Dubbelklik op een grijze waarde om een eigen waarde in te vullen."
            )
        )
        self.clusters_box.setTitle(self.tr("Clusters: buren die één bron delen"))
        self.clusters_intro.setText(
            self.tr(
                "Sleep een woning naar een ander cluster, of klik er met de rechtermuisknop op en kies "
                "'Verplaats naar cluster…'."
            )
        )
        self.auto_button.setText(self.tr("Automatisch indelen"))
        self.size_label.setText(self.tr("Woningen per cluster"))
        self.reserve_label.setText(self.tr("Ruimte voor latere deelnemers (per cluster)"))
        self.layout_label.setText(self.tr("Opstelling boorgaten"))
        self.key_label.setText(self.tr("Verdeelsleutel gedeelde kosten"))
        key_help = self.tr(
            "Verdeelsleutel: hoe de kosten van de gedeelde bron (boorgaten en leidingen) over de woningen "
            "van een cluster worden verdeeld."
        )
        self.key_label.setToolTip(key_help)
        self.key_combo.setToolTip(key_help)
        self.layout_combo.setItemText(0, self.tr("Op een lijn"))
        self.layout_combo.setItemText(1, self.tr("In een rechthoek"))
        self.key_combo.setItemText(0, self.tr("Naar onttrokken bodemwarmte"))
        self.key_combo.setItemText(1, self.tr("Gelijk over de woningen"))
        self.key_combo.setItemText(2, self.tr("Naar ontwerpvermogen"))
        self.fields_box.setTitle(self.tr("Bodemvelden (de bron)"))
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
        self.wcw_box.setTitle(self.tr("Regels: Wet collectieve warmte"))
        self.score_box.setTitle(self.tr("Afwegingskader: hoe kansrijk is het initiatief?"))
        self.score_intro.setText(
            self.tr("Acht punten uit de handreiking van de provincie Utrecht, gevuld uit de intake en de cijfers.")
        )
        self.score_table.setHorizontalHeaderLabels([self.tr("Punt"), self.tr("Oordeel"), self.tr("Waarom")])
        self._on_results(self.document.results)

    # ------------------------------------------------------------------ settings
    def _sync_settings(self) -> None:
        settings = self.document.project.clusters
        params = self.document.results.parameters if self.document.results else None
        self._filling = True
        for widget in (self.size_spin, self.reserve_spin, self.layout_combo, self.key_combo):
            widget.blockSignals(True)
        default_size = params.int("cluster_size") if params else 4
        self.size_spin.setValue(settings.size if settings.size is not None else default_size)
        self.reserve_spin.setValue(int(settings.reserve_joiners))
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(settings.layout)))
        self.key_combo.setCurrentIndex(max(0, self.key_combo.findData(settings.allocation_key)))
        for widget in (self.size_spin, self.reserve_spin, self.layout_combo, self.key_combo):
            widget.blockSignals(False)
        self._filling = False

    def _size_changed(self, value: int) -> None:
        self.document.set_attr(lambda p: p.clusters, "size", int(value), self.tr("Woningen per cluster wijzigen"))

    # ------------------------------------------------------------------ clusters
    def cluster_names(self) -> list[str]:
        results = self.document.results
        return [c.name for c in results.clusters] if results else []

    def move_household(self, household_id: str, target: str) -> None:
        """Put a household in cluster ``target`` (a cluster id, or NEW_CLUSTER); pins today's arrangement (one undo step)."""
        results = self.document.results
        if results is None:
            return
        current = {hid: cluster.id for cluster in results.clusters for hid in cluster.households}
        if current.get(household_id) == target:
            return
        project = self.document.project
        manual, assignment = arrangement_after_move(
            project.clusters.manual, results.clusters, household_id, None if target == NEW_CLUSTER else target
        )
        target_name = next(m.name for m in manual if m.id == assignment[household_id])
        old_manual = copy.deepcopy(project.clusters.manual)
        old = {h.id: h.cluster for h in project.households}
        household = project.household(household_id)
        label = results.household(household_id).label if results.household(household_id) else household_id

        def apply(project):
            project.clusters.manual = copy.deepcopy(manual)
            for h in project.households:
                h.cluster = assignment.get(h.id)
            participant = project.household(household_id)
            if participant is not None and participant.participation == "declined":
                participant.participation = "interested"

        old_participation = household.participation if household else "unknown"

        def revert(project):
            project.clusters.manual = copy.deepcopy(old_manual)
            for h in project.households:
                h.cluster = old.get(h.id)
            participant = project.household(household_id)
            if participant is not None:
                participant.participation = old_participation

        self.document.edit(self.tr("{0} naar {1} verplaatsen").format(label, target_name), apply, revert)

    def automatic_clusters(self) -> None:
        old = {h.id: h.cluster for h in self.document.project.households}
        old_manual = copy.deepcopy(self.document.project.clusters.manual)
        if not any(old.values()) and not old_manual:
            return

        def apply(project):
            project.clusters.manual = []
            for h in project.households:
                h.cluster = None

        def revert(project):
            project.clusters.manual = copy.deepcopy(old_manual)
            for h in project.households:
                h.cluster = old.get(h.id)

        self.document.edit(self.tr("Clusters automatisch indelen"), apply, revert)

    def move_menu(self, household_id: str) -> QMenu:
        """The "Verplaats naar cluster…" menu for a household (also used by tests)."""
        menu = QMenu(self)
        sub = menu.addMenu(self.tr("Verplaats naar cluster…"))
        results = self.document.results
        current = None
        if results and results.household(household_id):
            current = results.household(household_id).cluster_id
        for cluster in results.clusters if results else []:
            action = QAction(cluster.name, sub)
            action.setEnabled(cluster.id != current)
            action.triggered.connect(lambda _checked=False, cid=cluster.id: self.move_household(household_id, cid))
            sub.addAction(action)
        sub.addSeparator()
        new_action = QAction(self.tr("Nieuw cluster"), sub)
        new_action.triggered.connect(lambda _checked=False: self.move_household(household_id, NEW_CLUSTER))
        sub.addAction(new_action)
        return menu

    def _cluster_menu(self, position) -> None:
        item = self.cluster_tree.itemAt(position)
        household_id = item.data(0, HOUSEHOLD_ROLE) if item else None
        if not household_id:
            return
        menu = self.move_menu(household_id)
        menu.popup(self.cluster_tree.viewport().mapToGlobal(position))

    def _fill_clusters(self, results) -> None:
        self.cluster_tree.clear()
        if results is None:
            return
        for cluster in results.clusters:
            pipe = format_number(cluster.pipe_length_m)
            text = self.tr("{0}: {1} woningen, {2} m leiding").format(cluster.name, len(cluster.households), pipe)
            if cluster.manual:
                text += self.tr(" (met de hand ingedeeld)")
            top = QTreeWidgetItem([text])
            top.setData(0, CLUSTER_ROLE, cluster.id)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for household_id in cluster.households:
                household = results.household(household_id)
                child = QTreeWidgetItem([household.label if household else household_id])
                child.setData(0, HOUSEHOLD_ROLE, household_id)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
                top.addChild(child)
            for warning in cluster.warnings:
                note = QTreeWidgetItem(["⚠ " + in_language(warning, ui_language())])
                note.setFlags(Qt.ItemFlag.ItemIsEnabled)
                note.setForeground(0, QBrush(QColor("#8a4b00")))
                top.addChild(note)
            self.cluster_tree.addTopLevelItem(top)
            top.setExpanded(True)
        outside = [h for h in results.households if h.cluster_id is None]
        if outside:
            top = QTreeWidgetItem([self.tr("Niet in een cluster ({0})").format(len(outside))])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for household in outside:
                reason = self.tr("doet niet mee") if not household.participates else self.tr("gegevens onvolledig")
                child = QTreeWidgetItem([f"{household.label} ({reason})"])
                child.setData(0, HOUSEHOLD_ROLE, household.id)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
                child.setForeground(0, QBrush(QColor("#666666")))
                top.addChild(child)
            self.cluster_tree.addTopLevelItem(top)
            top.setExpanded(True)

    # ------------------------------------------------------------------ results
    def _on_results(self, results) -> None:
        self._sync_settings()
        self._fill_warnings(results)
        self._fill_clusters(results)
        self._fill_fields(results)
        self._fill_wcw(results)
        self._fill_scorecard(results)
        self._fit_households_view()

    def _fit_households_view(self) -> None:
        rows = max(1, self.households_model.rowCount())
        self.households_view.verticalHeader().setDefaultSectionSize(32)
        fit_table_height(self.households_view, min(rows, 12), 32)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # larger text: a taller header would otherwise hide the last home behind a scroll bar
            self._fit_households_view()

    def warnings(self) -> list[str]:
        """Every warning and input problem, in plain language with what to do."""
        results = self.document.results
        if results is None:
            return []
        language = ui_language()
        texts = [p.text(language) for p in results.problems] + [in_language(w, language) for w in results.warnings]
        # one line per warning: the same sizing remark came once per borefield
        return list(dict.fromkeys(texts))

    def _fill_warnings(self, results) -> None:
        texts = self.warnings()
        if not texts:
            self.warnings_label.setText(self.tr("Geen aandachtspunten: de invoer is compleet en de clusters passen."))
            return
        items = "".join(f"<li style='margin-bottom:4px'>{_escape(t)}</li>" for t in texts)
        self.warnings_label.setText(f"<ul style='margin-left:-20px'>{items}</ul>")

    def _field_name(self, results, field) -> str:
        if field.cluster_id is not None:
            name = next((c.name for c in results.clusters if c.id == field.cluster_id), field.cluster_id)
            return self.tr("Gedeelde bodemlus {0}").format(name)
        household = results.household(field.households[0]) if field.households else None
        return self.tr("Eigen bodemlus {0}").format(household.label if household else "")

    def _fill_fields(self, results) -> None:
        self.fields_table.blockSignals(True)
        self.fields_table.setRowCount(0)
        self._field_ids = []
        if results is None:
            self.fields_table.blockSignals(False)
            self.fluid_chart.show_message(self.tr("Nog geen bodemvelden berekend."))
            self.rule_note.setText("")
            return
        ordered = [f for f in results.fields if f.variant == Variant.SHARED_LOOP] + [
            f for f in results.fields if f.variant != Variant.SHARED_LOOP
        ]
        self.fields_table.setRowCount(len(ordered))
        for row, field in enumerate(ordered):
            sizing = field.sizing
            rule = f"{format_number(sizing.rule_of_thumb_length_m)} m"
            if sizing.differs_from_rule_of_thumb:
                rule += self.tr(" (wijkt > 30 % af)")
            values = [
                self._field_name(results, field),
                str(len(field.households)),
                str(sizing.boreholes),
                f"{format_number(sizing.depth_m)} m",
                f"{format_number(sizing.total_length_m)} m",
                f"{format_number(sizing.min_fluid_temp_c, 1)} °C",
                rule,
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 4 and field.households:
                    variant = Variant.SHARED_LOOP if field.cluster_id is not None else Variant.GROUND_HP
                    item.setToolTip(
                        explain(results, field.households[0], variant, "borefield_length_m", ui_language()).as_text()
                    )
                if column == 6 and sizing.differs_from_rule_of_thumb:
                    item.setBackground(QBrush(WARNING_BACKGROUND))
                self.fields_table.setItem(row, column, item)
            self._field_ids.append(field.id)
        fit_table_height(self.fields_table, min(len(ordered), 8))
        if ordered:
            self.fields_table.selectRow(0)
        self.fields_table.blockSignals(False)
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
            self.rule_note.setText("")
            return
        sizing = field.sizing
        language = ui_language()
        limit = results.parameters["min_fluid_temp_c"]
        monthly, peaks = list(sizing.monthly_fluid_temp_c), list(sizing.monthly_peak_fluid_temp_c) or None
        # a factory: the figure is made and drawn on the chart render thread
        self.fluid_chart.set_figure(
            lambda: charts.fluid_temperature_figure(monthly, limit, peak_temps_c=peaks, language=language)
        )
        notes = []
        if sizing.provisional:
            notes.append(self.tr("Voorlopig: deze lengte komt alleen uit de vuistregel; de berekening volgt."))
        if sizing.differs_from_rule_of_thumb:
            notes.append(
                self.tr(
                    "De berekende lengte ({0} m) wijkt meer dan 30 % af van de vuistregel ({1} m). "
                    "Laat het bronontwerp door een specialist controleren."
                ).format(format_number(sizing.total_length_m), format_number(sizing.rule_of_thumb_length_m))
            )
        else:
            notes.append(
                self.tr("Controle met de vuistregel (50 W per meter): {0} m, dat klopt in grote lijnen.").format(
                    format_number(sizing.rule_of_thumb_length_m)
                )
            )
        share_total = sum(field.cost_shares_eur.values())
        notes.append(self.tr("Investering in dit veld: {0}.").format(format_money(share_total)))
        self.rule_note.setText(" ".join(notes))

    def _fill_scorecard(self, results) -> None:
        rows = scorecard(self.document.project, results, ui_language())
        words = {GOOD: "✓ " + self.tr("gunstig"), DOUBT: "? " + self.tr("nagaan"), WEAK: "✗ " + self.tr("zwak")}
        colours = {GOOD: "#e8f5e9", DOUBT: "#f4f4f4", WEAK: "#fdecea"}
        self.score_table.setRowCount(len(rows))
        for row, (name, status, why) in enumerate(rows):
            items = [QTableWidgetItem(name), QTableWidgetItem(words[status]), QTableWidgetItem(why)]
            items[1].setBackground(QBrush(QColor(colours[status])))
            items[1].setData(Qt.ItemDataRole.UserRole, status)
            for column, item in enumerate(items):
                self.score_table.setItem(row, column, item)
        self.score_table.resizeRowsToContents()
        height = sum(self.score_table.rowHeight(r) for r in range(self.score_table.rowCount()))
        self.score_table.setFixedHeight(height + self.score_table.horizontalHeader().height() + 6)

    def _fill_wcw(self, results) -> None:
        if results is None:
            self.wcw_label.setText(self.tr("Nog niet bepaald: vul eerst de woningen in."))
            return
        language = ui_language()
        regime = results.group.wcw
        title = regime.title_en if language == "en" else regime.title_nl
        explanation = regime.explanation_en if language == "en" else regime.explanation_nl
        lines = [
            f"<p><b>{_escape(title)}</b> – "
            + _escape(self.tr("{0} deelnemende aansluitingen.").format(regime.connections))
            + "</p>",
            f"<p>{_escape(explanation)}</p>",
            "<p><b>" + _escape(self.tr("Passende organisatievormen, beste eerst:")) + "</b></p><ol>",
        ]
        for key in regime.models:
            model = ORGANISATION_MODELS[key]
            suffix = "_en" if language == "en" else "_nl"
            lines.append(
                f"<li><b>{_escape(model['en' if language == 'en' else 'nl'])}</b><br>"
                f"+ {_escape(model['pros' + suffix])}<br>− {_escape(model['cons' + suffix])}</li>"
            )
        lines.append("</ol>")
        self.wcw_label.setText("".join(lines))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
