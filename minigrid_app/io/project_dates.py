"""The dates of a project file, read as the window reads a typed date, and checked as it checks them.

A date is stored as ISO text ('2025-03-14'). A file edited by hand (or by another program) may hold
'14-3-2025' (read, stored as ISO, and said), 'gisteren' or '31-02-2026' (no date: left empty, the text
put with the holder's notes so nothing is lost, and said with what to do; repaired where it has no notes), or
a signing date that cannot be right: in the future, before 2000 or before the project's intake (kept, and
said). Those are the window's own checks
(:func:`minigrid_app.core.reading_dates.signed_date_note`, :func:`~minigrid_app.core.reading_dates.stored_date`),
so a file holds nothing that could not have been typed without a word said about it.

The dates of a quote are left to the quote's own reader (a supplier's 'Geldig tot: 3 maanden' is kept as
written there, on purpose).
"""

from __future__ import annotations

from collections.abc import Callable

from minigrid_app.core.file_words import STEP_WORDS, field_words
from minigrid_app.core.formatting import date_text
from minigrid_app.core.model import STEPS, Project
from minigrid_app.core.reading_dates import project_start, signed_date_note, stored_date
from minigrid_app.io.project_validation import MULTILINE_FIELDS, clean_field_text

#: report.add(nl, en, field_name, row, repaired=...)
Add = Callable[..., None]


def _step(key: str) -> tuple[str, str]:
    """'stap 5 (Tweede bewonersavond)': where the window lets the date be put right."""
    nl, en = STEP_WORDS[key]
    number = STEPS.index(key) + 1
    return f"stap {number} ({nl})", f"step {number} ({en})"


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
    if iso != value:
        setattr(holder, name, iso)
        add(f"{where_nl}, {at_nl}: ‘{value}’ gelezen als {date_text(iso)}.",
            f"{where_en}, {at_en}: ‘{value}’ read as {date_text(iso)}.", name, row, repaired=False)  # the same day
    note = signed_date_note(iso, start=start) if signed else None
    if note is not None:
        add(f"{where_nl}, {at_nl}: {note.nl.removeprefix('Let op: ')} Pas hem zo nodig aan bij {step_nl}.",
            f"{where_en}, {at_en}: {note.en.removeprefix('Note: ')} Correct it at {step_en} if need be.",
            name, row, repaired=False)


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
    _check(tender.design, "date", "Ontwerp", "Design", "tender", add)
