"""Jaarlasten: the yearly costs of every home × variant (the method's ANNUAL), the loan, monthly costs,
total cost of ownership, NPV, payback and break-even."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigrid_app.core.model import PARTICIPATION_LABELS_NL
from minigrid_app.core.variant import Variant
from minigrid_app.core.verdict import break_even_text
from minigrid_app.io.excel.cells import DEC1, ENGINE_NOTE, EUR, FIRST_ROW, HEADER_ROW, INT, Column

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book

SHEET = "Jaarlasten"
#: Keys of the first columns are the quantities of :data:`minigrid_app.core.costs.ANNUAL`.
COLUMNS = (
    Column("nr", "Nr.", 5),
    Column("label", "Woning", 20),
    Column("variant", "Variant", 20),
    Column("gas_m3_per_year", "Gas m³/jaar", 9, INT),
    Column("electricity_kwh_per_year", "Extra stroom kWh/jaar", 10, INT),
    Column("annual_energy_costs_eur", "Energie-kosten €/jaar", 10, EUR),
    Column("annual_fixed_costs_eur", "Vastrecht gas €/jaar", 9, EUR),
    Column("annual_maintenance_eur", "Onderhoud €/jaar", 9, EUR),
    Column("net", "Netto investering jaar 0", 11, EUR),
    Column("principal", "Lening (hoofdsom)", 11, EUR),
    Column("own", "Eigen geld jaar 0", 10, EUR),
    Column("loan", "Rente + aflossing €/jaar", 10, EUR),
    Column("debt", "Restschuld einde periode", 10, EUR),
    Column("monthly", "Maandlasten jaar 1 €/maand", 11, EUR),
    Column("tco", "Totale kosten over de periode", 12, EUR),
    Column("npv", "Contante waarde", 12, EUR),
    Column("monthly_after_loan", "Maandlasten na de lening €/maand", 11, EUR),
    Column("payback", "Terugverdientijd t.o.v. gas (jaar)", 11, DEC1),
    Column("co2_kg_per_year", "CO₂ kg/jaar", 9, INT),
    Column("cooling_electricity_kwh", "Waarvan stroom voor koelen kWh/jaar", 10, INT),
    Column("break_even", f"Omslagpunt gasverbruik m³/jaar ({ENGINE_NOTE})", 14, INT, True),
    Column("counted", "Telt mee in de groep", 8),
)

#: How a home that does not take part reads on Woningen.
DECLINED = PARTICIPATION_LABELS_NL["declined"]
#: The running costs of year 1: energy, fixed charges, maintenance.
RUNNING = ("annual_energy_costs_eur", "annual_fixed_costs_eur", "annual_maintenance_eur")


def write(book: Book) -> None:
    ws = book.sheets[SHEET]
    layout = book.layout
    book.title(
        ws,
        "Jaarlasten per woning en variant (formules)",
        "Alleen wat verschilt tussen de varianten. Maandlasten jaar 1 = (energie + vastrecht + onderhoud + "
        "lening) / 12; na de lening zonder de lening, tegen de prijzen van jaar 1. Totale kosten en contante "
        "waarde tellen de kasstromen van Kasstromen op; de terugverdientijd is het moment vanaf wanneer de "
        "opgetelde kosten onder die van gas blijven (Kasstromen, laatste kolommen).",
    )
    table = layout.tables[SHEET]
    book.header(ws, table, height=72)
    L = table.letter
    cash = layout.tables["Kasstromen"].letter
    n = book.use_name
    for house, variant, result in layout.variant_rows():
        r = layout.row(SHEET, house.id, variant)
        book.put(ws, r, table["nr"], house.number, "text", INT)
        book.put(ws, r, table["label"], f"={layout.ref('Warmtevraag', 'label', house.id)}")
        book.text(ws, r, table["variant"], variant.label("nl"))
        # group figures are over the homes that take part (core.analysis.GROUP_BASIS)
        participation = layout.ref("Woningen", "participation", house.id)
        book.put(ws, r, table["counted"], f'=IF({participation}="{DECLINED}","nee","ja")', "formula")
        book.quantity_columns(ws, table, book.scope(SHEET, r, house.id, variant))
        if variant != Variant.GAS:
            if layout.row(SHEET, house.id, Variant.GAS) is not None:
                _payback(book, ws, r, house.id, variant)
            book.put(ws, r, table["break_even"], result.break_even_gas_m3, "engine", INT)
            if result.break_even_gas_m3 is None:
                words = break_even_text(result.break_even_status, None, layout.params["break_even_max_gas_m3"])
                book.text(ws, r, table["break_even"], words if result.break_even_status else "niet berekend", "engine")
        book.put(
            ws,
            r,
            table["net"],
            f"={layout.ref('Investeringen', 'net', house.id, variant)}",
            "formula",
            EUR,
        )
        principal, net, loan = f"{L['principal']}{r}", f"{L['net']}{r}", f"{L['loan']}{r}"
        household = book.project.household(house.id)
        principal_formula, rate = _loan(household, net, n, layout.params)
        book.put(ws, r, table["principal"], f"={principal_formula}", "formula", EUR)
        book.put(ws, r, table["own"], f"={net}-{principal}", "formula", EUR)
        term, horizon = n("loan_term_years"), n("horizon_years")
        payment = f"=IF(AND({principal}>0,{term}>=1),-PMT({rate},{term},{principal}),0)"
        book.put(ws, r, table["loan"], payment, "formula", EUR)
        debt = (
            f"=IF(AND({principal}>0,{horizon}<{term}),-FV({rate},{horizon},-{loan},{principal}),0)"
        )
        book.put(ws, r, table["debt"], debt, "formula", EUR)
        running = "+".join(f"{L[key]}{r}" for key in RUNNING)
        book.put(ws, r, table["monthly"], f"=({running}+{loan})/12", "formula", EUR)
        book.put(ws, r, table["monthly_after_loan"], f"=({running})/12", "formula", EUR)
        first, last = layout.cash_rows[(house.id, variant)]
        for key, column in (("tco", "total"), ("npv", "pv")):
            flows = f"Kasstromen!{cash[column]}{first}:{cash[column]}{last}"
            book.put(ws, r, table[key], f"={L['own']}{r}+SUM({flows})", "formula", EUR)
    ws.freeze_panes = "D5"
    if layout.variant_last_row >= FIRST_ROW:
        ws.auto_filter.ref = f"A{HEADER_ROW}:{table.last_letter}{layout.variant_last_row}"


def _payback(book: Book, ws, r: int, house_id: str, variant: str) -> None:
    """Payback against gas from the cumulative cash flows on Kasstromen (core.verdict.payback_years).

    The last moment the cumulative difference with gas turns negative, when it is negative at
    the end of the horizon; 0 when it never was ≥ 0; "niet binnen N jaar" otherwise.
    """
    layout = book.layout
    table = layout.tables[SHEET]
    cash = layout.tables["Kasstromen"].letter
    first, last = layout.cash_rows[(house_id, variant)]
    crossings = f"Kasstromen!{cash['crossing']}{first}:{cash['crossing']}{last}"
    at_end = f"Kasstromen!{cash['difference']}{last}"
    horizon = book.use_name("horizon_years")
    formula = f'=IF({at_end}>=0,"niet binnen "&{horizon}&" jaar",IF(COUNT({crossings})=0,0,MAX({crossings})))'
    book.put(ws, r, table["payback"], formula, "formula", DEC1)


def _loan(household, net: str, n, params) -> tuple[str, str]:
    """The principal formula and the rate name of a home's loan, by its own financing choice
    (method.md#financing; core.financing.loan_terms in formulas)."""
    choice = getattr(household, "financing", "default") if household is not None else "default"
    if choice == "own":
        return "0", n("loan_rate")
    if choice in ("loan", "mix"):
        wished = f"MAX(0,{net})" if choice == "loan" else f"MIN(MAX(0,{net}),{max(0.0, household.loan_amount_eur or 0.0)})"
        capped = f"MIN({wished},{n('loan_max_eur')})"
        principal = f"IF({capped}<{n('loan_min_eur')},0,{capped})"  # the fund lends nothing below its minimum
        rate = n("loan_rate_low_income") if household.income_below_loan_limit else n("loan_rate")
        return principal, rate
    principal = f"MAX(0,{net})*{n('loan_share')}"
    if "loan_max_eur" in params.definitions:  # the rest above the maximum is own money
        principal = f"MIN({principal},{n('loan_max_eur')})"
    return principal, n("loan_rate")
