"""What importing a survey comes to is decided once (io/survey/outcome.py); the command line and the
dialog only show it. Was: the 500-home limit, doubtful rows and a monthly history's year's use decided
in cli.py and again in the import dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from minigrid_app.core.model import Household
from minigrid_app.io.survey import (
    home_named,
    import_outcome,
    monthly_outcome,
    read_survey,
    survey_report,
)

CASES = Path(__file__).parent.parent / "data" / "cases"


@pytest.fixture
def survey(tmp_path):
    path = tmp_path / "enquete.csv"
    # A and C are ok; B's 'jaren 90' and D's missing gas use are doubtful
    path.write_text("Naam;Gasverbruik;Bouwjaar\nA;1200;1990\nB;1100;jaren 90\nC;900;1985\nD;;1980\n", encoding="utf-8")
    _, plan = read_survey(path)
    return plan, survey_report(plan, [])


def test_ok_rows_are_taken_doubtful_ones_when_asked(survey):
    plan, report = survey
    outcome = import_outcome(plan, report, 0)
    assert [h.label for h in outcome.households] == ["A", "C"]
    assert (outcome.wanted, outcome.doubtful_left, outcome.refused, outcome.too_many) == (2, 2, 0, False)
    outcome = import_outcome(plan, report, 0, include_doubtful=True)
    assert [h.label for h in outcome.households] == ["A", "B", "C", "D"] and outcome.doubtful_left == 0


def test_nothing_is_added_past_the_projects_limit_of_500_homes(survey):
    plan, report = survey
    assert import_outcome(plan, report, 498).households  # 498 + 2 = 500: at the limit
    over = import_outcome(plan, report, 499)  # 499 + 2 = 501
    assert over.too_many and over.households == [] and (over.wanted, over.limit) == (2, 500)
    # with the doubtful rows: 497 + 4 = 501 is too many, 496 + 4 = 500 is not
    assert import_outcome(plan, report, 497, include_doubtful=True).too_many
    assert not import_outcome(plan, report, 496, include_doubtful=True).too_many


def test_a_file_with_no_column_recognised_is_said(tmp_path):
    path = tmp_path / "iets.csv"
    path.write_text("foo;bar\nx;y\nz;w\n", encoding="utf-8")
    _, plan = read_survey(path)
    assert not import_outcome(plan, survey_report(plan, []), 0).recognised


def test_one_homes_monthly_history_gives_its_years_use():
    _, plan = read_survey(CASES / "one-home-monthly-export.csv")
    monthly = monthly_outcome(plan, "export.csv")
    assert monthly.year_m3 == 1257.0  # the twelve months of the export added up (tests/ui/test_import_dialog.py)
    assert monthly.problem.nl.startswith("export.csv is het gasverbruik per maand van één woning")
    plan.choose("gas_m3_per_year", plan.monthly.gas_column)  # columns chosen: read as a survey
    assert monthly_outcome(plan, "export.csv") is None


def test_a_home_is_found_by_its_name_as_people_type_it_again():
    homes = [Household(label="Lindehof 1"), Household(label="Lindehof 12")]
    assert home_named(homes, " lindehof  1") is homes[0]
    assert home_named(homes, "Lindehof 2") is None
