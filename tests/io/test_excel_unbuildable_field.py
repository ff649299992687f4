"""A borefield that cannot be built is 'niet mogelijk' in the workbook's Bron sheet, with its reason, and costs nothing.

Failed before on cases/limit-above-ground.minigrid: each field row had 0 boreholes, 0 m, a lowest
fluid temperature of 7 °C (the ground's) and cost formulas that came to € 2.500 (the drilling
site) per own field and € 7.600 for the shared one, next to 'Totaal volgens Minigrid € 0'; each
home's share carried the shared upkeep of a field that is not there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.io.excel import build_workbook
from minigrid_app.io.projectfile import load_project
from tests.io.excel_helpers import read_table

CASE = Path(__file__).resolve().parents[1] / "data" / "cases" / "limit-above-ground.minigrid"


@pytest.fixture(scope="module")
def bron():
    project = load_project(CASE).project
    results = compute_project(project, break_even=False, sensitivity=False)
    assert not any(field.sizing.feasible for field in results.fields)
    return build_workbook(project, results)["Bron"]


def test_a_field_that_cannot_be_built_is_said_with_its_reason_and_no_cost(bron):
    headers, rows = read_table(bron)
    assert len(rows) == 5
    for row in rows:
        cell = {name: row[column - 1] for name, column in headers.items()}
        assert cell["Soort"].endswith("bodemlus: niet mogelijk")
        assert "kan niet" in cell["Plaats van de boorgaten (x langs de straat; y: + tuin, − straatkant) m"]
        for name in ("Boorgaten", "Diepte per boorgat m", "Totale lengte m", "Laagste vloeistof-temperatuur °C",
                     "Boorlocatie €", "Boren en bodemlus €", "Onderhoud gedeeld deel €/jaar"):
            assert cell[name] is None, name  # was 0, 0, 0, 7, '=drilling_site_eur', …
        assert cell["Totaal volgens Minigrid € (controle)"] == 0


def test_no_home_carries_a_share_of_a_field_that_cannot_be_built(bron):
    shares = [row for row in bron.iter_rows(values_only=True) if row[2] == "bodemveld niet mogelijk"]
    assert len(shares) == 8  # four homes in the shared field, one in each own field
    assert all(value is None for row in shares for value in row[3:])  # was the shared upkeep as a formula
