"""Kasstromen: year-by-year cash flows of every home × variant over the horizon (finance.money)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigrid_app.core.variant import GROUND_VARIANTS, Variant
from minigrid_app.io.excel.cells import EUR, FIRST_ROW, HEADER_ROW, INT, WHOLE, Column

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book

SHEET = "Kasstromen"
COLUMNS = (
    Column("nr", "Nr.", 5),
    Column("label", "Woning", 20),
    Column("variant", "Variant", 20),
    Column("year", "Jaar", 6),
    Column("energy", "Energie", 10),
    Column("fixed", "Vastrecht", 10),
    Column("maint", "Onderhoud", 11),
    Column("loan", "Lening", 10),
    Column("replace", "Vervanging (eigen geld)", 11),
    Column("residual", "Restwaarde", 11),
    Column("total", "Kasstroom", 11),
    Column("pv", "Contante waarde", 11),
    Column("cumulative", "Cumulatief incl. eigen geld jaar 0", 13),
    Column("difference", "Cumulatief verschil met gas", 13),
    Column("crossing", "Vanaf hier goedkoper dan gas (jaar)", 13),
    Column("counted", "Telt mee in de groep", 8),
)


def _replacements(book: Book, house_id: str, variant: str) -> str:
    """Replacement costs in year ``{year}`` (a placeholder): the components whose lifetime ends then."""
    layout = book.layout
    n = book.use_name

    def investment(key: str) -> str:
        return layout.ref("Investeringen", key, house_id, variant)

    if variant == Variant.GAS:
        installed = investment("boiler_installed_year")
        return f"IF(MOD({{year}}-{installed},{n('boiler_lifetime_years')})=0,{investment('r_boiler')},0)"
    replace = f"IF(MOD({{year}},{investment('life_hp')})=0,{investment('r_hp')},0)"
    if variant in GROUND_VARIANTS:
        replace += f"+IF(MOD({{year}},{n('borehole_lifetime_years')})=0,{investment('r_field')},0)"
    return replace


def write(book: Book) -> None:
    ws = book.sheets[SHEET]
    layout = book.layout
    book.title(
        ws,
        f"Kasstromen per jaar over {layout.horizon} jaar (formules, € per jaar)",
        "Kasstroom = energie + vastrecht + onderhoud + lening + vervanging − restwaarde (laatste jaar). "
        "Een langere rekenperiode vraagt een nieuwe export uit Minigrid; een kortere werkt hier direct.",
    )
    table = layout.tables[SHEET]
    book.header(ws, table)
    C = table.letter
    n = book.use_name
    horizon = n("horizon_years")
    energy_escalation, maintenance_escalation = n("energy_escalation"), n("maintenance_escalation")
    term, discount = n("loan_term_years"), n("discount_rate")
    for house, variant, _result in layout.variant_rows():
        first, _last = layout.cash_rows[(house.id, variant)]

        def annual(key: str, house_id: str = house.id, variant: str = variant) -> str:
            return layout.ref("Jaarlasten", key, house_id, variant)

        energy, fixed, maintenance = (
            annual("annual_energy_costs_eur"),
            annual("annual_fixed_costs_eur"),
            annual("annual_maintenance_eur"),
        )
        loan, debt, own = annual("loan"), annual("debt"), annual("own")
        counted = annual("counted")
        gas_first, gas_own = None, None
        if variant != Variant.GAS and (house.id, Variant.GAS) in layout.cash_rows:
            gas_first = layout.cash_rows[(house.id, Variant.GAS)][0]
            gas_own = annual("own", house.id, Variant.GAS)
        replace = _replacements(book, house.id, variant)
        residual = layout.ref("Investeringen", "residual", house.id, variant)
        label = f"={layout.ref('Warmtevraag', 'label', house.id)}"
        for year in range(1, layout.horizon + 1):
            r = first + year - 1
            y = f"{C['year']}{r}"
            beyond = f"{y}>{horizon}"
            book.put(ws, r, table["nr"], house.number, "text", INT)
            book.put(ws, r, table["label"], label)
            book.text(ws, r, table["variant"], variant.label("nl"))
            book.put(ws, r, table["counted"], f"={counted}", "formula")
            book.put(ws, r, table["year"], year, "text", WHOLE)
            book.put(
                ws,
                r,
                table["energy"],
                f"=IF({beyond},0,{energy}*(1+{energy_escalation})^({y}-1))",
                "formula",
                EUR,
            )
            book.put(
                ws,
                r,
                table["fixed"],
                f"=IF({beyond},0,{fixed}*(1+{energy_escalation})^({y}-1))",
                "formula",
                EUR,
            )
            book.put(
                ws,
                r,
                table["maint"],
                f"=IF({beyond},0,{maintenance}*(1+{maintenance_escalation})^({y}-1))",
                "formula",
                EUR,
            )
            payment = f"=IF({beyond},0,IF({y}<={term},{loan},0)+IF({y}={horizon},{debt},0))"
            book.put(ws, r, table["loan"], payment, "formula", EUR)
            book.put(
                ws,
                r,
                table["replace"],
                f"=IF({y}>={horizon},0,{replace.format(year=y)})",
                "formula",
                EUR,
            )
            book.put(ws, r, table["residual"], f"=IF({y}={horizon},{residual},0)", "formula", EUR)
            parts = "+".join(
                f"{C[key]}{r}" for key in ("energy", "fixed", "maint", "loan", "replace")
            )
            book.put(ws, r, table["total"], f"={parts}-{C['residual']}{r}", "formula", EUR)
            book.put(ws, r, table["pv"], f"={C['total']}{r}/(1+{discount})^{y}", "formula", EUR)
            previous = own if year == 1 else f"{C['cumulative']}{r - 1}"
            book.put(ws, r, table["cumulative"], f"={previous}+{C['total']}{r}", "formula", EUR)
            if gas_first is not None:
                _payback_helpers(book, ws, r, year, gas_first + year - 1, own, gas_own)
    ws.freeze_panes = "E5"
    if layout.cash_last_row >= FIRST_ROW:
        ws.auto_filter.ref = f"A{HEADER_ROW}:{table.last_letter}{layout.cash_last_row}"


def _payback_helpers(book: Book, ws, r: int, year: int, gas_r: int, own: str, gas_own: str) -> None:
    """The cumulative difference with gas, and where it turns negative (core.verdict.payback_years).

    ``crossing`` holds the interpolated moment in a year where the difference goes from ≥ 0 to
    < 0; the payback on Jaarlasten is the last of them, when the difference at the end is < 0.
    """
    table = book.layout.tables[SHEET]
    C = table.letter
    book.put(ws, r, table["difference"], f"={C['cumulative']}{r}-{C['cumulative']}{gas_r}", "formula", EUR)
    before = f"({own}-{gas_own})" if year == 1 else f"{C['difference']}{r - 1}"
    now = f"{C['difference']}{r}"
    crossing = f'=IF(AND({before}>=0,{now}<0),{year - 1}+{before}/({before}-{now}),"")'
    book.put(ws, r, table["crossing"], crossing, "formula", "0.00")
