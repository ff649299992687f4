"""Step 2, "Wat vinden we belangrijk?": the first residents' evening and the residents' conditions.

The evening (date, attendance, interested) is ``project.first_evening``. The conditions are
``project.conditions``: the common ones (``core.conditions.COMMON_CONDITIONS``) are ticked,
with a value where the numbers can check them ("per maand hoogstens € 10 meer dan nu");
own conditions are free text. Unticking keeps a condition but switches it off
(``enabled``), so its value is not lost. Every change is one undo step.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minigrid_app.core import steps
from minigrid_app.core.conditions import COMMON_CONDITIONS, condition_text, shown_condition_text
from minigrid_app.core.model import Condition
from minigrid_app.core.participation import evening_count_note
from minigrid_app.core.steps import Missing
from minigrid_app.ui.locale import parse_date, show_date, ui_language, ui_locale
from minigrid_app.ui.pages.base import StepPage, Unadded, bring_into_view
from minigrid_app.ui.widgets.field_message import NOTED, field_message, show_field_message
from minigrid_app.ui.widgets.steady import SteadySpinBox
from minigrid_app.ui.widgets.typed_text import keep_typing, show_text
from minigrid_app.ui.widgets.whole_figures import Label

#: the value of the checkable conditions: (minimum, maximum, step) [€/month, €, years]
VALUE_RANGES = {
    "max_monthly_increase": (0, 500, 5),
    "max_investment": (0, 100000, 500),
    "max_payback": (1, 50, 1),
}
ROW_HEIGHT = 34


def default_value(kind: str) -> float | None:
    return next((default for k, _nl, _en, default in COMMON_CONDITIONS if k == kind), None)


class FirstEveningPage(StepPage):
    step_key = "first_evening"

    def build(self) -> None:
        layout = self.add_scroll_area()
        layout.setContentsMargins(0, 0, 8, 0)
        self.intro = Label()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        # -- the evening
        self.evening_box = QGroupBox()
        grid = QGridLayout(self.evening_box)
        grid.setHorizontalSpacing(24)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            form.setHorizontalSpacing(12)  # the label never touches its field
        self.date_label, self.attendance_label, self.interested_label, self.notes_label = (Label() for _ in range(4))
        self.date_edit = keep_typing(QLineEdit())
        self.date_edit.setMinimumHeight(32)
        self.date_edit.editingFinished.connect(self._date_changed)
        self.attendance_spin = self._count_spin("attendance")
        self.interested_spin = self._count_spin("interested")
        self.notes_edit = keep_typing(QLineEdit())
        self.notes_edit.setMinimumHeight(32)
        self.notes_edit.editingFinished.connect(self._notes_changed)
        left.addRow(self.date_label, self.date_edit)
        left.addRow(self.notes_label, self.notes_edit)
        right.addRow(self.attendance_label, self.attendance_spin)
        right.addRow(self.interested_label, self.interested_spin)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addWidget(self.evening_box)

        # -- common conditions
        self.common_box = QGroupBox()
        common_layout = QVBoxLayout(self.common_box)
        self.common_intro = Label()
        self.common_intro.setWordWrap(True)
        common_layout.addWidget(self.common_intro)
        self.common_checks: dict[str, QCheckBox] = {}
        self.value_spins: dict[str, QSpinBox] = {}
        self.suffix_labels: dict[str, QLabel] = {}
        common_grid = QGridLayout()
        common_grid.setHorizontalSpacing(10)
        common_grid.setColumnStretch(3, 1)
        for number, (kind, _nl, _en, _default) in enumerate(COMMON_CONDITIONS):
            check = QCheckBox()
            check.setMinimumHeight(ROW_HEIGHT)
            check.toggled.connect(lambda on, k=kind: self.set_common(k, on))
            self.common_checks[kind] = check
            if kind not in VALUE_RANGES:
                common_grid.addWidget(check, number, 0, 1, 4)
                continue
            common_grid.addWidget(check, number, 0)
            minimum, maximum, step = VALUE_RANGES[kind]
            spin = SteadySpinBox()
            spin.setRange(minimum, maximum)
            spin.setSingleStep(step)
            spin.setGroupSeparatorShown(True)
            spin.setKeyboardTracking(False)
            spin.setMinimumHeight(32)
            spin.setMinimumWidth(120)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.valueChanged.connect(lambda value, k=kind: self.set_value(k, value))
            self.value_spins[kind] = spin
            common_grid.addWidget(spin, number, 1)
            suffix = Label()
            self.suffix_labels[kind] = suffix
            common_grid.addWidget(suffix, number, 2)
        common_layout.addLayout(common_grid)
        layout.addWidget(self.common_box)

        # -- own conditions
        self.own_box = QGroupBox()
        own_layout = QVBoxLayout(self.own_box)
        self.own_intro = Label()
        self.own_intro.setWordWrap(True)
        own_layout.addWidget(self.own_intro)
        self.own_rows_widget = QWidget()
        self.own_rows = QVBoxLayout(self.own_rows_widget)
        self.own_rows.setContentsMargins(0, 0, 0, 0)
        own_layout.addWidget(self.own_rows_widget)
        add_row = QHBoxLayout()
        self.new_condition_edit = QLineEdit()
        self.new_condition_edit.setMinimumHeight(32)
        self.new_condition_edit.returnPressed.connect(self.add_own_from_edit)
        add_row.addWidget(self.new_condition_edit, 1)
        self.add_button = QPushButton()
        self.add_button.setMinimumHeight(ROW_HEIGHT)
        self.add_button.clicked.connect(self.add_own_from_edit)
        add_row.addWidget(self.add_button)
        own_layout.addLayout(add_row)
        layout.addWidget(self.own_box)
        layout.addStretch(1)

        self._own_ids: list[str] = []
        self._own_widgets: dict[str, tuple[QCheckBox, QLineEdit, QPushButton]] = {}

    def _count_spin(self, field_name: str) -> QSpinBox:
        spin = SteadySpinBox()
        spin.setRange(-1, 5000)
        spin.setSpecialValueText("–")  # -1: not known yet
        spin.setKeyboardTracking(False)
        spin.setMinimumHeight(32)
        spin.setMaximumWidth(140)
        spin.valueChanged.connect(lambda value, name=field_name: self._count_changed(name, value))
        return spin

    # ------------------------------------------------------------------ contract
    def question(self) -> str:
        return self.tr("Wat vinden we belangrijk?")

    def step_title(self) -> str:
        return self.tr("Eerste bewonersavond")

    def missing_text(self, item: Missing) -> str:
        return {
            steps.EVENING_DATE: self.tr("Vul de datum van de avond in."),
            steps.ATTENDANCE: self.tr("Hoeveel mensen waren er?"),
            steps.NO_CONDITIONS: self.tr("Nog geen voorwaarden van de bewoners."),
        }[item.what]

    def set_texts(self) -> None:
        self.intro.setText(
            self.tr(
                "Wat vinden de bewoners belangrijk? Vink de voorwaarden aan die op de avond zijn genoemd. "
                "Voorwaarden met een bedrag of een aantal jaren toetst Minigrid bij de tweede bewonersavond aan de cijfers."
            )
        )
        self.evening_box.setTitle(self.tr("De eerste bewonersavond"))
        self.date_label.setText(self.tr("Datum"))
        self.date_edit.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.attendance_label.setText(self.tr("Aanwezig (personen)"))
        self.interested_label.setText(self.tr("Geïnteresseerd (woningen)"))
        self.notes_label.setText(self.tr("Opmerkingen"))
        self.common_box.setTitle(self.tr("Veelgenoemde voorwaarden"))
        self.common_intro.setText(self.tr("Vink aan wat voor de bewoners moet gelden. Pas de bedragen aan wat op de avond is afgesproken."))
        prefixes = {
            "max_monthly_increase": (self.tr("Per maand hoogstens"), self.tr("meer dan nu met gas")),
            "max_investment": (self.tr("Eenmalig hoogstens"), self.tr("per woning (na subsidie)")),
            "max_payback": (self.tr("Terugverdiend binnen"), self.tr("jaar")),
        }
        language = ui_language()
        for kind, check in self.common_checks.items():
            if kind in prefixes:
                check.setText(prefixes[kind][0])
                self.suffix_labels[kind].setText(prefixes[kind][1])
                spin = self.value_spins[kind]
                spin.setLocale(ui_locale(language))
                spin.setPrefix("€ " if kind != "max_payback" else "")
            else:
                check.setText(condition_text(kind, None, language))
        self.own_box.setTitle(self.tr("Eigen voorwaarden"))
        self.own_intro.setText(
            self.tr("Wat verder is genoemd, in de woorden van de bewoners. Deze worden op de tweede avond besproken, niet berekend.")
        )
        self.new_condition_edit.setPlaceholderText(self.tr("bijvoorbeeld: de straat mag maar één keer open"))
        self.add_button.setText(self.tr("+ Voorwaarde toevoegen"))
        for _check, _edit, remove in self._own_widgets.values():
            remove.setText(self.tr("Verwijderen"))

    # ------------------------------------------------------------------ showing
    def condition_of_kind(self, kind: str) -> Condition | None:
        return next((c for c in self.document.project.conditions if c.kind == kind), None)

    def show_project(self, project) -> None:
        evening = project.first_evening
        show_text(self.date_edit, show_date(evening.date))
        for spin, value in ((self.attendance_spin, evening.attendance), (self.interested_spin, evening.interested)):
            self._quietly(spin, -1 if value is None else value)
        if show_text(self.notes_edit, evening.notes):
            self.notes_edit.setCursorPosition(0)  # a long remark shows its beginning, not its end
        for kind, check in self.common_checks.items():
            condition = self.condition_of_kind(kind)
            blocked = check.blockSignals(True)
            check.setChecked(condition is not None and condition.enabled)
            check.blockSignals(blocked)
            if kind in self.value_spins:
                value = condition.value if condition is not None and condition.value is not None else default_value(kind)
                self._quietly(self.value_spins[kind], int(round(value or 0)))
                self.value_spins[kind].setEnabled(condition is not None and condition.enabled)
            else:  # in the words step 5, the slides and the report show: the group's own, where it chose them
                language = ui_language()
                check.setText(condition_text(kind, None, language) if condition is None else shown_condition_text(condition, language))
        self._fill_own()

    @staticmethod
    def _quietly(spin: QSpinBox, value: int) -> None:
        if spin.value() != value:
            blocked = spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(blocked)

    def own_conditions(self) -> list[Condition]:
        return [c for c in self.document.project.conditions if c.kind == "custom"]

    def _fill_own(self) -> None:
        conditions = self.own_conditions()
        ids = [c.id for c in conditions]
        if ids != self._own_ids:
            while self.own_rows.count():
                item = self.own_rows.takeAt(0)
                if item.layout() is not None:
                    while item.layout().count():
                        child = item.layout().takeAt(0)
                        if child.widget() is not None:
                            child.widget().deleteLater()
                    item.layout().deleteLater()
            self._own_widgets = {}
            for condition in conditions:
                row = QHBoxLayout()
                check = QCheckBox()
                check.setMinimumHeight(ROW_HEIGHT)
                check.setToolTip(self.tr("Aangevinkt: deze voorwaarde telt mee"))
                check.toggled.connect(lambda on, cid=condition.id: self.set_enabled(cid, on))
                edit = keep_typing(QLineEdit())
                edit.setMinimumHeight(32)
                edit.editingFinished.connect(lambda cid=condition.id: self._own_text_changed(cid))
                remove = QPushButton(self.tr("Verwijderen"))
                remove.setMinimumHeight(ROW_HEIGHT)
                remove.clicked.connect(lambda _checked=False, cid=condition.id: self.remove_condition(cid))
                row.addWidget(check)
                row.addWidget(edit, 1)
                row.addWidget(remove)
                self.own_rows.addLayout(row)
                self._own_widgets[condition.id] = (check, edit, remove)
            self._own_ids = ids
        for condition in conditions:
            check, edit, _remove = self._own_widgets[condition.id]
            blocked = check.blockSignals(True)
            check.setChecked(condition.enabled)
            check.blockSignals(blocked)
            show_text(edit, condition.text)

    # ------------------------------------------------------------------ the evening
    def _date_changed(self) -> None:
        text = self.date_edit.text().strip()
        try:
            value = parse_date(text) or ""
        except ValueError:
            show_field_message(self.date_edit, self.tr("'{0}' is geen datum; typ bijvoorbeeld 12-03-2026.").format(text))
            return
        if field_message(self.date_edit).anchor is self.date_edit:
            show_field_message(self.date_edit, "")
        self.document.set_attr(lambda project: project.first_evening, "date", value, self.tr("Datum van de avond wijzigen"))
        self.date_edit.setText(show_date(value))  # typed as '12-3-2026', shown as every date is: 12-03-2026

    def _count_changed(self, field_name: str, value: int) -> None:
        text = self.tr("Aantal aanwezigen wijzigen") if field_name == "attendance" else self.tr("Aantal geïnteresseerden wijzigen")
        self.document.set_attr(lambda project: project.first_evening, field_name, None if value < 0 else value, text)
        if field_name == "interested":  # after the box's own end of editing, which puts its notes away
            QTimer.singleShot(0, self._say_evening_count)

    def _say_evening_count(self) -> None:
        """More interested homes than the street has: said at the field, as step 5 counts at most them."""
        note = evening_count_note(self.document.project)
        if note is not None:
            show_field_message(self.interested_spin, note.text(ui_language()), kind=NOTED)
        elif field_message(self.interested_spin).anchor is self.interested_spin:
            show_field_message(self.interested_spin, "")

    def _notes_changed(self) -> None:
        self.document.set_attr(
            lambda project: project.first_evening, "notes", self.notes_edit.text().strip(), self.tr("Opmerkingen wijzigen")
        )

    # ------------------------------------------------------------------ conditions (each one undo step)
    def _replace_conditions(self, new: list[Condition], text: str) -> None:
        self.document.set_attr(lambda project: project, "conditions", new, text)

    def set_common(self, kind: str, on: bool) -> None:
        """Tick (add or switch on) or untick (switch off, value kept) a common condition."""
        conditions = copy.deepcopy(self.document.project.conditions)
        existing = next((c for c in conditions if c.kind == kind), None)
        if existing is None:
            if not on:
                return
            value = float(self.value_spins[kind].value()) if kind in self.value_spins else None
            conditions.append(Condition(kind=kind, text=condition_text(kind, value, ui_language()), value=value))
        else:
            existing.enabled = on
        self._replace_conditions(conditions, self.tr("Voorwaarde aanvinken") if on else self.tr("Voorwaarde uitvinken"))

    def set_value(self, kind: str, value: float) -> None:
        """Change the amount of a checkable condition (its text follows)."""
        conditions = copy.deepcopy(self.document.project.conditions)
        existing = next((c for c in conditions if c.kind == kind), None)
        if existing is None:
            return
        existing.value = float(value)
        existing.text = condition_text(kind, float(value), ui_language())
        self._replace_conditions(conditions, self.tr("Bedrag van een voorwaarde wijzigen"))

    def add_own(self, text: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        condition = Condition(kind="custom", text=text)
        self._replace_conditions([*copy.deepcopy(self.document.project.conditions), condition], self.tr("Voorwaarde toevoegen"))
        return condition.id

    def unadded(self) -> list[Unadded]:
        """A condition typed but not added with '+ Voorwaarde toevoegen' (asked about before it is lost)."""
        if not self._built or not self.new_condition_edit.text().strip():
            return []

        def add() -> bool:
            self.add_own_from_edit()
            return not self.new_condition_edit.text().strip()

        what = self.tr("de voorwaarde ‘{0}’ (stap 2)").format(self.new_condition_edit.text().strip())
        return [Unadded(what, add, self.new_condition_edit)]

    def add_own_from_edit(self) -> None:
        """Add what was typed; the keyboard stays in the entry for the next one, never on the button."""
        if self.add_own(self.new_condition_edit.text()):
            self.new_condition_edit.clear()
            show_field_message(self.new_condition_edit, "")
        elif field_message(self).anchor is None:
            show_field_message(self.new_condition_edit, self.tr("Typ eerst de voorwaarde, dan '+ Voorwaarde toevoegen'."))
        self.new_condition_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        bring_into_view(self.new_condition_edit)  # the new condition's row pushed it below the page's edge

    def set_enabled(self, condition_id: str, on: bool) -> None:
        conditions = copy.deepcopy(self.document.project.conditions)
        for condition in conditions:
            if condition.id == condition_id:
                condition.enabled = on
        self._replace_conditions(conditions, self.tr("Voorwaarde aan- of uitzetten"))

    def _own_text_changed(self, condition_id: str) -> None:
        check, edit, _remove = self._own_widgets[condition_id]
        text = edit.text().strip()
        conditions = copy.deepcopy(self.document.project.conditions)
        for condition in conditions:
            if condition.id == condition_id and text:
                condition.text = text
        self._replace_conditions(conditions, self.tr("Voorwaarde wijzigen"))

    def remove_condition(self, condition_id: str) -> None:
        conditions = [c for c in copy.deepcopy(self.document.project.conditions) if c.id != condition_id]
        self._replace_conditions(conditions, self.tr("Voorwaarde verwijderen"))
