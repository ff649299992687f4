"""``python -m minigrid_app COMMAND`` ends without Python's exit collections going through the
heap the command leaves behind (:func:`minigrid_app.__main__.run`, issue 16); the window's end is as before."""

from __future__ import annotations

import gc

import minigrid_app.__main__ as entry


def test_a_command_leaves_its_heap_frozen_for_the_exit_and_the_window_does_not(monkeypatch):
    seen = []
    monkeypatch.setattr(entry, "main", lambda argv: seen.append(argv) or 3)
    gc.unfreeze()
    try:
        assert entry.run(["compute", "huis.minigrid", "--json"]) == 3
        assert gc.get_freeze_count() > 0
        gc.unfreeze()
        assert entry.run(["--lang", "en", "intent", "huis.minigrid", "--out", "map"]) == 3
        assert gc.get_freeze_count() > 0
        gc.unfreeze()
        for window in (["huis.minigrid"], [], ["--lang", "en"], ["--help"]):
            assert entry.run(window) == 3
            assert gc.get_freeze_count() == 0, window
    finally:
        gc.unfreeze()  # the rest of the tests collect as before
    assert seen[0] == ["compute", "huis.minigrid", "--json"] and len(seen) == 6


def test_the_installed_minigrid_command_ends_as_python_m_does():
    # the console script pip writes calls this function: `minigrid intent …` got the heap walk at exit
    import tomllib
    from pathlib import Path

    scripts = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["minigrid"] == "minigrid_app.__main__:run"


def test_intent_collects_as_before_after_it_also_when_it_fails():
    """minigrid intent freezes what lives to its end and collects the young less often while it
    computes and writes (issue 16); after it, failed or not, the thresholds and the heap are as before."""
    import pytest

    from minigrid_app import cli

    gc.unfreeze()
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), cli._collections_of_a_one_off_command():
        assert gc.get_threshold() == (cli.ONE_OFF_GC_THRESHOLD, *before[1:]) and gc.get_freeze_count() > 0
        raise RuntimeError("the computation failed")
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
