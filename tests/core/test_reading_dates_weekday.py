"""A weekday written with a date is read and checked: 'do 12-03-2026' was no date (a weekday before figures), and
'dinsdag 12 maart 2026' (12 March 2026 is a Thursday) was taken as 12 March without a word, though the evening
may well be on Tuesday the 10th. Found by the breaker, session 17."""

from __future__ import annotations

import datetime

import pytest

from minigrid_app.core.reading_dates import read_date

TODAY = datetime.date(2026, 12, 2)
THURSDAY = datetime.date(2026, 3, 12)


@pytest.mark.parametrize("typed", ["do 12-03-2026", "donderdag 12-3-2026", "Do. 12/03/2026", "donderdag, 12-03-2026",
                                   "thu 12-03-2026", "Thursday 12.03.2026", "donderdag 12 maart 2026",
                                   "12-03-2026 (donderdag)", "do 12-03-2026 om 19.30 uur"])
def test_a_date_with_its_weekday_is_that_day(typed):
    assert read_date(typed, TODAY) == THURSDAY


@pytest.mark.parametrize("typed", ["dinsdag 12 maart 2026", "di 12-03-2026", "tuesday 12/03/2026",
                                   "12-03-2026 (dinsdag)", "di do 12-03-2026"])
def test_a_weekday_the_date_does_not_fall_on_is_no_date(typed):
    assert read_date(typed, TODAY) is None
