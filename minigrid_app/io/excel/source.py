"""Bron: the borefields (sizing as program values, costs as formulas) and each home's share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigrid_app.core.costs import FIELD, FIELD_COST_LINES
from minigrid_app.core.formatting import drilling_depth, drilling_figures, names_listed, number
from minigrid_app.core.method import applying
from minigrid_app.core.variant import Variant
from minigrid_app.io.excel.cells import (
    DEC1,
    DEC2,
    ENGINE_CELLS,
    ENGINE_NOTE,
    EUR,
    INT,
    MONTHS_NL,
    PCT1,
    Column,
    fit_row,
)

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book

SHEET = "Bron"
#: The columns of a field row; the cost columns are the keys of the method's FIELD_COST_LINES,
#: and the sizing values their formulas use are named as the entries name them.
FIELD_COLUMNS = (
    Column("name", "Bodemveld", 30),
    Column("kind", "Soort", 16),
    Column("homes_list", "Woningen", 30),
    Column("field_homes", "Aantal woningen", 9, INT, True),
    Column("borehole_count", "Boorgaten", 9, INT, True),
    Column("depth", "Diepte per boorgat m", 10, DEC1, True),
    Column("total_length_m", "Totale lengte m", 10, DEC1, True),
    Column("header_length_m", "Verzamelleiding tussen de boorgaten m", 10, DEC1, True),
    Column("min_t", "Laagste vloeistof-temperatuur °C", 11, DEC2, True),
    Column("mean_t", "Gemiddelde vloeistof-temperatuur °C", 11, DEC2, True),
    Column("design_t", "Brontemperatuur ontwerp °C", 11, DEC2, True),
    Column("peak", "Piekonttrekking kW", 10, DEC2, True),
    Column("rule", "Lengte volgens vuistregel m", 10, DEC1, True),
    Column("pipe_length_m", "Leiding tussen de woningen m", 10, DEC1, True),
    *(Column(f"t{m}", f"Brontemp. {MONTHS_NL[m]} °C", 8, DEC2, True) for m in range(12)),
    *(Column(item.key, f"{item.header} €", 11, EUR) for item in FIELD_COST_LINES),
    Column("c_total", "Totaal bodemveld €", 12, EUR),
    Column("field_maintenance_eur", "Onderhoud gedeeld deel €/jaar", 11, EUR),
    Column("engine_total", "Totaal volgens Minigrid € (controle)", 12, EUR, True),
    Column("spacing", "Afstand tussen de boorgaten m", 10, DEC1, True),
    Column("positions", "Plaats van de boorgaten (x langs de straat; y: + tuin, − straatkant) m", 40),
    Column("alone_length", "Lengte als niemand anders in de buurt boort m", 11, DEC1, True),
    Column("neighbours", "Rekening gehouden met de boorgaten van", 60),
)
SHARE_COLUMNS = (
    Column("name", "Bodemveld", 30),
    Column("label", "Woning", 16),
    Column("key", "Verdeelsleutel", 16),
    Column("extraction", "Onttrokken bodemwarmte kWh/jaar", 12, INT, True),
    Column("design", "Ontwerpvermogen kW", 10, DEC2, True),
    Column("weight", "Gewicht in de verdeelsleutel", 11, DEC2, True),
    Column("fraction", "Aandeel", 9, PCT1),
    *(Column(f"s_{item.key}", f"{item.header} €", 10, EUR) for item in FIELD_COST_LINES),
    Column("s_total", "Totaal aandeel €", 11, EUR),
    Column("s_field", "Vervangingswaarde bodemveld €", 11, EUR),
    Column("s_maint", "Onderhoud gedeeld deel €/jaar", 11, EUR),
    Column("engine_share", "Aandeel volgens Minigrid € (controle)", 12, EUR, True),
)


def share_column(key: str) -> str:
    """The share table's column of a borefield cost line."""
    return f"s_{key}"


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
        f"{ENGINE_CELLS.capitalize()} zijn {ENGINE_NOTE} (dimensionering met pygfunction, geen formule mogelijk). "
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
    total_row = layout.field_total_row
    first_cost, last_cost = L[FIELD_COST_LINES[0].key], L[FIELD_COST_LINES[-1].key]
    shared_rows = []
    for result in book.results.fields:
        sizing = result.sizing
        r = layout.field_rows[result.id]
        shared = result.variant == Variant.SHARED_LOOP
        book.text(ws, r, table["name"], layout.field_name(result))
        kind = "gedeelde bodemlus" if shared else "eigen bodemlus"
        book.text(ws, r, table["kind"], kind if sizing.feasible else f"{kind}: niet mogelijk")
        homes = names_listed([layout.labels.get(h, h) for h in result.households])
        book.text(ws, r, table["homes_list"], homes, "wrap")
        long_texts = [(homes, table.by_key["homes_list"].width)]
        engine = {
            "field_homes": len(result.households),
            "borehole_count": sizing.boreholes,
            # the tender's depth (2 × 159,63 m = 319,3 m): the engine's 159,632 m shown as 159,6 beside 319,3 did not
            # add up; no formula uses it (the costs use the length, left as the engine's)
            "depth": drilling_depth(sizing.boreholes, sizing.depth_m, sizing.total_length_m),
            "total_length_m": sizing.total_length_m,
            "header_length_m": sizing.header_length_m,
            "min_t": sizing.min_fluid_temp_c,
            "mean_t": sizing.mean_fluid_temp_c,
            "design_t": sizing.design_source_temp_c,
            "peak": sizing.peak_extraction_kw,
            "rule": sizing.rule_of_thumb_length_m,
        }
        engine.update({f"t{m}": temp for m, temp in enumerate(sizing.source_temp_by_month_c)})
        if not sizing.feasible:  # no boreholes: 0 m and the ground's temperature are no field's figures
            engine = {key: engine[key] for key in ("field_homes", "peak")}
        if shared:
            cluster = next((c for c in book.results.clusters if c.id == result.cluster_id), None)
            engine["pipe_length_m"] = cluster.pipe_length_m if cluster is not None else 0.0
            shared_rows.append(r)
        for key, value in engine.items():
            book.put(ws, r, table[key], value, "engine", _depth_format(sizing) if key == "depth" else table.by_key[key].fmt)
        # the project's set-up is shared over all homes on shared loops: their total is below the fields
        scope = book.scope(SHEET, r, variant=result.variant, extra={"shared_homes_total": f"${L['field_homes']}${total_row}"})
        for item in applying(FIELD_COST_LINES + FIELD, result.variant) if sizing.feasible else ():
            book.put(ws, r, table[item.key], scope.formula(item.excel, item.key), "formula", EUR)
        book.put(ws, r, table["c_total"], f"=SUM({first_cost}{r}:{last_cost}{r})", "formula", EUR)
        book.put(ws, r, table["engine_total"], result.shared_cost_eur, "engine", EUR)
        if not sizing.feasible:  # why, where the boreholes would be
            why = " ".join(str(warning) for warning in sizing.warnings)
            book.text(ws, r, table["positions"], why, "wrap")
            fit_row(ws, r, [*long_texts, (why, table.by_key["positions"].width)])
            continue
        # where the boreholes are in the street, and whose boreholes cool them (docs/borefield.md)
        book.put(ws, r, table["spacing"], sizing.spacing_m, "engine", DEC1)
        positions = "  ".join(f"({number(x, 1)}; {number(y, 1)})" for x, y in sizing.positions)
        book.text(ws, r, table["positions"], positions, "wrap")
        alone = sizing.alone_total_length_m if sizing.alone_total_length_m is not None else sizing.total_length_m
        book.put(ws, r, table["alone_length"], alone, "engine", DEC1)
        others = [layout.field_name(f) for f in book.results.fields if f.id in sizing.neighbours]
        neighbours = names_listed(others) or "geen: niemand boort in de buurt"
        book.text(ws, r, table["neighbours"], neighbours, "wrap")
        long_texts += [(positions, table.by_key["positions"].width), (neighbours, table.by_key["neighbours"].width)]
        fit_row(ws, r, long_texts)
    book.text(ws, total_row, 1, "Woningen in gedeelde bodemlussen", "label")
    homes = "+".join(f"{L['field_homes']}{r}" for r in shared_rows) or "0"
    book.put(ws, total_row, table["field_homes"], f"={homes}", "formula", INT)


#: a depth shown with 0, 1 or 2 decimals
_DEPTH_FORMATS = (INT, DEC1, "#,##0.00")


def _depth_format(sizing) -> str:
    """The number format that shows a borehole's depth with the decimals the tender says it with: the depths add
    up to the length shown beside them (its DEC1 is the bill's decimetre)."""
    decimals, _length = drilling_figures(sizing.boreholes, sizing.depth_m, sizing.total_length_m)
    return _DEPTH_FORMATS[min(decimals, 2)]


def _shares(book: Book, ws) -> None:
    """Per home: the weights of the allocation key and each home's share."""
    layout = book.layout
    fields = layout.tables[SHEET].letter
    table = layout.tables["Bron:aandeel"]
    S = table.letter
    name = book.use_name
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
    first_share, last_share = share_column(FIELD_COST_LINES[0].key), share_column(FIELD_COST_LINES[-1].key)
    # what the home pays again when the field is replaced: the lines that belong to the borefield
    replaced = "+".join(f"{S[share_column(i.key)]}{{r}}" for i in FIELD_COST_LINES if i.component == "borefield")
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
        if not sizing.feasible:  # no field, no share of it (the formulas gave the shared upkeep of none)
            book.text(ws, r, table["key"], "bodemveld niet mogelijk")
            continue
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
        for item in FIELD_COST_LINES:
            share = f"={S['fraction']}{r}*{fields[item.key]}${field_row}"
            book.put(ws, r, table[share_column(item.key)], share, "formula", EUR)
        book.put(ws, r, table["s_total"], f"=SUM({S[first_share]}{r}:{S[last_share]}{r})", "formula", EUR)
        book.put(ws, r, table["s_field"], "=" + replaced.format(r=r), "formula", EUR)
        # shared upkeep (method.md#shared-upkeep): each home pays its own per-home part, only the
        # cluster part is split by the key; an own field has none
        maintenance = (
            f"={name('maintenance_shared_per_home_eur')}+{S['fraction']}{r}*{name('maintenance_shared_per_cluster_eur')}"
            if result.variant == Variant.SHARED_LOOP
            else f"={S['fraction']}{r}*{fields['field_maintenance_eur']}${field_row}"
        )
        book.put(ws, r, table["s_maint"], maintenance, "formula", EUR)
        share = result.cost_shares_eur.get(household_id, 0.0)
        book.put(ws, r, table["engine_share"], share, "engine", EUR)

