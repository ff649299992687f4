"""Project file: round trip, damaged and foreign files, atomic save."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minigrid_app.core.model import Condition, Household, ManualCluster, Project
from minigrid_app.io.examples import EXAMPLES, load_example
from minigrid_app.io.projectfile import (
    MIGRATIONS,
    VERSION,
    dumps_project,
    load_project,
    loads_project,
    migrate,
    project_to_dict,
    save_project,
)


@pytest.mark.parametrize("name", EXAMPLES)
def test_round_trip_examples(tmp_path, name):
    project = load_example(name)
    path = tmp_path / "p.minigrid"
    save_project(project, path)
    again = load_project(path)
    assert again.ok and not again.problems
    a, b = project_to_dict(project), project_to_dict(again.project)
    a.pop("saved"), b.pop("saved")
    assert a == b


def test_round_trip_everything(tmp_path):
    project = Project()
    project.intake.name = "Test ‘straat’ — é"
    project.clusters.manual = [ManualCluster(id="cl-noord", name="Noord")]
    project.households = [Household(label="=1+1", gas_m3_per_year=1234.5, persons=3, cluster="cl-noord", notes="a\nb")]
    project.conditions = [Condition(kind="max_monthly_increase", text="≤ gas + 10", value=10.0)]
    project.parameter_overrides = {"gas_price_eur_m3": 1.5}
    project.steps["intake"] = "done"
    path = tmp_path / "x.minigrid"
    save_project(project, path)
    again = load_project(path).project
    assert again.households[0].label == "=1+1"
    assert again.households[0].cluster == "cl-noord"
    assert again.clusters.manual_names() == {"cl-noord": "Noord"}
    assert again.parameter_overrides == {"gas_price_eur_m3": 1.5}
    assert again.steps["intake"] == "done"


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "leeg"),
        (b"{not json", "beschadigd"),
        (b"\x00\x01\x02\xff\xfe", "geen tekst"),
        (b'{"format": "something-else", "version": 1}', "geen Minigrid"),
        (b"[1, 2, 3]", "geen Minigrid"),
        (b'{"format": "minigrid-project", "version": 99}', "nieuwere Minigrid"),
        (b'{"format": "minigrid-project", "version": "twee"}', "onbekende formaatversie (\u2018twee\u2019)"),
        (b'{"format": "minigrid-project"}', "zegt niet welke formaatversie"),
        (b"[" * 100000, "beschadigd"),
    ],
)
def test_broken_and_foreign_files_are_reported_not_raised(tmp_path, content, words):
    path = tmp_path / "bad.minigrid"
    path.write_bytes(content)
    result = load_project(path)
    assert result.project is None
    assert words in result.problems[0].nl
    assert result.problems[0].en
    assert path.read_bytes() == content  # never overwritten


def test_missing_file():
    result = load_project("/nonexistent/nothing.minigrid")
    assert not result.ok and "bestaat niet" in result.problems[0].nl


def test_bad_values_are_dropped_with_a_report():
    data = json.loads(dumps_project(load_example("hofje-8")))
    data["households"][0]["gas_m3_per_year"] = "veel"
    data["households"][1]["persons"] = 2.5
    data["households"][2]["participation"] = "misschien"
    data["households"][3]["unknown_field"] = 1
    data["parameter_overrides"] = {"gas_price_eur_m3": -5, "nonsense": 3, "electricity_price_eur_kwh": 0.3}
    data["clusters"] = {"size": 99, "allocation_key": "random"}
    result = loads_project(json.dumps(data))
    assert result.ok and result.repaired
    project = result.project
    assert project.households[0].gas_m3_per_year is None
    assert project.households[1].persons is None
    assert project.households[2].participation == "unknown"
    assert project.parameter_overrides == {"electricity_price_eur_kwh": 0.3}
    assert project.clusters.size is None and project.clusters.allocation_key == "extraction"
    texts = " ".join(p.nl for p in result.problems)
    assert "misschien" in texts and "nonsense" in texts
    # the field in the words of the screen, not by its key in the file
    assert "Woning 1 (Lindehof 1), gasverbruik (m³ per jaar): ongeldige waarde" in texts and "gas_m3_per_year" not in texts


def test_negative_gas_is_kept_and_reported_by_validation():
    data = json.loads(dumps_project(load_example("hofje-8")))
    data["households"][0]["gas_m3_per_year"] = -50
    result = loads_project(json.dumps(data))
    assert result.project.households[0].gas_m3_per_year == -50  # nothing the user had is lost


def test_migration_hook(monkeypatch):
    monkeypatch.setitem(MIGRATIONS, VERSION + 1, lambda d: {**d, "migrated": True})
    monkeypatch.setattr("minigrid_app.io.projectfile.VERSION", VERSION + 1)
    data = migrate({"format": "minigrid-project", "version": VERSION})
    assert data["migrated"] and data["version"] == VERSION + 1


def test_save_failure_keeps_old_file(tmp_path, monkeypatch):
    path = tmp_path / "p.minigrid"
    save_project(load_example("hofje-8"), path)
    before = path.read_bytes()
    from minigrid_app.io.projectfile import ProjectFileError

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ProjectFileError) as info:
        save_project(load_example("straat-24"), path)
    assert "vorige bestand" in info.value.problem.nl
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.minigrid"]  # temporary file cleaned up


SAVER = r"""
import sys
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import save_project
project = load_example("straat-24")
project.households = project.households * 20  # ~ 3 MB to make a save take a while
for h in project.households:
    h.notes = "x" * 2000
print("ready", flush=True)
while True:
    save_project(project, sys.argv[1])
"""


def test_killing_a_saving_process_leaves_a_valid_file(tmp_path):
    path = tmp_path / "p.minigrid"
    save_project(load_example("hofje-8"), path)
    proc = subprocess.Popen([sys.executable, "-c", SAVER, str(path)], stdout=subprocess.PIPE)
    try:
        assert proc.stdout.readline().strip() == b"ready"
        for delay in (0.05, 0.13, 0.21, 0.34, 0.5):
            time.sleep(delay)
            result = load_project(path)  # whatever moment we look, the file is whole
            assert result.ok, result.problems
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    result = load_project(path)
    assert result.ok and len(result.project.households) in (8, 480)
    leftovers = [p for p in Path(tmp_path).iterdir() if p.name != "p.minigrid"]
    # a killed save may leave its temporary file, never a damaged project
    assert all(p.name.startswith(".p.minigrid.") for p in leftovers)


def test_room_for_the_fields_is_saved_and_bad_values_are_said(tmp_path):
    project = load_example("hofje-8")
    project.clusters.street_length_m = 45.0
    project.clusters.strip_lengths_m = {"C1": 12.0}
    project.clusters.strip_widths_m = {"C1": 8.0}
    path = tmp_path / "p.minigrid"
    save_project(project, path)
    again = load_project(path)
    assert again.ok and not again.problems
    settings = again.project.clusters
    assert (settings.street_length_m, settings.strip_lengths_m, settings.strip_widths_m) == (45.0, {"C1": 12.0}, {"C1": 8.0})
    data = json.loads(path.read_text(encoding="utf-8"))
    data["clusters"].update(street_length_m=-3, strip_lengths_m={"C1": 0, "C2": 20.0}, strip_widths_m="breed")
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_project(path)
    settings = loaded.project.clusters
    assert settings.street_length_m is None and settings.strip_lengths_m == {"C2": 20.0} and settings.strip_widths_m == {}
    assert len(loaded.problems) >= 3


@pytest.mark.parametrize("written", ['"3"', '" 3 "', "3.0"])
def test_a_version_written_as_text_or_as_3_0_means_that_version(written):
    """A project file with "version": "3" (text, as a tool or a hand edit may write it) was refused as
    having no valid version; it means version 3, and "1" a version 1 file, migrated as such."""
    text = dumps_project(load_example("hofje-8"))
    expected = loads_project(text)
    assert '"version": 3,' in text
    result = loads_project(text.replace('"version": 3,', f'"version": {written},', 1))
    assert result.ok and not result.repaired and result.problems == expected.problems
    assert project_to_dict(result.project) | {"saved": None} == project_to_dict(expected.project) | {"saved": None}


def test_a_version_1_file_with_its_version_as_text_is_migrated():
    v1 = (Path(__file__).resolve().parents[1] / "data" / "v1" / "hofje-8.minigrid").read_text(encoding="utf-8")
    as_text = re.sub(r'"version":\s*1\b', '"version": "1"', v1, count=1)
    assert as_text != v1
    expected, result = loads_project(v1), loads_project(as_text)
    assert result.ok and expected.ok
    assert project_to_dict(result.project) | {"saved": None} == project_to_dict(expected.project) | {"saved": None}
    assert result.project.clusters.manual == expected.project.clusters.manual


@pytest.mark.parametrize(
    ("written", "nl", "en"),
    [
        ('"twee"', "(\u2018twee\u2019)", "(\u2018twee\u2019)"),
        ('"v2"', "(\u2018v2\u2019)", "(\u2018v2\u2019)"),
        ('"2.5"', "(\u20182.5\u2019)", "(\u20182.5\u2019)"),  # text as the file has it
        ("2.5", "(2,5)", "(2.5)"),  # a number in the language's way
        ("0", "(0)", "(0)"),
        ("-1", "(\u22121)", "(\u22121)"),  # with a minus sign, as every figure
        ("true", "(true)", "(true)"),
        ("[2]", "([\u2026])", "([\u2026])"),
        ('"\u0662"', "(\u2018\u0662\u2019)", "(\u2018\u0662\u2019)"),  # an Arabic-Indic two is not a version
        ('""', "(\u2018\u2019)", "(\u2018\u2019)"),
    ],
)
def test_an_unknown_version_is_refused_with_what_the_file_says(written, nl, en):
    text = dumps_project(load_example("hofje-8")).replace('"version": 3,', f'"version": {written},', 1)
    result = loads_project(text)
    assert result.project is None and len(result.problems) == 1
    problem = result.problems[0]
    assert problem.nl.startswith(f"Het projectbestand heeft een onbekende formaatversie {nl}; deze Minigrid leest versie 1 tot en met 3.")
    assert problem.nl.endswith("Het bestand is niet geopend en niet aangepast.")
    assert problem.en.startswith(f"The project file has an unknown format version {en}; this Minigrid reads versions 1 to 3.")


def test_a_newer_version_as_text_asks_to_update():
    text = dumps_project(load_example("hofje-8")).replace('"version": 3,', '"version": "4",', 1)
    result = loads_project(text)
    assert result.project is None and "nieuwere Minigrid (formaat 4)" in result.problems[0].nl
