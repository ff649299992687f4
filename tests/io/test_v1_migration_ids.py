"""A version-1 project read again names its hand-made clusters as before (the id is no new random one per load).

A command that reads a v1 file without saving it gave each hand-made cluster a new random id
at every run: two hand-offs of the same file to the same folder wrote 'shared-cl-6ea39f22.json',
then 'shared-cl-5f033bcc.json', and removed the first as 'a field of an earlier hand-off'
(the engineer's file of the very same field).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from minigrid_app.cli import main
from minigrid_app.io.projectfile import load_project

CASE = Path(__file__).resolve().parents[1] / "data" / "cases" / "manual-cluster-named-C1.minigrid"


def test_every_load_gives_the_same_ids():
    first, second = load_project(CASE).project, load_project(CASE).project
    # the case file's homes 3 and 4 are in the one cluster typed by hand, named "C1"
    assert [(m.id, m.name) for m in first.clusters.manual] == [("cl-v1-1", "C1")]
    assert [h.cluster for h in first.households] == [None, None, "cl-v1-1", "cl-v1-1"]
    assert [m.id for m in second.clusters.manual] == ["cl-v1-1"]


def test_a_second_hand_off_of_a_v1_file_removes_nothing(tmp_path, capsys):
    project = shutil.copy(CASE, tmp_path / "hofje.minigrid")
    out = tmp_path / "ingenieur"
    assert main(["handoff", str(project), "--out", str(out)]) == 0
    first = sorted(p.name for p in out.iterdir())
    capsys.readouterr()
    assert main(["handoff", str(project), "--out", str(out)]) == 0
    assert "Weggehaald" not in capsys.readouterr().out
    # the signed homes: Lindehof 1 (automatic cluster C1) and Lindehof 3 (the hand-made "C1")
    assert first == sorted(p.name for p in out.iterdir()) == [
        "ontwerp-sjabloon.json", "shared-C1-maanden.csv", "shared-C1.json", "shared-cl-v1-1-maanden.csv",
        "shared-cl-v1-1.json"]
