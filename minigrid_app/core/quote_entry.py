"""What a supplier wrote in a quote, read once for every entry path (step 7).

A quote's amounts come in two ways: typed into the quotes table, or read from a filled-in
bill of quantities (:func:`minigrid_app.io.boq_xlsx.read_quote`). Both read a price and a
quantity here, through the reader of every number people type
(:func:`minigrid_app.core.reading.read_number`: "€ 12.500", "12.500,-", "ca. 1200"), with the
rules that belong to a quote:

=====================  =============  ==============================================
written                read as        said
=====================  =============  ==============================================
``12.500``             12 500         (Dutch thousands dot)
``1,180``              nothing        ambiguous: 1,18 or 1 180; type it without separator
``ca. 1200``           1 200          an estimate: ask the supplier for a firm price
``inbegrepen``         0              included in another line
``PM``, ``n.v.t.``     nothing        no price: the line counts as missing
``-500``               nothing        negative; a discount belongs in the notes
``1e12``               nothing        larger than :data:`QUOTE_AMOUNT_LIMIT`
``15 m3``              nothing        a quantity, not an amount in euros
``9.000 excl. btw``    nothing        without VAT (also "ex btw", "+ btw", "btw verlegd")
``9.000 incl. btw``    9 000          what the bill asks for
``incl. btw``          nothing        no amount: the line counts as missing
``€ 1,2 mln``          1 200 000      said: '‘€ 1,2 mln’ gelezen als € 1.200.000' (also "12k", "1,5 ton")
``€ 55,- per m1``      55             as a unit price (m1, st, post, woning); not as a line's amount
=====================  =============  ==============================================

Quantities: "250 m1", "250 mtr", "2 st.", "1 post" are read as the number.

The English bill is filled in in English, read by the same rules: "TBC", "POA", "by others" (no price),
"see above", "included in 3.1" (€ 0), "12,500 plus VAT", "VAT excl." (without VAT), "€ 55 per metre",
"€ 9,800 each"; quantities "1 pc", "1 lump sum", "230 lin. m".

The limits are the project file's (:data:`~minigrid_app.core.tender_model.QUOTE_AMOUNT_LIMIT`),
so what an entry path takes is kept by the next save and load.
"""

from __future__ import annotations

import dataclasses
import math
import re

from minigrid_app.core.formatting import count, group_thousands
from minigrid_app.core.problems import Problem
from minigrid_app.core.reading import (
    DOUBTFUL,
    EMPTY,
    OK,
    Reading,
    read_number,
    short,
    spreadsheet_error,
    visible,
    words,
)
from minigrid_app.core.tender_model import MAX_QUOTES, QUOTE_AMOUNT_LIMIT, Quote

#: Words that say a line is priced within another line: read as € 0.
INCLUDED = frozenset({
    "inbegrepen", "incl", "inclusief", "zit erin", "zit in totaal", "in totaal", "in prijs", "included", "incl.",
    "zie boven", "zie hierboven", "zie totaal", "in regel", "zit in regel", "zie regel",
    # as an English supplier writes it (the bill in English asks in English)
    "inc", "inc.", "see above", "included above", "see total", "in total", "included in total", "see line", "in line",
})
#: Words that say there is no price (yet): the line stays open (missing from the quote).
NO_PRICE = frozenset({
    "pm", "p m", "pro memorie", "nvt", "n v t", "niet van toepassing", "na", "n a", "nader te bepalen", "ntb",
    "n t b", "op aanvraag", "geen", "-", "tbd", "to be determined", "not applicable", "nee", "niet", "x", "?",
    "niet inbegrepen", "uitgesloten", "door derden",
    # English: 'none' was read as an empty cell (the line skipped without a word), the others as 'not a number'
    "none", "tbc", "to be confirmed", "poa", "p o a", "price on application", "on request", "on application",
    "by others", "excluded", "not included", "not quoted", "no quote",
})


def _included(key: str) -> bool:
    return key in INCLUDED or any(key.startswith(word + " ") for word in ("inbegrepen", "zit in", "zie regel", "incl",
                                                                       "included in", "included with", "see line",
                                                                       "inc"))


#: "excl. btw", "exclusief 21% btw", "ex btw", "+ btw", "zonder btw", "btw verlegd", "excluding VAT"
_EXCL_VAT = re.compile(
    r"(?:\b(?:excl|exclusief|exclusive|excluding|exkl|ex|zonder|without|plus|net\s+of)\b\.?|\+)\s*(?:de\s+|\d+\s*%\s*)?"
    r"(?:btw|vat)\b"
    r"|\bbtw\s*(?:is\s+)?verlegd\b"
    # the other word order: 'VAT excl.', 'VAT not included', 'btw niet inbegrepen'
    r"|\b(?:btw|vat)\s+(?:excl|exclusief|excluded|exclusive|not\s+included|niet\s+inbegrepen)\b",
    re.IGNORECASE,
)


#: "incl. btw", "(inclusief 21% btw)": what the bill asks for, said next to the amount
_INCL_VAT = re.compile(
    r"\(?\s*\b(?:incl|inclusief|inclusive|including|inc)\b\.?\s*(?:de\s+|\d+\s*%\s*)?(?:btw|vat)\b\.?\s*\)?"
    r"|\(?\s*\b(?:btw|vat)\s+(?:incl|inclusief|included|inclusive|inbegrepen)\b\.?\s*\)?",  # 'VAT incl.'
    re.IGNORECASE,
)


def says_excl_vat(text) -> bool:
    """True when ``text`` says an amount is without VAT ('9.000 excl. btw', 'prijzen exclusief 21% btw')."""
    return isinstance(text, str) and _EXCL_VAT.search(text) is not None


#: The bill's units in words, for a message (:data:`minigrid_app.core.tender.UNIT_LABELS` in sentences)
UNIT_WORDS = {"m": ("meters", "metres"), "st": ("stuks", "pieces"), "post": ("een post (het geheel)", "a lump sum"),
              "jaar": ("jaren", "years")}


def read_price(text, *, plausible: tuple[float, float] | None = None, unit_price: bool = False,
               unit: str | None = None, notation: str | None = None) -> Reading:
    """Read one price (a unit price or an amount) a supplier wrote [€ incl. VAT].

    Parameters
    ----------
    text : str | float | int | None
        The cell or the typed text; a spreadsheet number is taken as it is.
    plausible : tuple[float, float] | None
        Range [€] that decides an ambiguous "1,180" (around the indicative price); None: ask.
    unit_price : bool
        The figure is a unit price (the bill's 'Eenheidsprijs', or an amount of a line of
        quantity 1): "€ 55,- per m1" is 55. Where an amount for a whole line is asked, a price
        'per' a unit is refused and said (it is not the line's amount).
    unit : str | None
        The bill line's unit (``m``, ``st``, ``post``, ``jaar``); a price per another unit
        ("€ 55 per m1" on a lump-sum line) is refused and said. None: not checked.
    notation : str | None
        ``"en"`` where the figures are written the English way (an English bill, the window in
        English): "12,500" is 12 500 and "2.100" asks; None: the Dutch way
        (:func:`~minigrid_app.core.reading.read_number`).

    Returns
    -------
    Reading
        ``value`` a float ≥ 0 and ≤ :data:`QUOTE_AMOUNT_LIMIT`, or None. ``how`` adds
        ``included`` (read as 0), ``no_price``, ``negative`` and ``too_large`` to those of
        :func:`~minigrid_app.core.reading.read_number`. An empty cell gives ``how == "empty"``.
    """
    if isinstance(text, bool):
        return Reading(None, DOUBTFUL, "unreadable", f"‘{text}’ is geen bedrag", f"‘{text}’ is not an amount")
    typed = text
    if isinstance(text, str):
        text = visible(text)
        if (error := spreadsheet_error(text)) is not None:  # '#N/A' read as 'n/a' was 'geen prijs'
            return error
        raw = short(text.strip())
        if says_excl_vat(text):  # before 'incl': "9.000 excl. btw" is no price including VAT
            return Reading(None, DOUBTFUL, "excl_vat",
                           f"‘{raw}’ is exclusief btw; de staat vraagt bedragen inclusief btw: vraag de aanbieder "
                           "of reken het om",
                           f"‘{raw}’ excludes VAT; the bill asks for amounts including VAT: ask the supplier or "
                           "convert it")
        if _INCL_VAT.search(text):  # what the bill asks: "9.000 incl. btw" is 9 000, "incl. btw" alone no price
            text = _INCL_VAT.sub(" ", text).strip(" ,;")
            if not text:
                return Reading(None, DOUBTFUL, "no_price", f"‘{raw}’: geen bedrag; de regel telt als ontbrekend",
                               f"‘{raw}’: no amount; the line counts as missing")
        key = words(text)
        if key and _included(key):
            return Reading(0.0, OK, "included", f"‘{raw}’ gelezen als € 0 (zit in een andere regel)",
                           f"‘{raw}’ read as € 0 (included in another line)")
        if text.strip() and (key in NO_PRICE or text.strip() in ("-", "--", "?", "–", "—")):
            return Reading(None, DOUBTFUL, "no_price", f"‘{raw}’: geen prijs; de regel telt als ontbrekend",
                           f"‘{raw}’: no price; the line counts as missing")
    per_unit = _PER_UNIT.search(text) if isinstance(text, str) else None
    if per_unit:  # 'per' the bill's unit: "€ 55,- per m1", "€ 9.000 p/st"
        raw = short(text.strip())
        if not unit_price:
            return Reading(None, DOUBTFUL, "per_unit",
                           f"‘{raw}’ is een prijs per eenheid, geen bedrag voor de hele regel: vul hoeveelheid × prijs in",
                           f"‘{raw}’ is a price per unit, not an amount for the whole line: enter quantity × price")
        written = per_unit.group("unit") or "piece"  # 'each'
        if not _per_unit_fits(written, unit):
            shown_nl, shown_en = UNIT_WORDS.get(unit, (unit, unit))
            return Reading(None, DOUBTFUL, "per_unit",
                           f"‘{raw}’ is een prijs per {'stuk' if written == 'piece' else written}, maar deze regel "
                           f"rekent in {shown_nl}: vraag de aanbieder",
                           f"‘{raw}’ is a price per {written}, but this line counts in {shown_en}: "
                           "ask the supplier")
        text = _PER_UNIT.sub("", text)
    reading = read_number(text, units=("eur",), plausible=plausible, unit="€", notation=notation)
    return _bounded(_as_typed(reading, text, typed), typed, "bedrag", "amount")


def read_quantity(text, notation: str | None = None) -> Reading:
    """Read the quantity a supplier priced ('250', '250 m', '2 st.'); a number ≥ 0 and within the limit
    (``notation`` as :func:`read_price`'s)."""
    if isinstance(text, bool):
        return Reading(None, DOUBTFUL, "unreadable", f"‘{text}’ is geen hoeveelheid", f"‘{text}’ is not a quantity")
    typed = text
    if isinstance(text, str):
        text = _METRES.sub(" m", _PIECES.sub("", visible(text)))
    reading = read_number(text, units=("m", "m2", "m3", "kw", "kwh", "persons", "years", "hours"), notation=notation)
    return _bounded(_as_typed(reading, text, typed), typed, "hoeveelheid", "quantity")


def _as_typed(reading: Reading, read, typed) -> Reading:
    """``reading`` with its words quoting the cell as the supplier typed it ('€ 55,- per m1',
    '250 mtr'), not the text left after the unit and 'incl. btw' were taken off to read the number."""
    if not isinstance(typed, str) or not isinstance(read, str):
        return reading
    was, now = f"‘{short(read.strip())}’", f"‘{short(typed.strip())}’"
    if was == now or was not in reading.nl + reading.en:
        return reading
    return dataclasses.replace(reading, nl=reading.nl.replace(was, now, 1), en=reading.en.replace(was, now, 1))


#: "2 st.", "3 stuks", "1 x", "1 post" (the bill's units of a count): a count of pieces
_PIECES = re.compile(r"(?<=\d)\s*(?:st\.?|stuks?|pcs?\.?|pieces?|x|post|ps\.?|pst\.?|no\.?|nr\.?|units?|items?|ea\.?|each|"
                     r"ls|l\.s\.|lump\s+sum)\s*$", re.IGNORECASE)  # the English bill's 'pcs' and 'lump sum' too
#: "250 m1", "250 mtr", "250 str. m": running metres, as Dutch quotes write them
_METRES = re.compile(r"(?<=\d)\s*(?:m1|m¹|mtr\.?|str\.?\s*m\.?|strekkende\s+meters?|lm|lin\.?\s*m\.?|"
                     r"(?:linear|running)\s+met(?:re|er)s?)\s*$", re.IGNORECASE)
#: "per m1", "/m", "p/st", "per stuk", "/post", "per woning": a unit price per the bill's unit (per year: read_number)
_PER_UNIT = re.compile(r"\s*(?:per|/|p/|p\.)\s*(?P<unit>m1|m¹|mtr\.?|meters?|metres?|lin\.?\s*m|lm|m|st\.?|stuks?|post|"
                       r"ps\.?|pst\.?|woning|aansluiting|boring|bron|boorgat|piece|pcs?\.?|unit|item|home|house|borehole|"
                       r"connection|lump\s+sum)\s*$"
                       r"|\s+(?P<each>each|ea\.?)\s*$", re.IGNORECASE)  # '€ 9,800 each': per piece


def _per_unit_fits(written: str, unit: str | None) -> bool:
    """Whether 'per <written>' is the bill line's ``unit`` (m, st, post; 'per woning' fits a count and a lump sum)."""
    key = words(written)
    if unit is None:
        return True
    if key in ("m1", "m¹", "m", "mtr", "meter", "meters", "metre", "metres", "lin m", "lm"):
        return unit == "m"
    if key in ("post", "ps", "pst", "lump sum"):
        return unit == "post"
    if key in ("woning", "unit", "home", "house"):
        return unit in ("st", "post")
    return unit == "st"  # st, stuk(s), aansluiting, boring, bron, boorgat, piece, pcs, each, borehole, connection
#: A figure typed to the whole euro agrees with one to the cent within this [€]
_ROUNDING_EUR = 0.5
_LIMIT_NL, _LIMIT_EN = group_thousands(QUOTE_AMOUNT_LIMIT), f"{QUOTE_AMOUNT_LIMIT:,.0f}"


def _bounded(reading: Reading, text, what_nl: str, what_en: str) -> Reading:
    value = reading.value
    if value is None:
        return reading
    raw = short(str(text).strip())
    if value < 0:
        hint_nl, hint_en = ("een korting hoort in de toelichting of als lagere prijs",
                            "a discount belongs in the notes or as a lower price") if what_en == "amount" else ("", "")
        return Reading(None, DOUBTFUL, "negative", f"‘{raw}’ is negatief" + (f"; {hint_nl}" if hint_nl else ""),
                       f"‘{raw}’ is negative" + (f"; {hint_en}" if hint_en else ""))
    if not math.isfinite(value) or value > QUOTE_AMOUNT_LIMIT:
        return Reading(None, DOUBTFUL, "too_large",
                       f"‘{raw}’ is groter dan {_LIMIT_NL} en kan geen {what_nl} zijn; controleer het",
                       f"‘{raw}’ is larger than {_LIMIT_EN} and cannot be an {what_en}; check it")
    return reading


def line_amount(price: float, quantity: float) -> Reading:
    """quantity × unit price [€], refused above :data:`QUOTE_AMOUNT_LIMIT`."""
    amount = round(price * quantity, 2)
    if not math.isfinite(amount) or amount > QUOTE_AMOUNT_LIMIT:
        return Reading(None, DOUBTFUL, "too_large",
                       f"hoeveelheid × prijs is groter dan {_LIMIT_NL}; controleer het",
                       f"quantity × price is larger than {_LIMIT_EN}; check it")
    return Reading(amount)


#: An amount beyond this factor of the indicative one either way is asked about: a zero too many or too few
#: (€ 98.000 for a heat pump of € 10.700), as the plausible range of a unit price (``read_price``).
FAR_FACTOR = 5.0


def far_from_indicative(amount: float | None, indicative: float) -> tuple[str, str] | None:
    """Words when a line's ``amount`` [€] lies more than :data:`FAR_FACTOR` times above or below its
    ``indicative`` amount [€]: a typing slip the comparison alone shows as just 'dearer' (▲) or 'cheaper'
    (▼). None when it is within, free (€ 0: 'inbegrepen') or there is nothing to compare with."""
    if not amount or amount <= 0 or indicative <= 0:
        return None
    ratio = amount / indicative
    shown = f"€ {group_thousands(indicative, 0)}", f"€ {group_thousands(indicative, 0, 'en')}"
    if ratio > FAR_FACTOR:
        times = math.floor(ratio)
        return (f"{times} keer de indicatieve prijs ({shown[0]}); staat er een nul te veel? Zo overgenomen; vraag het de aanbieder.",
                f"{times} times the indicative price ({shown[1]}); is there a zero too many? Taken as written; ask the supplier.")
    if ratio < 1 / FAR_FACTOR:
        return (f"minder dan een vijfde van de indicatieve prijs ({shown[0]}); ontbreekt er een nul? Zo overgenomen; "
                "vraag het de aanbieder.",
                f"less than a fifth of the indicative price ({shown[1]}); is a zero missing? Taken as written; ask the supplier.")
    return None


def total_problems(totals, amounts: dict[str, float], lines, *, extras: bool = False) -> list[Problem]:
    """A total a supplier typed in a filled-in bill that is not the sum of the lines read: said,
    with the figure the comparison uses and why (step 7's import messages).

    Parameters
    ----------
    totals : iterable of (int, str, float)
        (row, the sum row's label as the bill has it, the figure the supplier put there [€]).
    amounts : dict
        Line id → the amount read for that line [€].
    lines : iterable of BillLine
        The tender's lines; which lines a sum covers follows from their kind and section.
    extras : bool
        The supplier priced rows the tender does not have (in their total, not in the lines').
    """
    # the tender's modules load with step 6, not with the quotes table
    from minigrid_app.core.tender import SECTION_LABELS

    lines = list(lines)
    sections = {words(f"Subtotaal {label.lower()}"): key for key, (label, _) in SECTION_LABELS.items()}
    problems = []
    for row, label, figure in totals:
        key = words(label)
        if key.startswith("totaal eenmalig"):
            covered = [line for line in lines if line.kind == "investment"]
        elif key.startswith("onderhoud per jaar"):
            covered = [line for line in lines if line.kind == "annual"]
        elif key in sections:
            covered = [line for line in lines if line.section == sections[key]]
        else:  # a sum of the supplier's own ('Subtotaal excl. btw'): no lines to set it against
            name = short(label.strip(), 40)
            problems.append(Problem(
                f"Rij {row} (‘{name}’, € {group_thousands(figure, 2)}) is een totaal van de aanbieder dat niet in de "
                "staat stond; niet meegeteld: de vergelijking gaat per regel.",
                f"Row {row} (‘{name}’, € {group_thousands(figure, 2, 'en')}) is a total of the supplier's that was not "
                "in the bill; not counted: the comparison goes line by line.",
                severity="warning", row=row,
            ))
            continue
        priced = [amounts[line.id] for line in covered if line.id in amounts]
        ours = round(sum(priced), 2)
        if abs(figure - ours) <= _ROUNDING_EUR * (1 + len(priced)):  # each line and the total rounded to the euro
            continue
        name = short(label.strip(), 40)
        (nl_figure, nl_ours), (en_figure, en_ours) = (
            [f"€ {group_thousands(v, 2, language)}" for v in (figure, ours)] for language in ("nl", "en"))
        if not priced:
            nl = (f"Rij {row} (‘{name}’): de aanbieder schrijft {nl_figure}, maar geen regel heeft een prijs die "
                  "Minigrid kon nemen. Een totaal alleen wordt niet ingelezen: de vergelijking gaat per regel. "
                  "Vraag de aanbieder de prijzen per regel in te vullen.")
            en = (f"Row {row} (‘{name}’): the supplier writes {en_figure}, but no line has a price Minigrid could "
                  "take. A total alone is not read: the comparison goes line by line. Ask the supplier to fill in "
                  "the prices per line.")
            problems.append(Problem(nl, en, severity="warning", row=row))
            continue
        more = figure > ours
        nl = (f"Rij {row} (‘{name}’): de aanbieder schrijft {nl_figure}, maar de regels tellen op tot {nl_ours} "
              f"(€ {group_thousands(abs(figure - ours), 2)} {'meer' if more else 'minder'}). Minigrid rekent met "
              "de bedragen per regel, want elke regel wordt met de begroting vergeleken; het totaal van de "
              "aanbieder telt niet mee.")
        en = (f"Row {row} (‘{name}’): the supplier writes {en_figure}, but the lines add up to {en_ours} "
              f"(€ {group_thousands(abs(figure - ours), 2, 'en')} {'more' if more else 'less'}). Minigrid uses "
              "the amounts per line, as each line is compared with the budget; the supplier's total does not count.")
        open_lines = sum(1 for line in covered if line.in_quote and line.id not in amounts)
        if open_lines:
            nl += f" {count(open_lines, 'regel is', 'regels zijn')} zonder prijs ingelezen (leeg gelaten of hierboven genoemd)."
            en += f" {count(open_lines, 'line was', 'lines were')} read without a price (left empty or named above)."
        if extras:
            nl += " Regels die niet in de uitvraag staan, tellen niet mee."
            en += " Rows that are not in the tender do not count."
        problems.append(Problem(nl + " Vraag de aanbieder welk bedrag geldt.",
                                en + " Ask the supplier which amount holds.", severity="warning", row=row))
    return problems


def add_quote(quotes: list[Quote], quote: Quote) -> tuple[list[Quote], Quote | None]:
    """The quotes with ``quote`` added; a quote of the same supplier is replaced (a newer version).

    Returns
    -------
    (list of Quote, Quote | None)
        The new list and the quote that was replaced (None: added).

    Raises
    ------
    ValueError
        When the project already holds :data:`MAX_QUOTES` quotes of other suppliers
        (args: the Dutch and the English message).
    """
    name = words(quote.supplier)
    for index, existing in enumerate(quotes):
        if name and words(existing.supplier) == name:
            quote.id = existing.id  # a decision for this supplier keeps pointing at it
            return quotes[:index] + [quote] + quotes[index + 1:], existing
    if len(quotes) >= MAX_QUOTES:
        raise ValueError(
            f"Het project heeft al {MAX_QUOTES} offertes; verwijder er een voordat u een nieuwe toevoegt.",
            f"The project already holds {MAX_QUOTES} quotes; remove one before adding another.",
        )
    return [*quotes, quote], None


__all__ = ["EMPTY", "INCLUDED", "NO_PRICE", "add_quote", "line_amount", "read_price", "read_quantity", "says_excl_vat",
           "total_problems"]
