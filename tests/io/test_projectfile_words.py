"""What reading a project file says names its fields in the residents' words, never by their keys.

Before: "Woning 1: 'gas_m3_per_year' heeft een ongeldige waarde ("veel"); leeg gelaten.", "Stap
first_evening: stand "bijna" onbekend.", "Aanname gas_price_eur_m3 …", "Ontwerp: conductivity_w_mk = 9 …":
nobody at the table knows the keys, and nothing internal is ever shown. A home is named by its row
and its name ('Woning 3 (Lindehof 3)'): 'Woning 3' alone reads as house number 3.
"""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from minigrid_app.core import model, tender_model
from minigrid_app.core.file_words import FIELD_WORDS, STEP_WORDS
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import dumps_project, loads_project


@pytest.fixture(scope="module")
def problems():
    data = json.loads(dumps_project(load_example("hofje-8")))
    data["households"][0]["gas_m3_per_year"] = "veel"
    data["households"][1]["build_year"] = "1995"
    data["households"][2]["label"] = "A\u0000b"
    data["parameter_overrides"] = {"electricity_price_eur_kwh": "0,3", "gas_price_eur_m3": float("inf")}
    data["steps"] = {"first_evening": "bijna"}
    data["created"] = 5
    data["clusters"]["strip_lengths_m"] = {"f1": "x"}
    data["tender"] = {"design": {"conductivity_w_mk": 9}}
    return loads_project(json.dumps(data)).problems


@pytest.mark.parametrize("language, said", [
    ("nl", ["Woning 1 (Lindehof 1), gasverbruik (m³ per jaar): ongeldige waarde (\"veel\"); leeg gelaten. Vul het in "
            "bij stap 1 (Intake).",
            "Woning 2 (Lindehof 2), bouwjaar: stond als tekst in het bestand (‘1995’); gelezen als 1995.",
            "Woning 3 (Ab), naam: onzichtbare of onleesbare tekens weggehaald.",
            "Aanname ‘Stroomprijs incl. belastingen’ stond als tekst in het bestand (‘0,3’); gelezen als 0,3.",
            "Aanname ‘Gasprijs incl. belastingen’: ongeldig getal (\"Infinity\"); standaardwaarde gebruikt.",
            "Stap 2, Eerste bewonersavond: stand \"bijna\" onbekend; 'nog niet begonnen' gebruikt.",
            "Project, datum van aanmaken: geen datum (5); leeg gelaten.",
            "Clusters, lengte van de stroken voor de velden (m): waarde \"x\" bij \"f1\" overgeslagen.",
            "Ontwerp, warmtegeleiding van de bodem (W/m·K): 9 ligt buiten 0,5–6; weggelaten."]),
    ("en", ["Home 1 (Lindehof 1), gas use (m³ a year): invalid value (\"veel\"); left empty. Enter it at step 1 "
            "(Intake).",
            "Home 2 (Lindehof 2), build year: was text in the file (‘1995’); read as 1995.",
            "Home 3 (Ab), name: invisible or unreadable characters removed.",
            "Parameter ‘Electricity price incl. taxes’ was text in the file (‘0,3’); read as 0.3.",
            "Parameter ‘Gas price incl. taxes’: invalid number (\"Infinity\"); default used.",
            "Step 2, First residents' evening: state \"bijna\" unknown; 'not started' used.",
            "Project, date created: not a date (5); left empty.",
            "Clusters, length of the strips for the fields (m): value \"x\" for \"f1\" skipped.",
            "Design, thermal conductivity of the ground (W/m·K): 9 is outside 0.5–6; dropped."]),
])
def test_a_files_problems_name_the_fields_in_words(problems, language, said):
    texts = [p.text(language) for p in problems]
    for sentence in said:
        assert sentence in texts
    keys = re.compile(r"\b(gas_m3_per_year|build_year|label|electricity_price_eur_kwh|gas_price_eur_m3|first_evening"
                      r"|strip_lengths_m|conductivity_w_mk)\b")
    assert [t for t in texts if keys.search(t)] == []


#: the dataclasses a project file is read into field by field (project_validation.from_dict)
READ = (model.Household, model.Intake, model.Evening, model.Condition, model.ManualCluster, model.ClusterSettings,
        model.PlannedJoiner, model.Agreement, tender_model.TenderSettings, tender_model.PermitStatus,
        tender_model.Quote, tender_model.Agreement, tender_model.DecisionState, tender_model.EngineerDesign,
        tender_model.FieldDesign)


@pytest.mark.parametrize("cls", READ, ids=lambda c: f"{c.__module__.rsplit('.', 1)[-1]}.{c.__name__}")
def test_every_field_read_from_a_file_has_its_words(cls):
    words = FIELD_WORDS.get(cls, {})
    missing = [f.name for f in dataclasses.fields(cls) if f.name not in words]
    assert missing == []
    for nl, en in words.values():
        assert nl and en and "_" not in nl + en


def test_every_step_has_its_name():
    assert set(STEP_WORDS) == set(model.STEPS)


def _every_group_of_fields(node, where=()):
    """The path of every JSON object in a project file (the first two of each list)."""
    if isinstance(node, dict):
        yield where
        for key, value in node.items():
            yield from _every_group_of_fields(value, (*where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node[:2]):
            yield from _every_group_of_fields(value, (*where, index))


def test_a_key_this_minigrid_does_not_know_is_said_wherever_it_is():
    """An unknown step ('commissioning' from a newer Minigrid) was dropped without a word, where any other
    unknown field or section is said; said, the file counts as repaired and saving over it asks first."""
    data = json.loads(dumps_project(load_example("hofje-8")))
    home = data["households"][0]["id"]
    data["agreement"]["joiners"] = [{"household_id": home, "year": 3}]
    data["clusters"]["manual"] = [{"id": "cl-noord", "name": "Noord"}]
    data["tender"]["settings"]["permits"] = [{"kind": "ground_loop", "status": "applied", "date": "", "note": ""}]
    data["tender"]["quotes"] = [{"id": "q-1", "supplier": "Boor BV", "amounts": {}, "quantities": {}}]
    data["tender"]["decision"]["agreements"] = [{"household_id": home, "status": "signed", "date": ""}]
    data["tender"]["design"]["fields"] = [{"field_id": "shared-C1", "households": [home], "boreholes": 2,
                                           "depth_m": 120.0, "spacing_m": 6.0}]
    assert loads_project(json.dumps(data)).problems == []
    silent = []
    for where in _every_group_of_fields(data):
        changed = json.loads(json.dumps(data))
        node = changed
        for key in where:
            node = node[key]
        node["commissioning"] = "done"
        result = loads_project(json.dumps(changed))
        if not result.repaired or not any("commissioning" in p.nl and "commissioning" in p.en for p in result.problems):
            silent.append(where)
    assert silent == []
    del data["tender"]
    data["steps"]["commissioning"] = "done"
    texts = [(p.nl, p.en) for p in loads_project(json.dumps(data)).problems]
    assert texts == [("Stappen: onbekende stap \"commissioning\" genegeerd (is het bestand van een nieuwere Minigrid?).",
                      "Steps: unknown step \"commissioning\" ignored (is the file from a newer Minigrid?).")]


def test_an_agreement_left_out_is_said():
    """A second agreement of the same home (or one without a home) was left out without a word."""
    data = json.loads(dumps_project(load_example("hofje-8")))
    home = data["households"][0]["id"]
    data["tender"]["decision"]["agreements"] = [{"household_id": home, "status": "signed"},
                                                {"household_id": home, "status": "declined"}]
    result = loads_project(json.dumps(data))
    assert [(p.nl, p.en) for p in result.problems] == [("Overeenkomst 2: zonder woning of dubbel; overgeslagen.",
                                                        "Agreement 2: no home or duplicate; skipped.")]
    assert [a.status for a in result.project.tender.decision.agreements] == ["signed"]
