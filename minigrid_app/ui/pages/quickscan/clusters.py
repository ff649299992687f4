"""Clusters: buren die één bron delen. The homes per cluster, and the settings of the clustering.

Households move between clusters by drag-and-drop or the context menu "Verplaats naar
cluster…", which pins the current arrangement and sets ``Household.cluster`` to a manual
cluster's internal id (one undo step). A home that drops out leaves the others in their cluster
(``minigrid_app.core.cluster_keeping``, applied to every edit by the document); "Clusters opnieuw
indelen" forgets every pinned cluster, and the note above the tree says which homes moved.
The settings (homes per cluster, room for later joiners, borehole layout, allocation key) are
written through ``document.set_attr``; the default cluster size shown is the figure in force.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minigrid_app.core.clusters import arrangement_after_move
from minigrid_app.core.formatting import unbroken
from minigrid_app.core.model import ALLOCATION_KEYS, LAYOUTS
from minigrid_app.core.participation import DECLINED, INTERESTED, UNKNOWN
from minigrid_app.core.problems import in_language
from minigrid_app.core.steps import parameters_in_force
from minigrid_app.ui.locale import format_number, ui_language
from minigrid_app.ui.models.households_tech_model import HOUSEHOLD_ROLE
from minigrid_app.ui.pages.base import Panel
from minigrid_app.ui.pages.table_panel import fit_rows, follow_rows
from minigrid_app.ui.widgets.cluster_changes import ClusterChangesNote
from minigrid_app.ui.widgets.steady import SteadyComboBox, SteadyDoubleSpinBox, SteadySpinBox
from minigrid_app.ui.widgets.whole_figures import Label, WholeFiguresDelegate

CLUSTER_ROLE = Qt.ItemDataRole.UserRole + 2
NEW_CLUSTER = "__new__"


class _WrappingDelegate(WholeFiguresDelegate):
    """Rows as high as their wrapped lines: QTreeView asks a delegate for a row's height without
    the column's width, so a long line wrapped into a row of one line (its end cut off)."""

    def sizeHint(self, option, index):  # noqa: N802 - Qt override
        hint = super().sizeHint(option, index)
        view = self.parent()
        level, parent = 0, index.parent()
        while parent.isValid():
            level, parent = level + 1, parent.parent()
        indent = (level + (1 if view.rootIsDecorated() else 0)) * view.indentation()
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        width = view.header().sectionSize(0) - indent - 2 * margin
        text = unbroken(str(index.data() or ""))  # as shown: its figures kept whole
        if width <= 0 or not text:
            return hint
        lines = view.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text).height()
        return QSize(hint.width(), max(hint.height(), lines + 2 * margin))


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
        # a cluster's remark is read whole: it wraps in the tree's width, each row as high as its
        # lines ('⚠ Cluster 1: maar één woning; een gedeelde bodemlus is da…' was cut)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_WrappingDelegate(self))
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Rows as high as their lines at the new width (Qt keeps the heights of the width before)."""
        super().resizeEvent(event)
        self.doItemsLayout()
        fit_rows(self)

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


class ClustersPanel(Panel):
    """The cluster tree with 'Clusters opnieuw indelen' on the left, the settings on the right."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.clusters_intro = Label()
        self.clusters_intro.setWordWrap(True)
        left.addWidget(self.clusters_intro)
        self.changes_note = ClusterChangesNote(document)
        left.addWidget(self.changes_note)
        self.cluster_tree = ClusterTree()
        follow_rows(self.cluster_tree)  # every cluster and home shown: the page scrolls, not the tree
        self.cluster_tree.moveRequested.connect(self.move_household)
        self.cluster_tree.customContextMenuRequested.connect(self._cluster_menu)
        left.addWidget(self.cluster_tree, 1)
        self.auto_button = QPushButton()
        self.auto_button.setMinimumHeight(32)
        self.auto_button.clicked.connect(self.automatic_clusters)
        # a grey button says why, next to it: the clusters are already as Minigrid forms them
        self.auto_reason = Label()
        self.auto_reason.setWordWrap(True)
        self.auto_reason.setStyleSheet("color: #555555;")
        button_row = QHBoxLayout()
        button_row.addWidget(self.auto_button, 0, Qt.AlignmentFlag.AlignVCenter)
        button_row.addWidget(self.auto_reason, 1, Qt.AlignmentFlag.AlignVCenter)
        left.addLayout(button_row)
        layout.addLayout(left, 3)
        layout.addWidget(self._settings(), 2, Qt.AlignmentFlag.AlignTop)

    def _settings(self) -> QWidget:
        settings = QGridLayout()
        self.size_spin = SteadySpinBox()
        self.size_spin.setRange(2, 5)
        self.size_spin.valueChanged.connect(self._size_changed)
        self.reserve_spin = SteadySpinBox()
        self.reserve_spin.setRange(0, 5)
        self.reserve_spin.valueChanged.connect(self._reserve_changed)
        self.layout_combo = SteadyComboBox()
        for key in LAYOUTS:
            self.layout_combo.addItem("", key)
        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        self.key_combo = SteadyComboBox()
        for key in ALLOCATION_KEYS:
            self.key_combo.addItem("", key)
        self.key_combo.currentIndexChanged.connect(self._key_changed)
        # room along the street for the shared fields (0: the whole street)
        self.street_spin = SteadySpinBox()
        self.street_spin.setRange(0, 10000)
        self.street_spin.setSuffix(" m")
        self.street_spin.setKeyboardTracking(False)
        self.street_spin.valueChanged.connect(self._street_changed)
        for widget in (self.size_spin, self.reserve_spin, self.layout_combo, self.key_combo, self.street_spin):
            widget.setMinimumHeight(32)
        for combo in (self.layout_combo, self.key_combo):
            # the whole choice stays readable ("Naar onttrokken bodemwarmte" was cut off)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.size_label, self.reserve_label, self.layout_label, self.key_label, self.street_label = (Label() for _ in range(5))
        for label in (self.size_label, self.reserve_label, self.layout_label, self.key_label, self.street_label):
            label.setWordWrap(True)
        # a grid, not a QFormLayout: a form row takes the height of its label's lines at the width
        # of the label column, then gives the label only the width of its size hint, so
        # "Ruimte langs de straat voor de velden" wrapped to three lines in a row of two
        rows = (
            (self.size_label, self.size_spin),
            (self.reserve_label, self.reserve_spin),
            (self.layout_label, self.layout_combo),
            (self.key_label, self.key_combo),
            (self.street_label, self.street_spin),
        )
        for row, (label, field) in enumerate(rows):
            settings.addWidget(label, row, 0)
            settings.addWidget(field, row, 1)
        settings.setColumnStretch(0, 1)
        settings.setColumnStretch(1, 1)
        widget = QWidget()
        widget.setLayout(settings)
        widget.setMinimumWidth(480)
        return widget

    def retranslate(self) -> None:
        self.setTitle(self.tr("Clusters: buren die één bron delen"))
        self._intro()
        self.changes_note.retranslate()
        self.auto_button.setText(self.tr("Clusters opnieuw indelen"))
        self._auto_words()
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
        self.street_label.setText(self.tr("Ruimte langs de straat voor de velden"))
        self.street_spin.setSpecialValueText(self.tr("hele straat"))
        street_help = self.tr(
            "Hoeveel meter langs de straat de gedeelde velden mogen gebruiken, vanaf de eerste woning. "
            "De strook van één cluster past u aan met de rechtermuisknop op het cluster."
        )
        self.street_label.setToolTip(street_help)
        self.street_spin.setToolTip(street_help)

    def _intro(self) -> None:
        text = self.tr(
            "Sleep een woning naar een ander cluster, of klik er met de rechtermuisknop op en kies "
            "'Verplaats naar cluster…'."
        )
        if self.fixed():
            text += " " + self.tr(
                "De indeling staat vast: doet een woning niet meer mee of komt er een bij, dan blijven de "
                "andere woningen in hun cluster. 'Clusters opnieuw indelen' verdeelt alle woningen opnieuw "
                "(ook een ander aantal woningen per cluster geldt pas dan)."
            )
        self.clusters_intro.setText(text)

    def _auto_words(self) -> None:
        """The button's tooltip, and when it is grey, why, next to it and in the tooltip."""
        if self.auto_button.isEnabled():
            self.auto_reason.hide()
            self.auto_button.setToolTip(
                self.tr(
                    "Verdeelt alle deelnemende woningen opnieuw over clusters langs de straat, met het aantal "
                    "woningen per cluster hiernaast. Ook met de hand verplaatste woningen worden opnieuw ingedeeld. "
                    "Wat er verandert, ziet u boven de clusters; Ongedaan maken zet het terug."
                )
            )
            return
        results = self.document.results
        if not (results and results.clusters) and not self.document.awaiting_results:
            # a new project: 'Niet nodig: de clusters zijn al automatisch ingedeeld' over an empty list
            # told a resident there were clusters
            self.auto_reason.setText(self.tr("Nog geen clusters: die komen er zodra er woningen met hun gasverbruik zijn."))
            self.auto_reason.show()
            self.auto_button.setToolTip(self.auto_reason.text())
            return
        self.auto_reason.setText(self.tr("Niet nodig: de clusters zijn al automatisch ingedeeld."))
        self.auto_reason.show()
        self.auto_button.setToolTip(
            self.tr(
                "Niet nodig: de clusters zijn nu al automatisch ingedeeld langs de straat, dus opnieuw indelen "
                "verandert niets. De knop werkt weer zodra de indeling vaststaat, bijvoorbeeld als u een "
                "woning naar een ander cluster verplaatst of als er een woning afvalt."
            )
        )

    def fixed(self) -> bool:
        """True when the clusters are pinned (after a drop-out or a move by hand)."""
        project = self.document.project
        return bool(project.clusters.manual) or any(h.cluster for h in project.households)

    # ------------------------------------------------------------------ settings
    def show_project(self, project) -> None:
        self._intro()
        self.auto_button.setEnabled(self.fixed())
        self._auto_words()
        settings = project.clusters
        widgets = (self.size_spin, self.reserve_spin, self.layout_combo, self.key_combo, self.street_spin)
        for widget in widgets:
            widget.blockSignals(True)
        self.street_spin.setValue(round(settings.street_length_m or 0))
        default_size = parameters_in_force(project, self.document.results).int("cluster_size")
        self.size_spin.setValue(settings.size if settings.size is not None else default_size)
        self.reserve_spin.setValue(int(settings.reserve_joiners))
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(settings.layout)))
        self.key_combo.setCurrentIndex(max(0, self.key_combo.findData(settings.allocation_key)))
        for widget in widgets:
            widget.blockSignals(False)

    def _size_changed(self, value: int) -> None:
        self.document.set_attr(lambda p: p.clusters, "size", int(value), self.tr("Woningen per cluster wijzigen"))

    def _reserve_changed(self, value: int) -> None:
        self.document.set_attr(
            lambda p: p.clusters, "reserve_joiners", int(value), self.tr("Reserve voor latere deelnemers wijzigen")
        )

    def _layout_changed(self, _index: int) -> None:
        self.document.set_attr(
            lambda p: p.clusters, "layout", self.layout_combo.currentData(), self.tr("Opstelling boorgaten wijzigen")
        )

    def _key_changed(self, _index: int) -> None:
        self.document.set_attr(
            lambda p: p.clusters, "allocation_key", self.key_combo.currentData(), self.tr("Verdeelsleutel wijzigen")
        )

    def _street_changed(self, value: int) -> None:
        self.document.set_attr(
            lambda p: p.clusters, "street_length_m", float(value) if value > 0 else None,
            self.tr("Ruimte langs de straat wijzigen"),
        )

    def set_strip(self, cluster_id: str, length_m: float, width_m: float) -> None:
        """The strip a cluster's shared field may use [m] (0: the default); one undo step."""
        settings = self.document.project.clusters
        old = (dict(settings.strip_lengths_m), dict(settings.strip_widths_m))
        new = (dict(old[0]), dict(old[1]))
        for values, value in zip(new, (length_m, width_m), strict=True):
            if value > 0:
                values[cluster_id] = float(value)
            else:
                values.pop(cluster_id, None)
        if new == old:
            return

        def put(values):
            def apply(project):
                project.clusters.strip_lengths_m, project.clusters.strip_widths_m = dict(values[0]), dict(values[1])

            return apply

        name = next((c.name for c in self.document.results.clusters if c.id == cluster_id), cluster_id) if self.document.results else cluster_id
        self.document.edit(self.tr("Strook voor het veld van {0} wijzigen").format(name), put(new), put(old))

    def strip_dialog(self, cluster_id: str) -> QDialog:
        """Length and width of a cluster's strip, entered in a small dialog (also used by tests)."""
        settings = self.document.project.clusters
        name = next((c.name for c in self.document.results.clusters if c.id == cluster_id), cluster_id) if self.document.results else cluster_id
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Ruimte voor het gedeelde veld van {0}").format(name))
        form = QFormLayout(dialog)
        intro = Label(self.tr("Waar het gedeelde veld mag komen, langs de straat. 0 = standaard: langs de gevels van de woningen, één rij breed."))
        intro.setWordWrap(True)
        form.addRow(intro)
        dialog.length_spin, dialog.width_spin = SteadyDoubleSpinBox(), SteadyDoubleSpinBox()
        for spin, value, top in ((dialog.length_spin, settings.strip_lengths_m.get(cluster_id, 0.0), 2000.0),
                                 (dialog.width_spin, settings.strip_widths_m.get(cluster_id, 0.0), 100.0)):
            spin.setRange(0.0, top)
            spin.setDecimals(0)
            spin.setSuffix(" m")
            spin.setSpecialValueText(self.tr("standaard"))
            spin.setValue(value)
            spin.setMinimumHeight(32)
        form.addRow(self.tr("Lengte langs de straat"), dialog.length_spin)
        form.addRow(self.tr("Breedte"), dialog.width_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        dialog.accepted.connect(lambda: self.set_strip(cluster_id, dialog.length_spin.value(), dialog.width_spin.value()))
        return dialog

    # ------------------------------------------------------------------ clusters
    def cluster_names(self) -> list[str]:
        results = self.document.results
        return [c.name for c in results.clusters] if results else []

    def move_household(self, household_id: str, target: str) -> None:
        """Put a household in cluster ``target`` (a cluster id, or NEW_CLUSTER); pins today's arrangement
        (one undo step). A home that declined and is moved into a cluster becomes interested again."""
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
        found = results.household(household_id)
        label = in_language(found.label, ui_language()) if found else household_id

        def apply(project):
            project.clusters.manual = copy.deepcopy(manual)
            for h in project.households:
                h.cluster = assignment.get(h.id)
            participant = project.household(household_id)
            if participant is not None and participant.participation == DECLINED:
                participant.participation = INTERESTED

        old_participation = household.participation if household else UNKNOWN

        def revert(project):
            project.clusters.manual = copy.deepcopy(old_manual)
            for h in project.households:
                h.cluster = old.get(h.id)
            participant = project.household(household_id)
            if participant is not None:
                participant.participation = old_participation

        self.document.edit(self.tr("{0} naar {1} verplaatsen").format(label, target_name), apply, revert)

    def automatic_clusters(self) -> None:
        """Re-form: forget every pinned cluster (one undo step); the engine forms the clusters again
        and the document says which homes moved."""
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

        had_keyboard = self.window().focusWidget() is self.auto_button
        self.document.edit(self.tr("Clusters opnieuw indelen"), apply, revert)
        if had_keyboard:  # the button turns grey; Qt gave the keyboard to 'Woningen per cluster', where a key typed next replaced the 4
            self.cluster_tree.setFocus(Qt.FocusReason.OtherFocusReason)

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
        cluster_id = item.data(0, CLUSTER_ROLE) if item else None
        if cluster_id and not household_id:
            menu = QMenu(self)
            action = menu.addAction(self.tr("Ruimte voor het gedeelde veld…"))
            action.triggered.connect(lambda _checked=False, cid=cluster_id: self.strip_dialog(cid).open())
            menu.popup(self.cluster_tree.viewport().mapToGlobal(position))
            return
        if not household_id:
            return
        menu = self.move_menu(household_id)
        menu.popup(self.cluster_tree.viewport().mapToGlobal(position))

    def show_results(self, results) -> None:
        self.show_project(self.document.project)  # the default cluster size comes with the results
        self.cluster_tree.clear()
        self.cluster_tree.setVisible(bool(results and results.households))  # no homes: no empty strip of a list
        if results is None:
            return
        for cluster in results.clusters:
            pipe = format_number(cluster.pipe_length_m)
            text = self.tr("{0}: %n woningen, {1} m leiding", "", len(cluster.households)).format(cluster.name, pipe)
            top = QTreeWidgetItem([text])
            top.setData(0, CLUSTER_ROLE, cluster.id)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for household_id in cluster.households:
                household = results.household(household_id)
                child = QTreeWidgetItem([household.name(ui_language()) if household else household_id])
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
                child = QTreeWidgetItem([f"{household.name(ui_language())} ({reason})"])
                child.setData(0, HOUSEHOLD_ROLE, household.id)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
                child.setForeground(0, QBrush(QColor("#666666")))
                top.addChild(child)
            self.cluster_tree.addTopLevelItem(top)
            top.setExpanded(True)
