"""The engineer's design coming back (issue 18, item 4), attacked as a malformed file would.

Each named case failed before: a depth of 400 digits ended the command in an OverflowError
traceback, a ``field_id`` that is a list or an object in a TypeError; "125", "125,5 m" and
"2,05" typed as text were refused; an engineer's name with control or bidi characters was
kept (and every later load warned about it), an object as the name was stored as
"{'a': [1, 2]}"; the same field twice was taken without a word; a design saved by Notepad
as "Unicode" (UTF-16) or "ANSI" (cp1252) was "not a readable JSON file". A hypothesis suite
keeps the attack running: any JSON document gives a design or a DesignError, and what the
reader lets through survives a save and a load of the project unchanged.
"""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.handoff import DESIGN_FORMAT, DesignError, design_from_dict
from minigrid_app.core.tender import tender_scope
from minigrid_app.io.examples import load_example
from minigrid_app.io.handoff_files import HandoffError, read_design
from minigrid_app.io.projectfile import dumps_project, loads_project
from tests.signers_together import signers_together

EXAMPLES = int(os.environ.get("MINIGRID_DESIGN_EXAMPLES", "300"))


@pytest.fixture(scope="module")
def tendered():
    scope = tender_scope(signers_together(load_example("hofje-8")))
    results = compute_project(scope.project, break_even=False, sensitivity=False)
    return scope.project, results


def _design(**field):
    return {"format": DESIGN_FORMAT, "engineer": "Bronadvies", "ground": {},
            "fields": [{"field_id": "shared-C1", "boreholes": 2, "depth_m": 120, "spacing_m": 7, **field}]}


@pytest.mark.parametrize("field", [{"depth_m": 10**400}, {"boreholes": -(10**400)}, {"field_id": ["x"]},
                                   {"field_id": {"x": 1}}, {"homes": [["a"], {"id": ["b"]}]}, {"depth_m": [1]}])
def test_malformed_values_are_a_message_not_a_traceback(tendered, field):
    project, results = tendered
    try:
        design, _ = design_from_dict(_design(**field), project, results)
    except DesignError as exc:
        assert exc.problem.nl and exc.problem.en
    else:
        assert design.fields and design.fields[0].field_id == "shared-C1"


def test_numbers_typed_as_text_are_read(tendered):
    project, results = tendered
    data = _design(depth_m="125,5 m", boreholes="2", spacing_m="7")
    data["ground"] = {"conductivity_w_mk": "2,05"}
    design, _ = design_from_dict(data, project, results)
    assert (design.fields[0].depth_m, design.fields[0].boreholes, design.fields[0].spacing_m) == (125.5, 2, 7.0)
    assert design.conductivity_w_mk == 2.05
    with pytest.raises(DesignError):  # an estimate is no design
        design_from_dict(_design(depth_m="ca. 120"), project, results)


def test_texts_are_cleaned_and_said(tendered):
    project, results = tendered
    data = _design()
    data["engineer"] = "Bron\u202eadvies\x00\ud83d"
    data["note"] = {"a": [1, 2]}
    design, problems = design_from_dict(data, project, results)
    assert design.engineer == "Bronadvies\ufffd" and design.note == ""
    assert len(problems) == 2


def test_the_same_field_twice_is_said(tendered):
    project, results = tendered
    data = _design()
    data["fields"].append(dict(data["fields"][0], depth_m=130))
    design, problems = design_from_dict(data, project, results)
    assert [f.depth_m for f in design.fields] == [130.0]
    assert "meer dan eens" in problems[0].nl


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8-sig"])
def test_a_design_saved_by_notepad_is_read(tendered, tmp_path, encoding):
    project, results = tendered
    path = tmp_path / "ontwerp.json"
    data = _design()
    data["engineer"] = "Bödemadvies"
    path.write_bytes(json.dumps(data, ensure_ascii=False).encode(encoding))
    design, _ = read_design(path, project, results)
    assert design.engineer == "Bödemadvies" and design.fields[0].depth_m == 120.0
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(HandoffError):
        read_design(path, project, results)


_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | st.sampled_from(
    ["125", "2,05", "1,180", "shared-C1", "hofje-1", "ca. 100", "\ud83d", "\u202e", "NaN", "1e400"])
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                       max_leaves=12)
_field = st.fixed_dictionaries({}, optional={
    "field_id": st.sampled_from(["shared-C1", "shared-C2", ""]) | _values,
    "homes": st.just(["hofje-1", "hofje-3", "hofje-7"]) | _values,
    "boreholes": st.integers(0, 300) | _values,
    "depth_m": st.floats(0, 2000) | _values,
    "spacing_m": st.floats(0, 60) | _values,
})
_documents = st.fixed_dictionaries({"format": st.sampled_from([DESIGN_FORMAT, "minigrid-handoff"]) | _values}, optional={
    "engineer": _values, "date": _values, "note": _values,
    "ground": st.fixed_dictionaries({}, optional={k: st.floats(0, 30) | _values for k in (
        "conductivity_w_mk", "undisturbed_temp_c", "borehole_resistance_mk_w")}) | _values,
    "fields": st.lists(_field, max_size=3) | _values,
    "geometry": _field | _values, "field_id": _values, "homes": _values,
})


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(document=_documents)
def test_any_document_gives_a_design_or_a_message_and_what_is_taken_is_kept(tendered, document):
    project, results = tendered
    try:
        design, problems = design_from_dict(document, project, results)
    except DesignError as exc:
        assert exc.problem.nl and exc.problem.en
        return
    assert all(p.nl and p.en for p in problems)
    kept = load_example("hofje-8")
    kept.tender.design = design
    loaded = loads_project(dumps_project(kept))
    assert not loaded.problems, [p.nl for p in loaded.problems]
    assert loaded.project.tender.design == design


def test_a_second_hand_off_removes_the_fields_of_the_first(tmp_path):
    """All participants gave two fields; after the signatures one. Before, the earlier shared-C2 files stayed
    in the folder, looking current; files that are not Minigrid's hand-off are left alone."""
    from minigrid_app.io.handoff_files import write_handoff

    everyone = load_example("hofje-8")
    for household in everyone.households:
        if household.participation == "signed":
            household.participation = "interested"
    first = write_handoff(everyone, compute_project(everyone, break_even=False, sensitivity=False), tmp_path)
    assert {"shared-C1.json", "shared-C2.json"} <= {p.name for p in first}
    (tmp_path / "notities.json").write_text('{"format": "iets anders"}', encoding="utf-8")
    scope = tender_scope(signers_together(load_example("hofje-8")))
    removed = []
    second = write_handoff(scope.project, compute_project(scope.project, break_even=False, sensitivity=False), tmp_path,
                           removed=removed)
    assert {p.name for p in removed} == {p.name for p in first} - {p.name for p in second}
    assert "shared-C2.json" in {p.name for p in removed} and not (tmp_path / "shared-C2.json").exists()
    assert (tmp_path / "notities.json").exists()


def test_a_closed_pipe_is_no_traceback(tmp_path):
    import subprocess
    import sys

    from minigrid_app.io.projectfile import save_project

    save_project(load_example("hofje-8"), tmp_path / "h.minigrid")
    done = subprocess.run(f"{sys.executable} -m minigrid_app compute {tmp_path / 'h.minigrid'} --quick | head -c 10",
                          shell=True, capture_output=True, timeout=300)
    assert b"Traceback" not in done.stderr and b"BrokenPipe" not in done.stderr, done.stderr
