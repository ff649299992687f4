"""The Excel workbook: a mirror of the Province of Utrecht model with live formulas (DOMAIN §7).

``export_workbook(project, results, path)`` writes a workbook in which every quantity
the engine computes by arithmetic is an Excel formula that refers to named cells on
*Uitgangspunten* and to the household rows on *Woningen*. An advisor can change an
assumption and every result follows; LibreOffice or Excel then gives the same numbers
as the program (tests/io/test_excel_recalc.py proves it). What cannot be a formula
(borefield sizing with pygfunction, the break-even root search, the sensitivity runs)
is written as values and marked "berekend door Minigrid".

Text that residents typed (labels, addresses, notes, conditions, the project name)
is always written as text, never as a formula.

References
----------
DOMAIN.md §5.1-5.7 (the arithmetic reproduced here), §7 (the sheets).
"""

from __future__ import annotations

import contextlib
import datetime
import os
import tempfile
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.series import SeriesLabel
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from minigrid_app import APP_NAME, __version__
from minigrid_app.core.businesscase import FieldResult, HouseholdResult, ProjectResults
from minigrid_app.core.demand import DAYS_PER_MONTH
from minigrid_app.core.heatpump import KELVIN
from minigrid_app.core.model import (
    PARTICIPATION_LABELS_NL,
    VARIANT_COLOURS,
    VARIANT_LABELS_NL,
    VARIANTS,
    Household,
    Project,
)
from minigrid_app.core.parameters import GROUP_LABELS_NL, GROUPS
from minigrid_app.core.problems import Problem, ProblemError
from minigrid_app.core.validation import household_name
from minigrid_app.core.variant import GROUND_VARIANTS

SHEETS = (
    "Toelichting",
    "Uitgangspunten",
    "Woningen",
    "Warmtevraag",
    "Warmtepomp",
    "Bron",
    "Investeringen",
    "Jaarlasten",
    "Vergelijking",
    "Kasstromen",
    "Gevoeligheid",
)
MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
MONTHS_NL_LONG = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
HP_VARIANTS = ("air_hp", "ground_hp", "shared_loop")
ENGINE_NOTE = "berekend door Minigrid"
#: Excel's limit on the length of a cell's text.
MAX_TEXT = 32_000
#: Vergelijking: the charts sit between the group table and the per-home table.
CHART_TOP = 12
CHART_ROWS = 19

# number formats (Excel stores them in en-US notation; a Dutch Excel shows € 1.234)
EUR = '"€" #,##0;"€" -#,##0'
EUR2 = '"€" #,##0.00;"€" -#,##0.00'
INT = "#,##0"
DEC1 = "#,##0.0"
DEC2 = "0.00"
PCT = "0%"
PCT1 = "0.0%"
TEXT = "@"
GENERAL = "General"

FILL_INPUT = "FFF2CC"
FILL_ENGINE = "E4DFEC"
FILL_HEADER = "1F4E78"
FILL_SECTION = "DDEBF7"


class ExcelExportError(ProblemError):
    """The workbook cannot be written; ``problem`` says why in Dutch and English."""


# ---------------------------------------------------------------- text and styles


def safe_text(value: object) -> str:
    """Text a resident typed, cleaned for a worksheet cell (no control characters, not too long)."""
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value if value is not None else ""))
    return text[:MAX_TEXT]


class _Styles:
    """Ready-made cell style arrays, copied onto cells (much faster than setting fonts per cell)."""

    def __init__(self, workbook: Workbook):
        self._sheet = workbook.create_sheet("_styles")
        self._cache: dict[tuple[str, str], object] = {}
        self._workbook = workbook
        thin = Side(style="thin", color="BFBFBF")
        self._border = Border(left=thin, right=thin, top=thin, bottom=thin)

    def apply(self, cell, kind: str, fmt: str = GENERAL) -> None:
        key = (kind, fmt)
        style = self._cache.get(key)
        if style is None:
            scratch = self._sheet.cell(row=len(self._cache) + 1, column=1)
            self._decorate(scratch, kind, fmt)
            style = scratch._style
            self._cache[key] = style
        cell._style = copy(style)

    def _decorate(self, cell, kind: str, fmt: str) -> None:
        cell.number_format = fmt
        if kind == "input":
            cell.fill = PatternFill("solid", fgColor=FILL_INPUT)
            cell.font = Font(color="1F3864")
            cell.border = self._border
        elif kind == "engine":
            cell.fill = PatternFill("solid", fgColor=FILL_ENGINE)
            cell.font = Font(italic=True, color="3F3151")
            cell.border = self._border
        elif kind == "formula":
            cell.font = Font(color="000000")
        elif kind == "total":
            cell.font = Font(bold=True)
            cell.border = Border(top=Side(style="thin", color="000000"))
        elif kind == "header":
            cell.fill = PatternFill("solid", fgColor=FILL_HEADER)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        elif kind == "header_engine":
            cell.fill = PatternFill("solid", fgColor="5F497A")
            cell.font = Font(bold=True, color="FFFFFF")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        elif kind == "title":
            cell.font = Font(bold=True, size=15, color=FILL_HEADER)
        elif kind == "subtitle":
            cell.font = Font(italic=True, color="595959")
        elif kind == "section":
            cell.fill = PatternFill("solid", fgColor=FILL_SECTION)
            cell.font = Font(bold=True, color=FILL_HEADER)
        elif kind == "label":
            cell.font = Font(bold=True)
            cell.alignment = Alignment(vertical="top")
        elif kind == "wrap":
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        # "text": plain

    def remove_scratch(self) -> None:
        self._workbook.remove(self._sheet)


@dataclass
class _Column:
    key: str
    header: str
    width: float
    engine: bool = False


class _Table:
    """Column layout of one sheet's table: keys → column numbers and letters."""

    def __init__(self, columns: Sequence[_Column]):
        self.columns = list(columns)
        self.index = {c.key: i for i, c in enumerate(self.columns, start=1)}
        self.letter = {
            c.key: get_column_letter(i)
            for c, i in zip(self.columns, self.index.values(), strict=True)
        }

    def __getitem__(self, key: str) -> int:
        return self.index[key]


@dataclass
class _HouseRow:
    """Where one computable household lives on each sheet."""

    number: int  # 1-based position in the project (row number of the intake)
    household: Household
    result: HouseholdResult
    woningen_row: int = 0
    warmtevraag_row: int = 0
    rows: dict[str, int] = field(default_factory=dict)  # variant → Investeringen/Jaarlasten row
    heatpump_rows: dict[str, int] = field(default_factory=dict)  # variant → Warmtepomp row
    share_rows: dict[str, int] = field(default_factory=dict)  # variant → Bron share row
    cash_rows: dict[str, tuple[int, int]] = field(
        default_factory=dict
    )  # variant → Kasstromen first, last


class _Writer:
    """Builds the workbook sheet by sheet."""

    def __init__(self, project: Project, results: ProjectResults, anonymise: bool):
        self.project = project
        self.results = results
        self.params = results.parameters
        self.anonymise = anonymise
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.sheets = {name: self.wb.create_sheet(name) for name in SHEETS}
        self.styles = _Styles(self.wb)
        self.names_used: set[str] = set()
        self.labels = self._labels()
        self.cluster_names = self._cluster_names()
        self.houses: list[_HouseRow] = []
        by_id = {r.id: r for r in results.households}
        for number, household in enumerate(project.households, start=1):
            result = by_id.get(household.id)
            if result is not None:
                self.houses.append(_HouseRow(number, household, result))
        self.computable = [
            h for h in self.houses if h.result.computable and h.result.demand is not None
        ]
        self.field_rows: dict[str, int] = {}
        # without a break-even search (quick results) every value is None: say "not computed", not "none"
        self.break_even_computed = any(
            v is not None and v.break_even_gas_m3 is not None
            for h in results.households
            for code, v in h.variants.items()
            if code != "gas"
        )
        self.horizon = self.params.int("horizon_years")

    # ------------------------------------------------------------ helpers

    def _labels(self) -> dict[str, str]:
        if self.anonymise:
            return {h.id: f"Woning {i}" for i, h in enumerate(self.project.households, start=1)}
        return {h.id: household_name(h, i) for i, h in enumerate(self.project.households, start=1)}

    def _cluster_names(self) -> dict[str, str]:
        names = {}
        for number, cluster in enumerate(self.results.clusters, start=1):
            names[cluster.id] = f"Cluster {number}" if self.anonymise else cluster.name
        return names

    def name(self, key: str) -> str:
        """A parameter's defined name, recorded as used by a formula."""
        self.names_used.add(key)
        return key

    def put(self, ws, row: int, col: int, value, kind: str = "formula", fmt: str = GENERAL):
        cell = ws.cell(row=row, column=col, value=value)
        self.styles.apply(cell, kind, fmt)
        return cell

    def text(self, ws, row: int, col: int, value: object, kind: str = "text", fmt: str = TEXT):
        """Write text that must stay text, whatever it starts with (=, +, -, @)."""
        value = safe_text(value)
        cell = ws.cell(row=row, column=col)
        cell.value = value
        cell.data_type = "s"  # openpyxl makes "=…" a formula otherwise
        self.styles.apply(cell, kind, fmt)
        if value[:1] in ("=", "+", "-", "@"):
            cell.quotePrefix = True
        return cell

    def header(self, ws, row: int, table: _Table, height: float = 45) -> None:
        for i, column in enumerate(table.columns, start=1):
            self.text(ws, row, i, column.header, "header_engine" if column.engine else "header")
            ws.column_dimensions[get_column_letter(i)].width = column.width
        ws.row_dimensions[row].height = height

    def title(self, ws, title: str, subtitle: str = "") -> None:
        self.text(ws, 1, 1, title, "title", GENERAL)
        ws.row_dimensions[1].height = 22
        if subtitle:
            self.text(ws, 2, 1, subtitle, "subtitle", GENERAL)

    # ------------------------------------------------------------ build

    def build(self) -> Workbook:
        self.write_parameters()
        self.write_households()
        self.write_demand()
        self.write_fields()
        self.write_heat_pumps()
        self.write_investments()
        self.write_cash_flows_layout()
        self.write_annual()
        self.write_cash_flows()
        self.write_comparison()
        self.write_sensitivity()
        self.write_explanation()
        self.mark_parameters_used()
        self.styles.remove_scratch()
        for ws in self.sheets.values():
            _page_setup(ws)
        self.wb.calculation.fullCalcOnLoad = True
        self.wb.active = 0
        return self.wb

    # ------------------------------------------------------------ Uitgangspunten

    def write_parameters(self) -> None:
        ws = self.sheets["Uitgangspunten"]
        params = self.params
        self.title(
            ws,
            "Uitgangspunten (kentallen)",
            "Gele cellen zijn invoer: wijzig een waarde en het hele werkboek rekent mee. "
            "Elke waarde heeft een naam (kolom H) die de formules gebruiken.",
        )
        table = _Table(
            [
                _Column("label", "Aanname", 52),
                _Column("value", "Waarde", 13),
                _Column("unit", "Eenheid", 16),
                _Column("source", "Bron", 60),
                _Column("year", "Jaar", 7),
                _Column("default", "Standaard Minigrid", 12),
                _Column("live", "Werkt door in dit werkboek", 21),
                _Column("name", "Naam in formules", 30),
            ]
        )
        self.param_table = table
        self.header(ws, 4, table)
        row = 5
        self.param_rows: dict[str, int] = {}
        by_group: dict[str, list] = {group: [] for group in GROUPS}
        for definition in params.definitions.values():
            by_group.setdefault(definition.group, []).append(definition)
        for group in GROUPS:
            definitions = by_group.get(group) or []
            if not definitions:
                continue
            for col in range(1, len(table.columns) + 1):
                self.put(ws, row, col, None, "section")
            self.text(ws, row, 1, GROUP_LABELS_NL.get(group, group), "section", GENERAL)
            row += 1
            for definition in definitions:
                value = params[definition.key]
                fmt = _param_format(definition.unit, definition.integer)
                if definition.is_series:
                    first = row
                    for month, item in enumerate(value):
                        self.text(
                            ws,
                            row,
                            table["label"],
                            f"{definition.label_nl}: {MONTHS_NL_LONG[month]}",
                        )
                        self.put(ws, row, table["value"], float(item), "input", fmt)
                        self.text(ws, row, table["unit"], definition.unit)
                        self.put(
                            ws, row, table["default"], float(definition.value[month]), "text", fmt
                        )
                        if month == 0:
                            self.text(ws, row, table["source"], definition.source, "wrap")
                            self.put(ws, row, table["year"], definition.year)
                            self.text(ws, row, table["name"], definition.key)
                        row += 1
                    ref = f"Uitgangspunten!${table.letter['value']}${first}:${table.letter['value']}${row - 1}"
                    self.param_rows[definition.key] = first
                else:
                    self.text(ws, row, table["label"], definition.label_nl)
                    self.put(ws, row, table["value"], float(value), "input", fmt)
                    self.text(ws, row, table["unit"], definition.unit)
                    self.text(ws, row, table["source"], definition.source, "wrap")
                    self.put(ws, row, table["year"], definition.year)
                    self.put(ws, row, table["default"], float(definition.value), "text", fmt)
                    self.text(ws, row, table["name"], definition.key)
                    ref = f"Uitgangspunten!${table.letter['value']}${row}"
                    self.param_rows[definition.key] = row
                    row += 1
                self.wb.defined_names[definition.key] = DefinedName(definition.key, attr_text=ref)

        # monthly table: days and heating degree days (formulas)
        row += 1
        self.text(ws, row, 1, "Maanden: dagen en graaddagen", "section", GENERAL)
        for col in range(2, len(table.columns) + 1):
            self.put(ws, row, col, None, "section")
        row += 1
        for col, head in enumerate(
            ("Maand", "Dagen", "Buitentemperatuur °C", "Graaddagen (K·dag)"), start=1
        ):
            self.text(ws, row, col, head, "header")
        row += 1
        first = row
        temps_first = self.param_rows["monthly_outdoor_temp_c"]
        vcol = table.letter["value"]
        for month in range(12):
            self.text(ws, row, 1, MONTHS_NL_LONG[month])
            self.put(ws, row, 2, DAYS_PER_MONTH[month], "text", INT)
            self.put(ws, row, 3, f"={vcol}{temps_first + month}", "formula", DEC1)
            self.put(
                ws, row, 4, f"=B{row}*MAX(0,{self.name('hdd_base_temp_c')}-C{row})", "formula", INT
            )
            row += 1
        self.names_used.add("monthly_outdoor_temp_c")
        self.text(ws, row, 1, "Totaal", "label")
        self.put(ws, row, 2, f"=SUM(B{first}:B{row - 1})", "total", INT)
        self.put(ws, row, 4, f"=SUM(D{first}:D{row - 1})", "total", INT)
        names = {
            "days_per_month": f"Uitgangspunten!$B${first}:$B${row - 1}",
            "hdd_month": f"Uitgangspunten!$D${first}:$D${row - 1}",
            "days_total": f"Uitgangspunten!$B${row}",
            "hdd_total": f"Uitgangspunten!$D${row}",
        }
        for key, ref in names.items():
            self.wb.defined_names[key] = DefinedName(key, attr_text=ref)
        self.month_rows = (first, row - 1)
        ws.freeze_panes = "B5"

    def mark_parameters_used(self) -> None:
        ws = self.sheets["Uitgangspunten"]
        col = self.param_table["live"]
        for key, row in self.param_rows.items():
            if key in self.names_used:
                self.text(ws, row, col, "ja")
            else:
                self.text(ws, row, col, "nee, alleen in Minigrid", "subtitle")

    # ------------------------------------------------------------ Woningen

    def write_households(self) -> None:
        ws = self.sheets["Woningen"]
        self.title(
            ws,
            "Woningen (invoer)",
            "Eén rij per woning. Lege cellen: de standaardwaarde van Uitgangspunten geldt. "
            "Woningen zonder gasverbruik worden niet doorgerekend.",
        )
        columns = [
            _Column("nr", "Nr.", 5),
            _Column("label", "Woning", 22),
        ]
        if not self.anonymise:
            columns.append(_Column("address", "Adres", 28))
        columns += [
            _Column("type", "Woningtype", 16),
            _Column("year", "Bouwjaar", 9),
            _Column("gas", "Gasverbruik (m³/jaar)", 12),
            _Column("cooks", "Kookt op gas (ja/nee)", 10),
            _Column("persons", "Bewoners (leeg = onbekend)", 11),
            _Column("savings", "Besparing door isolatie", 11),
            _Column("supply", "Aanvoertemperatuur °C (leeg = voorgesteld)", 14),
            _Column("lt", "LT-maatregelen € (leeg = standaard)", 13),
            _Column("distance", "Leiding naar volgende woning m (leeg = standaard)", 13),
            _Column("boiler_age", "Leeftijd cv-ketel jaar (leeg = standaard)", 12),
            _Column("three_phase", "3-fase aansluiting (ja/nee)", 10),
            _Column("participation", "Deelname", 14),
            _Column("cluster", "Cluster (handmatig)", 14),
        ]
        if not self.anonymise:
            columns.append(_Column("notes", "Opmerkingen", 40))
        table = _Table(columns)
        self.house_table = table
        self.header(ws, 4, table, 58)
        yes_no = DataValidation(type="list", formula1='"ja,nee"', allow_blank=False)
        ws.add_data_validation(yes_no)
        row = 5
        by_id = {h.household.id: h for h in self.houses}
        for number, household in enumerate(self.project.households, start=1):
            self.put(ws, row, table["nr"], number, "text", INT)
            self.text(ws, row, table["label"], self.labels[household.id], "input")
            if not self.anonymise:
                self.text(ws, row, table["address"], household.address, "input")
            self.text(ws, row, table["type"], household.house_type, "input")
            self.put(ws, row, table["year"], household.build_year, "input", "0")
            self.put(ws, row, table["gas"], household.gas_m3_per_year, "input", INT)
            self.text(ws, row, table["cooks"], "ja" if household.cooks_on_gas else "nee", "input")
            self.put(ws, row, table["persons"], household.persons, "input", INT)
            self.put(ws, row, table["savings"], household.insulation_savings, "input", PCT)
            self.put(ws, row, table["supply"], household.supply_temp_c, "input", "0")
            self.put(ws, row, table["lt"], household.lt_measures_cost_eur, "input", EUR)
            self.put(ws, row, table["distance"], household.distance_to_next_m, "input", DEC1)
            self.put(ws, row, table["boiler_age"], household.boiler_age_years, "input", "0")
            self.text(
                ws, row, table["three_phase"], "ja" if household.three_phase else "nee", "input"
            )
            self.text(
                ws, row, table["participation"],
                PARTICIPATION_LABELS_NL.get(household.participation, household.participation), "input",
            )  # fmt: skip
            cluster = (household.cluster or "").strip()
            if cluster and self.anonymise:
                cluster = self.cluster_names.get(cluster, "handmatig")
            self.text(ws, row, table["cluster"], cluster, "input")
            if not self.anonymise:
                self.text(ws, row, table["notes"], household.notes, "input")
            if household.id in by_id:
                by_id[household.id].woningen_row = row
            row += 1
        if row > 5:
            for key in ("cooks", "three_phase"):
                letter = table.letter[key]
                yes_no.add(f"{letter}5:{letter}{row - 1}")
        ws.freeze_panes = "C5"
        ws.auto_filter.ref = f"A4:{get_column_letter(len(table.columns))}{max(row - 1, 5)}"

    def w(self, house: _HouseRow, key: str) -> str:
        """Reference to a household's input cell on Woningen."""
        return f"Woningen!${self.house_table.letter[key]}${house.woningen_row}"

    # ------------------------------------------------------------ Warmtevraag

    def write_demand(self) -> None:
        ws = self.sheets["Warmtevraag"]
        self.title(
            ws,
            "Warmtevraag per woning (formules)",
            "Uit het gasverbruik: warmte = gas voor verwarming × verbrandingswaarde × ketelrendement; "
            "ruimteverwarming per maand naar graaddagen, tapwater naar dagen.",
        )
        columns = [
            _Column("nr", "Nr.", 5),
            _Column("label", "Woning", 20),
            _Column("gas", "Gasverbruik m³/jaar", 11),
            _Column("cooking", "Kookgas m³/jaar", 10),
            _Column("gas_heating", "Gas voor verwarming en tapwater m³/jaar", 13),
            _Column("heat", "Nuttige warmte kWh/jaar", 12),
            _Column("dhw", "Warm tapwater kWh/jaar", 11),
            _Column("space", "Ruimteverwarming kWh/jaar", 12),
            _Column("ua", "Warmteverlies-coëfficiënt UA kW/K", 12),
            _Column("design", "Ontwerpvermogen kW", 11),
            _Column("size", "Warmtepomp kW (afgerond)", 11),
            _Column("supply", "Aanvoertemperatuur °C", 11),
        ]
        columns += [_Column(f"space{m}", f"Ruimte {MONTHS_NL[m]} kWh", 8) for m in range(12)]
        columns += [_Column(f"dhw{m}", f"Tapwater {MONTHS_NL[m]} kWh", 8) for m in range(12)]
        table = _Table(columns)
        self.demand_table = table
        self.header(ws, 4, table, 58)
        L = table.letter
        row = 5
        n = self.name
        for house in self.computable:
            house.warmtevraag_row = row
            r = row
            self.put(ws, r, table["nr"], house.number, "text", INT)
            self.put(
                ws,
                r,
                table["label"],
                f"=Woningen!{self.house_table.letter['label']}{house.woningen_row}",
            )
            self.put(ws, r, table["gas"], f"={self.w(house, 'gas')}", "formula", INT)
            self.put(
                ws,
                r,
                table["cooking"],
                f'=IF({self.w(house, "cooks")}="ja",{n("cooking_gas_m3")},0)',
                "formula",
                INT,
            )
            self.put(
                ws,
                r,
                table["gas_heating"],
                f"=MAX(0,{L['gas']}{r}-{L['cooking']}{r})",
                "formula",
                INT,
            )
            self.put(
                ws, r, table["heat"],
                f"={L['gas_heating']}{r}*{n('gas_hhv_kwh_per_m3')}*{n('boiler_efficiency')}", "formula", INT,
            )  # fmt: skip
            persons = self.w(house, "persons")
            self.put(
                ws, r, table["dhw"],
                f'=MIN({L["heat"]}{r},IF({persons}="",{n("dhw_per_household_kwh")},'
                f'{n("dhw_base_kwh")}+{n("dhw_per_person_kwh")}*{persons}))',
                "formula", INT,
            )  # fmt: skip
            self.put(
                ws, r, table["space"],
                f"=({L['heat']}{r}-{L['dhw']}{r})*(1-{self.w(house, 'savings')})", "formula", INT,
            )  # fmt: skip
            self.put(ws, r, table["ua"], f"={L['space']}{r}/(hdd_total*24)", "formula", "0.000")
            self.put(
                ws, r, table["design"],
                f"={L['ua']}{r}*({n('indoor_design_temp_c')}-{n('outdoor_design_temp_c')})", "formula", DEC2,
            )  # fmt: skip
            self.put(
                ws, r, table["size"],
                f"=MAX({n('min_hp_size_kw')},ROUNDUP({L['design']}{r}-0.000000001,0))", "formula", "0",
            )  # fmt: skip
            supply = self.w(house, "supply")
            year = self.w(house, "year")
            savings = self.w(house, "savings")
            self.put(
                ws, r, table["supply"],
                f'=IF({supply}="",IF(OR(AND({year}<>"",{year}>={n("modern_build_year")}),{savings}>=0.2),'
                f'{n("supply_temp_modern_c")},{n("supply_temp_old_c")}),{supply})',
                "formula", "0",
            )  # fmt: skip
            for m in range(12):
                self.put(
                    ws, r, table[f"space{m}"],
                    f"=${L['space']}{r}*INDEX(hdd_month,{m + 1})/hdd_total", "formula", INT,
                )  # fmt: skip
                self.put(
                    ws, r, table[f"dhw{m}"],
                    f"=${L['dhw']}{r}*INDEX(days_per_month,{m + 1})/days_total", "formula", INT,
                )  # fmt: skip
            row += 1
        ws.freeze_panes = "C5"

    def d(self, house: _HouseRow, key: str) -> str:
        return f"Warmtevraag!${self.demand_table.letter[key]}${house.warmtevraag_row}"

    # ------------------------------------------------------------ Bron

    def _field_name(self, result: FieldResult) -> str:
        if result.variant == "ground_hp":
            return f"Eigen bodemlus {self.labels.get(result.households[0], '')}"
        return f"Gedeelde bodemlus {self.cluster_names.get(result.cluster_id, result.cluster_id or '')}"

    def write_fields(self) -> None:
        ws = self.sheets["Bron"]
        self.title(
            ws,
            "Bron: bodemvelden",
            f"Paarse cellen zijn {ENGINE_NOTE} (dimensionering met pygfunction, geen formule mogelijk). "
            "De kosten zijn formules met de prijzen van Uitgangspunten. Verander je bodem-aannames, "
            "reken dan opnieuw in Minigrid.",
        )
        columns = [
            _Column("name", "Bodemveld", 30),
            _Column("kind", "Soort", 16),
            _Column("homes_list", "Woningen", 30),
            _Column("homes", "Aantal woningen", 9, True),
            _Column("boreholes", "Boorgaten", 9, True),
            _Column("depth", "Diepte per boorgat m", 10, True),
            _Column("length", "Totale lengte m", 10, True),
            _Column("min_t", "Laagste vloeistof-temperatuur °C", 11, True),
            _Column("mean_t", "Gemiddelde vloeistof-temperatuur °C", 11, True),
            _Column("design_t", "Brontemperatuur ontwerp °C", 11, True),
            _Column("peak", "Piekonttrekking kW", 10, True),
            _Column("rule", "Lengte volgens vuistregel m", 10, True),
            _Column("pipe_m", "Leiding tussen de woningen m", 10, True),
        ]
        columns += [_Column(f"t{m}", f"Brontemp. {MONTHS_NL[m]} °C", 8, True) for m in range(12)]
        columns += [
            _Column("c_drilling", "Boren en bodemlus €", 11),
            _Column("c_boreholes", "Vaste kosten boorgaten €", 11),
            _Column("c_site", "Boorlocatie €", 10),
            _Column("c_pipe", "Leiding €", 10),
            _Column("c_setup", "Opzet cluster €", 10),
            _Column("c_total", "Totaal bodemveld €", 12),
            _Column("maint", "Onderhoud gedeeld deel €/jaar", 11),
            _Column("engine_total", "Totaal volgens Minigrid € (controle)", 12, True),
        ]
        table = _Table(columns)
        self.field_table = table
        L = table.letter
        n = self.name
        self.header(ws, 4, table, 58)
        row = 5
        shared_rows = []
        for result in self.results.fields:
            sizing = result.sizing
            self.field_rows[result.id] = row
            r = row
            self.text(ws, r, table["name"], self._field_name(result))
            self.text(
                ws,
                r,
                table["kind"],
                "eigen bodemlus" if result.variant == "ground_hp" else "gedeelde bodemlus",
            )
            self.text(
                ws,
                r,
                table["homes_list"],
                ", ".join(self.labels.get(h, h) for h in result.households),
            )
            self.put(ws, r, table["homes"], len(result.households), "engine", INT)
            self.put(ws, r, table["boreholes"], sizing.boreholes, "engine", INT)
            self.put(ws, r, table["depth"], sizing.depth_m, "engine", DEC1)
            self.put(ws, r, table["length"], sizing.total_length_m, "engine", DEC1)
            self.put(ws, r, table["min_t"], sizing.min_fluid_temp_c, "engine", DEC2)
            self.put(ws, r, table["mean_t"], sizing.mean_fluid_temp_c, "engine", DEC2)
            self.put(ws, r, table["design_t"], sizing.design_source_temp_c, "engine", DEC2)
            self.put(ws, r, table["peak"], sizing.peak_extraction_kw, "engine", DEC2)
            self.put(ws, r, table["rule"], sizing.rule_of_thumb_length_m, "engine", DEC1)
            for m, temp in enumerate(sizing.source_temp_by_month_c):
                self.put(ws, r, table[f"t{m}"], temp, "engine", DEC2)
            self.put(
                ws,
                r,
                table["c_drilling"],
                f"={L['length']}{r}*{n('drilling_per_m_eur')}",
                "formula",
                EUR,
            )
            self.put(
                ws,
                r,
                table["c_boreholes"],
                f"={L['boreholes']}{r}*{n('borehole_fixed_eur')}",
                "formula",
                EUR,
            )
            self.put(ws, r, table["c_site"], f"={n('drilling_site_eur')}", "formula", EUR)
            if result.variant == "shared_loop":
                cluster = next(
                    (c for c in self.results.clusters if c.id == result.cluster_id), None
                )
                pipe = cluster.pipe_length_m if cluster is not None else 0.0
                self.put(ws, r, table["pipe_m"], pipe, "engine", DEC1)
                self.put(
                    ws,
                    r,
                    table["c_pipe"],
                    f"={L['pipe_m']}{r}*{n('pipe_per_m_eur')}",
                    "formula",
                    EUR,
                )
                shared_rows.append(r)
                self.put(ws, r, table["maint"],
                         f"={n('maintenance_shared_per_home_eur')}*{L['homes']}{r}+{n('maintenance_shared_per_cluster_eur')}",
                         "formula", EUR)  # fmt: skip
            self.put(
                ws,
                r,
                table["c_total"],
                f"=SUM({L['c_drilling']}{r}:{L['c_setup']}{r})",
                "formula",
                EUR,
            )
            self.put(ws, r, table["engine_total"], result.shared_cost_eur, "engine", EUR)
            row += 1
        # the project's set-up cost is shared over all homes on shared loops
        total_row = row + 1
        self.text(ws, total_row, 1, "Woningen in gedeelde bodemlussen", "label")
        homes = "+".join(f"{L['homes']}{r}" for r in shared_rows) or "0"
        self.put(ws, total_row, table["homes"], f"={homes}", "formula", INT)
        shared_homes = f"${L['homes']}${total_row}"
        for r in shared_rows:
            self.put(
                ws, r, table["c_setup"],
                f"={n('setup_per_cluster_eur')}+{n('setup_project_eur')}*{L['homes']}{r}/{shared_homes}", "formula", EUR,
            )  # fmt: skip

        # per home: the weights of the allocation key and each home's share
        row = total_row + 2
        self.text(ws, row, 1, "Aandeel per woning", "section", GENERAL)
        for col in range(2, 16):
            self.put(ws, row, col, None, "section")
        row += 1
        shares = _Table(
            [
                _Column("name", "Bodemveld", 30),
                _Column("label", "Woning", 16),
                _Column("key", "Verdeelsleutel", 16),
                _Column("extraction", "Onttrokken bodemwarmte kWh/jaar", 12, True),
                _Column("design", "Ontwerpvermogen kW", 10, True),
                _Column("weight", "Gewicht in de verdeelsleutel", 11, True),
                _Column("fraction", "Aandeel", 9),
                _Column("s_drilling", "Boren €", 10),
                _Column("s_boreholes", "Boorgaten €", 10),
                _Column("s_site", "Boorlocatie €", 10),
                _Column("s_pipe", "Leiding €", 10),
                _Column("s_setup", "Opzet cluster €", 10),
                _Column("s_total", "Totaal aandeel €", 11),
                _Column("s_field", "Vervangingswaarde bodemveld €", 11),
                _Column("s_maint", "Onderhoud gedeeld deel €/jaar", 11),
                _Column("engine_share", "Aandeel volgens Minigrid € (controle)", 12, True),
            ]
        )
        self.share_table = shares
        for i, column in enumerate(shares.columns, start=1):
            self.text(ws, row, i, column.header, "header_engine" if column.engine else "header")
        ws.row_dimensions[row].height = 84
        row += 1
        S = shares.letter
        key_nl = {
            "extraction": "onttrokken warmte",
            "equal": "gelijk",
            "design_load": "ontwerpvermogen",
            "own": "eigen veld",
        }
        by_id = {h.household.id: h for h in self.computable}
        for result in self.results.fields:
            sizing = result.sizing
            field_row = self.field_rows[result.id]
            first = row
            last = row + len(result.households) - 1
            if result.allocation_key == "equal":
                weights = [1.0] * len(result.households)
            elif result.allocation_key == "design_load":
                weights = list(sizing.design_load_per_home_kw)
            else:
                weights = list(sizing.extraction_per_home_kwh)
            for i, household_id in enumerate(result.households):
                r = row
                self.text(ws, r, shares["name"], self._field_name(result))
                self.text(ws, r, shares["label"], self.labels.get(household_id, household_id))
                self.text(
                    ws, r, shares["key"], key_nl.get(result.allocation_key, result.allocation_key)
                )
                self.put(
                    ws, r, shares["extraction"], sizing.extraction_per_home_kwh[i], "engine", INT
                )
                self.put(ws, r, shares["design"], sizing.design_load_per_home_kw[i], "engine", DEC2)
                self.put(ws, r, shares["weight"], weights[i], "engine", DEC2)
                weight_range = f"${S['weight']}${first}:${S['weight']}${last}"
                self.put(
                    ws, r, shares["fraction"],
                    f"=IF(SUM({weight_range})>0,{S['weight']}{r}/SUM({weight_range}),1/{len(result.households)})",
                    "formula", PCT1,
                )  # fmt: skip
                for share_key, line_key in (
                    ("s_drilling", "c_drilling"),
                    ("s_boreholes", "c_boreholes"),
                    ("s_site", "c_site"),
                    ("s_pipe", "c_pipe"),
                    ("s_setup", "c_setup"),
                ):
                    self.put(
                        ws,
                        r,
                        shares[share_key],
                        f"={S['fraction']}{r}*{L[line_key]}${field_row}",
                        "formula",
                        EUR,
                    )
                self.put(
                    ws,
                    r,
                    shares["s_total"],
                    f"=SUM({S['s_drilling']}{r}:{S['s_setup']}{r})",
                    "formula",
                    EUR,
                )
                self.put(
                    ws,
                    r,
                    shares["s_field"],
                    f"=SUM({S['s_drilling']}{r}:{S['s_pipe']}{r})",
                    "formula",
                    EUR,
                )
                self.put(
                    ws,
                    r,
                    shares["s_maint"],
                    f"={S['fraction']}{r}*{L['maint']}${field_row}",
                    "formula",
                    EUR,
                )
                self.put(
                    ws,
                    r,
                    shares["engine_share"],
                    result.cost_shares_eur.get(household_id, 0.0),
                    "engine",
                    EUR,
                )
                house = by_id.get(household_id)
                if house is not None:
                    house.share_rows[result.variant] = r
                row += 1
        ws.freeze_panes = "B5"

    def share(self, house: _HouseRow, variant: str, key: str) -> str:
        return f"Bron!${self.share_table.letter[key]}${house.share_rows[variant]}"

    # ------------------------------------------------------------ Warmtepomp

    def write_heat_pumps(self) -> None:
        ws = self.sheets["Warmtepomp"]
        self.title(
            ws,
            "Warmtepomp: COP en stroom per maand (formules)",
            "COP = η × T_aanvoer / (T_aanvoer − T_bron) in kelvin, met een minimale temperatuursprong en een "
            "maximum. Bron: buitentemperatuur (lucht) of de vloeistoftemperatuur van het bodemveld (Bron).",
        )
        columns = [
            _Column("nr", "Nr.", 5),
            _Column("label", "Woning", 20),
            _Column("variant", "Variant", 20),
            _Column("eta", "η (fractie van Carnot)", 9),
            _Column("supply", "Aanvoer-temperatuur °C", 10),
            _Column("design_t", "Brontemperatuur ontwerp °C", 10),
            _Column("design_cop", "COP bij ontwerp", 9),
            _Column("peak", "Elektrisch piekvermogen kW", 10),
            _Column("kwh", "Stroom warmtepomp kWh/jaar", 11),
            _Column("scop", "Seizoens-COP", 9),
        ]
        columns += [_Column(f"src{m}", f"Brontemp. {MONTHS_NL[m]} °C", 7) for m in range(12)]
        columns += [_Column(f"cs{m}", f"COP ruimte {MONTHS_NL[m]}", 7) for m in range(12)]
        columns += [_Column(f"cd{m}", f"COP tapwater {MONTHS_NL[m]}", 7) for m in range(12)]
        columns += [_Column(f"e{m}", f"Stroom {MONTHS_NL[m]} kWh", 8) for m in range(12)]
        table = _Table(columns)
        self.hp_table = table
        self.header(ws, 4, table, 58)
        L = table.letter
        n = self.name
        F = self.field_table.letter
        row = 5
        cop_max, min_lift, dhw_temp = n("cop_max"), n("min_lift_k"), n("dhw_temp_c")
        for house in self.computable:
            for variant in HP_VARIANTS:
                result = house.result.variants.get(variant)
                if result is None:
                    continue
                r = row
                house.heatpump_rows[variant] = r
                self.put(ws, r, table["nr"], house.number, "text", INT)
                self.put(ws, r, table["label"], f"={self.d(house, 'label')}")
                self.text(ws, r, table["variant"], VARIANT_LABELS_NL[variant])
                self.put(
                    ws,
                    r,
                    table["eta"],
                    f"={n('eta_air') if variant == 'air_hp' else n('eta_water')}",
                    "formula",
                    DEC2,
                )
                self.put(ws, r, table["supply"], f"={self.d(house, 'supply')}", "formula", "0")
                if variant == "air_hp":
                    self.put(
                        ws, r, table["design_t"], f"={n('outdoor_design_temp_c')}", "formula", DEC1
                    )
                    sources = [f"=INDEX(monthly_outdoor_temp_c,{m + 1})" for m in range(12)]
                else:
                    field_row = self.field_rows[result.field_id]
                    self.put(
                        ws,
                        r,
                        table["design_t"],
                        f"=Bron!${F['design_t']}${field_row}",
                        "formula",
                        DEC2,
                    )
                    sources = [f"=Bron!${F[f't{m}']}${field_row}" for m in range(12)]
                eta, supply = f"${L['eta']}{r}", f"${L['supply']}{r}"
                self.put(
                    ws, r, table["design_cop"],
                    f"=MIN({cop_max},{eta}*({supply}+{KELVIN})/MAX({min_lift},{supply}-{L['design_t']}{r}))",
                    "formula", DEC2,
                )  # fmt: skip
                self.put(
                    ws,
                    r,
                    table["peak"],
                    f"={self.d(house, 'design')}/{L['design_cop']}{r}",
                    "formula",
                    DEC2,
                )
                self.put(ws, r, table["kwh"], f"=SUM({L['e0']}{r}:{L['e11']}{r})", "formula", INT)
                self.put(
                    ws, r, table["scop"],
                    f"=IF({L['kwh']}{r}>0,({self.d(house, 'space')}+{self.d(house, 'dhw')})/{L['kwh']}{r},0)",
                    "formula", DEC2,
                )  # fmt: skip
                for m in range(12):
                    src = f"{L[f'src{m}']}{r}"
                    self.put(ws, r, table[f"src{m}"], sources[m], "formula", DEC1)
                    self.put(
                        ws, r, table[f"cs{m}"],
                        f"=MIN({cop_max},{eta}*({supply}+{KELVIN})/MAX({min_lift},{supply}-{src}))", "formula", DEC2,
                    )  # fmt: skip
                    self.put(
                        ws, r, table[f"cd{m}"],
                        f"=MIN({cop_max},{eta}*({dhw_temp}+{KELVIN})/MAX({min_lift},{dhw_temp}-{src}))", "formula", DEC2,
                    )  # fmt: skip
                    self.put(
                        ws, r, table[f"e{m}"],
                        f"={self.d(house, f'space{m}')}/{L[f'cs{m}']}{r}+{self.d(house, f'dhw{m}')}/{L[f'cd{m}']}{r}",
                        "formula", INT,
                    )  # fmt: skip
                row += 1
        ws.freeze_panes = "D5"

    def hp(self, house: _HouseRow, variant: str, key: str) -> str:
        return f"Warmtepomp!${self.hp_table.letter[key]}${house.heatpump_rows[variant]}"

    # ------------------------------------------------------------ Investeringen

    def _variant_rows(self):
        """(house, variant, result) for every computed household × variant, in order."""
        for house in self.computable:
            for variant in VARIANTS:
                result = house.result.variants.get(variant)
                if result is not None:
                    yield house, variant, result

    def write_investments(self) -> None:
        ws = self.sheets["Investeringen"]
        self.title(
            ws,
            "Investeringen per woning en variant (formules, € incl. btw)",
            "Bruto investering − ISDE-subsidie = netto investering in jaar 0. Het aandeel in een bodemveld "
            "komt van Bron. Rechts: wat elk onderdeel kost als het vervangen wordt, en de restwaarde.",
        )
        columns = [
            _Column("nr", "Nr.", 5),
            _Column("label", "Woning", 20),
            _Column("variant", "Variant", 20),
            _Column("size", "Warmtepomp kW", 10),
            _Column("boiler", "Nieuwe cv-ketel", 10),
            _Column("heat_pump", "Warmtepomp", 11),
            _Column("tank", "Boilervat", 10),
            _Column("lt", "LT-maatregelen", 10),
            _Column("induction", "Inductie-koken", 9),
            _Column("disconnect", "Gas afsluiten", 9),
            _Column("electrical", "Meterkast", 9),
            _Column("drilling", "Boren en bodemlus", 10),
            _Column("boreholes", "Vaste kosten boorgaten", 10),
            _Column("site", "Boorlocatie", 10),
            _Column("pipe", "Leiding", 9),
            _Column("setup", "Opzet cluster", 9),
            _Column("gross", "Bruto investering", 11),
            _Column("subsidy", "ISDE-subsidie", 10),
            _Column("net", "Netto investering", 11),
            _Column("boiler_age", "Leeftijd ketel (jaar, afgerond)", 9),
            _Column("boiler_installed", "Ketel geplaatst in jaar", 9),
            _Column("r_boiler", "Vervangings-waarde ketel", 10),
            _Column("r_hp", "Vervangings-waarde warmtepomp + vat", 11),
            _Column("life_hp", "Levensduur warmtepomp jaar", 9),
            _Column("r_field", "Vervangings-waarde bodemveld", 11),
            _Column("res_boiler", "Restwaarde ketel", 10),
            _Column("res_hp", "Restwaarde warmtepomp", 10),
            _Column("res_field", "Restwaarde bodemveld", 10),
            _Column("residual", "Restwaarde einde periode", 11),
        ]
        table = _Table(columns)
        self.inv_table = table
        self.header(ws, 4, table, 72)
        L = table.letter
        n = self.name
        h = n("horizon_years")
        row = 5
        for house, variant, _result in self._variant_rows():
            r = row
            house.rows[variant] = r
            self.put(ws, r, table["nr"], house.number, "text", INT)
            self.put(ws, r, table["label"], f"={self.d(house, 'label')}")
            self.text(ws, r, table["variant"], VARIANT_LABELS_NL[variant])
            age = self.w(house, "boiler_age")
            if variant == "gas":
                self.put(
                    ws, r, table["boiler_age"],
                    f'=ROUND(IF({age}="",{n("boiler_age_default_years")},{age}),0)', "formula", "0",
                )  # fmt: skip
                old = f"{L['boiler_age']}{r}>={n('boiler_lifetime_years')}"
                self.put(
                    ws, r, table["boiler"], f"=IF({old},{n('boiler_cost_eur')},0)", "formula", EUR
                )
                self.put(
                    ws,
                    r,
                    table["boiler_installed"],
                    f"=IF({old},0,-{L['boiler_age']}{r})",
                    "formula",
                    "0",
                )
                self.put(ws, r, table["r_boiler"], f"={n('boiler_cost_eur')}", "formula", EUR)
                self.put(ws, r, table["subsidy"], 0, "formula", EUR)
                life, installed, cost = (
                    n("boiler_lifetime_years"),
                    f"{L['boiler_installed']}{r}",
                    f"{L['r_boiler']}{r}",
                )
                self.put(
                    ws, r, table["res_boiler"], _residual(cost, life, installed, h), "formula", EUR
                )
            else:
                size = f"{L['size']}{r}"
                self.put(ws, r, table["size"], f"={self.d(house, 'size')}", "formula", "0")
                if variant == "air_hp":
                    price = f"={n('air_hp_base_eur')}+{n('air_hp_per_kw_eur')}*{size}"
                    isde = f"={n('isde_air_base_eur')}+{n('isde_air_per_kw_eur')}*{size}+{n('isde_air_label_bonus_eur')}"
                    life = n("air_hp_lifetime_years")
                else:
                    price = f"={n('water_hp_base_eur')}+{n('water_hp_per_kw_eur')}*{size}"
                    isde = f"={n('isde_ground_eur')}"
                    life = n("water_hp_lifetime_years")
                self.put(ws, r, table["heat_pump"], price, "formula", EUR)
                self.put(ws, r, table["tank"], f"={n('dhw_tank_eur')}", "formula", EUR)
                lt = self.w(house, "lt")
                self.put(
                    ws,
                    r,
                    table["lt"],
                    f'=IF({lt}="",{n("lt_measures_default_eur")},{lt})',
                    "formula",
                    EUR,
                )
                self.put(
                    ws, r, table["induction"],
                    f'=IF({self.w(house, "cooks")}="ja",{n("induction_cost_eur")},0)', "formula", EUR,
                )  # fmt: skip
                self.put(
                    ws, r, table["disconnect"], f"={n('gas_disconnection_eur')}", "formula", EUR
                )
                self.put(
                    ws, r, table["electrical"],
                    f'={n("electrical_upgrade_eur")}+IF(AND({self.w(house, "three_phase")}<>"ja",'
                    f'{size}>{n("three_phase_threshold_kw")}),{n("three_phase_upgrade_eur")},0)',
                    "formula", EUR,
                )  # fmt: skip
                if variant in GROUND_VARIANTS:
                    for key, share_key in (
                        ("drilling", "s_drilling"),
                        ("boreholes", "s_boreholes"),
                        ("site", "s_site"),
                        ("pipe", "s_pipe"),
                        ("setup", "s_setup"),
                    ):
                        if variant == "ground_hp" and key in ("pipe", "setup"):
                            continue
                        self.put(
                            ws,
                            r,
                            table[key],
                            f"={self.share(house, variant, share_key)}",
                            "formula",
                            EUR,
                        )
                    self.put(
                        ws,
                        r,
                        table["r_field"],
                        f"=SUM({L['drilling']}{r}:{L['pipe']}{r})",
                        "formula",
                        EUR,
                    )
                    field_life = n("borehole_lifetime_years")
                    self.put(
                        ws,
                        r,
                        table["res_field"],
                        _residual(f"{L['r_field']}{r}", field_life, "0", h),
                        "formula",
                        EUR,
                    )
                self.put(ws, r, table["subsidy"], isde, "formula", EUR)
                self.put(
                    ws, r, table["r_hp"], f"={L['heat_pump']}{r}+{L['tank']}{r}", "formula", EUR
                )
                self.put(ws, r, table["life_hp"], f"={life}", "formula", "0")
                self.put(
                    ws,
                    r,
                    table["res_hp"],
                    _residual(f"{L['r_hp']}{r}", f"{L['life_hp']}{r}", "0", h),
                    "formula",
                    EUR,
                )
            self.put(
                ws, r, table["gross"], f"=SUM({L['boiler']}{r}:{L['setup']}{r})", "formula", EUR
            )
            self.put(ws, r, table["net"], f"={L['gross']}{r}-{L['subsidy']}{r}", "formula", EUR)
            self.put(
                ws,
                r,
                table["residual"],
                f"=SUM({L['res_boiler']}{r}:{L['res_field']}{r})",
                "formula",
                EUR,
            )
            row += 1
        ws.freeze_panes = "D5"
        if row > 5:
            ws.auto_filter.ref = f"A4:{get_column_letter(len(table.columns))}{row - 1}"

    def inv(self, house: _HouseRow, variant: str, key: str) -> str:
        return f"Investeringen!${self.inv_table.letter[key]}${house.rows[variant]}"

    # ------------------------------------------------------------ Jaarlasten

    def write_cash_flows_layout(self) -> None:
        """Reserve the Kasstromen rows first: Jaarlasten sums over them."""
        row = 5
        for house, variant, _result in self._variant_rows():
            house.cash_rows[variant] = (row, row + self.horizon - 1)
            row += self.horizon

    def write_annual(self) -> None:
        ws = self.sheets["Jaarlasten"]
        self.title(
            ws,
            "Jaarlasten per woning en variant (formules)",
            "Alleen wat verschilt tussen de varianten. Maandlasten jaar 1 = (energie + vastrecht + onderhoud + "
            "lening) / 12. Totale kosten en contante waarde tellen de kasstromen van Kasstromen op.",
        )
        columns = [
            _Column("nr", "Nr.", 5),
            _Column("label", "Woning", 20),
            _Column("variant", "Variant", 20),
            _Column("gas", "Gas m³/jaar", 9),
            _Column("kwh", "Extra stroom kWh/jaar", 10),
            _Column("energy", "Energie-kosten €/jaar", 10),
            _Column("fixed", "Vastrecht gas €/jaar", 9),
            _Column("maint", "Onderhoud €/jaar", 9),
            _Column("net", "Netto investering jaar 0", 11),
            _Column("principal", "Lening (hoofdsom)", 11),
            _Column("own", "Eigen geld jaar 0", 10),
            _Column("loan", "Rente + aflossing €/jaar", 10),
            _Column("debt", "Restschuld einde periode", 10),
            _Column("monthly", "Maandlasten jaar 1 €/maand", 11),
            _Column("tco", "Totale kosten over de periode", 12),
            _Column("npv", "Contante waarde", 12),
            _Column("payback", "Terugverdientijd t.o.v. gas (jaar)", 11),
            _Column("co2", "CO₂ kg/jaar", 9),
            _Column("break_even", f"Omslagpunt gasverbruik m³/jaar ({ENGINE_NOTE})", 14, True),
        ]
        table = _Table(columns)
        self.annual_table = table
        self.header(ws, 4, table, 72)
        L = table.letter
        K = self.cash_table_letters()
        n = self.name
        row = 5
        for house, variant, result in self._variant_rows():
            r = row
            self.put(ws, r, table["nr"], house.number, "text", INT)
            self.put(ws, r, table["label"], f"={self.d(house, 'label')}")
            self.text(ws, r, table["variant"], VARIANT_LABELS_NL[variant])
            if variant == "gas":
                self.put(ws, r, table["gas"], f"={self.d(house, 'gas')}", "formula", INT)
                self.put(ws, r, table["kwh"], 0, "formula", INT)
                self.put(
                    ws,
                    r,
                    table["energy"],
                    f"={L['gas']}{r}*{n('gas_price_eur_m3')}",
                    "formula",
                    EUR,
                )
                self.put(ws, r, table["fixed"], f"={n('gas_fixed_charges_eur')}", "formula", EUR)
                self.put(ws, r, table["maint"], f"={n('maintenance_gas_eur')}", "formula", EUR)
                self.put(
                    ws, r, table["co2"], f"={L['gas']}{r}*{n('co2_gas_kg_m3')}", "formula", INT
                )
            else:
                self.put(ws, r, table["gas"], 0, "formula", INT)
                kwh = f"={self.hp(house, variant, 'kwh')}"
                if variant in GROUND_VARIANTS:
                    kwh += f"+{n('circulation_pump_kwh')}"
                kwh += f'+IF({self.w(house, "cooks")}="ja",{n("induction_kwh")},0)'
                self.put(ws, r, table["kwh"], kwh, "formula", INT)
                self.put(
                    ws,
                    r,
                    table["energy"],
                    f"={L['kwh']}{r}*{n('electricity_price_eur_kwh')}",
                    "formula",
                    EUR,
                )
                self.put(ws, r, table["fixed"], 0, "formula", EUR)
                if variant == "air_hp":
                    self.put(
                        ws, r, table["maint"], f"={n('maintenance_air_hp_eur')}", "formula", EUR
                    )
                else:
                    self.put(
                        ws, r, table["maint"],
                        f"={n('maintenance_ground_hp_eur')}+{self.share(house, variant, 's_maint')}", "formula", EUR,
                    )  # fmt: skip
                self.put(
                    ws,
                    r,
                    table["co2"],
                    f"={L['kwh']}{r}*{n('co2_electricity_kg_kwh')}",
                    "formula",
                    INT,
                )
                gas_row = house.rows.get("gas")
                if gas_row is not None:
                    running = f"({L['energy']}{r}+{L['fixed']}{r}+{L['maint']}{r})"
                    gas_running = (
                        f"({L['energy']}{gas_row}+{L['fixed']}{gas_row}+{L['maint']}{gas_row})"
                    )
                    self.put(
                        ws, r, table["payback"],
                        f'=IF({gas_running}-{running}>0,MAX(0,({L["net"]}{r}-{L["net"]}{gas_row})/'
                        f'({gas_running}-{running})),"nooit")',
                        "formula", DEC1,
                    )  # fmt: skip
                self.put(ws, r, table["break_even"], result.break_even_gas_m3, "engine", INT)
                if result.break_even_gas_m3 is None:
                    missing = "geen" if self.break_even_computed else "niet berekend"
                    self.text(ws, r, table["break_even"], missing, "engine")
            self.put(ws, r, table["net"], f"={self.inv(house, variant, 'net')}", "formula", EUR)
            self.put(
                ws,
                r,
                table["principal"],
                f"=MAX(0,{L['net']}{r})*{n('loan_share')}",
                "formula",
                EUR,
            )
            self.put(ws, r, table["own"], f"={L['net']}{r}-{L['principal']}{r}", "formula", EUR)
            self.put(
                ws, r, table["loan"],
                f"=IF(AND({L['principal']}{r}>0,{n('loan_term_years')}>=1),"
                f"-PMT({n('loan_rate')},{n('loan_term_years')},{L['principal']}{r}),0)",
                "formula", EUR,
            )  # fmt: skip
            self.put(
                ws, r, table["debt"],
                f"=IF(AND({L['principal']}{r}>0,{n('horizon_years')}<{n('loan_term_years')}),"
                f"-FV({n('loan_rate')},{n('horizon_years')},-{L['loan']}{r},{L['principal']}{r}),0)",
                "formula", EUR,
            )  # fmt: skip
            self.put(
                ws, r, table["monthly"],
                f"=({L['energy']}{r}+{L['fixed']}{r}+{L['maint']}{r}+{L['loan']}{r})/12", "formula", EUR,
            )  # fmt: skip
            first, last = house.cash_rows[variant]
            self.put(
                ws,
                r,
                table["tco"],
                f"={L['own']}{r}+SUM(Kasstromen!{K['total']}{first}:{K['total']}{last})",
                "formula",
                EUR,
            )
            self.put(
                ws,
                r,
                table["npv"],
                f"={L['own']}{r}+SUM(Kasstromen!{K['pv']}{first}:{K['pv']}{last})",
                "formula",
                EUR,
            )
            row += 1
        self.annual_last_row = row - 1
        ws.freeze_panes = "D5"
        if row > 5:
            ws.auto_filter.ref = f"A4:{get_column_letter(len(table.columns))}{row - 1}"

    def jl(self, house: _HouseRow, variant: str, key: str) -> str:
        return f"Jaarlasten!${self.annual_table.letter[key]}${house.rows[variant]}"

    # ------------------------------------------------------------ Kasstromen

    def cash_table_letters(self) -> dict[str, str]:
        if not hasattr(self, "cash_table"):
            self.cash_table = _Table(
                [
                    _Column("nr", "Nr.", 5),
                    _Column("label", "Woning", 20),
                    _Column("variant", "Variant", 20),
                    _Column("year", "Jaar", 6),
                    _Column("energy", "Energie", 10),
                    _Column("fixed", "Vastrecht", 10),
                    _Column("maint", "Onderhoud", 11),
                    _Column("loan", "Lening", 10),
                    _Column("replace", "Vervanging (eigen geld)", 11),
                    _Column("residual", "Restwaarde", 11),
                    _Column("total", "Kasstroom", 11),
                    _Column("pv", "Contante waarde", 11),
                    _Column("cumulative", "Cumulatief incl. eigen geld jaar 0", 13),
                ]
            )
        return self.cash_table.letter

    def write_cash_flows(self) -> None:
        ws = self.sheets["Kasstromen"]
        self.title(
            ws,
            f"Kasstromen per jaar over {self.horizon} jaar (formules, € per jaar)",
            "Kasstroom = energie + vastrecht + onderhoud + lening + vervanging − restwaarde (laatste jaar). "
            "Een langere rekenperiode vraagt een nieuwe export uit Minigrid; een kortere werkt hier direct.",
        )
        table = self.cash_table
        self.header(ws, 4, table, 45)
        C = table.letter
        n = self.name
        h = n("horizon_years")
        esc_e, esc_m = n("energy_escalation"), n("maintenance_escalation")
        term, disc = n("loan_term_years"), n("discount_rate")
        inv_cols = self.inv_table.letter
        for house, variant, _result in self._variant_rows():
            first, _last = house.cash_rows[variant]
            label = f"={self.d(house, 'label')}"
            inv_row = house.rows[variant]
            energy, fixed, maint = (
                self.jl(house, variant, "energy"),
                self.jl(house, variant, "fixed"),
                self.jl(house, variant, "maint"),
            )
            loan, debt, own = (
                self.jl(house, variant, "loan"),
                self.jl(house, variant, "debt"),
                self.jl(house, variant, "own"),
            )
            if variant == "gas":
                replace = (
                    f"IF(MOD({C['year']}{{r}}-Investeringen!${inv_cols['boiler_installed']}${inv_row},"
                    f"{n('boiler_lifetime_years')})=0,Investeringen!${inv_cols['r_boiler']}${inv_row},0)"
                )
            else:
                replace = (
                    f"IF(MOD({C['year']}{{r}},Investeringen!${inv_cols['life_hp']}${inv_row})=0,"
                    f"Investeringen!${inv_cols['r_hp']}${inv_row},0)"
                )
                if variant in GROUND_VARIANTS:
                    replace += (
                        f"+IF(MOD({C['year']}{{r}},{n('borehole_lifetime_years')})=0,"
                        f"Investeringen!${inv_cols['r_field']}${inv_row},0)"
                    )
            residual = f"Investeringen!${inv_cols['residual']}${inv_row}"
            variant_label = VARIANT_LABELS_NL[variant]
            for year in range(1, self.horizon + 1):
                r = first + year - 1
                y = f"{C['year']}{r}"
                active = f"{y}>{h}"
                self.put(ws, r, table["nr"], house.number, "text", INT)
                self.put(ws, r, table["label"], label)
                self.text(ws, r, table["variant"], variant_label)
                self.put(ws, r, table["year"], year, "text", "0")
                self.put(
                    ws,
                    r,
                    table["energy"],
                    f"=IF({active},0,{energy}*(1+{esc_e})^({y}-1))",
                    "formula",
                    EUR,
                )
                self.put(
                    ws,
                    r,
                    table["fixed"],
                    f"=IF({active},0,{fixed}*(1+{esc_e})^({y}-1))",
                    "formula",
                    EUR,
                )
                self.put(
                    ws,
                    r,
                    table["maint"],
                    f"=IF({active},0,{maint}*(1+{esc_m})^({y}-1))",
                    "formula",
                    EUR,
                )
                self.put(
                    ws, r, table["loan"],
                    f"=IF({active},0,IF({y}<={term},{loan},0)+IF({y}={h},{debt},0))", "formula", EUR,
                )  # fmt: skip
                self.put(
                    ws,
                    r,
                    table["replace"],
                    f"=IF({y}>={h},0,{replace.format(r=r)})",
                    "formula",
                    EUR,
                )
                self.put(ws, r, table["residual"], f"=IF({y}={h},{residual},0)", "formula", EUR)
                self.put(
                    ws, r, table["total"],
                    f"={C['energy']}{r}+{C['fixed']}{r}+{C['maint']}{r}+{C['loan']}{r}+{C['replace']}{r}-{C['residual']}{r}",
                    "formula", EUR,
                )  # fmt: skip
                self.put(ws, r, table["pv"], f"={C['total']}{r}/(1+{disc})^{y}", "formula", EUR)
                previous = own if year == 1 else f"{C['cumulative']}{r - 1}"
                self.put(ws, r, table["cumulative"], f"={previous}+{C['total']}{r}", "formula", EUR)
        ws.freeze_panes = "E5"
        last = 4 + sum(self.horizon for _ in self._variant_rows())
        if last > 4:
            ws.auto_filter.ref = f"A4:{get_column_letter(len(table.columns))}{last}"

    # ------------------------------------------------------------ Vergelijking

    def write_comparison(self) -> None:
        ws = self.sheets["Vergelijking"]
        self.title(
            ws,
            "Vergelijking van de varianten",
            "Per woning en voor de groep: maandlasten in jaar 1, totale kosten over de periode, contante waarde, "
            "terugverdientijd en CO₂. Alles verwijst naar Jaarlasten; het omslagpunt is "
            + ENGINE_NOTE
            + ".",
        )
        J = self.annual_table.letter
        last = max(self.annual_last_row, 5)
        rng = lambda key: f"Jaarlasten!${J[key]}$5:${J[key]}${last}"  # noqa: E731
        inv_rng = f"Investeringen!${self.inv_table.letter['net']}$5:${self.inv_table.letter['net']}${last}"
        inv_var = f"Investeringen!${self.inv_table.letter['variant']}$5:${self.inv_table.letter['variant']}${last}"
        var_rng = rng("variant")

        # group table
        self.text(ws, 4, 1, "Groep", "section", GENERAL)
        group_cols = [
            ("Variant", 26, None, None),
            ("Woningen", 9, "count", INT),
            ("Maandlasten jaar 1, gemiddeld per woning", 13, "avg_monthly", EUR),
            ("Maandlasten jaar 1, samen", 12, "monthly", EUR),
            ("Netto investering, samen", 13, "net", EUR),
            ("Totale kosten over de periode, samen", 14, "tco", EUR),
            ("Contante waarde, samen", 13, "npv", EUR),
            ("CO₂ ton/jaar, samen", 10, "co2", DEC1),
            ("Gas m³/jaar, samen", 11, "gas", INT),
            ("Extra stroom kWh/jaar, samen", 12, "kwh", INT),
        ]
        for i, (head, _width, _key, _fmt) in enumerate(group_cols, start=1):
            self.text(ws, 5, i, head, "header")
        ws.row_dimensions[5].height = 58
        self.group_rows = {}
        for offset, variant in enumerate(VARIANTS):
            r = 6 + offset
            self.group_rows[variant] = r
            self.text(ws, r, 1, VARIANT_LABELS_NL[variant], "label")
            crit = f"$A{r}"
            self.put(ws, r, 2, f"=COUNTIF({var_rng},{crit})", "formula", INT)
            self.put(ws, r, 4, f"=SUMIF({var_rng},{crit},{rng('monthly')})", "formula", EUR)
            self.put(ws, r, 3, f"=IF(B{r}>0,D{r}/B{r},0)", "formula", EUR)
            self.put(ws, r, 5, f"=SUMIF({inv_var},{crit},{inv_rng})", "formula", EUR)
            self.put(ws, r, 6, f"=SUMIF({var_rng},{crit},{rng('tco')})", "formula", EUR)
            self.put(ws, r, 7, f"=SUMIF({var_rng},{crit},{rng('npv')})", "formula", EUR)
            self.put(ws, r, 8, f"=SUMIF({var_rng},{crit},{rng('co2')})/1000", "formula", DEC1)
            self.put(ws, r, 9, f"=SUMIF({var_rng},{crit},{rng('gas')})", "formula", INT)
            self.put(ws, r, 10, f"=SUMIF({var_rng},{crit},{rng('kwh')})", "formula", INT)

        # per household, wide (below the two charts)
        top = CHART_TOP + CHART_ROWS + 2
        self.text(ws, top - 1, 1, "Per woning", "section", GENERAL)
        blocks = [
            ("monthly", "Maandlasten jaar 1", EUR, VARIANTS),
            ("tco", "Totale kosten", EUR, VARIANTS),
            ("npv", "Contante waarde", EUR, VARIANTS),
            ("payback", "Terugverdientijd (jaar)", DEC1, HP_VARIANTS),
            ("co2", "CO₂ kg/jaar", INT, VARIANTS),
            ("break_even", "Omslagpunt gas m³/jaar", INT, HP_VARIANTS),
        ]
        short = {
            "gas": "gas",
            "air_hp": "lucht-WP",
            "ground_hp": "eigen bodemlus",
            "shared_loop": "gedeelde bodemlus",
        }
        self.text(ws, top, 1, "Woning", "header")
        col = 2
        wide_cols: dict[tuple[str, str], int] = {}
        for key, head, _fmt, variants in blocks:
            for variant in variants:
                kind = "header_engine" if key == "break_even" else "header"
                self.text(ws, top, col, f"{head}: {short[variant]}", kind)
                ws.column_dimensions[get_column_letter(col)].width = 12
                wide_cols[(key, variant)] = col
                col += 1
        ws.row_dimensions[top].height = 58
        row = top + 1
        for house in self.computable:
            self.put(ws, row, 1, f"={self.d(house, 'label')}")
            for key, _head, fmt, variants in blocks:
                for variant in variants:
                    if variant not in house.rows:
                        continue
                    c = wide_cols[(key, variant)]
                    kind = "engine" if key == "break_even" else "formula"
                    self.put(ws, row, c, f"={self.jl(house, variant, key)}", kind, fmt)
            row += 1
        wide_last = row - 1
        ws.column_dimensions["A"].width = 26
        for i, (_head, width, _key, _fmt) in enumerate(group_cols[1:], start=2):
            letter = get_column_letter(i)
            ws.column_dimensions[letter].width = max(width, ws.column_dimensions[letter].width or 0)

        # cumulative costs per home on average, year 0..horizon
        K = self.cash_table.letter
        cum_top = wide_last + 3
        self.text(
            ws,
            cum_top - 1,
            1,
            "Cumulatieve kosten, gemiddeld per woning (voor de lijngrafiek)",
            "section",
            GENERAL,
        )
        self.text(ws, cum_top, 1, "Jaar", "header")
        for i, variant in enumerate(VARIANTS, start=2):
            self.text(ws, cum_top, i, VARIANT_LABELS_NL[variant], "header")
        ws.row_dimensions[cum_top].height = 30
        cash_last = 4 + self.horizon * sum(len(h.rows) for h in self.computable)
        cash_last = max(cash_last, 5)
        cv = f"Kasstromen!${K['variant']}$5:${K['variant']}${cash_last}"
        cy = f"Kasstromen!${K['year']}$5:${K['year']}${cash_last}"
        ct = f"Kasstromen!${K['total']}$5:${K['total']}${cash_last}"
        for year in range(0, self.horizon + 1):
            r = cum_top + 1 + year
            self.put(ws, r, 1, year, "text", "0")
            for i, variant in enumerate(VARIANTS, start=2):
                gr = self.group_rows[variant]
                label = f"$A${gr}"
                count = f"$B${gr}"
                if year == 0:
                    value = f"=IF({count}>0,SUMIF({var_rng},{label},{rng('own')})/{count},0)"
                else:
                    value = (
                        f"=IF({count}>0,{get_column_letter(i)}{r - 1}"
                        f"+SUMIFS({ct},{cv},{label},{cy},$A{r})/{count},0)"
                    )
                self.put(ws, r, i, value, "formula", EUR)
        cum_last = cum_top + 1 + self.horizon

        # charts
        if self.computable:
            bar = BarChart()
            bar.type = "col"
            bar.grouping = "clustered"
            bar.title = "Maandlasten in jaar 1 per woning"
            bar.y_axis.title = "€ per maand"
            bar.y_axis.numFmt = '"€" #,##0'
            bar.x_axis.title = None
            for variant in VARIANTS:
                c = wide_cols[("monthly", variant)]
                data = Reference(ws, min_col=c, min_row=top + 1, max_row=wide_last)
                bar.add_data(data, titles_from_data=False)
                series = bar.series[-1]
                series.tx = SeriesLabel(v=VARIANT_LABELS_NL[variant])
                _colour_series(series, VARIANT_COLOURS[variant], fill=True)
            bar.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=wide_last))
            bar.x_axis.delete = False
            bar.y_axis.delete = False
            bar.legend.position = "b"
            bar.height = 9
            bar.width = 24
            bar.gapWidth = 60
            ws.add_chart(bar, f"A{CHART_TOP}")

            line = LineChart()
            line.title = f"Cumulatieve kosten per woning (gemiddeld) over {self.horizon} jaar"
            line.y_axis.title = "€"
            line.y_axis.numFmt = '"€" #,##0'
            line.x_axis.title = "Jaar"
            for i, variant in enumerate(VARIANTS, start=2):
                data = Reference(ws, min_col=i, min_row=cum_top, max_row=cum_last)
                line.add_data(data, titles_from_data=True)
                _colour_series(
                    line.series[-1],
                    VARIANT_COLOURS[variant],
                    fill=False,
                    dashed=variant == "ground_hp",
                )
            line.set_categories(Reference(ws, min_col=1, min_row=cum_top + 1, max_row=cum_last))
            line.x_axis.delete = False
            line.y_axis.delete = False
            line.legend.position = "b"
            line.height = 9
            line.width = 17
            ws.add_chart(line, f"K{CHART_TOP}")
        ws.freeze_panes = "B4"

    # ------------------------------------------------------------ Gevoeligheid

    def write_sensitivity(self) -> None:
        ws = self.sheets["Gevoeligheid"]
        sensitivity = self.results.sensitivity
        self.title(
            ws,
            "Gevoeligheid (waarden, " + ENGINE_NOTE + ")",
            "Verschil in totale kosten over de periode ten opzichte van de gasketel, opgeteld over de groep. "
            "Negatief: de variant is goedkoper dan gas. Elke factor ±"
            + (f"{sensitivity.step:.0%}" if sensitivity else "20%")
            + "; deze waarden volgen niet automatisch als je Uitgangspunten wijzigt.",
        )
        ws.column_dimensions["A"].width = 40
        for letter in "BCDEFGH":
            ws.column_dimensions[letter].width = 14
        if sensitivity is None:
            self.text(ws, 4, 1, "De gevoeligheid is niet berekend voor deze export.")
            return
        row = 4
        self.text(
            ws, row, 1, "Tornado: verschil totale kosten t.o.v. gas (groep)", "section", GENERAL
        )
        row += 1
        heads = ["Factor"]
        for variant in HP_VARIANTS:
            heads += [f"{VARIANT_LABELS_NL[variant]}: laag", f"{VARIANT_LABELS_NL[variant]}: hoog"]
        for i, head in enumerate(heads, start=1):
            self.text(ws, row, i, head, "header_engine" if i > 1 else "header")
        ws.row_dimensions[row].height = 45
        row += 1
        base_row = row
        self.text(ws, row, 1, "Uitgangssituatie", "label")
        for j, variant in enumerate(HP_VARIANTS):
            value = sensitivity.base_difference_eur.get(variant)
            self.put(ws, row, 2 + 2 * j, value, "engine", EUR)
            self.put(ws, row, 3 + 2 * j, value, "engine", EUR)
        row += 1
        bar_rows = []
        for bar in sensitivity.bars:
            bar_rows.append(row)
            self.text(ws, row, 1, f"{bar.label_nl} −/+ {sensitivity.step:.0%}")
            for j, variant in enumerate(HP_VARIANTS):
                self.put(ws, row, 2 + 2 * j, bar.low_eur.get(variant), "engine", EUR)
                self.put(ws, row, 3 + 2 * j, bar.high_eur.get(variant), "engine", EUR)
            row += 1
        row += 1
        self.text(
            ws,
            row,
            1,
            "Prijsband: maandlasten jaar 1 van de groep bij lage, middelste en hoge energieprijzen",
            "section",
            GENERAL,
        )
        row += 1
        self.text(ws, row, 1, "Scenario", "header")
        for i, variant in enumerate(VARIANTS, start=2):
            self.text(ws, row, i, VARIANT_LABELS_NL[variant], "header_engine")
        ws.row_dimensions[row].height = 30
        row += 1
        factors = {
            "low": self.params["price_band_low_factor"],
            "mid": 1.0,
            "high": self.params["price_band_high_factor"],
        }
        names = {"low": "Laag", "mid": "Midden", "high": "Hoog"}
        for scenario in ("low", "mid", "high"):
            self.text(
                ws,
                row,
                1,
                f"{names[scenario]} (energieprijzen × {factors[scenario]:.2f})".replace(".", ","),
            )
            for i, variant in enumerate(VARIANTS, start=2):
                self.put(
                    ws, row, i, sensitivity.price_band.get(scenario, {}).get(variant), "engine", EUR
                )
            row += 1
        if bar_rows:
            self._tornado_chart(ws, row + 2, base_row, bar_rows, sensitivity.step)
        ws.freeze_panes = "B4"

    def _tornado_chart(self, ws, row: int, base_row: int, bar_rows: list[int], step: float) -> None:
        """The shared loop's tornado: each factor's shift from the base case, as a horizontal bar chart."""
        variant = (
            "shared_loop" if self.results.group.totals["shared_loop"].households else "ground_hp"
        )
        j = HP_VARIANTS.index(variant)
        low_col, high_col = get_column_letter(2 + 2 * j), get_column_letter(3 + 2 * j)
        title = (
            f"Tornado {VARIANT_LABELS_NL[variant].lower()}: verschuiving t.o.v. de uitgangssituatie"
        )
        self.text(ws, row, 1, title, "section", GENERAL)
        row += 1
        self.text(ws, row, 1, "Factor", "header")
        self.text(ws, row, 2, f"Factor −{step:.0%}", "header")
        self.text(ws, row, 3, f"Factor +{step:.0%}", "header")
        head = row
        for source in reversed(bar_rows):  # largest effect at the top of the chart
            row += 1
            self.put(ws, row, 1, f"=A{source}")
            self.put(ws, row, 2, f"={low_col}{source}-{low_col}${base_row}", "formula", EUR)
            self.put(ws, row, 3, f"={high_col}{source}-{high_col}${base_row}", "formula", EUR)
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "clustered"
        chart.overlap = 100
        chart.gapWidth = 40
        chart.title = "Effect op de totale kosten t.o.v. gas (groep)"
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.y_axis.numFmt = '"€" #,##0'
        chart.x_axis.tickLblPos = "low"
        for col, colour in ((2, "1F77B4"), (3, "D62728")):
            chart.add_data(
                Reference(ws, min_col=col, min_row=head, max_row=row), titles_from_data=True
            )
            chart.series[-1].graphicalProperties.solidFill = colour
            chart.series[-1].graphicalProperties.line.solidFill = colour
        chart.set_categories(Reference(ws, min_col=1, min_row=head + 1, max_row=row))
        chart.legend.position = "b"
        chart.height = 8
        chart.width = 18
        ws.add_chart(chart, "I4")

    # ------------------------------------------------------------ Toelichting

    def write_explanation(self) -> None:
        ws = self.sheets["Toelichting"]
        intake = self.project.intake
        project_name = intake.name.strip() or "Naamloos project"
        ws.column_dimensions["A"].width = 30
        ws.column_dimensions["B"].width = 100
        self.text(ws, 1, 1, "Indicatieve businesscase mini-warmtenet", "title", GENERAL)
        ws.row_dimensions[1].height = 22
        overridden = [key for key in self.params.definitions if self.params.is_overridden(key)]
        if overridden:
            parameter_set = (
                f"Standaardkentallen van Minigrid {__version__}, met {len(overridden)} aangepaste "
                f"aanname(s): {', '.join(overridden)}"
            )
        else:
            parameter_set = f"Standaardkentallen van Minigrid {__version__}, niets aangepast"
        facts = [
            ("Project", project_name),
            ("Gemaakt met", f"{APP_NAME} {__version__}"),
            ("Datum", datetime.date.today().strftime("%d-%m-%Y")),
            ("Aannames", parameter_set),
            (
                "Woningen",
                f"{len(self.project.households)} in het project, {len(self.computable)} doorgerekend",
            ),
            ("Rekenperiode", f"{self.horizon} jaar"),
        ]
        if not self.anonymise:
            facts.insert(1, ("Plaats", intake.location))
        if self.anonymise:
            facts.append(
                (
                    "Privacy",
                    "Geanonimiseerd: woningen heten Woning 1 … N; namen, adressen en contactgegevens zijn weggelaten.",
                )
            )
        row = 3
        for label, value in facts:
            self.text(ws, row, 1, label, "label")
            self.text(ws, row, 2, value, "wrap")
            row += 1
        row += 1
        paragraphs = [
            (
                "Wat is dit",
                (
                    "Een indicatieve businesscase voor een mini-warmtenet met gedeelde bodemlussen, in de vorm van het "
                    "model van de provincie Utrecht. Per woning worden vier varianten vergeleken: de huidige gasketel, "
                    "een eigen luchtwarmtepomp, een eigen bodemlus en een gedeelde bodemlus met de buren. Het is een "
                    "eerste verkenning, geen offerte: laat de uitkomsten toetsen door een adviseur."
                ),
            ),
            (
                "Hoe gebruik je het",
                (
                    "Wijzig gele cellen op Uitgangspunten (kentallen) of Woningen (gegevens per woning). Alle witte "
                    "cellen zijn formules en rekenen direct mee: warmtevraag, COP en stroom, investeringen, jaarlasten, "
                    "kasstromen en de vergelijking met grafieken. Paarse cellen zijn door Minigrid berekend en volgen "
                    "niet vanzelf: de dimensionering van de bodemvelden (pygfunction), het omslagpunt in gasverbruik "
                    "en de gevoeligheid. Verander je iets dat die waarden raakt (bodem, clusters, veel ander gasverbruik), "
                    "reken dan opnieuw in Minigrid en exporteer opnieuw."
                ),
            ),
            (
                "Tabbladen",
                (
                    "Uitgangspunten: alle kentallen met eenheid, bron en jaar; elke waarde heeft een naam die de "
                    "formules gebruiken. Woningen: invoer per woning. Warmtevraag: warmte, tapwater, ruimteverwarming, "
                    "ontwerpvermogen en de verdeling per maand. Warmtepomp: COP en stroom per maand. Bron: de "
                    "bodemvelden en het aandeel per woning. Investeringen: elke kostenpost, subsidie en netto bedrag. "
                    "Jaarlasten: energie, vastrecht, onderhoud, lening en maandlasten. Vergelijking: per woning en voor "
                    "de groep, met grafieken. Kasstromen: jaar voor jaar. Gevoeligheid: tornado en prijsband."
                ),
            ),
            (
                "Rekenregels",
                (
                    "Alleen wat verschilt tussen de varianten telt mee. Netto investering in jaar 0 wordt geleend "
                    "(annuïteit); vervangingen aan het eind van de levensduur worden uit eigen geld betaald; aan het eind "
                    "van de periode telt de restwaarde (lineair) als opbrengst. Totale kosten = eigen geld in jaar 0 + "
                    "alle kasstromen; contante waarde = hetzelfde, verdisconteerd. Zie docs/method.md van Minigrid."
                ),
            ),
        ]
        for label, body in paragraphs:
            self.text(ws, row, 1, label, "label")
            self.text(ws, row, 2, body, "wrap")
            ws.row_dimensions[row].height = 15 * (1 + len(body) // 95)
            row += 1
        row += 1
        self.text(ws, row, 1, "Kleuren", "section", GENERAL)
        self.put(ws, row, 2, None, "section")
        row += 1
        legend = [
            ("input", 1850, INT, "Invoer: mag je wijzigen"),
            (
                "formula",
                f"=1850*{self.name('gas_price_eur_m3')}",
                EUR,
                "Formule: rekent mee, niet overschrijven",
            ),
            (
                "engine",
                79.5,
                DEC1,
                f"Waarde {ENGINE_NOTE} (bodemveld, omslagpunt, gevoeligheid): volgt niet vanzelf",
            ),
        ]
        for kind, value, fmt, meaning in legend:
            self.put(ws, row, 1, value, kind, fmt)
            self.text(ws, row, 2, meaning)
            row += 1
        if not self.anonymise and self.project.conditions:
            row += 1
            self.text(ws, row, 1, "Voorwaarden van de bewoners", "section", GENERAL)
            self.put(ws, row, 2, None, "section")
            row += 1
            enabled = [c for c in self.project.conditions if c.enabled]
            for number, condition in enumerate(enabled, start=1):
                self.text(ws, row, 1, f"Voorwaarde {number}")
                self.text(ws, row, 2, condition.text, "wrap")
                row += 1
        if not self.anonymise and (intake.contact_person or intake.contact_details):
            row += 1
            self.text(ws, row, 1, "Contactpersoon", "label")
            self.text(
                ws,
                row,
                2,
                " ".join(p for p in (intake.contact_person, intake.contact_details) if p),
                "wrap",
            )
        warnings = list(self.results.warnings)
        if warnings:
            row += 2
            self.text(ws, row, 1, "Waarschuwingen", "section", GENERAL)
            self.put(ws, row, 2, None, "section")
            row += 1
            for text in warnings[:50]:
                self.text(
                    ws, row, 2, _anonymise_text(text, self) if self.anonymise else text, "wrap"
                )
                row += 1


def _anonymise_text(text: str, writer: _Writer) -> str:
    """Replace household labels and manual cluster names in an engine message."""
    names = [
        (household_name(h, number), number)
        for number, h in enumerate(writer.project.households, start=1)
    ]
    for real, number in sorted(names, key=lambda item: -len(item[0])):  # "nr. 10" before "nr. 1"
        if real and real != f"Woning {number}":
            text = text.replace(real, f"Woning {number}")
    for cluster in writer.results.clusters:
        if cluster.name != writer.cluster_names.get(cluster.id):
            text = text.replace(cluster.name, writer.cluster_names.get(cluster.id, ""))
    return text


def _residual(cost: str, life: str, installed: str, horizon: str) -> str:
    """Linear residual value at the end of the horizon (DOMAIN §5.7) as a formula.

    The last installation is ``installed + life × INT((horizon − 1 − installed) / life)``; the value left
    is ``cost × max(0, life − (horizon − last)) / life``.
    """
    last = f"({installed}+{life}*INT(({horizon}-1-({installed}))/{life}))"
    return f"=IF({life}>0,{cost}*MAX(0,{life}-({horizon}-{last}))/{life},0)"


def _page_setup(ws) -> None:
    """Print on A4 landscape, fit to the page width, header rows repeated."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    if ws.title not in ("Toelichting", "Vergelijking", "Gevoeligheid"):
        ws.print_title_rows = "4:4"
    ws.oddFooter.center.text = "&A – pagina &P van &N"
    ws.oddFooter.right.text = f"{APP_NAME} {__version__}"


def _param_format(unit: str, integer: bool) -> str:
    if unit.startswith("€"):
        return EUR2 if "kWh" in unit or "m³" in unit else EUR
    if unit in ("-", "") and not integer:
        return "0.000"
    if integer:
        return INT
    return "#,##0.###"


def _colour_series(series, colour: str, *, fill: bool, dashed: bool = False) -> None:
    colour = colour.lstrip("#").upper()
    if fill:
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    else:
        series.graphicalProperties.line.solidFill = colour
        series.graphicalProperties.line.width = 28575  # 2.25 pt in EMU
        if dashed:
            series.graphicalProperties.line.dashStyle = "dash"
        series.smooth = False
        series.marker.symbol = "none"


# ---------------------------------------------------------------- public API


def build_workbook(
    project: Project, results: ProjectResults, *, anonymise: bool = False
) -> Workbook:
    """The workbook in memory (see :func:`export_workbook`)."""
    return _Writer(project, results, anonymise).build()


def export_workbook(
    project: Project, results: ProjectResults, path, *, anonymise: bool = False
) -> Path:
    """Write the Excel workbook with live formulas.

    Parameters
    ----------
    project : Project
    results : ProjectResults
        From :func:`minigrid_app.core.businesscase.compute_project` (with break-even and
        sensitivity for the value columns; without them those cells stay empty).
    path : str or Path
        Output file (``.xlsx``); written to a temporary file first and then moved into
        place, so an existing file is never left half-written.
    anonymise : bool
        Households become Woning 1…N; addresses, names, notes and contact details are left out.

    Returns
    -------
    Path
        Where the workbook was written.

    Raises
    ------
    ExcelExportError
        When the file cannot be written (folder missing, no permission, disk full).
    """
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExcelExportError(
            Problem(
                f"De map {folder} bestaat niet; kies een andere plek voor het werkboek.",
                f"The folder {folder} does not exist; choose another place for the workbook.",
            )
        )
    workbook = build_workbook(project, results, anonymise=anonymise)
    handle = None
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".minigrid-", suffix=".xlsx", dir=folder)
        os.close(handle)
        handle = temp_name
        workbook.save(temp_name)
        os.replace(temp_name, target)
    except OSError as exc:
        if isinstance(handle, str):
            with contextlib.suppress(OSError):
                os.remove(handle)
        raise ExcelExportError(
            Problem(
                f"Het werkboek kon niet worden geschreven naar {target}: {exc.strerror or exc}.",
                f"The workbook could not be written to {target}: {exc.strerror or exc}.",
            )
        ) from exc
    return target

