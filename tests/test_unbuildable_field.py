"""A shared field that cannot be built: the tender and the hand-off say why, and write nothing; the report says so.

A field that no depth or number of boreholes keeps within the fluid's limits has no
boreholes (the engine's "kan niet" / "past niet"). The tender and the engineer's hand-off
described its boreholes and ended in 'a field needs at least one borehole' (ValueError: 'a
fault in the program itself', exit 1; in the window 'De uitvraag kon niet worden berekend'
with Python's English). Both inputs are a resident's: a minimum fluid temperature above the
ground's (cases/limit-above-ground.minigrid) and a municipality's 50 m depth limit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minigrid_app.cli import main
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import save_project
from minigrid_app.io.results_json import results_to_json
from minigrid_app.ui.services.tender_pack import TenderPackError, tendered

CASES = Path(__file__).resolve().parent / "data" / "cases"


@pytest.fixture
def limit_above_ground(tmp_path) -> Path:
    """The case file (ground 7 °C, fluid at least 8 °C) with every home signed."""
    data = json.loads((CASES / "limit-above-ground.minigrid").read_text(encoding="utf-8"))
    for home in data["households"]:
        home["participation"], home["participation_date"] = "signed", "2026-10-01"
    path = tmp_path / "grens.minigrid"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_tender_says_why_and_writes_nothing(limit_above_ground, tmp_path, capsys):
    out = tmp_path / "uitvraag"
    assert main(["tender", str(limit_above_ground), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Fout: Geen uitvraag mogelijk: De gedeelde bodemlus van Cluster 1 kan niet: de vloeistof moet boven " \
           "8,0 °C blijven, maar de bodem zelf is maar 7,0 °C." in err
    assert "fout in het programma" not in err
    assert not out.exists()


def test_the_hand_off_says_why_in_english_and_writes_nothing(limit_above_ground, tmp_path, capsys):
    out = tmp_path / "ingenieur"
    assert main(["handoff", str(limit_above_ground), "--out", str(out), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "Error: Nothing was written for the engineer: The shared ground loop of Cluster 1 is impossible: the " \
           "fluid must stay above 8.0 °C, but the ground itself is only 7.0 °C." in err
    assert "Fout" not in err
    assert not out.exists()


def test_a_municipal_depth_limit_names_every_field_that_does_not_fit():
    project = load_example("hofje-8")  # two clusters of four homes
    for home in project.households:
        home.participation, home.participation_date = "signed", "2026-10-01"
    project.parameter_overrides["max_borehole_depth_m"] = 50  # "50 m in parts of Deventer"
    with pytest.raises(TenderPackError) as caught:
        tendered(project)
    nl, en = caught.value.problem.nl, caught.value.problem.en
    assert nl.startswith("Geen uitvraag mogelijk: De gedeelde bodemlus van Cluster 1 past niet in de beschikbare ruimte")
    assert "De gedeelde bodemlus van Cluster 2 past niet" in nl and nl.count("boorgaten van 50 m") == 2
    assert en.startswith("No tender possible: The shared ground loop of Cluster 1 does not fit in the room available")


def test_a_field_that_fits_is_still_handed_off(tmp_path, capsys):
    path = tmp_path / "hofje.minigrid"
    save_project(load_example("hofje-8"), path)
    out = tmp_path / "ingenieur"
    assert main(["handoff", str(path), "--out", str(out)]) == 0
    # the three homes of hofje-8 that signed share cluster C1
    assert sorted(p.name for p in out.iterdir()) == ["ontwerp-sjabloon.json", "shared-C1-maanden.csv", "shared-C1.json"]


def test_the_computed_report_says_not_possible_not_a_field_of_nothing(capsys):
    # was 'Eigen bodemlus Woning 1: 0 × 0 m = 0 m, min. 7,0 °C, € 0' for every field
    assert main(["compute", str(CASES / "limit-above-ground.minigrid")]) == 0
    out = capsys.readouterr().out
    assert "  Gedeelde bodemlus Cluster 1: niet mogelijk (waarom: zie ! hieronder)" in out
    assert out.count(": niet mogelijk (waarom: zie ! hieronder)") == 5 and "0 × 0 m" not in out
    # each home's rows for the two loops say the same, not 'niet berekend' as if nobody had got round to it
    rows = [line.split() for line in out.splitlines() if line.startswith("Woning 1 ")]
    assert ["Woning", "1", "Gedeelde", "bodemlus", "niet", "mogelijk"] in rows
    assert ["Woning", "1", "Eigen", "bodemlus", "niet", "mogelijk"] in rows
    assert "niet berekend" not in out
    assert "! Geen bodemlus mogelijk" in out


# ---------------------------------------------------------------- whatever the sizing method


def _rule_of_thumb_results():
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.projectfile import load_project

    project = load_project(CASES / "limit-above-ground.minigrid").project
    return project, compute_project(project, method="rule_of_thumb", break_even=False, sensitivity=False)


def test_the_rule_of_thumb_gives_no_length_for_a_field_that_cannot_be_built():
    # was: 2 boreholes, 311 m 'voorlopig' for a fluid that must stay above 8 °C in ground of 7 °C
    _project, results = _rule_of_thumb_results()
    shared = results.field("shared-C1").sizing
    assert not shared.feasible and shared.infeasible_reason == "limit_above_ground"
    assert (shared.boreholes, shared.total_length_m, shared.rule_of_thumb_length_m) == (0, 0.0, 0.0)
    assert not shared.provisional
    assert shared.warnings[0].nl.startswith("De gedeelde bodemlus van Cluster 1 kan niet: de vloeistof moet boven 8,0 °C")
    data = json.loads(results_to_json(results))
    assert all(f["total_length_m"] == f["rule_of_thumb_length_m"] == 0 for f in data["fields"])
    assert "kan niet" in data["fields"][-1]["warnings"][0]


def test_the_rule_of_thumb_says_too_many_boreholes_beyond_the_most():
    from minigrid_app.core import borefield
    from minigrid_app.core.fieldsizing import ground_parameters
    from minigrid_app.core.fieldtypes import HomeHeatDemand
    from tests.core.helpers import params

    ground = ground_parameters(params())
    # 5 GWh of heat a year: at 50 W/m × 1800 h = 90 kWh per metre the rule asks far more than 120 boreholes
    home = HomeHeatDemand(space_heat_monthly_kwh=(5_000_000 / 12,) * 12, dhw_monthly_kwh=(0.0,) * 12,
                          supply_temp_c=35.0, design_load_kw=1500.0)
    sizing = borefield.size_field_rule_of_thumb([home], ground)
    assert not sizing.feasible and sizing.infeasible_reason == "too_many" and sizing.boreholes == 0
    assert sizing.annual_extraction_kwh / 90.0 / ground.max_depth_m > 120
    assert "past niet: ook 120 boorgaten" in sizing.warnings[0].nl
    # a tenth of it fits: the rule's provisional length, as before
    small = HomeHeatDemand(space_heat_monthly_kwh=(10_000 / 12,) * 12, dhw_monthly_kwh=(0.0,) * 12,
                           supply_temp_c=35.0, design_load_kw=5.0)
    fits = borefield.size_field_rule_of_thumb([small], ground)
    assert fits.feasible and fits.provisional
    assert fits.total_length_m == pytest.approx(fits.annual_extraction_kwh / 90.0)


def test_the_report_and_workbook_show_no_field_figures_for_it():
    import re

    from minigrid_app.io import documents
    from minigrid_app.io.excel import build_workbook

    project, results = _rule_of_thumb_results()
    html = documents.build_report(project, results, language="nl").html
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "Cluster 1 nr. 1, nr. 2, nr. 3, nr. 4 niet mogelijk De gedeelde bodemlus van Cluster 1 kan niet" in text
    assert "vloeistoftemperatuur van het koudste veld" not in text  # no flat 7 °C line for a field not there
    assert text.count("Gedeelde bodemlus niet mogelijk: het bodemveld kan niet") == 1  # the group's table row
    sheet = build_workbook(project, results)["Bron"]
    row = next(r for r in sheet.iter_rows() if r[0].value == "Gedeelde bodemlus Cluster 1")
    header = next(r for r in sheet.iter_rows() if r[0].value == "Bodemveld")
    rule = [c.value for c in header].index("Lengte volgens vuistregel m")
    assert row[1].value == "gedeelde bodemlus: niet mogelijk" and row[rule].value is None


def test_a_home_without_figures_for_another_reason_is_not_computed():
    from minigrid_app.core.selectors import missing_text

    _project, results = _rule_of_thumb_results()
    assert missing_text(results, "w1", "shared_loop") == "niet mogelijk: het bodemveld kan niet"
    assert missing_text(results, "w1", "ground_hp", "en", short=True) == "not possible"
    assert missing_text(results, None, "shared_loop", "en") == "not possible: the borefield cannot be built"
    assert missing_text(results, "w1", "air_hp") == "niet berekend"  # no borefield: nothing impossible about it
    assert missing_text(results, "nobody", "shared_loop") == "niet berekend"


def test_a_condition_on_a_loop_that_cannot_be_built_says_so():
    # was '? niet berekend voor deze woning' and, for the group, 'nog geen berekende woningen'
    from minigrid_app.core.conditions import NOT_CHECKABLE, check_conditions
    from minigrid_app.core.model import Condition

    project, results = _rule_of_thumb_results()
    project.conditions = [Condition(id="c1", kind="max_monthly_increase", text="Hooguit € 10 per maand meer", value=10.0)]
    check = check_conditions(project, results)[0]
    group = check.group["shared_loop"]
    assert (group.status, group.reason_nl) == (NOT_CHECKABLE, "niet mogelijk: het bodemveld kan niet")
    assert check.households["w1"]["ground_hp"].reason_en == "not possible: the borefield cannot be built"
    assert check.group["air_hp"].reason_nl == "voor alle 4 woningen"  # € 177 against € 170: € 7 more
