"""Step 1, "Wie doen er mee?": the project form (Handreiking mini-warmtenetten, appendix B) and the households table.

The households table is a :class:`HouseholdsModel` (add, remove, move up/down, edit in
place, paste from a spreadsheet); the form fields write through ``document.set_attr`` on
``project.intake`` when the user leaves a field. Problems are shown inline in plain Dutch
(tint and icon in the cell, the full sentence in a calm list below the table).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minigrid_app.core import steps
from minigrid_app.core.model import FINANCING_OPTIONS, HEAT_SOURCES, HOUSE_TYPES
from minigrid_app.core.steps import Missing
from minigrid_app.core.words import HOME_NOUNS
from minigrid_app.ui.locale import format_number, parse_date, show_date, ui_language
from minigrid_app.ui.models.households_model import (
    COL_ADDRESS,
    COL_BOILER_AGE,
    COL_COOLING,
    COL_DISTANCE,
    COL_INSULATION,
    COL_NOTES,
    COL_THREE_PHASE,
    COL_TYPE,
    VALUE_ROLE,
    HouseholdsModel,
    InputError,
    split_clipboard,
    stored_number,
)
from minigrid_app.ui.pages.base import StepPage, first_names
from minigrid_app.ui.pages.table_panel import fit_rows, follow_rows
from minigrid_app.ui.widgets.cluster_changes import ClusterChangesNote
from minigrid_app.ui.widgets.field_message import (
    NOTED,
    REFUSED,
    field_message,
    put_away,
    show_cell_message,
    show_field_message,
)
from minigrid_app.ui.widgets.steady import SteadyComboBox
from minigrid_app.ui.widgets.tables import TypingSafeDelegate, WrappingHeader, focus_new_row
from minigrid_app.ui.widgets.typed_text import keep_typing, show_text
from minigrid_app.ui.widgets.whole_figures import Label
from minigrid_app.ui.widgets.whole_text import WholeTextLineEdit

#: project form fields: (field, kind); kinds: text, int, money, network, yesno
ESSENTIAL_FIELDS = (
    ("name", "text"),
    ("location", "text"),
    ("contact_person", "text"),
    ("contact_details", "text"),
    ("date", "date"),
    ("network_type", "network"),
    ("connections_planned", "int"),
    ("estimated_cost_eur", "money"),
    ("notes", "text"),  # the conversation's notes about the group (who is interested, and why)
)
MORE_FIELDS = (
    ("connection_types", "text"),
    ("demand_stable", "yesno"),
    ("technical_study", "text"),
    ("planned_infrastructure", "text"),
    ("underground_obstacles", "text"),
    ("policy_fit", "text"),
    ("policy_documents", "text"),
    ("resident_support", "text"),
    ("participation_organisation", "text"),
    ("partners", "text"),
    ("initiators_contribution", "text"),
)
ROW_HEIGHT = 34
#: the window's setting that remembers "Meer kolommen" (shown or not)
MORE_COLUMNS_KEY = "intake/more_columns"
#: Columns shown only with "Meer kolommen": what the advisor fills in or few homes need. The
#: columns a resident fills in at the kitchen table fit a 1280 × 800 laptop without scrolling
#: sideways; these come after them, so a spreadsheet pasted in the table's order still fits.
MORE_COLUMNS = (COL_INSULATION, COL_DISTANCE, COL_BOILER_AGE, COL_THREE_PHASE, COL_NOTES, COL_COOLING)


class HouseTypeDelegate(TypingSafeDelegate):
    """A drop-down of the house types in the 'Type woning' column."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        combo = SteadyComboBox(parent)
        labels = index.model().house_type_labels()
        for code in HOUSE_TYPES:
            combo.addItem(labels[code], code)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        if self.filled(editor, index):
            return
        position = editor.findData(index.data(VALUE_ROLE))
        editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class IntakePage(StepPage):
    step_key = "intake"

    def build(self) -> None:
        self.import_dialog = None
        layout = self.add_scroll_area()
        layout.setContentsMargins(0, 0, 8, 0)

        self.intro = Label()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        # -- project form, essentials
        self.fields: dict[str, QWidget] = {}
        self.field_labels: dict[str, QLabel] = {}
        self.project_box = QGroupBox()
        self.project_box.setLayout(self._two_columns(ESSENTIAL_FIELDS))
        layout.addWidget(self.project_box)

        # -- households
        self.households_box = QGroupBox()
        h_layout = QVBoxLayout(self.households_box)
        self.households_intro = Label()
        self.households_intro.setWordWrap(True)
        h_layout.addWidget(self.households_intro)
        buttons = QHBoxLayout()
        self.add_button = self._button(self.add_household)
        self.remove_button = self._button(self.remove_selected)
        self.up_button = self._button(lambda: self.move_selected(-1))
        self.down_button = self._button(lambda: self.move_selected(1))
        self.paste_button = self._button(lambda: self.paste_from_clipboard(add_homes=True))
        self.import_button = self._button(self.import_survey)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.import_button)
        h_layout.addLayout(buttons)
        # the advisor's columns, out of the way until asked for (a row of its own: the buttons
        # above already fill a 1280 px wide window at larger text)
        self.more_columns = QCheckBox()
        self.more_columns.setMinimumHeight(28)
        self.more_columns.toggled.connect(lambda _on: self._show_columns())
        h_layout.addWidget(self.more_columns)

        self.model = HouseholdsModel(self.document, self)
        self.model.inputRefused.connect(self._show_refusal)
        self.model.inputNoted.connect(self._show_note)  # a value stored with a doubt: said where the eye is
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(TypingSafeDelegate(self.table))  # new results never undo typing
        self.table.setItemDelegateForColumn(COL_TYPE, HouseTypeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = WrappingHeader(self.table)  # long column titles on two lines, never cut off
        self.table.setHorizontalHeader(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(70)
        follow_rows(self.table)  # as high as its homes: the page scrolls, not the table
        self.table.installEventFilter(self)
        self._paste_shortcut = QShortcut(QKeySequence.StandardKey.Paste, self.table)
        self._paste_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._paste_shortcut.activated.connect(self.paste_from_clipboard)
        self._copy_shortcut = QShortcut(QKeySequence.StandardKey.Copy, self.table)
        self._copy_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._copy_shortcut.activated.connect(self.copy_to_clipboard)
        h_layout.addWidget(self.table)
        self._remember_more_columns()
        self._show_columns()
        self.cluster_note = ClusterChangesNote(self.document)  # a home that declines or is removed
        h_layout.addWidget(self.cluster_note)
        self.problems_label = Label()
        self.problems_label.setWordWrap(True)
        self.problems_label.setObjectName("problemsPanel")
        self.problems_label.setStyleSheet(
            "#problemsPanel { background: #fdf6e3; border: 1px solid #eadfb8; padding: 8px; }"
        )
        h_layout.addWidget(self.problems_label)
        layout.addWidget(self.households_box)

        # -- the rest of the municipality's project form
        self.more_box = QGroupBox()
        more_layout = QVBoxLayout(self.more_box)
        self.more_intro = Label()
        self.more_intro.setWordWrap(True)
        more_layout.addWidget(self.more_intro)
        more_layout.addLayout(self._two_columns(MORE_FIELDS))
        lists = QHBoxLayout()
        self.sources_box, self.source_checks = self._check_list(HEAT_SOURCES, "heat_sources")
        self.financing_box, self.financing_checks = self._check_list(FINANCING_OPTIONS, "financing")
        lists.addWidget(self.sources_box)
        lists.addWidget(self.financing_box)
        more_layout.addLayout(lists)
        layout.addWidget(self.more_box)
        layout.addStretch(1)

    # ------------------------------------------------------------------ building
    def _button(self, slot) -> QPushButton:
        button = QPushButton()
        button.setMinimumHeight(ROW_HEIGHT)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _two_columns(self, specs) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        half = (len(specs) + 1) // 2
        forms = [QFormLayout(), QFormLayout()]
        for form in forms:
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            form.setHorizontalSpacing(12)  # the label never touches its field ("aansluitingen8")
        for number, (field_name, kind) in enumerate(specs):
            label = Label()
            widget = self._field_widget(field_name, kind)
            self.fields[field_name] = widget
            self.field_labels[field_name] = label
            forms[0 if number < half else 1].addRow(label, widget)
        grid.addLayout(forms[0], 0, 0)
        grid.addLayout(forms[1], 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _field_widget(self, field_name: str, kind: str) -> QWidget:
        if kind in ("network", "yesno"):
            combo = SteadyComboBox()
            combo.setMinimumHeight(32)
            # as wide as its longest choice at the text size and language of the moment (Qt's
            # default keeps the width of its first show: cut at larger text)
            combo.setSizeAdjustPolicy(SteadyComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setProperty("field", field_name)
            combo.activated.connect(lambda _i, name=field_name: self._combo_changed(name))
            return combo
        edit = keep_typing(WholeTextLineEdit())  # a text too long for the field can be read in its tooltip
        edit.setMinimumHeight(32)
        edit.setProperty("field", field_name)
        edit.setProperty("kind", kind)
        edit.editingFinished.connect(lambda name=field_name: self._text_changed(name))
        return edit

    def _check_list(self, options, field_name: str):
        box = QGroupBox()
        box_layout = QVBoxLayout(box)
        checks = {}
        for option in options:
            check = QCheckBox(option)
            check.setMinimumHeight(28)
            check.toggled.connect(lambda _on, name=field_name: self._list_changed(name))
            box_layout.addWidget(check)
            checks[option] = check
        return box, checks

    def list_labels(self) -> dict[str, str]:
        """The heat sources and ways of financing of the project form, code → label."""
        return {
            "bodemwarmte": self.tr("bodemwarmte"),
            "aquathermie": self.tr("aquathermie"),
            "restwarmte": self.tr("restwarmte"),
            "pvt": self.tr("PVT-panelen"),
            "anders": self.tr("anders"),
            "eigen middelen": self.tr("eigen middelen"),
            "leningen": self.tr("leningen"),
            "subsidies": self.tr("subsidies"),
            "samenwerkingsverbanden": self.tr("samenwerkingsverbanden"),
        }

    # ------------------------------------------------------------------ contract
    def question(self) -> str:
        return self.tr("Wie doen er mee?")

    def step_title(self) -> str:
        return self.tr("Intake")

    def missing_text(self, item: Missing) -> str:
        if item.what == steps.PROJECT_NAME:
            return self.tr("Geef het project een naam.")
        if item.what == steps.NO_HOUSEHOLDS:
            return self.tr("Voeg de woningen toe.")
        if item.what == steps.ONE_HOUSEHOLD:
            return self.tr("Voeg de andere woningen toe: een gedeelde bodemlus is voor twee of meer buren.")
        if item.what == steps.HOUSEHOLD_REMARKS:
            text = self.tr("Lees de opmerking onder de tabel bij %n woningen.", "", item.count)
            names = self._homes_to_fix(errors=False)
        else:
            text = self.tr("Bij %n woningen ontbreekt nog iets of klopt iets niet.", "", item.count)
            names = self._homes_to_fix()
        if not names:
            return text
        shown = first_names(names)
        return f"{text.rstrip('.')}: {shown}" + ("" if shown.endswith("…") else ".")

    def _homes_to_fix(self, errors: bool = True) -> list[str]:
        """Names of the homes whose input cannot be used (core's own check), in street order;
        ``errors=False``: of the homes with only a remark (a warning) to read."""
        households = self.document.project.households
        unusable, remarked = steps.homes_to_check(self.document.project)
        return [households[row - 1].label or self.tr("woning {0}").format(row) for row in (unusable if errors else remarked)]

    def _remember_more_columns(self) -> None:
        """"Meer kolommen" as the user left it last time (the window's settings, key
        :data:`MORE_COLUMNS_KEY`), and every change of it remembered."""
        settings = self.services.settings
        if settings is None:  # a page on its own (tests, screenshots): not remembered
            return
        self.more_columns.setChecked(settings.value(MORE_COLUMNS_KEY, False, type=bool))
        self.more_columns.toggled.connect(lambda on: settings.setValue(MORE_COLUMNS_KEY, bool(on)))

    def set_texts(self) -> None:
        self.cluster_note.retranslate()
        self.intro.setText(
            self.tr(
                "Wie doen er mee, en hoeveel gas gebruiken ze nu? Vul het projectformulier en de woningen in. "
                "Alles wordt meteen bewaard in het project en kan ongedaan worden gemaakt (Ctrl+Z)."
            )
        )
        self.project_box.setTitle(self.tr("Het project"))
        self.households_box.setTitle(self.tr("De woningen"))
        self.households_intro.setText(
            self.tr(
                "Eén regel per woning, in de volgorde van de straat. Dubbelklik of begin te typen om een vak te "
                "wijzigen. U kunt ook regels uit een spreadsheet kopiëren en hier plakken (Ctrl+V)."
            )
        )
        self.more_box.setTitle(self.tr("Meer over het project (projectformulier van de gemeente)"))
        self.more_intro.setText(self.tr("Niet verplicht; helpt bij de beoordeling in de quickscan."))
        labels = {
            "name": self.tr("Naam van het project"),
            "location": self.tr("Locatie (straat, wijk)"),
            "contact_person": self.tr("Contactpersoon"),
            "contact_details": self.tr("Telefoon of e-mail"),
            "date": self.tr("Datum"),
            "network_type": self.tr("Soort warmtenet"),
            "connections_planned": self.tr("Geplande aansluitingen"),
            "estimated_cost_eur": self.tr("Geschatte kosten (€)"),
            "connection_types": self.tr("Soort aansluitingen"),
            "demand_stable": self.tr("Blijft de warmtevraag gelijk?"),
            "technical_study": self.tr("Technisch onderzoek"),
            "planned_infrastructure": self.tr("Geplande werkzaamheden in de straat"),
            "underground_obstacles": self.tr("Kabels en leidingen in de grond"),
            "policy_fit": self.tr("Past bij gemeentelijk beleid"),
            "policy_documents": self.tr("Beleidsstukken"),
            "resident_support": self.tr("Draagvlak bij bewoners"),
            "participation_organisation": self.tr("Hoe bewoners meedoen"),
            "partners": self.tr("Samenwerkingspartners"),
            "initiators_contribution": self.tr("Wat de initiatiefnemers inbrengen"),
            "notes": self.tr("Aantekeningen over de groep"),
        }
        for name, text in labels.items():
            self.field_labels[name].setText(text)
        self.fields["date"].setPlaceholderText(self.tr("bijvoorbeeld 12-03-2026"))
        self.fields["estimated_cost_eur"].setPlaceholderText(self.tr("bijvoorbeeld 250.000"))
        self.fields["notes"].setPlaceholderText(self.tr("bijvoorbeeld: wie mee wil doen en waarom"))
        # the scorecard judges the source only once this is answered: say how to answer 'none'
        self.fields["underground_obstacles"].setPlaceholderText(
            self.tr("bijvoorbeeld: geen bekend")
        )
        network = self.fields["network_type"]
        network.clear()
        # the label says 'warmtenet': 'Kleinschalig warmtenet (51 tot 1500 woningen)' was cut to
        # '… (51 tot 1500 w' at larger text
        network.addItem(self.tr("Mini (2 tot 50 woningen)"), "mini")
        network.addItem(self.tr("Kleinschalig (51 tot 1500 woningen)"), "kleinschalig")
        stable = self.fields["demand_stable"]
        stable.clear()
        stable.addItem(self.tr("weet ik nog niet"), None)
        stable.addItem(self.tr("ja"), True)
        stable.addItem(self.tr("nee"), False)
        self.sources_box.setTitle(self.tr("Warmtebronnen"))
        self.financing_box.setTitle(self.tr("Financiering"))
        for code, label in self.list_labels().items():  # the stored codes are Dutch words; shown in the language
            (self.source_checks.get(code) or self.financing_checks[code]).setText(label)
        self.add_button.setText(self.tr("+ Woning toevoegen"))
        self.remove_button.setText(self.tr("Verwijderen"))
        self.up_button.setText(self.tr("↑ Omhoog"))
        self.down_button.setText(self.tr("↓ Omlaag"))
        self.paste_button.setText(self.tr("Plakken uit spreadsheet"))
        self.import_button.setText(self.tr("Importeren uit enquête…"))
        self.more_columns.setText(
            self.tr("Meer kolommen: besparing isolatie, afstand, cv-ketel, 3-fase, opmerkingen, koelen")
        )
        self.more_columns.setToolTip(
            self.tr("Ook de kolommen tonen die meestal de adviseur invult of die weinig woningen nodig hebben. "
                    "Bij plakken uit een spreadsheet komen ze ook zonder deze kolommen op hun plek.")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._size_columns()

    def _show_columns(self) -> None:
        """The kitchen-table columns, or every column with "Meer kolommen".

        With the kitchen-table columns the address takes the width that is left, so the table
        fits the page without scrolling sideways; with every column the table scrolls sideways
        and the last column takes what is left.
        """
        more = self.more_columns.isChecked()
        header = self.table.horizontalHeader()
        for column in MORE_COLUMNS:
            self.table.setColumnHidden(column, not more)
        header.setSectionResizeMode(
            COL_ADDRESS, QHeaderView.ResizeMode.Interactive if more else QHeaderView.ResizeMode.Stretch
        )
        header.setStretchLastSection(more)
        self._size_columns()

    def _size_columns(self) -> None:
        """Wide enough for the (wrapped) column title and the values (names and addresses wider)."""
        header = self.table.horizontalHeader()
        minimum = {0: 130, 1: 170, 2: 150}
        for column in range(self.model.columnCount() - 1):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                continue
            # the values measured once per change (the header's), not again at each language switch
            needed = max(header.sectionSizeFromContents(column).width(), header.value_width(column))
            self.table.setColumnWidth(column, max(minimum.get(column, 70), needed))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()  # larger text: column titles stay whole

    # ------------------------------------------------------------------ form
    def show_project(self, project) -> None:
        intake = project.intake
        for name, widget in self.fields.items():
            value = getattr(intake, name)
            if isinstance(widget, QComboBox):
                position = widget.findData(value)
                if position >= 0 and widget.currentIndex() != position:
                    widget.setCurrentIndex(position)
                continue
            kind = widget.property("kind")
            if value is None:
                text = ""
            elif kind in ("int", "money"):
                text = format_number(value)
            elif kind == "date":
                text = show_date(value)  # dd-mm-jjjj, however it was typed or stored
            else:
                text = str(value)
            if show_text(widget, text):
                widget.setCursorPosition(0)  # a long entry shows its beginning, not its end
        for field_name, checks in (("heat_sources", self.source_checks), ("financing", self.financing_checks)):
            chosen = getattr(intake, field_name)
            for option, check in checks.items():
                if check.isChecked() != (option in chosen):
                    blocked = check.blockSignals(True)
                    check.setChecked(option in chosen)
                    check.blockSignals(blocked)
        self._show_problems()

    def _set_intake(self, field_name: str, value) -> None:
        label = self.field_labels[field_name].text() if field_name in self.field_labels else field_name
        self.document.set_attr(lambda project: project.intake, field_name, value, self.tr("{0} wijzigen").format(label))

    def _text_changed(self, field_name: str) -> None:
        widget = self.fields[field_name]
        text = widget.text().strip()
        kind = widget.property("kind")
        value: object = text
        if kind in ("int", "money"):
            from minigrid_app.core.reading import read_count  # noqa: PLC0415 - as parse_quantity, not at start-up
            from minigrid_app.core.typed_amounts import read_typed, read_typed_amount  # noqa: PLC0415

            # a count by the one rule of counts: 'zes' as in the households' residents; a unit other than the
            # field's is refused, not dropped: '1250 m3' is no cost in euros. An amount by the one rule of typed
            # amounts, in the window's notation as step 5's loan ('1,500' in English was refused here, € 1.500 there);
            # a count too ('1,200' connections in English as '1.200' in Dutch)
            said = (read_typed(lambda notation: read_count(text, HOME_NOUNS, units=(), notation=notation), text,
                               ui_language(), "") if kind == "int" else read_typed_amount(text, ui_language()))
            try:
                # the example in the message fits the field: "typ bijvoorbeeld 8", not "1.200"
                number = stored_number(said, ("8", "8") if kind == "int" else ("250.000", "250000"))
            except InputError as exc:
                self._form_message(field_name, exc.problem.text(ui_language()))
                return
            if number is not None and number < 0:
                self._form_message(field_name, self.tr("{0} kan niet negatief zijn.").format(self.field_labels[field_name].text()))
                return
            if kind == "int" and number is not None:
                if abs(number - round(number)) > 1e-9:
                    self._form_message(field_name, self.tr("{0}: vul een heel getal in.").format(self.field_labels[field_name].text()))
                    return
                number = int(round(number))
            value = number
            # 'ca. 8', '8-10' (its middle) and '€ 1,2 mln' are said as taken, where they were typed (a 9 stood
            # in place of '8-10' without a word)
            if said.flagged and number is not None:
                self._form_message(field_name, said.text(ui_language()), NOTED)
                self._set_intake(field_name, value)
                return
        elif kind == "date" and text:
            try:
                value = parse_date(text)
            except ValueError:
                self._form_message(field_name, self.tr("'{0}' is geen datum; typ bijvoorbeeld 12-03-2026.").format(text))
                return
        self._form_message(field_name, "")
        self._set_intake(field_name, value)

    def _combo_changed(self, field_name: str) -> None:
        self._set_intake(field_name, self.fields[field_name].currentData())

    def _list_changed(self, field_name: str) -> None:
        checks = self.source_checks if field_name == "heat_sources" else self.financing_checks
        self._set_intake(field_name, [option for option, check in checks.items() if check.isChecked()])

    def _form_message(self, field_name: str, text: str, kind: str = REFUSED) -> None:
        """What is wrong with a typed field (or, ``kind`` NOTED, how it was taken), said next to it ("" when it was
        taken as typed)."""
        widget = self.fields[field_name]
        if text or field_message(widget).anchor is widget:
            show_field_message(widget, text, kind=kind)

    # ------------------------------------------------------------------ households
    def selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedIndexes()}
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows.add(current.row())
        return sorted(rows)

    def add_household(self) -> str:
        """A new home at the end; the keyboard goes to its first cell (type its name at once)."""
        household_id = self.model.add_household()
        fit_rows(self.table, now=True)  # the new row inside the table before its editor opens
        focus_new_row(self.table, self.model.row_of(household_id))
        return household_id

    def remove_selected(self) -> None:
        """Delete the selected homes; a home priced in a quote is said next to the button (step 7 changes)."""
        # the quotes' words are loaded at the first deletion, not when the window opens
        from minigrid_app.core.participation import removed_signatures_note
        from minigrid_app.core.quotes import deleted_homes_note

        rows = self.selected_rows()
        ids = [self.model.household_id(r) for r in rows]
        note = deleted_homes_note(self.document.project, ids)
        signed = removed_signatures_note(self.document.project, ids, undo=note is None)  # undo said once
        self.model.remove_rows(rows)
        said = " ".join(n.text(ui_language()) for n in (note, signed) if n is not None)
        if said:
            show_field_message(self.remove_button, said, kind=NOTED)
        else:
            put_away(self.remove_button)  # the last deletion's note is about homes gone by now

    def move_selected(self, delta: int) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        column = max(0, self.table.currentIndex().column())
        household_id = self.model.household_id(rows[0])
        if self.model.move_row(rows[0], delta):
            row = self.model.row_of(household_id)
            self.table.setCurrentIndex(self.model.index(row, column))

    def paste_from_clipboard(self, add_homes: bool = False) -> list[str]:
        """Paste the spreadsheet rows on the clipboard (Ctrl+V in the table; the button with
        ``add_homes``); returns the messages said under the table.

        A block wider than the room from the cursor to the last column shown is whole rows: it
        starts at the row's first column, not in the columns out of sight. The button adds whole
        rows (and rows under column titles) as new homes below the table, over none of the homes
        there; Ctrl+V, and the button with a few columns of values, paste at the cursor, as a
        spreadsheet does.
        """
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            show_field_message(
                self.paste_button,
                self.tr("Het klembord is leeg: kopieer eerst de regels in de spreadsheet (Ctrl+C) en klik dan hier."),
            )
            return []
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else self.model.rowCount()
        column = current.column() if current.isValid() else 0
        grid = split_clipboard(text)
        width = max((len(cells) for cells in grid), default=0)
        shown = [c for c in range(self.model.columnCount()) if not self.table.isColumnHidden(c)]
        if column + width - 1 > max(shown, default=0):
            column = 0  # whole rows
        if add_homes and (column == 0 or (grid and self.model.is_header(grid[0]))):
            row = self.model.rowCount()
        show_field_message(self.paste_button, "")
        return self.model.paste_text(text, row, column)

    def copy_to_clipboard(self) -> None:
        rows = self.selected_rows()
        if rows:
            QGuiApplication.clipboard().setText(self.model.copy_text(rows))

    def import_survey(self) -> None:
        path = self.dialogs.get_open_path(
            self.tr("Importeren uit enquête"), "", self.tr("Enquête (*.xlsx *.csv);;Alle bestanden (*)")
        )
        if not path:
            return
        try:
            from minigrid_app.ui.dialogs.import_households import ImportHouseholdsDialog
        except ImportError:
            self.dialogs.inform(
                self.tr("Importeren uit enquête"),
                self.tr("Importeren uit een enquête is in deze versie nog niet beschikbaar. "
                        "U kunt de regels ook kopiëren in de spreadsheet en hier plakken."),
            )
            return
        self.import_dialog = ImportHouseholdsDialog(self.document, path, self)
        self.import_dialog.open()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            # Delete empties the selected cells; whole rows are removed with the button
            for index in self.table.selectionModel().selectedIndexes():
                if self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    self.model.setData(index, "")
            return True
        return super().eventFilter(watched, event)

    def _show_refusal(self, text: str) -> None:
        """A typed or pasted value that could not be read: said next to its cell ("" puts it away)."""
        if text or field_message(self.table).anchor in (self.table, self.table.viewport()):
            show_cell_message(self.table, text)

    def _show_note(self, text: str) -> None:
        """A value was stored but read with a doubt ("1,180" as 1.180): said calmly, next to its cell."""
        show_cell_message(self.table, text, kind=NOTED)

    def field_message_text(self) -> str:
        """What the note next to a field or cell says now ("" when none is shown)."""
        return field_message(self).text()

    def _show_problems(self) -> None:
        from minigrid_app.core.validation import validate_project

        # the project's own problems first (the number of homes), then each home's (the table's)
        problems = validate_project(self.document.project) + self.model.all_problems()
        language = ui_language()
        if not self.document.project.households:
            self.problems_label.setText(self.tr("Nog geen woningen. Klik op '+ Woning toevoegen' of plak regels uit een spreadsheet."))
            return
        if not problems:
            self.problems_label.setText(self.tr("✓ Alle woningen zijn compleet."))
            return
        # the same words about many homes once, naming them (core: 24 homes without a build year are one line);
        # imported here, with the first home that has a remark: not to open an empty project (issue 16)
        from minigrid_app.core.home_remarks import problem_lines

        found = problem_lines(problems, language)
        lines = [("✗ " if error else "! ") + text for error, text in found[:12]]
        if len(found) > 12:
            lines.append(self.tr("… en nog %n opmerkingen.", "", len(found) - 12))
        self.problems_label.setText(self.tr("Let op:") + "\n" + "\n".join(lines))
