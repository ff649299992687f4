"""A date is read in the forms people write it, and a day that is written is never dropped.

'14-mrt-2025', 'maart 14, 2025' and 'March 14, 2025' were 1 March 2025 without a word, and '14 maart' was
1 March 2014 (14 read as the year): a signing date or an evening's date typed so was stored as another day.
'2025-03-14T10:00' (as programs write it), '14–03–2025' (a word processor's dash), '14-03-2025.' and
'dinsdag 14 maart 2025 om 19.30 uur' were no date.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minigrid_app.core.reading_dates import read_date

TODAY = datetime.date(2026, 12, 2)
MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

#: the forms a day is written in, as people write it by hand, in a form or in another program
FORMS = (
    lambda d: f"{d.day}-{d.month}-{d.year}",
    lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    lambda d: f"{d.day}/{d.month}/{d.year}",
    lambda d: f"{d.day}.{d.month}.{d.year % 100:02d}",
    lambda d: f"{d.day}-{d.month}-'{d.year % 100:02d}",
    lambda d: f"{d.day:02d}\u2013{d.month:02d}\u2013{d.year}",
    lambda d: f"{d.day} - {d.month} - {d.year}",
    lambda d: f"{d.day:02d} {d.month:02d} {d.year}",
    lambda d: f"{d.day}-{d.month}-{d.year}.",
    lambda d: d.isoformat(),
    lambda d: f"{d.isoformat()}T10:00:00",
    lambda d: d.strftime("%Y%m%d"),
    lambda d: f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}",
    lambda d: f"{d.day} {MONTHS_NL[d.month - 1][:3]}. {d.year}",
    lambda d: f"{d.day}-{MONTHS_NL[d.month - 1][:3]}-{d.year}",
    lambda d: f"{d.day}e {MONTHS_NL[d.month - 1]} {d.year}",
    lambda d: f"{WEEKDAYS_NL[d.weekday()]} {d.day} {MONTHS_NL[d.month - 1]} {d.year} om 19.30 uur",
    lambda d: f"{d.day} {MONTHS_NL[d.month - 1]} '{d.year % 100:02d}",
    lambda d: f"{MONTHS_NL[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{MONTHS_EN[d.month - 1][:3]} {d.day} {d.year} 7:30 p.m.",
    lambda d: f"{d.day}th {MONTHS_EN[d.month - 1]} {d.year}",
)


@pytest.mark.parametrize("form", range(len(FORMS)))
def test_every_form_of_a_day_is_that_day(form):
    @given(st.dates(datetime.date(2000, 1, 1), datetime.date(2045, 12, 31)))
    @settings(max_examples=60, deadline=None)
    def check(day):
        text = FORMS[form](day)
        assert read_date(text, TODAY) == day, text

    check()


@pytest.mark.parametrize("text", ["14 maart", "14 mrt", "14/3", "2-12", "maart 14", "14 juli 2025 (avond)",
                                  "14 15 maart 2025", "maart april 2025"])
def test_a_date_that_lacks_its_year_or_holds_other_words_is_no_date(text):
    assert read_date(text, TODAY) is None


def test_a_month_and_year_alone_is_its_first_day_as_before():
    assert read_date("jan 2023", TODAY) == datetime.date(2023, 1, 1)
    assert read_date("mrt-23", TODAY) == datetime.date(2023, 3, 1)
