"""The dates of a project file, read as the window reads a typed date, and checked as it checks them.

A date is stored as ISO text ('2025-03-14'). A file edited by hand (or by another program) may hold
'14-3-2025' (read, stored as ISO, and said), 'gisteren' or '31-02-2026' (no date: left empty, the text
put with the holder's notes so nothing is lost, and said with what to do; repaired where it has no notes), or
a signing date that cannot be right: in the future, before 2000 or before the project's intake (kept, and
said). Those are the window's own checks
(:func:`minigrid_app.core.reading_dates.signed_date_note`, :func:`~minigrid_app.core.reading_dates.stored_date`),
so a file holds nothing that could not have been typed without a word said about it.

A quote's dates are the supplier's: text that is no date ('Geldig tot: 3 maanden na dagtekening') is kept as
written, on purpose, and the decision record says it. A quote's date written as a date is read as the others
('14-3-2026' stored as ISO, and said), and one that cannot be right gets the same kind of note, kept as
written: a day that does not exist ('31-02-2026'), a quote dated in the future, or valid until far ahead
(:func:`minigrid_app.core.reading_dates.quote_date_note`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from minigrid_app.core.file_words import STEP_WORDS, field_words
from minigrid_app.core.formatting import date_text
from minigrid_app.core.model import STEPS, Project
from minigrid_app.core.reading_dates import (
    project_start,
    quote_date_note,
    read_date,
    serial_date,
    serial_note,
    signed_date_note,
    stored_date,
    written_as_date,
)
from minigrid_app.io.project_fields import MULTILINE_FIELDS, clean_field_text

#: report.add(nl, en, field_name, row, repaired=...)
Add = Callable[..., None]


def _step(key: str) -> tuple[str, str]:
    """'stap 5 (Tweede bewonersavond)': where the window lets the date be put right."""
    nl, en = STEP_WORDS[key]
    number = STEPS.index(key) + 1
    return f"stap {number} ({nl})", f"step {number} ({en})"


def _written(value: str) -> str:
    """A date as the file wrote it: '20260915' for the number 20260915.0 (a JSON number read as a float)."""
    return re.sub(r"^(\d+)\.0*$", r"\1", value)


def _check(holder, name: str, where_nl: str, where_en: str, step: str, add: Add, row: int | None = None,
           signed: bool = False, start=None) -> None:
    """Read ``holder.name`` as a date; store it as ISO, or keep it as written; say what was done."""
    value = getattr(holder, name)
    iso, why = stored_date(value)
    at_nl, at_en = field_words(type(holder), name)
    step_nl, step_en = _step(step)
    if why is not None:  # kept where the holder keeps notes, so nothing typed is lost; the date left empty
        setattr(holder, name, None if name == "participation_date" else "")
        kept = next((notes for notes in ("notes", "note") if hasattr(holder, notes)), None)
        if kept is not None:
            before = getattr(holder, kept).rstrip()
            separator = "\n" if kept in MULTILINE_FIELDS else "; "
            added = f"{at_nl[0].upper()}{at_nl[1:]}: {value}"
            setattr(holder, kept, clean_field_text(kept, f"{before}{separator}{added}" if before else added))
        kept_nl, kept_en = (" en bij de opmerkingen gezet", " and put with the notes") if kept else ("", "")
        add(f"{where_nl}, {at_nl}: {why.nl}; leeg gelaten{kept_nl}. Vul de datum in bij {step_nl}, als "
            "dd-mm-jjjj (bijvoorbeeld 14-03-2025).",
            f"{where_en}, {at_en}: {why.en}; left empty{kept_en}. Enter the date at {step_en}, as dd-mm-yyyy "
            "(for example 14-03-2025).",
            name, row, repaired=kept is None)  # moved to the notes: nothing lost, a command may save it
        return
    if iso is None:
        return
    note = signed_date_note(iso, start=start) if signed else None
    _stored(holder, name, value, iso, (f"{where_nl}, {at_nl}", f"{where_en}, {at_en}"), add, row, note,
            (f"Pas hem zo nodig aan bij {step_nl}.", f"Correct it at {step_en} if need be."))


def _stored(holder, name: str, value: str, iso: str, where: tuple[str, str], add: Add, row: int | None, note,
            then: tuple[str, str]) -> None:
    """Store the date read as ISO (said when written otherwise: the same day), and say ``note`` (a doubt) with
    what to do (``then``)."""
    day = serial_date(value)
    if iso != value and day is not None:  # 46280 or 46280.5: a date cell read as a number
        setattr(holder, name, iso)
        said = serial_note(day, value)
        add(f"{where[0]}: {said.nl}. {then[0]}", f"{where[1]}: {said.en}. {then[1]}", name, row, repaired=False)
    elif iso != value:
        setattr(holder, name, iso)
        add(f"{where[0]}: ‘{_written(value)}’ gelezen als {date_text(iso)}.",
            f"{where[1]}: ‘{_written(value)}’ read as {date_text(iso)}.", name, row, repaired=False)  # the same day
    if note is not None:
        add(f"{where[0]}: {note.nl.removeprefix('Let op: ')} {then[0]}",
            f"{where[1]}: {note.en.removeprefix('Note: ')} {then[1]}", name, row, repaired=False)


def _check_quote(quote, index: int, add: Add, start) -> None:
    """Read a quote's date and its 'geldig tot' as :func:`_check` does, kept as written where they are no date."""
    supplier = quote.supplier.strip()
    where_nl, where_en = (f"Offerte {index} ({supplier})", f"Quote {index} ({supplier})") if supplier else (
        f"Offerte {index}", f"Quote {index}")
    for name in ("date", "valid_until"):
        value = getattr(quote, name)
        iso, why = stored_date(value)
        at_nl, at_en = field_words(type(quote), name)
        if why is not None:  # free text ('3 maanden') is the supplier's, kept without a word (step 8 says it)
            if written_as_date(value):
                add(f"{where_nl}, {at_nl}: {why.nl}; zo bewaard. Vraag de aanbieder welke datum bedoeld is.",
                    f"{where_en}, {at_en}: {why.en}; kept as written. Ask the supplier which date is meant.",
                    name, None, repaired=False)
            continue
        if iso is None:
            continue
        note = quote_date_note(name, iso, dated=read_date(quote.date) if name == "valid_until" else None, start=start)
        _stored(quote, name, value, iso, (f"{where_nl}, {at_nl}", f"{where_en}, {at_en}"), add, None, note,
                ("Vraag het zo nodig na bij de aanbieder.", "Check it with the supplier if need be."))


def check_dates(project: Project, add: Add, where_of_home: Callable[[int, str], tuple[str, str]]) -> None:
    """Check every date of ``project`` (just read from a file) in place; ``add`` reports.

    ``where_of_home(row, label)``: how a message names a home ('Woning 3 (Vogelstraat 6)').
    """
    _check(project.intake, "date", "Intake", "Intake", "intake", add)
    start = project_start(project.intake.date)
    _check(project.first_evening, "date", "Eerste bewonersavond", "First residents' evening", "first_evening", add)
    _check(project.second_evening, "date", "Tweede bewonersavond", "Second residents' evening", "second_evening", add)
    rows = {}
    for row, household in enumerate(project.households, start=1):
        rows[household.id] = (row, household.label)
        where_nl, where_en = where_of_home(row, household.label)
        _check(household, "participation_date", where_nl, where_en, "second_evening", add, row, signed=True, start=start)
    tender = project.tender
    _check(tender.settings, "issued_on", "Uitvraag", "Tender", "tender", add)
    _check(tender.settings, "quotes_due", "Uitvraag", "Tender", "tender", add)
    for permit in tender.settings.permits:
        _check(permit, "date", "Vergunning", "Permit", "tender", add)
    _check(tender.decision, "decided_on", "Besluit", "Decision", "decision", add)
    for agreement in tender.decision.agreements:
        row, label = rows.get(agreement.household_id, (None, ""))
        where_nl, where_en = "Bindende overeenkomst", "Binding agreement"
        if row is not None:
            home_nl, home_en = where_of_home(row, label)
            where_nl, where_en = f"{where_nl} van {home_nl}", f"{where_en} of {home_en}"
        _check(agreement, "date", where_nl, where_en, "decision", add, row, signed=True, start=start)
    for index, quote in enumerate(tender.quotes, start=1):
        _check_quote(quote, index, add, start)
    _check(tender.design, "date", "Ontwerp", "Design", "tender", add)
