"""The dates of a project file are read and checked as the window reads and checks a typed date.

Before: a declaration of intent dated 'gisteren', '31-02-2026' (no such day), '14-03-2062' (the future)
or a day before the project's intake loaded without a word (only typing it at step 5 was checked), and
'14-3-2025' stayed in the file as written while every other date is ISO.
"""

from __future__ import annotations

import datetime
import json

from minigrid_app.core.reading_dates import (
    project_start,
    serial_note,
    signed_date_note,
    stored_date,
)
from minigrid_app.io.projectfile import loads_project


def _loaded(homes: list[dict], **sections):
    data = {"format": "minigrid-project", "version": 2, "intake": {"date": "2025-03-01"},
            "households": [{"label": f"Huis {i}", "gas_m3_per_year": 1500, "participation": "signed", **home}
                           for i, home in enumerate(homes, start=1)], **sections}
    return loads_project(json.dumps(data))


def _said(result, row: int) -> list[str]:
    return [p.nl for p in result.problems if p.row == row and p.field == "participation_date"]


def test_signing_dates_that_cannot_be_right_are_kept_and_said_with_what_to_do():
    future = (datetime.date.today() + datetime.timedelta(days=400)).isoformat()
    result = _loaded([{"participation_date": "gisteren"}, {"participation_date": "31-02-2026"},
                      {"participation_date": future}, {"participation_date": "2024-01-01"},
                      {"participation_date": "2025-06-01"}])
    homes = result.project.households
    assert [h.participation_date for h in homes] == [None, None, future, "2024-01-01", "2025-06-01"]
    assert [h.notes for h in homes[:2]] == ["Datum van de deelname: gisteren", "Datum van de deelname: 31-02-2026"]
    assert _said(result, 1) == [
        "Woning 1 (Huis 1), datum van de deelname: ‘gisteren’ is geen datum; leeg gelaten en bij de opmerkingen gezet. "
        "Vul de datum in bij stap 5 (Tweede bewonersavond & intentieverklaring), als dd-mm-jjjj (bijvoorbeeld "
        "14-03-2025)."]
    assert "‘31-02-2026’ is geen bestaande datum (die dag is er niet); leeg gelaten en bij de" in _said(result, 2)[0]
    assert "ligt in de toekomst; klopt het jaar?" in _said(result, 3)[0]
    assert _said(result, 4) == [
        "Woning 4 (Huis 4), datum van de deelname: 01-01-2024 ligt vóór de start van het project (de datum van de "
        "intake, 01-03-2025); klopt het jaar? Pas hem zo nodig aan bij stap 5 (Tweede bewonersavond & "
        "intentieverklaring)."]
    assert _said(result, 5) == []  # after the intake, before today: nothing to say
    english = [p.en for p in result.problems if p.row == 1]
    assert english == ["Home 1 (Huis 1), date of participation: ‘gisteren’ is not a date; left empty and put with the "
                       "notes. Enter the date at step 5 (Second residents' evening & declaration of intent), as "
                       "dd-mm-yyyy (for example 14-03-2025)."]
    assert not result.repaired  # moved, nothing lost: a command may save it (an import, a quote)


def test_a_saved_project_with_a_date_that_was_no_date_loads_back_clean_and_keeps_the_text():
    from minigrid_app.io.projectfile import dumps_project

    first = _loaded([{"participation_date": "gisteren", "notes": "belt terug"}], second_evening={"date": "ooit"})
    again = loads_project(dumps_project(first.project))
    assert again.problems == []
    assert again.project.households[0].notes == "belt terug\nDatum van de deelname: gisteren"
    assert again.project.second_evening.notes == "Datum: ooit" and again.project.second_evening.date == ""


def test_a_date_written_the_dutch_way_is_stored_as_iso_and_said():
    result = _loaded([{"participation_date": "14-3-2025"}], first_evening={"date": "2 februari 2025"})
    assert result.project.households[0].participation_date == "2025-03-14"
    assert result.project.first_evening.date == "2025-02-02"
    said = " ".join(p.nl for p in result.problems)
    assert "datum van de deelname: ‘14-3-2025’ gelezen als 14-03-2025." in said
    assert "Eerste bewonersavond, datum: ‘2 februari 2025’ gelezen als 02-02-2025." in said


def test_the_binding_agreement_date_is_checked_like_the_declaration_of_intent():
    data = {"format": "minigrid-project", "version": 2, "intake": {"date": "2025-03-01"},
            "households": [{"id": "hh-1", "label": "Lindehof 1", "gas_m3_per_year": 1500}],
            "tender": {"decision": {"agreements": [{"household_id": "hh-1", "status": "signed", "date": "yesterday"}],
                                    "decided_on": "30-02-2026"}}}
    result = loads_project(json.dumps(data))
    said = [p.nl for p in result.problems]
    assert any(s.startswith("Bindende overeenkomst van Woning 1 (Lindehof 1), datum: ‘yesterday’ is geen datum; leeg "
                            "gelaten. Vul de datum in bij stap 8") for s in said), said
    assert any(s.startswith("Besluit, datum van het besluit: ‘30-02-2026’ is geen bestaande datum") for s in said), said
    assert result.project.tender.decision.agreements[0].date == ""
    assert result.project.tender.decision.notes == "Datum van het besluit: 30-02-2026"
    assert result.repaired  # the agreement's text has no notes to go to: the window asks before saving over it


def test_the_rule_itself():
    today, start = datetime.date(2026, 12, 1), datetime.date(2025, 3, 1)
    assert signed_date_note(datetime.date(2025, 3, 1), today, start) is None  # signed on the day of the intake
    assert signed_date_note(datetime.date(2025, 2, 28), today, start).en == (
        "Note: 28-02-2025 is before the project started (the date of the intake, 01-03-2025); is the year right?")
    assert signed_date_note(datetime.date(2025, 2, 28), today) is None  # no intake date: nothing to compare with
    assert project_start("1-3-2025") == start and project_start("") is None and project_start("ooit") is None
    assert stored_date("14-3-2025") == ("2025-03-14", None)
    assert stored_date("") == (None, None) and stored_date(None) == (None, None)
    assert stored_date("29-02-2025")[1].nl == "‘29-02-2025’ is geen bestaande datum (die dag is er niet)"
    assert stored_date("29-02-2024") == ("2024-02-29", None)


def test_any_text_where_a_date_belongs_is_a_date_or_a_reason_never_an_exception():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.one_of(st.text(max_size=30), st.integers(), st.floats(), st.none(),
                     st.from_regex(r"\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}", fullmatch=True)))
    def check(value):
        iso, why = stored_date(value)
        if iso is not None:
            assert why is None and stored_date(iso) == (iso, None)  # stored once, read back the same
            assert signed_date_note(iso) is None or signed_date_note(iso).nl.startswith("Let op: ")
        elif why is not None:
            assert why.nl and why.en and "geen" in why.nl

    check()


def test_a_date_written_as_a_number_is_read_as_yyyymmdd_not_refused():
    """A date a program wrote as a JSON number came back as the text '20260915.0': 'geen datum', left empty
    and the file marked repaired (so the commands that write a project refused it). It is the day it plainly
    is, said as for '14-3-2025'."""
    result = loads_project(json.dumps({"format": "minigrid-project", "version": 2, "intake": {"date": 20260915.0},
                                       "households": [{"label": "Huis 1", "gas_m3_per_year": 1500,
                                                       "participation_date": 20261001}]}))
    assert result.project.intake.date == "2026-09-15" and result.project.households[0].participation_date == "2026-10-01"
    said = [p.nl for p in result.problems]
    assert "Intake, datum: ‘20260915’ gelezen als 15-09-2026." in said, said
    assert not result.repaired
    assert stored_date(20260915.0) == ("2026-09-15", None) and stored_date("20260915.0") == ("2026-09-15", None)
    assert stored_date(True)[0] is None  # no number: no date


def test_a_date_cell_read_as_a_number_is_the_day_a_spreadsheet_counts_nonsense_stays_refused():
    """A date cell read as a number (what Excel or LibreOffice gives: 46280) was 'geen datum', left empty. It is
    the day a spreadsheet counts from 30-12-1899: 45992 is 01-12-2025 and 288 days on (31 + 31 + 28 + 31 + 30 +
    31 + 30 + 31 + 31 + 14) is 15-09-2026. Said as the quote workbook says it; a count outside 2000-2099 is no date."""
    result = loads_project(json.dumps({"format": "minigrid-project", "version": 2, "intake": {"date": 46280},
                                       "first_evening": {"date": "46280.0"}, "second_evening": {"date": 12345},
                                       "households": [{"label": "Huis 1", "gas_m3_per_year": 1500}]}))
    project = result.project
    assert (project.intake.date, project.first_evening.date, project.second_evening.date) == ("2026-09-15", "2026-09-15", "")
    said = [p.nl for p in result.problems]
    assert said[0] == ("Intake, datum: het getal 46280; gelezen als de datum die een spreadsheet zo telt: 15-09-2026. "
                       "Pas hem zo nodig aan bij stap 1 (Intake).")
    assert any(text.startswith("Tweede bewonersavond, datum: ‘12345’ is geen datum; leeg gelaten") for text in said), said
    assert stored_date(46280) == stored_date("46280") == ("2026-09-15", None)
    assert stored_date(36525) == (None, stored_date(36525)[1]) and stored_date(73051)[0] is None  # 31-12-1999, 01-01-2100


def test_a_date_and_time_cell_read_as_a_number_is_that_day_said_with_its_time_left_out():
    """A date-and-time cell read as a number counts the time as part of the day: 46280.5 is 15-09-2026 12:00 (the
    count of the test above and half a day), 46280.75 18:00. It was refused ('‘46280.5’ is geen datum; leeg gelaten'),
    as '46280,5' (a Dutch spreadsheet's CSV) was; now the day, said with the time that no project date holds."""
    result = loads_project(json.dumps({"format": "minigrid-project", "version": 2, "intake": {"date": 46280.5},
                                       "first_evening": {"date": "46280,75"}, "second_evening": {"date": 36525.5},
                                       "households": [{"label": "Huis 1", "gas_m3_per_year": 1500,
                                                       "participation_date": "46281.9999"}]}))
    project = result.project
    assert (project.intake.date, project.first_evening.date, project.second_evening.date) == ("2026-09-15", "2026-09-15", "")
    assert project.households[0].participation_date == "2026-09-16"
    said = [p.nl for p in result.problems]
    assert said[0] == ("Intake, datum: het getal 46280,5; gelezen als de datum die een spreadsheet zo telt: 15-09-2026 "
                       "(de tijd, 12:00, weggelaten). Pas hem zo nodig aan bij stap 1 (Intake).")
    assert said[1].startswith("Eerste bewonersavond, datum: het getal 46280,75; gelezen als de datum die een spreadsheet "
                              "zo telt: 15-09-2026 (de tijd, 18:00, weggelaten)."), said
    assert any("het getal 46281,9999; gelezen als de datum die een spreadsheet zo telt: 16-09-2026 (de tijd, 23:59, "
               "weggelaten)" in text for text in said), said  # 23:59:51, as a clock shows it
    assert any(text.startswith("Tweede bewonersavond, datum: ‘36525.5’ is geen datum") for text in said), said  # 1999
    assert [p.en for p in result.problems][0].startswith("Intake, date: the number 46280.5; read as the date a "
                                                         "spreadsheet counts so: 15-09-2026 (the time, 12:00, left out).")
    assert not result.repaired


def test_any_number_in_a_spreadsheets_years_is_the_day_it_counts_to():
    """Independent route: a count of whole days since 30-12-1899 and a time of day in whole seconds."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @given(st.integers(36526, 73050), st.integers(0, 86399))
    @settings(max_examples=200, deadline=None)
    def check(days, seconds):
        day = (datetime.date(1899, 12, 30) + datetime.timedelta(days=days)).isoformat()
        number = days + seconds / 86400
        assert stored_date(number) == stored_date(repr(number).replace(".", ",")) == (day, None)
        said = serial_note(datetime.date.fromisoformat(day), number).nl
        time = f"(de tijd, {seconds // 3600:02d}:{seconds % 3600 // 60:02d}, weggelaten)"
        assert said.endswith(f"{day[8:]}-{day[5:7]}-{day[:4]} {time}" if seconds else day[8:] + day[4:8] + day[:4]), said

    check()


def test_a_quotes_dates_written_as_dates_are_checked_free_text_is_kept():
    """A quote's dates loaded without a word: '31-02-2026' (no such day), a quote dated years ahead or valid
    for decades. They are said as the project's own dates are, and kept as written; '3 maanden na
    dagtekening' stays as the supplier wrote it, unsaid here (step 8 says it cannot be checked)."""
    ahead = (datetime.date.today() + datetime.timedelta(days=400)).isoformat()
    quotes = [{"supplier": "Boor & Zn", "date": "31-02-2026", "valid_until": "3 maanden na dagtekening"},
              {"supplier": "Warmte BV", "date": "1-3-2026", "valid_until": "2036-03-01"},
              {"supplier": "Bron", "date": ahead, "valid_until": "1899-12-31"},
              {"supplier": "Goed", "date": "2026-03-01", "valid_until": "2026-06-01"}]
    result = _loaded([{}], tender={"quotes": quotes})
    kept = [(q.date, q.valid_until) for q in result.project.tender.quotes]
    assert kept == [("31-02-2026", "3 maanden na dagtekening"), ("2026-03-01", "2036-03-01"), (ahead, "1899-12-31"),
                    ("2026-03-01", "2026-06-01")]
    said = [p.nl for p in result.problems]
    assert said == [
        "Offerte 1 (Boor & Zn), datum: ‘31-02-2026’ is geen bestaande datum (die dag is er niet); zo bewaard. Vraag de "
        "aanbieder welke datum bedoeld is.",
        "Offerte 2 (Warmte BV), datum: ‘1-3-2026’ gelezen als 01-03-2026.",
        "Offerte 2 (Warmte BV), geldig tot: 01-03-2036 ligt ver in de toekomst voor een offerte; klopt het jaar? Vraag "
        "het zo nodig na bij de aanbieder.",
        f"Offerte 3 (Bron), datum: {ahead[8:]}-{ahead[5:7]}-{ahead[:4]} ligt in de toekomst; klopt het jaar? Vraag het "
        "zo nodig na bij de aanbieder.",
        "Offerte 3 (Bron), geldig tot: 31-12-1899 ligt ver in het verleden; klopt het jaar? Vraag het zo nodig na bij "
        "de aanbieder.",
    ]
    assert not result.repaired
    assert result.problems[0].en == ("Quote 1 (Boor & Zn), date: ‘31-02-2026’ is not a date that exists (there is no "
                                     "such day); kept as written. Ask the supplier which date is meant.")
