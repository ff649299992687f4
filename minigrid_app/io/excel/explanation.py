"""Toelichting: what the workbook is, how to use it, the colours, the residents' conditions and warnings."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from minigrid_app import APP_NAME, __version__
from minigrid_app.core.formatting import count
from minigrid_app.core.participation import taking_part
from minigrid_app.core.validation import household_name
from minigrid_app.core.verdict import basis_text
from minigrid_app.io.excel.cells import DEC1, ENGINE_CELLS, ENGINE_NOTE, EUR, GENERAL, INT

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book
    from minigrid_app.io.excel.layout import Layout

SHEET = "Toelichting"


def homes_text(book: Book) -> str:
    """How many homes the workbook is about, in the counts and words of the summary line on screen
    ('12 woningen, 11 doen mee (2 nog niet berekend)'): the workbook said '10 doorgerekend, 9 doen
    mee', counting a home that declined among the computed and leaving out the two not computed."""
    part = taking_part(book.project, book.results)
    text = f"{len(book.project.households)} in het project, {part.taking_part} doen mee"
    if part.not_computed:
        text += f" ({part.not_computed} nog niet berekend: gegevens onvolledig)"
    return text + f"; groepscijfers: {basis_text(book.results.group.households_counted)}"


def write(book: Book) -> None:
    ws = book.sheets[SHEET]
    intake = book.project.intake
    project_name = intake.name.strip() or "Naamloos project"
    if book.anonymise:  # the name of a street or a courtyard says where the homes are
        project_name = "Geanonimiseerd project"
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 100
    book.text(ws, 1, 1, "Indicatieve businesscase mini-warmtenet", "title", GENERAL)
    ws.row_dimensions[1].height = 22
    overridden = [key for key in book.params.definitions if book.params.is_overridden(key)]
    if overridden:
        parameter_set = (
            f"Standaardkentallen van Minigrid {__version__}, met "
            f"{count(len(overridden), 'aangepaste aanname', 'aangepaste aannames')}: {', '.join(book.params.definitions[key].label_nl for key in overridden)}"
        )
    else:
        parameter_set = f"Standaardkentallen van Minigrid {__version__}, niets aangepast"
    facts = [
        ("Project", project_name),
        ("Gemaakt met", f"{APP_NAME} {__version__}"),
        ("Datum", datetime.date.today().strftime("%d-%m-%Y")),
        ("Aannames", parameter_set),
        ("Woningen", homes_text(book)),
        ("Rekenperiode", f"{book.layout.horizon} jaar"),
    ]
    if not book.anonymise:
        facts.insert(1, ("Plaats", intake.location))
    if book.anonymise:
        facts.append(
            (
                "Privacy",
                "Geanonimiseerd: woningen heten Woning 1 … N; namen, adressen en contactgegevens zijn weggelaten.",
            )
        )
    row = 3
    for label, value in facts:
        book.text(ws, row, 1, label, "label")
        book.text(ws, row, 2, value, "wrap")
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
                f"kasstromen en de vergelijking met grafieken. {ENGINE_CELLS.capitalize()} zijn door Minigrid berekend en volgen "
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
                "de groep, met grafieken. Kasstromen: jaar voor jaar. Gevoeligheid: tornado en prijsband. "
                "Organisatie: de vergoeding per net bij een coöperatie of marktpartij en de aansluitbijdrage van latere deelnemers."
            ),
        ),
        (
            "Rekenregels",
            (
                "Alleen wat verschilt tussen de varianten telt mee. Netto investering in jaar 0 wordt geleend "
                "(annuïteit); vervangingen aan het eind van de levensduur worden uit eigen geld betaald; aan het eind "
                "van de periode telt de restwaarde (lineair) als opbrengst. Totale kosten = eigen geld in jaar 0 + "
                "alle kasstromen; contante waarde = hetzelfde, verdisconteerd. Uitleg: Help → 'Hoe rekent Minigrid?' in het programma."
            ),
        ),
    ]
    for label, body in paragraphs:
        book.text(ws, row, 1, label, "label")
        book.text(ws, row, 2, body, "wrap")
        ws.row_dimensions[row].height = 15 * (1 + len(body) // 95)
        row += 1
    row += 1
    book.text(ws, row, 1, "Kleuren", "section", GENERAL)
    book.put(ws, row, 2, None, "section")
    row += 1
    legend = [
        ("input", 1850, INT, "Invoer: mag je wijzigen"),
        (
            "formula",
            f"=1850*{book.use_name('gas_price_eur_m3')}",
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
        book.put(ws, row, 1, value, kind, fmt)
        book.text(ws, row, 2, meaning)
        row += 1
    if not book.anonymise and book.project.conditions:
        row += 1
        book.text(ws, row, 1, "Voorwaarden van de bewoners", "section", GENERAL)
        book.put(ws, row, 2, None, "section")
        row += 1
        enabled = [c for c in book.project.conditions if c.enabled]
        for number, condition in enumerate(enabled, start=1):
            book.text(ws, row, 1, f"Voorwaarde {number}")
            book.text(ws, row, 2, condition.text, "wrap")
            row += 1
    if not book.anonymise and (intake.contact_person or intake.contact_details):
        row += 1
        book.text(ws, row, 1, "Contactpersoon", "label")
        book.text(
            ws,
            row,
            2,
            " ".join(p for p in (intake.contact_person, intake.contact_details) if p),
            "wrap",
        )
    warnings = list(book.results.warnings)
    if warnings:
        row += 2
        book.text(ws, row, 1, "Waarschuwingen", "section", GENERAL)
        book.put(ws, row, 2, None, "section")
        row += 1
        for text in warnings[:50]:
            book.text(
                ws, row, 2, anonymise_text(text, book.layout) if book.anonymise else text, "wrap"
            )
            row += 1


def anonymise_text(text: str, layout: Layout) -> str:
    """Replace household labels and manual cluster names in an engine message."""
    names = [
        (household_name(h, number), number)
        for number, h in enumerate(layout.project.households, start=1)
    ]
    for real, number in sorted(names, key=lambda item: -len(item[0])):  # "nr. 10" before "nr. 1"
        if real and real != f"Woning {number}":
            text = text.replace(real, f"Woning {number}")
    for cluster in layout.results.clusters:
        if cluster.name != layout.cluster_names.get(cluster.id):
            text = text.replace(cluster.name, layout.cluster_names.get(cluster.id, ""))
    return text
