"""Bron: the borefields (sizing as program values, costs as formulas) and each home's share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigrid_app.core.variant import Variant
from minigrid_app.io.excel.cells import (
    DEC1,
    DEC2,
    ENGINE_NOTE,
    EUR,
    INT,
    MONTHS_NL,
    PCT1,
    Column,
)

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book

SHEET = "Bron"
FIELD_COLUMNS = (
    Column("name", "Bodemveld", 30),
    Column("kind", "Soort", 16),
    Column("homes_list", "Woningen", 30),
    Column("homes", "Aantal woningen", 9, INT, True),
    Column("boreholes", "Boorgaten", 9, INT, True),
    Column("depth", "Diepte per boorgat m", 10, DEC1, True),
    Column("length", "Totale lengte m", 10, DEC1, True),
    Column("min_t", "Laagste vloeistof-temperatuur °C", 11, DEC2, True),
    Column("mean_t", "Gemiddelde vloeistof-temperatuur °C", 11, DEC2, True),
    Column("design_t", "Brontemperatuur ontwerp °C", 11, DEC2, True),
    Column("peak", "Piekonttrekking kW", 10, DEC2, True),
    Column("rule", "Lengte volgens vuistregel m", 10, DEC1, True),
    Column("pipe_m", "Leiding tussen de woningen m", 10, DEC1, True),
    *(Column(f"t{m}", f"Brontemp. {MONTHS_NL[m]} °C", 8, DEC2, True) for m in range(12)),
    Column("c_drilling", "Boren en bodemlus €", 11, EUR),
    Column("c_boreholes", "Vaste kosten boorgaten €", 11, EUR),
    Column("c_site", "Boorlocatie €", 10, EUR),
    Column("c_pipe", "Leiding €", 10, EUR),
    Column("c_setup", "Opzet cluster €", 10, EUR),
    Column("c_total", "Totaal bodemveld €", 12, EUR),
    Column("maint", "Onderhoud gedeeld deel €/jaar", 11, EUR),
    Column("engine_total", "Totaal volgens Minigrid € (controle)", 12, EUR, True),
)
SHARE_COLUMNS = (
    Column("name", "Bodemveld", 30),
    Column("label", "Woning", 16),
    Column("key", "Verdeelsleutel", 16),
    Column("extraction", "Onttrokken bodemwarmte kWh/jaar", 12, INT, True),
    Column("design", "Ontwerpvermogen kW", 10, DEC2, True),
    Column("weight", "Gewicht in de verdeelsleutel", 11, DEC2, True),
    Column("fraction", "Aandeel", 9, PCT1),
    Column("s_drilling", "Boren €", 10, EUR),
    Column("s_boreholes", "Boorgaten €", 10, EUR),
    Column("s_site", "Boorlocatie €", 10, EUR),
    Column("s_pipe", "Leiding €", 10, EUR),
    Column("s_setup", "Opzet cluster €", 10, EUR),
    Column("s_total", "Totaal aandeel €", 11, EUR),
    Column("s_field", "Vervangingswaarde bodemveld €", 11, EUR),
    Column("s_maint", "Onderhoud gedeeld deel €/jaar", 11, EUR),
    Column("engine_share", "Aandeel volgens Minigrid € (controle)", 12, EUR, True),
)
#: A cost line of a borefield (its key in the engine) → its column on the field row and the share row.
LINE_COLUMNS = {
    "drilling": ("c_drilling", "s_drilling"),
    "boreholes": ("c_boreholes", "s_boreholes"),
    "drilling_site": ("c_site", "s_site"),
    "pipe": ("c_pipe", "s_pipe"),
    "setup": ("c_setup", "s_setup"),
}
ALLOCATION_NL = {
    "extraction": "onttrokken warmte",
    "equal": "gelijk",
    "design_load": "ontwerpvermogen",
    "own": "eigen veld",
}


def write(book: Book) -> None:
    ws = book.sheets[SHEET]
    book.title(
        ws,
        "Bron: bodemvelden",
        f"Paarse cellen zijn {ENGINE_NOTE} (dimensionering met pygfunction, geen formule mogelijk). "
        "De kosten zijn formules met de prijzen van Uitgangspunten. Verander je bodem-aannames, "
        "reken dan opnieuw in Minigrid.",
    )
    book.header(ws, book.layout.tables[SHEET], height=58)
    _fields(book, ws)
    _shares(book, ws)
    ws.freeze_panes = "B5"


def _fields(book: Book, ws) -> None:
    layout = book.layout
    table = layout.tables[SHEET]
    L = table.letter
    name = book.use_name
    shared_rows = []
    for result in book.results.fields:
        sizing = result.sizing
        r = layout.field_rows[result.id]
        shared = result.variant == Variant.SHARED_LOOP
        book.text(ws, r, table["name"], layout.field_name(result))
        book.text(ws, r, table["kind"], "gedeelde bodemlus" if shared else "eigen bodemlus")
        book.text(
            ws,
            r,
            table["homes_list"],
            ", ".join(layout.labels.get(h, h) for h in result.households),
        )
        engine = {
            "homes": len(result.households),
            "boreholes": sizing.boreholes,
            "depth": sizing.depth_m,
            "length": sizing.total_length_m,
            "min_t": sizing.min_fluid_temp_c,
            "mean_t": sizing.mean_fluid_temp_c,
            "design_t": sizing.design_source_temp_c,
            "peak": sizing.peak_extraction_kw,
            "rule": sizing.rule_of_thumb_length_m,
        }
        engine.update({f"t{m}": temp for m, temp in enumerate(sizing.source_temp_by_month_c)})
        for key, value in engine.items():
            book.put(ws, r, table[key], value, "engine", table.by_key[key].fmt)
        book.put(
            ws,
            r,
            table["c_drilling"],
            f"={L['length']}{r}*{name('drilling_per_m_eur')}",
            "formula",
            EUR,
        )
        book.put(
            ws,
            r,
            table["c_boreholes"],
            f"={L['boreholes']}{r}*{name('borehole_fixed_eur')}",
            "formula",
            EUR,
        )
        book.put(ws, r, table["c_site"], f"={name('drilling_site_eur')}", "formula", EUR)
        if shared:
            cluster = next((c for c in book.results.clusters if c.id == result.cluster_id), None)
            book.put(
                ws,
                r,
                table["pipe_m"],
                cluster.pipe_length_m if cluster is not None else 0.0,
                "engine",
                DEC1,
            )
            book.put(
                ws,
                r,
                table["c_pipe"],
                f"={L['pipe_m']}{r}*{name('pipe_per_m_eur')}",
                "formula",
                EUR,
            )
            shared_rows.append(r)
            maintenance = (
                f"={name('maintenance_shared_per_home_eur')}*{L['homes']}{r}"
                f"+{name('maintenance_shared_per_cluster_eur')}"
            )
            book.put(ws, r, table["maint"], maintenance, "formula", EUR)
        book.put(
            ws, r, table["c_total"], f"=SUM({L['c_drilling']}{r}:{L['c_setup']}{r})", "formula", EUR
        )
        book.put(ws, r, table["engine_total"], result.shared_cost_eur, "engine", EUR)
    # the project's set-up cost is shared over all homes on shared loops
    total_row = layout.field_total_row
    book.text(ws, total_row, 1, "Woningen in gedeelde bodemlussen", "label")
    homes = "+".join(f"{L['homes']}{r}" for r in shared_rows) or "0"
    book.put(ws, total_row, table["homes"], f"={homes}", "formula", INT)
    shared_homes = f"${L['homes']}${total_row}"
    for r in shared_rows:
        setup = f"={name('setup_per_cluster_eur')}+{name('setup_project_eur')}*{L['homes']}{r}/{shared_homes}"
        book.put(ws, r, table["c_setup"], setup, "formula", EUR)


def _shares(book: Book, ws) -> None:
    """Per home: the weights of the allocation key and each home's share."""
    layout = book.layout
    fields = layout.tables[SHEET].letter
    table = layout.tables["Bron:aandeel"]
    S = table.letter
    book.section(ws, layout.share_header_row - 1, "Aandeel per woning", 15)
    for i, column in enumerate(table.columns, start=1):
        book.text(
            ws,
            layout.share_header_row,
            i,
            column.header,
            "header_engine" if column.engine else "header",
        )
    ws.row_dimensions[layout.share_header_row].height = 84
    firsts: dict[str, int] = {}
    for r, result, index in layout.share_field_rows:
        firsts.setdefault(result.id, r)
        first = firsts[result.id]
        last = first + len(result.households) - 1
        sizing = result.sizing
        field_row = layout.field_rows[result.id]
        household_id = result.households[index]
        if result.allocation_key == "equal":
            weight = 1.0
        elif result.allocation_key == "design_load":
            weight = sizing.design_load_per_home_kw[index]
        else:
            weight = sizing.extraction_per_home_kwh[index]
        book.text(ws, r, table["name"], layout.field_name(result))
        book.text(ws, r, table["label"], layout.labels.get(household_id, household_id))
        book.text(
            ws, r, table["key"], ALLOCATION_NL.get(result.allocation_key, result.allocation_key)
        )
        book.put(ws, r, table["extraction"], sizing.extraction_per_home_kwh[index], "engine", INT)
        book.put(ws, r, table["design"], sizing.design_load_per_home_kw[index], "engine", DEC2)
        book.put(ws, r, table["weight"], weight, "engine", DEC2)
        weights = f"${S['weight']}${first}:${S['weight']}${last}"
        fraction = (
            f"=IF(SUM({weights})>0,{S['weight']}{r}/SUM({weights}),1/{len(result.households)})"
        )
        book.put(ws, r, table["fraction"], fraction, "formula", PCT1)
        for field_column, share_column in LINE_COLUMNS.values():
            book.put(
                ws,
                r,
                table[share_column],
                f"={S['fraction']}{r}*{fields[field_column]}${field_row}",
                "formula",
                EUR,
            )
        book.put(
            ws, r, table["s_total"], f"=SUM({S['s_drilling']}{r}:{S['s_setup']}{r})", "formula", EUR
        )
        book.put(
            ws, r, table["s_field"], f"=SUM({S['s_drilling']}{r}:{S['s_pipe']}{r})", "formula", EUR
        )
        book.put(
            ws,
            r,
            table["s_maint"],
            f"={S['fraction']}{r}*{fields['maint']}${field_row}",
            "formula",
            EUR,
        )
        book.put(
            ws,
            r,
            table["engine_share"],
            result.cost_shares_eur.get(household_id, 0.0),
            "engine",
            EUR,
        )
