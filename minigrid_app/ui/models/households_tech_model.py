"""Table model of the quick scan: per household build year, supply temperature (suggested or
entered), heat demand, heat pump size, low-temperature costs, distance and cluster.

Edits go through ``document.set_attr`` (undoable); refused input is reported through
``validationFailed`` in plain Dutch. Tested without a window (tests/ui/test_quickscan.py).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from minigrid_app.core.explain import explain
from minigrid_app.core.formatting import exact
from minigrid_app.core.home_labels import home_label
from minigrid_app.core.problems import in_language
from minigrid_app.core.reading import read_field
from minigrid_app.core.typed_amounts import read_typed
from minigrid_app.core.variant import Variant
from minigrid_app.ui.locale import format_money, format_number, ui_language
from minigrid_app.ui.widgets.tables import TITLE_BREAKS_ROLE

COL_NAME, COL_BUILD_YEAR, COL_SUPPLY, COL_HEAT, COL_SIZE, COL_LT, COL_DISTANCE, COL_CLUSTER = range(8)
COLUMNS = 8
HOUSEHOLD_ROLE = Qt.ItemDataRole.UserRole + 1
#: the columns of numbers (right-aligned) and of values the user may enter (grey: a suggestion)
_RIGHT_COLUMNS = (COL_BUILD_YEAR, COL_SUPPLY, COL_HEAT, COL_SIZE, COL_LT, COL_DISTANCE)
_ENTERED_COLUMNS = (COL_SUPPLY, COL_LT, COL_DISTANCE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: the Dutch titles of one long word with the places where they may break (soft hyphens)
DUTCH_TITLE_BREAKS = ("Bouw\u00adjaar", "Aanvoer\u00adtemperatuur", "Warmte\u00advraag", "Warmte\u00adpomp")


class HouseholdsTechModel(QAbstractTableModel):
    """Per household: build year, supply temperature (suggested or entered), LT costs, distance, cluster."""

    validationFailed = Signal(str)
    #: what an edit was read as, where the keys leave room for doubt ('‘1,500’ read in English notation as
    #: € 1,500'); "" once an edit needs no word
    inputNoted = Signal(str)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self._rows = len(document.project.households)
        #: row → its texts as shown, for the project and results of ``_shown_for`` (ids)
        self._shown: dict[int, list[str]] = {}
        self._shown_for: tuple[int, int] | None = None
        self._suggestion_brush = QBrush(QColor("#555555"))
        document.changed.connect(self._reset)
        document.resultsChanged.connect(self._results_changed)

    def _results_changed(self, _results) -> None:
        # a bound method (not a lambda): Qt drops the connection when the model is deleted
        self._reset()

    def _reset(self) -> None:
        # a full reset only when homes were added or removed; otherwise keep editors and selection
        self._shown.clear()
        rows = len(self.document.project.households)
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, COL_CLUSTER))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Woning"),
                self.tr("Bouwjaar"),
                self.tr("Aanvoertemperatuur"),
                self.tr("Warmtevraag"),
                self.tr("Warmtepomp"),
                self.tr("Lage-temperatuurkosten"),
                self.tr("Afstand tot volgende woning"),
                self.tr("Cluster"),
            )[section]
        if orientation == Qt.Orientation.Horizontal and role == TITLE_BREAKS_ROLE:
            # where the Dutch titles may break when the table would not fit otherwise (larger text)
            title = self.headerData(section, orientation)
            return next((t for t in DUTCH_TITLE_BREAKS if t.replace("\u00ad", "") == title), title)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return (
                None,
                None,
                self.tr("Hoe heet het water in de radiator moet zijn. Leeg laten: voorstel uit bouwjaar en isolatie."),
                self.tr("Warmte per jaar voor verwarming en warm water, uit het gasverbruik. Wijs een getal aan voor de berekening."),
                self.tr("Vermogen van de warmtepomp. Wijs een getal aan voor de berekening."),
                self.tr("Radiatoren of vloerverwarming die met lagere temperatuur werken. Leeg: standaardbedrag."),
                self.tr("Leiding naar de volgende woning in de straat (meer dan 20 m maakt het duurder)."),
                self.tr("Buren die één bron delen."),
            )[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (COL_SUPPLY, COL_LT, COL_DISTANCE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _result(self, household_id):
        results = self.document.results
        return results.household(household_id) if results else None

    def _params(self):
        results = self.document.results
        return results.parameters if results else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Qt asks for a dozen roles of every cell at every measure and paint (thousands of calls
        # when the quick scan is first shown): the shown texts are made once per change of the
        # project, the results or the language (:meth:`_shown_row`), the other roles answered
        # before anything is looked up (issue 16)
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown_row(index.row())[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in _RIGHT_COLUMNS else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in _ENTERED_COLUMNS and self._entered(self.document.project.households[index.row()], column) is None:
                return self._suggestion_brush
            return None
        if role not in (HOUSEHOLD_ROLE, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        household = self.document.project.households[index.row()]
        if role == HOUSEHOLD_ROLE:
            return household.id
        if role == Qt.ItemDataRole.EditRole:
            value = self._entered(household, column) if column in _ENTERED_COLUMNS else None
            # as stored (the editor commits this text back: one decimal changed 2.499,995 into 2.500)
            return "" if value is None else exact(value, ui_language())
        result = self._result(household.id)
        if column in (COL_HEAT, COL_SIZE) and result and result.demand:
            quantity = "heat_demand_kwh" if column == COL_HEAT else "heat_pump_size_kw"
            return explain(self.document.results, household.id, Variant.AIR_HP, quantity, ui_language()).as_text()
        if column in _ENTERED_COLUMNS:
            return self.tr("Dubbelklik om te wijzigen; leegmaken zet het voorstel of standaardbedrag terug.")
        return None

    @staticmethod
    def _entered(household, column: int):
        """The value the user entered in an editable column (None: the suggestion is shown)."""
        if column == COL_SUPPLY:
            return household.supply_temp_c
        if column == COL_LT:
            return household.lt_measures_cost_eur
        return household.distance_to_next_m

    def forget_texts(self) -> None:
        """The language changed: every shown text is made again."""
        self._shown.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, COL_CLUSTER))

    def _shown_row(self, row: int) -> list[str]:
        """The texts of row ``row`` as shown (made once until the project, results or language change)."""
        project, results = self.document.project, self.document.results
        if self._shown_for != (id(project), id(results)):
            self._shown.clear()
            self._shown_for = (id(project), id(results))
        texts = self._shown.get(row)
        if texts is None:
            household = project.households[row]
            result = self._result(household.id)
            params = self._params()
            texts = self._shown[row] = [self._display(row, household, result, params, c) for c in range(COLUMNS)]
        return texts

    def _display(self, row: int, household, result, params, column: int) -> str:
        if column == COL_NAME:
            return in_language(result.label, ui_language()) if result else home_label(household, row + 1, ui_language())
        if column == COL_BUILD_YEAR:
            return "" if household.build_year is None else str(household.build_year)
        if column == COL_SUPPLY:
            if household.supply_temp_c is not None:
                return f"{exact(household.supply_temp_c, ui_language())} °C"
            if result and result.demand:
                return self.tr("{0} °C (voorstel)").format(format_number(result.demand.supply_temp_c))
            # computed without a demand (its input cannot be used, see 'Aandachtspunten'): no suggestion
            # is on its way, as 'voorstel volgt' said; as the heat demand and heat pump columns say
            return "–" if result is not None else self.tr("voorstel volgt")
        if column == COL_HEAT:
            # an estimate from the gas bill: to the hundred kWh, not "11.318" (no false precision)
            return f"{format_number(round(result.demand.heat_kwh, -2))} kWh" if result and result.demand else "–"
        if column == COL_SIZE:
            size = result.variants.get(Variant.AIR_HP).heat_pump_size_kw if result and result.variants.get(Variant.AIR_HP) else None
            return "–" if size is None else f"{size} kW"
        if column == COL_LT:
            if household.lt_measures_cost_eur is not None:
                return format_money(household.lt_measures_cost_eur)
            if params:
                return self.tr("{0} (standaard)").format(format_money(params["lt_measures_default_eur"]))
            return self.tr("standaard")
        if column == COL_DISTANCE:
            if household.distance_to_next_m is not None:
                text = f"{exact(household.distance_to_next_m, ui_language())} m"  # 20,4 m, not '20 m (ver)' past 20
                if params and household.distance_to_next_m > params["max_connection_distance_m"]:
                    text = "⚠ " + text + self.tr(" (ver)")
                return text
            if params:
                return self.tr("{0} m (standaard)").format(format_number(params["distance_default_m"]))
            return self.tr("standaard")
        # COL_CLUSTER
        if household.participation == "declined":
            return self.tr("doet niet mee")
        if result and result.cluster_id and self.document.results:
            for cluster in self.document.results.clusters:
                if cluster.id == result.cluster_id:
                    return cluster.name
        return "–"

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = index.column()
        spec = {
            COL_SUPPLY: ("supply_temp_c", 25.0, 75.0, self.tr("Aanvoertemperatuur"), "°C"),
            COL_LT: ("lt_measures_cost_eur", 0.0, 100000.0, self.tr("Lage-temperatuurkosten"), "€"),
            COL_DISTANCE: ("distance_to_next_m", 0.0, 1000.0, self.tr("Afstand"), "m"),
        }.get(column)
        if spec is None:
            return False
        name, low, high, label, unit = spec
        household = self.document.project.households[index.row()]
        # read like every other entry path (core/reading): "45 °C", "8 m", "€ 1.500", "ca. 50"; by the rule of every
        # typed figure (core.typed_amounts): the window's notation, as step 1's cost and step 5's loan
        text = "" if value is None else str(value)
        reading = read_typed(lambda notation: read_field(name, text, notation=notation), text, ui_language(), unit)
        number = reading.value
        if reading.is_empty:
            number = None
        elif number is None:
            # why, where the reader knows ('‘1.500’ can mean € 1.5 or € 1,500' in English), else plainly
            self.validationFailed.emit(f"{label}: {reading.text(ui_language())}" if reading.nl
                                       else self.tr("{0}: '{1}' is geen getal.").format(label, value))
            return False
        elif not low <= number <= high:
            self.validationFailed.emit(
                self.tr("{0} moet tussen {1} en {2} {3} liggen.").format(label, format_number(low), format_number(high), unit)
            )
            return False
        household_id = household.id
        self.document.set_attr(
            lambda project: project.household(household_id),
            name,
            number,
            self.tr("{0} van {1} wijzigen").format(label, home_label(household, index.row() + 1, ui_language())),
        )
        self.inputNoted.emit(f"{label}: {reading.text(ui_language())}" if reading.flagged else "")
        return True
