"""The households table model, without a window: add, remove, move, edit, paste, validation, undo."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from minigrid_app.core.model import Household, Project
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.models.households_model import (
    COL_COOKS,
    COL_GAS,
    COL_INSULATION,
    COL_LABEL,
    COL_NOTES,
    COL_TYPE,
    PROBLEMS_ROLE,
    HouseholdsModel,
    InputError,
    parse_quantity,
)
from minigrid_app.ui.services.tasks import SyncRunner


@pytest.fixture
def model(qtbot):
    project = Project(households=[Household(label="nr. 1", gas_m3_per_year=1200.0), Household(label="nr. 3", gas_m3_per_year=900.0)])
    document = ProjectDocument(project, runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    yield HouseholdsModel(document)
    # stop the debounce timer before the document becomes garbage: Python may free it on a
    # worker thread (chart rendering), where Qt cannot unregister a running timer
    document.recompute_now()


def labels(model):
    return [h.label for h in model.document.project.households]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.180", 1180.0),  # Dutch thousands separator
        ("1200 m3", 1200.0),
        ("1.200 m³", 1200.0),
        ("0,5", 0.5),
        ("1.234,5", 1234.5),
        ("1500m3", 1500.0),
        ("  ", None),
        ("35 °C", 35.0),
    ],
)
def test_parse_quantity_dutch_formats(text, expected):
    assert parse_quantity(text) == expected


def test_parse_quantity_refuses_words():
    with pytest.raises(InputError) as caught:
        parse_quantity("veel")
    assert "geen getal" in caught.value.problem.nl


def test_add_remove_and_undo(model):
    document = model.document
    new_id = model.add_household()
    assert model.rowCount() == 3
    assert labels(model) == ["nr. 1", "nr. 3", "Woning 3"]
    assert model.index(2, COL_LABEL).data() == "Woning 3"
    model.remove_rows([0, 2])
    assert labels(model) == ["nr. 3"]
    document.undo_stack.undo()
    assert labels(model) == ["nr. 1", "nr. 3", "Woning 3"]
    assert document.project.households[2].id == new_id
    document.undo_stack.undo()
    assert model.rowCount() == 2
    document.undo_stack.redo()
    assert model.rowCount() == 3


def test_move_up_and_down(model):
    model.add_household(Household(label="nr. 5", gas_m3_per_year=1000.0))
    assert model.move_row(2, -1)
    assert labels(model) == ["nr. 1", "nr. 5", "nr. 3"]
    assert not model.move_row(0, -1)  # already at the top
    assert not model.move_row(2, 1)  # already at the bottom
    model.document.undo_stack.undo()
    assert labels(model) == ["nr. 1", "nr. 3", "nr. 5"]


def test_edit_in_place_reads_dutch_numbers_and_is_undoable(model):
    assert model.setData(model.index(0, COL_GAS), "1.450")
    assert model.document.project.households[0].gas_m3_per_year == 1450.0
    assert model.index(0, COL_GAS).data() == "1.450"
    assert model.setData(model.index(0, COL_INSULATION), "20 %")
    assert model.document.project.households[0].insulation_savings == pytest.approx(0.20)
    assert model.index(0, COL_INSULATION).data() == "20 %"
    assert model.setData(model.index(1, COL_COOKS), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.document.project.households[1].cooks_on_gas is False
    assert model.setData(model.index(1, COL_TYPE), "2-onder-1-kap")
    assert model.document.project.households[1].house_type == "twee-onder-een-kap"
    stack = model.document.undo_stack
    assert stack.count() == 4
    stack.undo()
    stack.undo()
    stack.undo()
    stack.undo()
    assert model.document.project.households[0].gas_m3_per_year == 1200.0
    assert model.document.project.households[0].insulation_savings == 0.0


def test_unreadable_input_refused_with_dutch_message(model, qtbot):
    with qtbot.waitSignal(model.inputRefused) as blocker:
        assert not model.setData(model.index(0, COL_GAS), "veel")
    assert "geen getal" in blocker.args[0]
    assert "nr. 1" in blocker.args[0]
    assert model.document.project.households[0].gas_m3_per_year == 1200.0
    assert model.document.undo_stack.count() == 0
    assert not model.setData(model.index(0, COL_TYPE), "kasteel")


def test_validation_marks_cell_in_plain_dutch(model):
    assert model.setData(model.index(0, COL_GAS), "")  # missing: marked, not forbidden
    assert model.document.project.households[0].gas_m3_per_year is None
    problems = model.index(0, COL_GAS).data(PROBLEMS_ROLE)
    assert len(problems) == 1 and problems[0].is_error
    assert "gasverbruik ontbreekt" in model.index(0, COL_GAS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, COL_GAS).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, COL_GAS).data(Qt.ItemDataRole.DecorationRole) is not None  # icon, not colour alone
    assert model.index(1, COL_GAS).data(PROBLEMS_ROLE) == []
    assert model.setData(model.index(0, COL_GAS), "45.000")  # a meter reading: kept, but flagged
    assert "meterstand" in model.index(0, COL_GAS).data(Qt.ItemDataRole.ToolTipRole)


def test_paste_spreadsheet_rows_one_undo_step(model):
    text = "Naam\tAdres\tType\tBouwjaar\tOppervlak\tGas\r\nnr. 5\tDorpsstraat 5\thoekwoning\t1975\t110\t1.180\r\nnr. 7\t\ttussenwoning\t1980\t\t1200 m3\r\n"
    messages = model.paste_text(text, row=model.rowCount(), column=0)
    assert messages == []
    assert labels(model) == ["nr. 1", "nr. 3", "nr. 5", "nr. 7"]
    fifth = model.document.project.households[2]
    assert (fifth.address, fifth.house_type, fifth.build_year, fifth.floor_area_m2, fifth.gas_m3_per_year) == (
        "Dorpsstraat 5", "hoekwoning", 1975, 110.0, 1180.0,
    )
    assert model.document.project.households[3].gas_m3_per_year == 1200.0
    assert model.document.undo_stack.count() == 1
    model.document.undo_stack.undo()
    assert labels(model) == ["nr. 1", "nr. 3"]


def test_no_answer_empties_the_cell_as_the_survey_import_does(model):
    # "weet niet" and "?" mean no answer in every entry path: the gas use is missing (marked)
    assert model.setData(model.index(0, COL_GAS), "weet niet")
    assert model.document.project.households[0].gas_m3_per_year is None
    model.paste_text("?\n", row=1, column=COL_GAS)
    assert model.document.project.households[1].gas_m3_per_year is None


def test_paste_over_existing_cells_reports_unreadable_ones(model):
    messages = model.paste_text("1.300\nveel\n", row=0, column=COL_GAS)
    assert model.document.project.households[0].gas_m3_per_year == 1300.0
    assert model.document.project.households[1].gas_m3_per_year == 900.0  # left as it was
    assert len(messages) == 1 and "Rij 2" in messages[0] and "geen getal" in messages[0]


def test_copy_text_round_trips_through_paste(model):
    text = model.copy_text([0, 1])
    before = [(h.label, h.gas_m3_per_year, h.cooks_on_gas) for h in model.document.project.households]
    model.paste_text(text, row=2, column=0)
    after = [(h.label, h.gas_m3_per_year, h.cooks_on_gas) for h in model.document.project.households[2:]]
    assert after == before


@pytest.fixture
def four(qtbot):
    project = Project(households=[Household(label=f"nr. {i}", gas_m3_per_year=1000.0 + i) for i in range(1, 5)])
    document = ProjectDocument(project, runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    yield HouseholdsModel(document)
    document.recompute_now()


def test_an_empty_cell_in_a_pasted_column_keeps_the_rows_below_in_place(four):
    # a column copied from a spreadsheet with one home left empty
    four.paste_text("1450\n\n1300\n", row=0, column=COL_GAS)
    # before: 1300 landed on nr. 2 (the empty line was dropped and the rows moved up)
    assert [h.gas_m3_per_year for h in four.document.project.households] == [1450.0, 1002.0, 1300.0, 1004.0]


def test_a_cell_with_a_line_break_stays_one_cell(four):
    # Excel and LibreOffice put a cell with a line break in quotes on the clipboard
    text = 'A\t"Kerkstraat\n3"\t\t\t\t1200\nB\tKerkstraat 5\t\t\t\t1300\n'
    messages = four.paste_text(text, row=0, column=COL_LABEL)
    homes = four.document.project.households
    # before: the address was cut in two and the rest of the row shifted onto the next home
    assert [(h.label, h.address, h.gas_m3_per_year) for h in homes[:3]] == [
        ("A", "Kerkstraat 3", 1200.0), ("B", "Kerkstraat 5", 1300.0), ("nr. 3", "", 1003.0)]
    assert messages == []
    four.paste_text('"eerste regel\ntweede regel"\n', row=3, column=COL_NOTES)
    assert homes[3].notes == "eerste regel\ntweede regel"


def test_copied_rows_with_a_multi_line_remark_paste_back(four):
    four.setData(four.index(0, COL_NOTES), "regel een\nregel twee")
    four.paste_text(four.copy_text([0]), row=1, column=0)
    assert four.document.project.households[1].notes == "regel een\nregel twee"
    assert four.document.project.households[2].label == "nr. 3"  # nothing spilled onto the next row


def test_pasted_columns_follow_their_titles(four):
    text = "Naam\tGasverbruik (m3)\tBouwjaar\nA\t1450\t1972\nB\t1300\t1980\n"
    messages = four.paste_text(text, row=0, column=COL_LABEL)
    homes = four.document.project.households
    # before: the gas use went into the address column and the build year into the house type
    assert [(h.label, h.address, h.gas_m3_per_year, h.build_year) for h in homes[:2]] == [
        ("A", "", 1450.0, 1972), ("B", "", 1300.0, 1980)]
    assert messages == []
    messages = four.paste_text("Naam\tKleur\nC\tblauw\n", row=2, column=COL_LABEL)
    assert homes[2].label == "C"
    assert len(messages) == 1 and "Kleur" in messages[0]


def test_pasted_short_titles_find_the_column_that_holds_their_words(four):
    # a resident's sheet says "Afstand", "Ketel", "Oppervlak", "Type" where the table says
    # "Afstand volgende (m)", "Leeftijd cv-ketel", "Oppervlak (m²)", "Type woning"
    text = "Woning\tType\tOppervlak\tAfstand\tKetel\nA\thoekwoning\t120\t7 m\t12\n"
    messages = four.paste_text(text, row=0, column=COL_LABEL)
    home = four.document.project.households[0]
    assert (home.label, home.house_type, home.floor_area_m2, home.distance_to_next_m, home.boiler_age_years) == (
        "A", "hoekwoning", 120.0, 7.0, 12.0)
    assert messages == []
    # a title with a word no column holds is said, not guessed
    messages = four.paste_text("Woning\tAfstand tot buren\nB\t9\n", row=1, column=COL_LABEL)
    assert four.document.project.households[1].distance_to_next_m != 9.0
    assert len(messages) == 1 and "Afstand tot buren" in messages[0]


def test_a_cell_opened_and_left_keeps_its_figure(model):
    """The edit text had one decimal: opening a cell and leaving it with Tab (the editor commits its text) turned
    1.400,55 m³ into 1.400,5, 118,456 m² into 118,5, 7,25 m into 7,2 and 12,34 % into 12,3 %; a copy did the same."""
    from minigrid_app.ui.models.households_model import COLUMN_OF_FIELD

    figures = {"gas_m3_per_year": 1400.55, "floor_area_m2": 118.456, "distance_to_next_m": 7.25, "insulation_savings": 0.1234}
    home = model.document.project.households[0]
    for field_name, value in figures.items():
        setattr(home, field_name, value)
    shown = {"gas_m3_per_year": "1.400,55", "floor_area_m2": "118,456", "distance_to_next_m": "7,25", "insulation_savings": "12,34 %"}
    for field_name, value in figures.items():
        index = model.index(0, COLUMN_OF_FIELD[field_name])
        text = model.data(index, Qt.ItemDataRole.EditRole)
        assert text == shown[field_name]
        assert model.setData(index, text, Qt.ItemDataRole.EditRole)
        assert getattr(model.document.project.households[0], field_name) == pytest.approx(value, abs=1e-12)


def test_a_technical_cell_opened_and_left_keeps_its_figure(model):
    """Step 3's table: the edit text had 0 or 1 decimal (€ 2.499,995 went back as 2.500, 20,45 m as 20,4), and a
    distance of 20,4 m showed as '⚠ 20 m (ver)' past a limit of 20 m."""
    from minigrid_app.ui.models.households_tech_model import (
        COL_DISTANCE,
        COL_LT,
        COL_SUPPLY,
        HouseholdsTechModel,
    )

    tech = HouseholdsTechModel(model.document)
    home = model.document.project.households[0]
    home.supply_temp_c, home.lt_measures_cost_eur, home.distance_to_next_m = 45.25, 2499.995, 20.45
    for column, field_name, text in ((COL_SUPPLY, "supply_temp_c", "45,25"), (COL_LT, "lt_measures_cost_eur", "2.499,995"),
                                     (COL_DISTANCE, "distance_to_next_m", "20,45")):
        before = getattr(home, field_name)
        index = tech.index(0, column)
        assert tech.data(index, Qt.ItemDataRole.EditRole) == text
        assert tech.setData(index, text)
        assert getattr(model.document.project.households[0], field_name) == before
    assert tech.data(tech.index(0, COL_DISTANCE), Qt.ItemDataRole.DisplayRole).startswith("20,45 m")


def test_a_home_pasted_twice_is_marked_at_its_name(model):
    # was: the same home pasted again counted twice in the group without a word
    model.paste_text("Naam\tGas\r\nnr. 01\t1200\r\n", row=model.rowCount(), column=0)
    problems = model.index(2, COL_LABEL).data(PROBLEMS_ROLE)
    assert [p.nl for p in problems] == [
        "nr. 01 staat twee keer in het project (ook als ‘nr. 1’, woning 1); is het dezelfde woning? Dan telt ze dubbel "
        "mee: verwijder er een."]
    assert problems[0].severity == "warning" and model.index(0, COL_LABEL).data(PROBLEMS_ROLE) == []
    assert model.setData(model.index(2, COL_LABEL), "nr. 5")  # renamed: no longer the same
    assert model.index(2, COL_LABEL).data(PROBLEMS_ROLE) == []
