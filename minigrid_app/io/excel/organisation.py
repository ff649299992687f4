"""Organisatie: the fee of every network under a cooperative and a market partner, and the
entry fees of the plan of later joiners, as formulas on Bron and Uitgangspunten
(method.md#organisation-models, method.md#entry-fee).

Fee lines: capital = annuity on the shared investment, upkeep (program value: the shared
upkeep the business case splits), reserve = share × investment, administration = per
connection × connections, heat company above the Wcw limit, margin (market partner) on the
sum. Entry fee: buy-in = f × I × (L − Y) / L, extra boreholes = extra metres × drilling price
outside the reserve. Each block ends with the program's own figure as a check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigrid_app.io.excel.cells import DEC1, DEC3, ENGINE_NOTE, EUR2, GENERAL, INT, PCT1

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book

SHEET = "Organisatie"
FIRST_ROW = 4
OWNERS = {"cooperative": ("Coöperatie", "coop"), "market_partner": ("Marktpartij", "market")}
FEE_HEADS = (
    ("Net", 22), ("Eigenaar", 13), ("Aansluitingen", 9), ("Investering €", 13), ("Rente", 8),
    ("Looptijd jaar", 8), ("Rente en aflossing €/jaar", 13), ("Onderhoud €/jaar", 12),
    ("Reserve €/jaar", 12), ("Administratie €/jaar", 12), ("Warmtebedrijf €/jaar", 12),
    ("Marge €/jaar", 11), ("Vergoeding €/jaar", 13), ("Volgens Minigrid €/jaar (controle)", 14),
)  # fmt: skip
JOINER_HEADS = (
    "Latere deelnemer", "Jaar", "Cluster", "Aandeel volgens sleutel", "Investering veld €", "Levensduur jaar",
    "Inkoop €", "Binnen de reserve", "Extra boormeters m", "Extra boorgaten €", "Aansluitbijdrage €",
    "Volgens Minigrid € (controle)",
)  # fmt: skip


def write(book: Book) -> None:
    ws = book.sheets[SHEET]
    book.title(
        ws,
        "Organisatievormen en latere deelnemers",
        "Wat een coöperatie of marktpartij per jaar vraagt voor het gedeelde deel, regel voor regel, en wat een "
        "latere deelnemer betaalt. Formules op Bron en Uitgangspunten; onderhoud is " + ENGINE_NOTE + ".",
    )
    for i, (_head, width) in enumerate(FEE_HEADS, start=1):
        ws.column_dimensions[chr(64 + i)].width = width
    row = _fees(book, ws, FIRST_ROW)
    row = _homes(book, ws, row + 1)
    _joiners(book, ws, row + 1)
    ws.freeze_panes = "B4"


def _fees(book: Book, ws, row: int) -> int:
    comparison = book.results.organisation
    book.section(ws, row, "Vergoeding per net bij een coöperatie of marktpartij", len(FEE_HEADS))
    row += 1
    for i, (head, _width) in enumerate(FEE_HEADS, start=1):
        book.text(ws, row, i, head, "header_engine" if i in (8, 14) else "header")
    ws.row_dimensions[row].height = 45
    row += 1
    if comparison is None:
        book.text(ws, row, 1, "Geen clusters: geen gedeeld deel om te organiseren.")
        return row + 1
    n = book.use_name
    for owner, (label, prefix) in OWNERS.items():
        model = comparison.models[owner]
        for cluster in book.results.clusters:
            fee = model.networks.get(cluster.id)
            field_id = f"shared-{cluster.id}"
            if fee is None or field_id not in book.layout.field_rows:
                continue
            book.text(ws, row, 1, book.layout.cluster_names.get(cluster.id, cluster.name))
            book.text(ws, row, 2, label)
            book.put(ws, row, 3, fee.connections, "engine", INT)
            own_pumps = abs(fee.investment_eur - _field_total(book, field_id)) > 0.01
            if own_pumps:  # the market partner also finances the heat pumps: a program value
                book.put(ws, row, 4, fee.investment_eur, "engine", EUR2)
            else:
                book.put(ws, row, 4, f"={book.layout.field_ref('c_total', field_id)}", "formula", EUR2)
            book.put(ws, row, 5, f"={n(prefix + '_interest_rate')}", "formula", PCT1)
            book.put(ws, row, 6, f"={n(prefix + '_financing_years')}", "formula", INT)
            book.put(ws, row, 7, f"=IF(E{row}=0,D{row}/F{row},D{row}*E{row}/(1-(1+E{row})^(-F{row})))", "formula", EUR2)
            upkeep = next((line.amount_eur for line in fee.lines if line.key == "upkeep"), 0.0)
            book.put(ws, row, 8, upkeep, "engine", EUR2)
            book.put(ws, row, 9, f"={n('coop_reserve_share')}*D{row}", "formula", EUR2)
            book.put(ws, row, 10, f"={n(prefix + '_admin_per_connection_eur')}*C{row}", "formula", EUR2)
            limit, company = n("wcw_limited_max_connections"), n("heat_company_admin_eur")
            book.put(ws, row, 11, f"=IF(C{row}>{limit},{company},0)", "formula", EUR2)
            margin = f"={n('market_margin')}*SUM(G{row}:K{row})" if owner == "market_partner" else "=0"
            book.put(ws, row, 12, margin, "formula", EUR2)
            book.put(ws, row, 13, f"=SUM(G{row}:L{row})", "total", EUR2)
            book.put(ws, row, 14, fee.total_eur, "engine", EUR2)
            row += 1
    return row


def _homes(book: Book, ws, row: int) -> int:
    """Per home what it pays under each model: per month in year 1, up front, the fee (program values)."""
    comparison = book.results.organisation
    heads = ["Woning"]
    for code, label in (("self_management", "Zelfbeheer"), *((c, lab) for c, (lab, _p) in OWNERS.items())):
        heads += [f"{label}: per maand jaar 1 €", f"{label}: eigen geld vooraf €"]
        if code != "self_management":
            heads.append(f"{label}: vergoeding €/jaar")
    book.section(ws, row, "Per woning: wat elke organisatievorm kost (" + ENGINE_NOTE + ")", len(heads))
    row += 1
    for i, head in enumerate(heads, start=1):
        book.text(ws, row, i, head, "header_engine" if i > 1 else "header")
    ws.row_dimensions[row].height = 45
    row += 1
    if comparison is None:
        return row
    models = [comparison.models[code] for code in ("self_management", *OWNERS)]
    for house in book.results.households:
        if house.id not in models[0].homes:
            continue
        book.text(ws, row, 1, book.layout.labels.get(house.id, house.label))
        col = 2
        for model in models:
            figures = model.homes[house.id]
            book.put(ws, row, col, figures.monthly_costs_year1_eur, "engine", EUR2)
            book.put(ws, row, col + 1, figures.upfront_eur, "engine", EUR2)
            col += 2
            if model.code != "self_management":
                book.put(ws, row, col, figures.fee_eur_per_year, "engine", EUR2)
                col += 1
        row += 1
    return row


def _field_total(book: Book, field_id: str) -> float:
    found = book.results.field(field_id)
    return found.shared_cost_eur if found is not None else 0.0


def _joiners(book: Book, ws, row: int) -> int:
    book.section(ws, row, "Later aansluiten: aansluitbijdrage en terugbetaling aan de oprichters", len(JOINER_HEADS))
    row += 1
    for i, head in enumerate(JOINER_HEADS, start=1):
        book.text(ws, row, i, head, "header_engine" if i in (4, 9, 12) else "header")
    ws.row_dimensions[row].height = 45
    row += 1
    if not book.results.entry_fees:
        book.text(ws, row, 1, "Geen plan van latere deelnemers.")
        return row + 1
    n = book.use_name
    for fee in book.results.entry_fees:
        field_id = f"shared-{fee.cluster_id}"
        book.text(ws, row, 1, book.layout.labels.get(fee.household_id, fee.household_id))
        book.put(ws, row, 2, fee.year, "engine", INT)
        book.text(ws, row, 3, book.layout.cluster_names.get(fee.cluster_id, fee.cluster_name))
        book.put(ws, row, 4, fee.key_fraction, "engine", DEC3)
        book.put(ws, row, 5, f"={book.layout.field_ref('c_total', field_id)}", "formula", EUR2)
        book.put(ws, row, 6, f"={n('borehole_lifetime_years')}", "formula", INT)
        book.put(ws, row, 7, f"=ROUND(D{row}*E{row}*MAX(0,F{row}-B{row})/F{row},2)", "formula", EUR2)
        book.text(ws, row, 8, "ja" if fee.within_reserve else "nee")
        book.put(ws, row, 9, fee.extra_metres_m, "engine", DEC1)
        book.put(ws, row, 10, f'=IF(H{row}="ja",0,ROUND(I{row}*{n("drilling_per_m_eur")},2))', "formula", EUR2)
        book.put(ws, row, 11, f"=G{row}+J{row}", "total", EUR2)
        book.put(ws, row, 12, fee.fee_eur, "engine", EUR2)
        row += 1
        founders = list(fee.refunds_eur)
        first = row
        for founder in founders:
            share = book.results.field(field_id).cost_shares_eur.get(founder, 0.0)
            book.text(ws, row, 1, "  terug naar " + book.layout.labels.get(founder, founder))
            book.put(ws, row, 5, share, "engine", EUR2)
            book.put(ws, row, 7, f"=G{first - 1}*E{row}/SUM(E${first}:E${first + len(founders) - 1})", "formula", EUR2)
            book.put(ws, row, 12, fee.refunds_eur[founder], "engine", EUR2)
            row += 1
    book.text(ws, row, 1, "Terugbetaling naar het eigen aandeel van elke oprichter; Minigrid rondt af op centen "
              "zodat de bedragen samen precies de inkoop zijn.", "text", GENERAL)
    return row + 1
