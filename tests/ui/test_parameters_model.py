"""The assumptions table model, tested without a window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from minigrid_app.core.model import Project
from minigrid_app.io.defaults import bundled_defaults as default_parameters
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.models.parameters_model import (
    CHANGED_ROLE,
    COL_DEFAULT,
    COL_SOURCE,
    COL_UNIT,
    COL_VALUE,
    COL_YEAR,
    ParametersModel,
    parse_number,
)
from minigrid_app.ui.services.tasks import SyncRunner


@pytest.fixture
def model(qapp):
    document = ProjectDocument(Project(), runner=SyncRunner())
    document.full_analysis = False
    return ParametersModel(document)


def test_every_parameter_listed_with_unit_source_year(model):
    keys = [key for kind, key in model.rows if kind == "param"]
    assert sorted(keys) == sorted(default_parameters())
    row = model.row_of("gas_price_eur_m3")
    assert model.index(row, COL_UNIT).data() == "€/m³"
    source = model.index(row, COL_SOURCE)
    assert "Witteveen+Bos" in source.data() and "Belastingdienst" in source.data()
    assert "Gecontroleerd op 30-11-2026" in source.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, COL_YEAR).data() == "2026"
    assert model.index(row, COL_VALUE).data() == "1,37"
    assert model.index(0, 0).data() == "Warmtevraag"  # group header
    assert not (model.flags(model.index(0, COL_VALUE)) & Qt.ItemFlag.ItemIsEditable)
    assert model.flags(model.index(row, COL_VALUE)) & Qt.ItemFlag.ItemIsEditable


def test_edit_marks_changed_and_undoes(model):
    row = model.row_of("gas_price_eur_m3")
    index = model.index(row, COL_VALUE)
    assert model.setData(index, "1,50")
    assert model.document.project.parameter_overrides == {"gas_price_eur_m3": 1.5}
    assert index.data(CHANGED_ROLE) is True
    assert model.index(row, COL_DEFAULT).data() == "1,37 (aangepast)"
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    model.document.undo_stack.undo()
    assert model.document.project.parameter_overrides == {}
    assert index.data(CHANGED_ROLE) is False


def test_invalid_values_refused_with_a_reason(model, qtbot):
    row = model.row_of("loan_rate")
    with qtbot.waitSignal(model.validationFailed) as blocker:
        assert not model.setData(model.index(row, COL_VALUE), "veel")
    assert "geen getal" in blocker.args[0]
    with qtbot.waitSignal(model.validationFailed) as blocker:
        assert not model.setData(model.index(row, COL_VALUE), "5")
    assert "buiten het toegestane bereik" in blocker.args[0]
    assert model.document.project.parameter_overrides == {}
    assert model.document.undo_stack.count() == 0


def test_reset_one_and_all(model):
    model.set_value("gas_price_eur_m3", 1.5)
    model.set_value("horizon_years", "30")
    assert set(model.changed_keys()) == {"gas_price_eur_m3", "horizon_years"}
    model.reset("gas_price_eur_m3")
    assert model.changed_keys() == ["horizon_years"]
    model.reset_all()
    assert model.changed_keys() == []
    model.document.undo_stack.undo()
    assert model.changed_keys() == ["horizon_years"]


def test_series_parameter_edit(model):
    row = model.row_of("monthly_outdoor_temp_c")
    text = model.index(row, COL_VALUE).data()
    assert text.count(";") == 11
    changed = text.replace("3,6", "2,6", 1)
    assert model.setData(model.index(row, COL_VALUE), changed)
    assert model.document.project.parameter_overrides["monthly_outdoor_temp_c"][0] == 2.6


def test_setting_the_default_value_clears_the_override(model):
    model.set_value("gas_price_eur_m3", 1.5)
    model.set_value("gas_price_eur_m3", "1,37")  # the default
    assert model.document.project.parameter_overrides == {}


@pytest.mark.parametrize(
    ("text", "value"), [("1,34", 1.34), ("0.26", 0.26), ("1.500", 1500), ("1.234,5", 1234.5), ("€ 2 200", 2200), ("-1,5", -1.5)]
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


def test_an_ambiguous_number_is_read_by_the_range_of_the_assumption_and_said(model, qtbot):
    """"1,450" for the gas price: 1,45 or 1450 €/m³? Only 1,45 is in the range: taken, and said (issue 11)."""
    with qtbot.waitSignal(model.inputNoted) as blocker:
        assert model.set_value("gas_price_eur_m3", "1,450")
    assert model.document.project.parameter_overrides["gas_price_eur_m3"] == 1.45
    assert "‘1,450’ kan 1,45" in blocker.args[0] and "controleer het" in blocker.args[0]
    # a number that fits both readings is asked for, not guessed
    with qtbot.waitSignal(model.validationFailed) as blocker:
        assert not model.set_value("dhw_per_household_kwh", "1,500")
    assert "zonder punt of komma" in blocker.args[0]
    # a unit that is not the assumption's own is refused; a percentage of a fraction is divided
    assert not model.set_value("gas_price_eur_m3", "1,34 kWh")
    assert model.set_value("loan_rate", "5 %") and model.document.project.parameter_overrides["loan_rate"] == 0.05


def test_a_calendar_year_has_no_unit_as_in_the_report(model):
    """'From this build year 45 °C supply suffices: 1990 years' on the Assumptions tab; the
    report and the workbook show '1990'."""
    from minigrid_app.ui.models.parameters_model import COL_UNIT, COL_VALUE

    row = model.row_of("modern_build_year")
    assert model.data(model.index(row, COL_VALUE)) == "1990"
    assert model.data(model.index(row, COL_UNIT)) == ""
    assert model.data(model.index(model.row_of("loan_term_years"), COL_UNIT)) == "jaar"  # a duration keeps it


def test_figures_impossible_together_are_refused_where_typed(model, qtbot):
    """Every month at or above the base temperature: no heating season (the calculation divided by zero)."""
    assert model.set_value("hdd_base_temp_c", "14")
    with qtbot.waitSignal(model.validationFailed) as blocker:
        assert not model.set_value("monthly_outdoor_temp_c", "; ".join(["15"] * 12))
    assert "Geen stookseizoen" in blocker.args[0] and "14 °C" in blocker.args[0]
    assert "monthly_outdoor_temp_c" not in model.document.project.parameter_overrides
    assert model.set_value("monthly_outdoor_temp_c", "; ".join(["15"] * 11 + ["13"]))
