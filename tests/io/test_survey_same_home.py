"""One home written two ways in a survey is said as the same home (it was imported twice without a word).

'Lindehof 1 A' after 'Lindehof 1a' was no duplicate, while 'Lindehof 1-A' after 'Lindehof 1 A' was:
the key was the words of the label, so a space between number and letter made another home.
"""

from __future__ import annotations

import datetime

import pytest

from minigrid_app.core.model import Household
from minigrid_app.io.survey import DOUBTFUL, KNOWN, OK, choose_columns, convert, read_table
from minigrid_app.io.survey.convert import home_key


@pytest.mark.parametrize(("first", "second", "same"), [
    ("Lindehof 1a", "Lindehof 1 A", True),
    ("Lindehof 1a", "lindehof 1-a", True),
    ("Lindehof 1", "Lindehof nr. 1", True),
    ("Lindehof 1", "Lindehof 1a", False),
    ("Lindehof 1a", "Lindehof 1b", False),
    ("Lindehof 18-2", "Lindehof 18 2", True),
    ("Lindehof 18-2", "Lindehof 182", False),
    ("Hof A", "Hof a", True),
    ("Lindehof 8", "Lindehof 08", True),  # was two homes: a zero in front
    ("Lindehof 8", "Lindehof 80", False),
    ("Lindehof 108", "Lindehof 18", False),
])
def test_home_key(first, second, same):
    assert (home_key(first) == home_key(second)) == same


def test_one_home_written_two_ways_is_said_in_the_import(tmp_path):
    path = tmp_path / "enquete.csv"
    path.write_text("Adres;Huisnr;Gasverbruik (m3)\nLindehof;1a;1400\nLindehof;1 A;1450\nLindehof;2;1500\n", encoding="utf-8")
    table = read_table(path)
    plan = choose_columns(table, today=datetime.date(2025, 6, 1))
    report = convert(plan.table, plan.mapping(), existing=[Household(label="Lindehof nr. 2")])
    assert [row.status for row in report.rows] == [OK, DOUBTFUL, KNOWN]
    assert "ook op rij 2" in report.rows[1].problems[0].nl
    assert "staat al in het project" in report.rows[2].problems[0].nl
