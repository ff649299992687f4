"""``--lang en`` on the command line: every line a command prints is English (the confirmations
were Dutch: 'Werkboek geschreven naar', 'Uitvraag voor 3 woningen geschreven naar')."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minigrid_app.cli import main

#: words that only a Dutch line holds
DUTCH = re.compile(r"\b(geschreven|naar|woning|woningen|Let op|Fout|rij|rijen|toegevoegd|Enquête|Kolommen|"
                   r"Voorbeeld|Werkboek|Uitvraag|ingenieur|bestaat|gebruik|Zelftest|in orde)\b")
CASES = Path(__file__).parent / "data" / "cases"


def english_only(text: str) -> list[str]:
    """The lines with a Dutch word outside quotes (a survey's own column names stay as they are)."""
    return [line for line in text.splitlines() if DUTCH.search(re.sub(r"‘[^’]*’", "", line))]


def test_commands_print_english_with_lang_en(tmp_path, capsys):
    project = tmp_path / "h.minigrid"
    assert main(["example", "hofje-8", "-o", str(project), "--lang", "en"]) == 0
    assert main(["export", str(project), "--xlsx", str(tmp_path / "h.xlsx"), "--lang", "en"]) == 0
    assert main(["handoff", str(project), "--out", str(tmp_path / "engineer"), "--lang", "en"]) == 0
    assert main(["--lang", "en", "tender", str(project), "--out", str(tmp_path / "tender")]) == 0
    printed = capsys.readouterr()
    assert "Example hofje-8 written to" in printed.out and "Workbook written to" in printed.out
    # hofje-8: Lindehof 1 and 3 signed in Cluster 1; Lindehof 7 alone in Cluster 2, said by both commands
    assert "Tender for 2 homes written to" in printed.out and "Files for the engineer (2 of the 3 homes that signed)" in printed.out
    assert printed.err.count("Note: Cluster 2: 1 of 4 homes signed, too few for a shared source; Lindehof 7 is therefore") == 2
    assert english_only(printed.out) == [] and english_only(printed.err) == []


def test_import_prints_english_with_lang_en(tmp_path, capsys):
    target = tmp_path / "new.minigrid"
    assert main(["import-households", str(target), "--from", str(CASES / "survey-forms-export.csv"), "--lang", "en"]) == 0
    printed = capsys.readouterr()
    assert printed.out.startswith("Survey ") and "added to new.minigrid" in printed.out
    assert english_only(printed.out) == [] and english_only(printed.err) == []


@pytest.mark.parametrize("lang, shown, hidden", [("en", "Error: ", "Fout: "), (None, "Fout: ", None)])
def test_a_problem_is_said_in_the_chosen_language(tmp_path, capsys, lang, shown, hidden):
    """With --lang en a problem is English only (argparse's usage line too); without --lang Dutch first, then English."""
    project = tmp_path / "h.minigrid"
    project.write_text("x", encoding="utf-8")
    argv = ["example", "hofje-8", "-o", str(project)] + (["--lang", lang] if lang else [])
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert shown in err and (hidden is None or hidden not in err)
    with pytest.raises(SystemExit) as stopped:
        main(["export", str(project)] + (["--lang", lang] if lang else []))
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage:" if lang == "en" else "gebruik:")
    if lang is None:
        assert err.index("Fout: ") < err.index("Error: ")
