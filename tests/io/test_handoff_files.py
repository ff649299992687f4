"""The engineer's files: written, read back as the docs script reads them, and the design coming back."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.tender import tender_scope
from minigrid_app.io.examples import load_example
from minigrid_app.io.handoff_files import (
    TEMPLATE_NAME,
    HandoffError,
    read_design,
    read_export,
    write_handoff,
)
from tests.signers_together import signers_together

DOCS_SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "handoff_ghetool.py"


@pytest.fixture(scope="module")
def tendered():
    scope = tender_scope(signers_together(load_example("hofje-8")))
    return scope.project, compute_project(scope.project, break_even=False, sensitivity=False)


def _docs_script():
    spec = importlib.util.spec_from_file_location("handoff_ghetool", DOCS_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_files_round_trip(tendered, tmp_path):
    project, results = tendered
    written = write_handoff(project, results, tmp_path / "ingenieur")
    assert [p.name for p in written] == ["shared-C1.json", "shared-C1-maanden.csv", TEMPLATE_NAME]
    data = read_export(written[0])
    field_result = results.field("shared-C1")
    sizing = field_result.sizing
    assert data["geometry"]["boreholes"] == sizing.boreholes
    assert data["geometry"]["depth_m"] == sizing.depth_m
    assert sum(data["loads"]["monthly_extraction_kwh"]) == pytest.approx(sizing.annual_extraction_kwh, rel=1e-12)
    assert data["loads"]["peak_extraction_kw"] == pytest.approx(sizing.peak_extraction_kw, rel=1e-12)
    assert data["ground"]["conductivity_w_mk"] == results.parameters["ground_conductivity_w_mk"]
    assert [h["id"] for h in data["homes"]] == field_result.households
    with open(written[1], encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["month"] for row in rows][:2] == ["jan", "feb"]
    for row, kwh in zip(rows, data["loads"]["monthly_extraction_kwh"], strict=True):
        assert float(row["extraction_kwh"]) == pytest.approx(kwh, abs=0.001)
    # the docs script reads the pair the same way (without GHEtool)
    loaded = _docs_script().load_handoff(str(written[0]), str(written[1]))
    assert loaded["loads"] == data["loads"]


def test_docs_script_refuses_a_csv_that_does_not_match(tendered, tmp_path):
    project, results = tendered
    json_path, csv_path, _ = write_handoff(project, results, tmp_path)
    text = csv_path.read_text(encoding="utf-8").splitlines()
    text[1] = text[1].replace("jan,31,", "jan,31,1")
    csv_path.write_text("\n".join(text) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        _docs_script().load_handoff(str(json_path), str(csv_path))


def test_template_comes_back_as_a_design(tendered, tmp_path):
    project, results = tendered
    *_, template = write_handoff(project, results, tmp_path)
    data = json.loads(template.read_text(encoding="utf-8"))
    data["engineer"] = "Bronadvies BV"
    data["fields"][0]["boreholes"] = 3
    data["fields"][0]["depth_m"] = 90
    data["ground"]["conductivity_w_mk"] = 2.05
    template.write_text(json.dumps(data), encoding="utf-8")
    design, problems = read_design(template, project, results)
    assert not problems
    assert (design.fields[0].boreholes, design.fields[0].depth_m) == (3, 90.0)
    assert design.conductivity_w_mk == 2.05


def test_unreadable_design_gives_a_message(tendered, tmp_path):
    project, results = tendered
    path = tmp_path / "ontwerp.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(HandoffError) as caught:
        read_design(path, project, results)
    assert "JSON" in caught.value.problem.nl
    with pytest.raises(HandoffError) as caught:
        read_design(tmp_path / "missing.json", project, results)
    assert "bestaat niet" in caught.value.problem.nl
    with pytest.raises(HandoffError) as caught:  # a folder, not read as a file (issue 14)
        read_design(tmp_path, project, results)
    assert "is een map" in caught.value.problem.nl


def test_no_shared_field(tmp_path):
    project = load_example("hofje-8")
    for household in project.households:
        household.participation = "declined"
    results = compute_project(project, break_even=False, sensitivity=False)
    with pytest.raises(HandoffError) as caught:
        write_handoff(project, results, tmp_path)
    assert "cluster" in caught.value.problem.nl
