"""Issue 14: files the loader let through and something later choked on; special files.

Every test names the numbered failure of issue 14 it guards (each failed before the fix).
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import (
    MAX_FILE_BYTES,
    ProjectFileError,
    atomic_write_files,
    dumps_project,
    load_project,
    loads_project,
    remove_stale_temp_files,
    save_project,
)
from minigrid_app.io.safe_read import ReadRefused, read_file_limited

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"
QUICK = {"method": "rule_of_thumb", "break_even": False, "sensitivity": False}


def run_cli(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "minigrid_app", *args], capture_output=True, timeout=300, env=env
    )


def hofje() -> dict:
    return json.loads(dumps_project(load_example("hofje-8")))


# ---------------------------------------------------------------- 3. user names are never ids


def test_3_manual_cluster_named_like_an_automatic_one_computes():
    result = load_project(CASES / "manual-cluster-named-C1.minigrid")
    assert result.ok
    project = result.project
    assert [m.name for m in project.clusters.manual] == ["C1"]
    assert project.clusters.manual[0].id != "C1"  # the name is a label, the id internal
    results = compute_project(project, method="rule_of_thumb")  # break-even raised KeyError before
    ids = [c.id for c in results.clusters]
    assert len(ids) == len(set(ids)) == 2
    assert sorted(c.name for c in results.clusters) == ["C1", "Cluster 1"]
    field_ids = [f.id for f in results.fields]
    assert len(field_ids) == len(set(field_ids))
    manual = next(c for c in results.clusters if c.manual)
    assert sorted(manual.households) == ["hofje-3", "hofje-4"]


def test_3_cli_quick_lists_each_cluster_once_and_export_works(tmp_path):
    case = str(CASES / "manual-cluster-named-C1.minigrid")
    quick = run_cli("compute", case, "--quick")
    assert quick.returncode == 0, quick.stderr
    text = quick.stdout.decode("utf-8")
    shared = [line for line in text.splitlines() if line.strip().startswith("Gedeelde bodemlus ") and "×" in line]
    assert sorted(line.split(":")[0].strip() for line in shared) == ["Gedeelde bodemlus C1", "Gedeelde bodemlus Cluster 1"]
    assert "cl-" not in text  # internal ids never reach the user
    out = tmp_path / "c1.xlsx"
    exported = run_cli("export", case, "--xlsx", str(out))
    assert exported.returncode == 0 and b"Traceback" not in exported.stderr, exported.stderr
    assert out.is_file()


def test_3_cluster_names_in_a_v1_file_become_manual_clusters():
    data = hofje()
    data["version"] = 1
    data.pop("clusters")["manual"] = []
    data["households"][0]["cluster"] = "Noord"
    data["households"][1]["cluster"] = " Noord "
    data["households"][2]["cluster"] = "C2"
    data["households"][3]["cluster"] = "   "
    result = loads_project(json.dumps(data))
    assert result.ok and not result.problems
    project = result.project
    names = project.clusters.manual_names()
    assert sorted(names.values()) == ["C2", "Noord"]
    assert project.households[0].cluster == project.households[1].cluster
    assert names[project.households[0].cluster] == "Noord"
    assert project.households[3].cluster is None


def test_3_unknown_cluster_reference_is_grouped_automatically():
    data = hofje()
    data["households"][0]["cluster"] = "cl-gone"
    result = loads_project(json.dumps(data))
    assert result.project.households[0].cluster is None
    assert any("bestaat niet" in p.nl for p in result.problems)


def test_3_ids_duplicated_or_made_of_text_are_replaced():
    data = hofje()
    data["households"][1]["id"] = data["households"][0]["id"]
    data["households"][2]["id"] = "naam met spaties & tekens"
    data["conditions"] = [{"id": "c-1", "kind": "custom", "text": "a"}, {"id": "c-1", "kind": "custom", "text": "b"}]
    project = loads_project(json.dumps(data)).project
    ids = [h.id for h in project.households]
    assert len(ids) == len(set(ids)) and " " not in "".join(ids)
    assert len({c.id for c in project.conditions}) == 2


# ---------------------------------------------------------------- 4. numbers and text


@pytest.mark.parametrize("digits", [400, 4400])
def test_4_huge_integers_are_left_empty_with_a_message(digits):
    huge = "9" * digits
    data = hofje()
    text = json.dumps(data).replace('"gas_m3_per_year": 1400.0', f'"gas_m3_per_year": {huge}', 1)
    text = text.replace('"parameter_overrides": {}', f'"parameter_overrides": {{"gas_price_eur_m3": {huge}}}')
    assert huge in text
    result = loads_project(text)
    assert result.ok and result.repaired
    assert result.project.households[0].gas_m3_per_year is None
    assert result.project.parameter_overrides == {}
    messages = " ".join(p.nl for p in result.problems)
    assert "te groot getal" in messages and "‘Gasprijs incl. belastingen’" in messages  # its name, not its key
    compute_project(result.project, **QUICK)  # OverflowError before


@pytest.mark.parametrize("number", ["1e400", "-1e999", "NaN", "Infinity", "1e10", "12345678901234567890"])
def test_4_numbers_out_of_bounds_never_reach_the_engine(number):
    text = json.dumps(hofje()).replace('"persons": 4', f'"persons": {number}', 1)
    result = loads_project(text)
    assert result.ok and result.project.households[0].persons is None


def test_4_huge_integer_from_the_cli_is_a_message_not_a_traceback(tmp_path):
    path = tmp_path / "huge.minigrid"
    path.write_text(json.dumps(hofje()).replace('"gas_m3_per_year": 1400.0', '"gas_m3_per_year": ' + "9" * 4400, 1))
    done = run_cli("compute", str(path), "--quick")
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    assert "te groot getal" in done.stderr.decode("utf-8")


def test_4_lone_surrogate_is_replaced_and_saving_works(tmp_path):
    data = hofje()
    data["households"][0]["label"] = "Lindehof \ud83d 1"
    data["intake"]["name"] = "\udcff"
    text = json.dumps(data)  # ensure_ascii: the surrogate travels as \ud83d, as in the attack
    assert "\\ud83d" in text
    result = loads_project(text)
    assert result.project.households[0].label == "Lindehof \ufffd 1"
    path = tmp_path / "s.minigrid"
    save_project(result.project, path)  # UnicodeEncodeError before: every save failed
    assert load_project(path).project.households[0].label == "Lindehof \ufffd 1"


def test_4_saving_text_with_a_surrogate_typed_in_works(tmp_path):
    project = load_example("hofje-8")
    project.households[0].notes = "half \ud83d emoji"
    save_project(project, tmp_path / "n.minigrid")
    assert load_project(tmp_path / "n.minigrid").project.households[0].notes == "half \ufffd emoji"


def test_4_ten_megabyte_label_is_shortened_with_a_message():
    data = hofje()
    data["households"][0]["label"] = "x" * (10 * 1024 * 1024)
    result = loads_project(json.dumps(data))
    assert len(result.project.households[0].label) == 200
    assert any("ingekort tot 200" in p.nl for p in result.problems) and result.repaired


def test_4_bidi_and_control_characters_are_removed():
    data = hofje()
    data["households"][0]["label"] = "\u202eLindehof\u202c 1\x00\x1b[31m"
    data["households"][0]["notes"] = "regel 1\r\nregel 2\u2066\tdoor\x07"
    project = loads_project(json.dumps(data)).project
    assert project.households[0].label == "Lindehof 1[31m"
    assert project.households[0].notes == "regel 1\nregel 2\tdoor"


# ---------------------------------------------------------------- 5. containers of the wrong type


def test_5_wrong_container_types_are_repaired_and_reported():
    result = load_project(CASES / "wrong-container-types.minigrid")
    assert result.ok and result.repaired
    project = result.project
    assert [c.text for c in project.conditions] == ["Hooguit 10 euro per maand duurder"]  # moved, not dropped
    assert project.conditions[0].kind == "max_monthly_increase" and project.conditions[0].value == 10.0
    assert project.parameter_overrides == {"gas_price_eur_m3": 1.6}
    assert project.steps["intake"] == "done" and project.steps["quickscan"] == "in_progress"
    messages = " ".join(p.nl for p in result.problems)
    assert "voorwaarden" in messages.lower() and "aannames" in messages and "stappen" in messages
    assert "datum van aanmaken" in messages  # in words, not the key 'created'


@pytest.mark.parametrize(
    "section, value",
    [("conditions", 5), ("households", "veel"), ("parameter_overrides", "x"), ("steps", 3), ("intake", []),
     ("clusters", [1]), ("conditions", "Niet duurder dan nu")],
)  # fmt: skip
def test_5_any_section_of_the_wrong_type_marks_the_file_repaired(section, value):
    data = hofje()
    data[section] = value
    result = loads_project(json.dumps(data))
    assert result.ok and result.repaired and result.problems


def test_5_import_households_does_not_rewrite_a_repaired_file(tmp_path):
    target = tmp_path / "p.minigrid"
    target.write_bytes((CASES / "wrong-container-types.minigrid").read_bytes())
    before = target.read_bytes()
    survey = Path(__file__).resolve().parents[1] / "data" / "enquete-lindehof.csv"
    done = run_cli("import-households", str(target), "--from", str(survey))
    assert done.returncode == 2, done.stdout
    assert target.read_bytes() == before


# ---------------------------------------------------------------- 7. special files, BOM, read-only, temp files


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_7_fifo_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.minigrid"
    os.mkfifo(fifo)
    outcome = {}
    reader = threading.Thread(target=lambda: outcome.setdefault("r", load_project(fifo)), daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # unblock the hanging reader before failing
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO hung")
    assert "geen gewoon bestand" in outcome["r"].problems[0].nl


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_7_devices_and_links_to_them_are_refused(tmp_path):
    link = tmp_path / "zero.minigrid"
    link.symlink_to("/dev/zero")
    for path in ("/dev/zero", link):
        result = load_project(path)
        assert not result.ok and "geen gewoon bestand" in result.problems[0].nl


def test_7_size_limit_is_counted_while_reading(tmp_path):
    path = tmp_path / "big.minigrid"
    path.write_bytes(b" " * 5000)
    with pytest.raises(ReadRefused):
        read_file_limited(path, 4999)
    assert len(read_file_limited(path, 5000)) == 5000
    if Path("/proc/self/maps").is_file():  # a regular file whose st_size says 0
        assert os.stat("/proc/self/maps").st_size == 0
        with pytest.raises(ReadRefused) as refused:
            read_file_limited("/proc/self/maps", 10)
        assert "groter dan" in refused.value.problem.nl
    assert MAX_FILE_BYTES == 20 * 1024 * 1024


def test_7_directory_and_unreadable_file_get_their_own_message(tmp_path, monkeypatch):
    result = load_project(tmp_path)
    assert "is een map" in result.problems[0].nl and "geen tekst" not in result.problems[0].nl
    path = tmp_path / "p.minigrid"
    save_project(load_example("hofje-8"), path)
    real_open = os.open

    def no_permission(name, flags, *args, **kwargs):
        if Path(name) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", no_permission)
    result = load_project(path)
    assert "mag dit bestand niet lezen" in result.problems[0].nl
    assert "Permission" not in result.problems[0].nl


def test_7_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.minigrid"
    path.write_bytes(b"\xef\xbb\xbf" + dumps_project(load_example("hofje-8")).encode("utf-8"))
    result = load_project(path)
    assert result.ok and not result.problems


def test_7_read_only_project_file_is_not_replaced(tmp_path):
    path = tmp_path / "ro.minigrid"
    save_project(load_example("hofje-8"), path)
    os.chmod(path, 0o444)
    before = path.read_bytes()
    try:
        with pytest.raises(ProjectFileError) as info:
            save_project(load_example("straat-24"), path)
        assert "alleen-lezen" in info.value.problem.nl
        survey = Path(__file__).resolve().parents[1] / "data" / "enquete-lindehof.csv"
        done = run_cli("import-households", str(path), "--from", str(survey), "--yes")
        assert done.returncode != 0 and b"Traceback" not in done.stderr
        assert "alleen-lezen" in done.stderr.decode("utf-8")
        assert path.read_bytes() == before
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o444
    finally:
        os.chmod(path, 0o644)


def test_7_leftover_temporary_files_are_removed_by_the_next_save(tmp_path):
    path = tmp_path / "p.minigrid"
    old = tmp_path / ".p.minigrid.k3j4h5g6.tmp"
    fresh = tmp_path / ".p.minigrid.a1b2c3d4.tmp"  # maybe a save in progress elsewhere: kept
    other = tmp_path / ".q.minigrid.k3j4h5g6.tmp"
    for leftover in (old, fresh, other):
        leftover.write_text("half")
    os.utime(old, (1_000_000_000, 1_000_000_000))
    os.utime(other, (1_000_000_000, 1_000_000_000))
    save_project(load_example("hofje-8"), path)
    assert not old.exists() and fresh.exists() and other.exists()
    assert remove_stale_temp_files(path, older_than_s=-1) == [fresh]


def test_7_several_files_go_in_place_each_whole_with_one_look_and_one_sync_of_their_folder(tmp_path, monkeypatch):
    # the evening pack's 47 PDFs (issue 16): each written as a file of its own is (temporary file,
    # synced, renamed), the folder looked through for leftovers and synced once for all of them
    from minigrid_app.io import projectfile

    old, other = tmp_path / ".b.pdf.k3j4h5g6.tmp", tmp_path / ".c.pdf.k3j4h5g6.tmp"
    for leftover in (old, other):
        leftover.write_text("half")
        os.utime(leftover, (1_000_000_000, 1_000_000_000))
    (tmp_path / "a.pdf").write_bytes(b"old a")
    looks, syncs = [], []
    scandir, fsync = os.scandir, os.fsync
    monkeypatch.setattr(projectfile.os, "scandir", lambda folder: looks.append(folder) or scandir(folder))
    monkeypatch.setattr(projectfile.os, "fsync", lambda fd: (syncs.append(stat.S_ISDIR(os.fstat(fd).st_mode)), fsync(fd))[1])
    atomic_write_files([(tmp_path / "a.pdf", b"new a"), (tmp_path / "b.pdf", b"new b")])
    assert (tmp_path / "a.pdf").read_bytes() == b"new a" and (tmp_path / "b.pdf").read_bytes() == b"new b"
    assert not old.exists() and other.exists()  # another file's leftover is not theirs
    assert len(looks) == 1 and syncs == [False, False, True]
    # a file that cannot be put in place stops there: the one before is new, it and the one after as they were
    (tmp_path / "d.pdf").mkdir()
    with pytest.raises(OSError):
        atomic_write_files([(tmp_path / "a.pdf", b"newer a"), (tmp_path / "d.pdf", b"d"), (tmp_path / "e.pdf", b"e")])
    assert (tmp_path / "a.pdf").read_bytes() == b"newer a" and (tmp_path / "d.pdf").is_dir()
    assert not (tmp_path / "e.pdf").exists() and sorted(p.name for p in tmp_path.glob(".*.tmp")) == [other.name]


def test_4_survey_text_is_stored_as_the_loader_keeps_it(tmp_path):
    """Imported text with control or bidi characters must not make the saved file 'repaired' on the next load."""
    survey = tmp_path / "enquete.csv"
    survey.write_text("Adres,Gasverbruik,Opmerkingen\n\u202eLindehof 1\x07,1200,a\x1b[31m b\n", encoding="utf-8")
    target = tmp_path / "p.minigrid"
    done = run_cli("import-households", str(target), "--from", str(survey), "--yes")
    assert done.returncode == 0, done.stderr
    result = load_project(target)
    assert result.ok and not result.problems and not result.repaired
    assert result.project.households[0].address == "Lindehof 1"



def test_5_a_list_stored_as_one_object_is_counted_in_the_singular():
    """Opening wrong-container-types.minigrid said 'converted to a list (1 items)'."""
    result = load_project(CASES / "wrong-container-types.minigrid")
    said = " ".join(f"{p.nl} {p.en}" for p in result.problems)
    assert "(1 stuk)" in said and "(1 item)" in said
