"""Woningen: one row of input per household; the columns of the method's household inputs carry their names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl.worksheet.datavalidation import DataValidation

from minigrid_app.core.model import PARTICIPATION_LABELS_NL
from minigrid_app.io.excel.cells import DEC1, EUR, FIRST_ROW, HEADER_ROW, INT, PCT, WHOLE, Column

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book

SHEET = "Woningen"


def columns(anonymise: bool) -> list[Column]:
    """The columns; a household input of the method (:data:`~minigrid_app.core.method.HOUSEHOLD_INPUTS`)
    has its name as key, so formulas find it."""
    found = [Column("nr", "Nr.", 5), Column("label", "Woning", 22)]
    if not anonymise:
        found.append(Column("address", "Adres", 28))
    found += [
        Column("house_type", "Woningtype", 16),
        Column("build_year", "Bouwjaar", 9, WHOLE),
        Column("gas_use_m3", "Gasverbruik (m³/jaar)", 12, INT),
        Column("cooks_on_gas", "Kookt op gas (ja/nee)", 10),
        Column("persons", "Bewoners (leeg = onbekend)", 11, INT),
        Column("insulation_savings", "Besparing door isolatie", 11, PCT),
        Column("supply_temp_entered_c", "Aanvoertemperatuur °C (leeg = voorgesteld)", 14, WHOLE),
        Column("lt_measures_entered_eur", "LT-maatregelen € (leeg = standaard)", 13, EUR),
        Column("distance", "Leiding naar volgende woning m (leeg = standaard)", 13, DEC1),
        Column("boiler_age_entered_years", "Leeftijd cv-ketel jaar (leeg = standaard)", 12, WHOLE),
        Column("three_phase", "3-fase aansluiting (ja/nee)", 10),
        Column("floor_area_m2", "Woonoppervlak m² (leeg = standaard)", 11, INT),
        Column("wants_cooling", "Wil koelen (ja/nee)", 10),
        Column("cooling_entered_kwh", "Koelvraag kWh/jaar (leeg = naar bouwjaar, type, m²)", 13, INT),
        Column("participation", "Deelname", 14),
        Column("cluster", "Cluster (handmatig)", 14),
    ]
    if not anonymise:
        found.append(Column("notes", "Opmerkingen", 40))
    return found


def _yes_no(value: bool) -> str:
    return "ja" if value else "nee"


def write(book: Book) -> None:
    ws = book.sheets[SHEET]
    layout = book.layout
    book.title(
        ws,
        "Woningen (invoer)",
        "Eén rij per woning. Lege cellen: de standaardwaarde van Uitgangspunten geldt. "
        "Woningen zonder gasverbruik worden niet doorgerekend.",
    )
    table = layout.tables[SHEET]
    book.header(ws, table, height=58)
    yes_no = DataValidation(type="list", formula1='"ja,nee"', allow_blank=False)
    ws.add_data_validation(yes_no)
    for number, household in enumerate(book.project.households, start=1):
        row = layout.row(SHEET, household.id)
        book.put(ws, row, table["nr"], number, "text", INT)
        book.text(ws, row, table["label"], layout.labels[household.id], "input")
        if not book.anonymise:
            book.text(ws, row, table["address"], household.address, "input")
        book.text(ws, row, table["house_type"], household.house_type, "input")
        numbers = {
            "build_year": household.build_year,
            "gas_use_m3": household.gas_m3_per_year,
            "persons": household.persons,
            "insulation_savings": household.insulation_savings,
            "supply_temp_entered_c": household.supply_temp_c,
            "lt_measures_entered_eur": household.lt_measures_cost_eur,
            "distance": household.distance_to_next_m,
            "boiler_age_entered_years": household.boiler_age_years,
            "floor_area_m2": household.floor_area_m2,
            "cooling_entered_kwh": household.cooling_kwh_per_year,
        }
        for key, value in numbers.items():
            book.put(ws, row, table[key], value, "input", table.by_key[key].fmt)
        book.text(ws, row, table["cooks_on_gas"], _yes_no(household.cooks_on_gas), "input")
        book.text(ws, row, table["three_phase"], _yes_no(household.three_phase), "input")
        book.text(ws, row, table["wants_cooling"], _yes_no(household.wants_cooling), "input")
        participation = PARTICIPATION_LABELS_NL.get(
            household.participation, household.participation
        )
        book.text(ws, row, table["participation"], participation, "input")
        cluster = ""
        if household.cluster:  # an internal id: show the cluster's name
            cluster = layout.cluster_names.get(household.cluster) or (
                "handmatig" if book.anonymise else book.project.clusters.manual_names().get(household.cluster, "")
            )
        book.text(ws, row, table["cluster"], cluster, "input")
        if not book.anonymise:
            book.text(ws, row, table["notes"], household.notes, "input")
    last = FIRST_ROW + len(book.project.households) - 1
    if last >= FIRST_ROW:
        for key in ("cooks_on_gas", "three_phase", "wants_cooling"):
            letter = table.letter[key]
            yes_no.add(f"{letter}{FIRST_ROW}:{letter}{last}")
    ws.freeze_panes = "C5"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{table.last_letter}{max(last, FIRST_ROW)}"
