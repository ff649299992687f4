"""An empty cell in a paste says nothing about a yes/no, a house type or a name, and a tab at the end of every line
is no column: pasting '1.500<tab>' on a home's gas use (a web page's, a PDF's or a form's copy) made its 'kookt op
gas' nee, and a row with an empty house type made a vrijstaande woning a tussenwoning, without a word.
Found by the breaker, session 17.
"""

from __future__ import annotations

import pytest

from minigrid_app.io.examples import load_example
from minigrid_app.ui.models.households_model import (
    COL_GAS,
    COL_LABEL,
    HouseholdsModel,
    split_clipboard,
)


@pytest.fixture
def model(quick_document):
    return HouseholdsModel(quick_document(load_example("hofje-8")))


def test_a_tab_at_the_end_of_every_line_is_no_column():
    assert split_clipboard("1.500\t\n1.600\u00a0\t\n") == [["1.500"], ["1.600\u00a0"]]
    assert split_clipboard("a\tb\t\nc\t\t\n") == [["a", "b"], ["c", ""]]
    assert split_clipboard("a\t\tb\n") == [["a", "", "b"]]  # an empty cell between is kept


def test_a_trailing_tab_leaves_the_next_column_as_it_was(model):
    homes = model.document.project.households
    homes[1].cooks_on_gas = True
    model.paste_text("1.500\t\n1.600\u00a0\t\n", 0, COL_GAS)
    assert [homes[0].gas_m3_per_year, homes[1].gas_m3_per_year] == [1500, 1600]
    assert homes[0].cooks_on_gas and homes[1].cooks_on_gas


def test_an_empty_cell_leaves_a_yes_no_a_house_type_and_a_name_as_they_were(model):
    home = model.document.project.households[0]
    home.house_type, home.cooks_on_gas, label = "vrijstaand", True, home.label
    model.paste_text("\t\t\t1980\t\t\t\t\t\t\t\t\t\t\n", 0, COL_LABEL)
    home = model.document.project.households[0]  # the paste's copy
    assert (home.label, home.house_type, home.build_year, home.cooks_on_gas) == (label, "vrijstaand", 1980, True)
