"""A column pasted into the homes' table is read in the notation its figures can only mean, as a survey's is.

Pasting an English spreadsheet's gas use ('1,450', '2,100', '1,180') said 'can mean 1.45 m³ or 1,450 m³;
1,450 m³ assumed: check it' of every cell (a year's use of 1,45 m³ is none); a survey's column is read
the English way then (core.column_notation), and now so is a pasted one. One such figure, or a Dutch
one beside it, still asks.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.core.model import Household, Project
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.models.households_model import COL_GAS, HouseholdsModel
from minigrid_app.ui.services.tasks import SyncRunner


@pytest.fixture
def model(qtbot):
    document = ProjectDocument(Project(households=[Household(label=f"nr. {i}") for i in (1, 3, 5)]), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    yield HouseholdsModel(document)
    document.recompute_now()  # its debounce timer stopped before it goes


def _pasted(model, cells: list[str]) -> tuple[list, str]:
    said: list[str] = []
    model.inputNoted.connect(said.append)
    model.paste_text("\n".join(cells), 0, COL_GAS)
    return [h.gas_m3_per_year for h in model.document.project.households], "\n".join(said)


def test_a_pasted_column_plausible_only_in_english_is_read_in_english(model):
    gas, said = _pasted(model, ["1,450", "2,100", "1,180"])
    assert gas == [1450.0, 2100.0, 1180.0]
    assert "can mean" not in said and "check it" not in said and "controleer" not in said


@pytest.mark.parametrize("cells", [["1,450", "2100", "1180"], ["1,450", "2,100", "0,950"]])
def test_one_such_figure_or_a_dutch_one_beside_it_still_asks(model, cells):
    gas, said = _pasted(model, cells)
    assert gas[0] == 1450.0 and ("kan 1,45 m³ of 1.450 m³ betekenen" in said or "can mean 1.45 m³" in said)
