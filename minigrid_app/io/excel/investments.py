"""Investeringen: every cost line of every home × variant (one column per entry of the method's
COST_LINES), ISDE, net investment, and what each component costs to replace and is worth at the end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigrid_app.core import costs
from minigrid_app.core.method import applying
from minigrid_app.core.variant import GROUND_VARIANTS, HEAT_PUMP_VARIANTS, Variant
from minigrid_app.io.excel.cells import EUR, FIRST_ROW, HEADER_ROW, INT, WHOLE, Column
from minigrid_app.io.excel.source import share_column

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book

SHEET = "Investeringen"
#: Its width in the workbook when a cost line entry does not say.
COST_WIDTH = 10


def _components() -> dict[str, str]:
    """Cost line key → what it belongs to for replacements (a home's own lines, then its borefield's)."""
    return {item.key: item.component for item in costs.COST_LINES + costs.FIELD_COST_LINES}


def columns() -> list[Column]:
    """The columns: a cost line column per key of :data:`minigrid_app.core.costs.COST_LINES`."""
    headers = {item.key: item.header for item in costs.COST_LINES + costs.FIELD_COST_LINES}
    return [
        Column("nr", "Nr.", 5),
        Column("label", "Woning", 20),
        Column("variant", "Variant", 20),
        Column("heat_pump_size_kw", "Warmtepomp kW", 10, WHOLE, template="{heat_pump_size_kw}", variants=HEAT_PUMP_VARIANTS),
        *(Column(key, headers[key], COST_WIDTH, EUR) for key in costs.keys(costs.COST_LINES)),
        *(Column(key, headers[key], COST_WIDTH, EUR) for key in costs.keys(costs.FIELD_COST_LINES)),
        Column("gross", "Bruto investering", 11, EUR),
        Column("subsidy", "ISDE-subsidie", 10, EUR),
        Column("net", "Netto investering", 11, EUR),
        Column("boiler_age_rounded_years", "Leeftijd ketel (jaar, afgerond)", 9, WHOLE),
        Column("boiler_installed_year", "Ketel geplaatst in jaar", 9, WHOLE),
        Column("r_boiler", "Vervangings-waarde ketel", 10, EUR, template="{boiler_cost_eur}", variants=(Variant.GAS,)),
        Column("r_hp", "Vervangings-waarde warmtepomp + vat", 11, EUR),
        Column(
            "life_hp", "Levensduur warmtepomp jaar", 9, WHOLE,
            template="{heat_source_lifetime_years}", variants=HEAT_PUMP_VARIANTS,
        ),
        Column("r_field", "Vervangings-waarde bodemveld", 11, EUR),
        Column("res_boiler", "Restwaarde ketel", 10, EUR),
        Column("res_hp", "Restwaarde warmtepomp", 10, EUR),
        Column("res_field", "Restwaarde bodemveld", 10, EUR),
        Column("residual", "Restwaarde einde periode", 11, EUR),
    ]  # fmt: skip


def residual_formula(cost: str, life: str, installed: str, horizon: str) -> str:
    """Linear residual value at the end of the horizon as a formula (finance.residual_value).

    The last installation is ``installed + life × INT((horizon − 1 − installed) / life)``; the value left
    is ``cost × max(0, life − (horizon − last)) / life``.
    """
    last = f"({installed}+{life}*INT(({horizon}-1-({installed}))/{life}))"
    return f"=IF({life}>0,{cost}*MAX(0,{life}-({horizon}-{last}))/{life},0)"


def write(book: Book) -> None:
    ws = book.sheets[SHEET]
    layout = book.layout
    book.title(
        ws,
        "Investeringen per woning en variant (formules, € incl. btw)",
        "Bruto investering − ISDE-subsidie = netto investering in jaar 0. Het aandeel in een bodemveld "
        "komt van Bron. Rechts: wat elk onderdeel kost als het vervangen wordt, en de restwaarde.",
    )
    table = layout.tables[SHEET]
    book.header(ws, table, height=72)
    L = table.letter
    horizon = book.use_name("horizon_years")
    component = _components()
    cost_keys = list(component)
    for house, variant, _result in layout.variant_rows():
        r = layout.row(SHEET, house.id, variant)
        book.put(ws, r, table["nr"], house.number, "text", INT)
        book.put(ws, r, table["label"], f"={layout.ref('Warmtevraag', 'label', house.id)}")
        book.text(ws, r, table["variant"], variant.label("nl"))
        scope = book.scope(SHEET, r, house.id, variant)
        book.quantity_columns(ws, table, scope)
        if variant == Variant.GAS:
            life = book.use_name("boiler_lifetime_years")
            residual = residual_formula(
                f"{L['r_boiler']}{r}", life, f"{L['boiler_installed_year']}{r}", horizon
            )
            book.put(ws, r, table["res_boiler"], residual, "formula", EUR)
        else:
            if variant in GROUND_VARIANTS:  # the home's share of its borefield's lines, from Bron
                for item in applying(costs.FIELD_COST_LINES, variant):
                    share = layout.share_ref(share_column(item.key), house.id, variant)
                    book.put(ws, r, table[item.key], f"={share}", "formula", EUR)
                field = "+".join(
                    f"{L[key]}{r}" for key in cost_keys if component[key] == "borefield"
                )
                book.put(ws, r, table["r_field"], f"={field}", "formula", EUR)
                field_life = book.use_name("borehole_lifetime_years")
                residual = residual_formula(f"{L['r_field']}{r}", field_life, "0", horizon)
                book.put(ws, r, table["res_field"], residual, "formula", EUR)
            heat_pump = "+".join(
                f"{L[key]}{r}" for key in cost_keys if component[key] == "heat_pump"
            )
            book.put(ws, r, table["r_hp"], f"={heat_pump}", "formula", EUR)
            residual = residual_formula(f"{L['r_hp']}{r}", f"{L['life_hp']}{r}", "0", horizon)
            book.put(ws, r, table["res_hp"], residual, "formula", EUR)
        subsidies = [
            scope.expression(item.excel, "subsidy")
            for item in costs.SUBSIDIES
            if item.applies_to(variant)
        ]
        book.put(
            ws, r, table["subsidy"], "=" + "+".join(subsidies) if subsidies else 0, "formula", EUR
        )
        first, last = L[cost_keys[0]], L[cost_keys[-1]]
        book.put(ws, r, table["gross"], f"=SUM({first}{r}:{last}{r})", "formula", EUR)
        book.put(ws, r, table["net"], f"={L['gross']}{r}-{L['subsidy']}{r}", "formula", EUR)
        book.put(
            ws,
            r,
            table["residual"],
            f"=SUM({L['res_boiler']}{r}:{L['res_field']}{r})",
            "formula",
            EUR,
        )
    ws.freeze_panes = "D5"
    if layout.variant_last_row >= FIRST_ROW:
        ws.auto_filter.ref = f"A{HEADER_ROW}:{table.last_letter}{layout.variant_last_row}"
