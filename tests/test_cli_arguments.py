"""Every command with bad arguments: exit code 2 and a message in Dutch first, never a traceback.

Before: argparse answered in Python's English ("error: the following arguments are
required: --out"); ``export --xlsx ""`` and ``handoff --out ""`` ended in tracebacks;
``export --xlsx FOLDER`` wrote FOLDER.xlsx next to the folder; ``example -o EXISTING``
overwrote any file (a resident's project) without a word; ``minigrid comptue FILE`` was
taken as a project to open; ``intent --out FILE`` said "foutcode EEXIST"; the survey and
the bill of quantities named a missing file in the system's English.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.cli import argparse_problem, main
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import save_project

#: Python's own English that must never reach the Dutch line
ENGLISH = ("required", "invalid choice", "unrecognized", "expected", "not allowed", "error:", "Errno", "Traceback",
           "EEXIST", "No such file")


@pytest.fixture(autouse=True)
def _application(qapp):
    """The commands make a QGuiApplication when none exists; the window tests after need a QApplication."""
    return qapp


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    save_project(load_example("hofje-8"), tmp_path / "h.minigrid")
    (tmp_path / "leeg.minigrid").write_text('{"format": "minigrid-project", "version": 2, "households": []}')
    (tmp_path / "map").mkdir()
    (tmp_path / "enquete.csv").write_text("Adres;Huisnr;Gasverbruik\nLindelaan;1;1450\n", encoding="utf-8")
    return tmp_path


BAD = [
    ["example"],
    ["example", "hofje-8"],
    ["example", "hofje-8", "-o", "h.minigrid"],  # exists: not overwritten
    ["compute"],
    ["compute", ""],
    ["compute", "h.minigrid", "--lang", "fr"],
    ["compute", "h.minigrid", "--json=ja"],
    ["compute", "h.minigrid", "extra"],
    ["compute", "h.minigrid", "--qu"],
    ["compute", "leeg.minigrid"],  # no households: printed an empty table
    ["export", "h.minigrid"],
    ["export", "h.minigrid", "--xlsx"],
    ["export", "h.minigrid", "--xlsx", ""],
    ["export", "h.minigrid", "--xlsx", "map"],
    ["import-households", "h.minigrid"],
    ["import-households", "h.minigrid", "--from", "weg.csv"],
    ["import-households", "h.minigrid", "--from", "map"],
    ["import-households", "h.minigrid", "--from", "enquete.csv", "--column", "gas"],
    ["intent", "h.minigrid"],
    ["intent", "h.minigrid", "--out", "h.minigrid"],
    ["intent", "h.minigrid", "--out", "map", "--privacy", "niemand"],
    ["tender", "h.minigrid", "--out", "h.minigrid"],
    ["tender", "h.minigrid", "--out", "uit", "--quote", "weg.xlsx"],
    ["tender", "h.minigrid", "--out", "uit", "--quote", "map"],
    ["handoff", "h.minigrid"],
    ["handoff", "h.minigrid", "--out", ""],
    ["handoff", "h.minigrid", "--out", "uit", "--design", "x.json"],
    ["handoff", "h.minigrid", "--design", "weg.json"],
    ["comptue", "h.minigrid"],
    ["exprot"],
    ["--lang", "fr"],
]


def _run(args) -> int:
    try:
        return main(args)
    except SystemExit as exit_:  # argparse's own exit
        return exit_.code


@pytest.mark.parametrize("args", BAD, ids=[" ".join(a) or "-" for a in BAD])
def test_bad_arguments_exit_2_with_a_dutch_message(folder, capsys, args):
    before = (folder / "h.minigrid").read_bytes()
    code = _run(args)
    err = capsys.readouterr().err
    if args == ["compute", "h.minigrid", "--qu"]:
        assert code == 0  # an unambiguous abbreviation is fine
        return
    assert code == 2, err
    dutch = next(line for line in err.splitlines() if line.startswith("Fout: "))
    assert not any(word in dutch for word in ENGLISH), dutch
    assert "Error: " in err and "Traceback" not in err
    assert (folder / "h.minigrid").read_bytes() == before
    assert not (folder / "map.xlsx").exists()


@pytest.mark.parametrize(("command", "nothing"), [(["compute"], "er is niets om te berekenen"),
                                                  (["export", "-o", "l.xlsx"], "er is niets om te exporteren"),
                                                  (["intent", "-o", "uit"], "er zijn geen papieren voor de avond te maken")])
def test_a_project_without_homes_is_said_so_by_every_command(folder, capsys, command, nothing):
    """intent said 'Geen enkele woning kan worden berekend: vul het gasverbruik in' with no home to fill in."""
    assert _run([command[0], "leeg.minigrid", *command[1:]]) == 2
    assert f"Fout: Het project heeft nog geen woningen; {nothing}. Voeg woningen toe (import-households)." in (
        capsys.readouterr().err)
    assert not (folder / "uit").exists() and not (folder / "l.xlsx").exists()


def test_argparse_messages_are_translated():
    assert argparse_problem("the following arguments are required: --out", "minigrid intent").nl == (
        "dit ontbreekt nog: --out. Zie: minigrid intent --help")
    assert "kies uit nl, en" in argparse_problem(
        "argument --lang: invalid choice: 'fr' (choose from 'nl', 'en')", "minigrid compute").nl
    unknown = argparse_problem("something new in Python 3.14", "minigrid")
    assert "something" not in unknown.nl and "something" in unknown.en


def test_the_window_started_without_arguments_gets_what_its_parser_would_give():
    """The window's start without arguments makes no parser (issue 16): the same arguments."""
    from minigrid_app.cli import _gui_parser, _window_arguments

    assert _window_arguments([]) == _gui_parser().parse_args([])
    assert vars(_window_arguments([])) == {"file": None, "example": None, "screenshot": None, "lang": None}
    assert _window_arguments(["--lang", "en"]).lang == "en"


def test_a_mistyped_command_names_the_right_one(folder, capsys):
    assert _run(["comptue", "h.minigrid"]) == 2
    assert "Bedoelt u ‘compute’?" in capsys.readouterr().err


def test_a_csv_with_sheet_is_said(folder, capsys):
    assert _run(["import-households", "n.minigrid", "--from", "enquete.csv", "--sheet", "Blad1"]) == 0
    assert "--sheet is niet gebruikt" in capsys.readouterr().err


def test_a_fault_of_the_program_is_a_sentence_not_a_traceback(tmp_path, capsys, monkeypatch):
    """A fault in Minigrid itself (here: the engine dividing by zero) printed Python's traceback."""
    import minigrid_app.cli as cli
    from minigrid_app.io.examples import load_example
    from minigrid_app.io.projectfile import save_project

    path = tmp_path / "p.minigrid"
    save_project(load_example("hofje-8"), path)

    def broken(args):
        return 1 / 0

    monkeypatch.setitem(cli.HANDLERS, "compute", broken)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert cli.main(["compute", str(path)]) == cli.EXIT_FAILED
    err = capsys.readouterr().err
    assert "Traceback" not in err and "fout in het programma zelf (ZeroDivisionError)" in err and "Error: Minigrid stopped" in err
    (log,) = tmp_path.glob("minigrid-fout-*.txt")
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8") and str(log) in err


# One convention for the options (walk-through: ``example -o/--output`` next to ``intent --out``,
# ``export --anonymise`` next to ``intent --privacy anonymous``): what a command writes is
# -o/--out, how it names the homes is --privacy; the older spellings still work, unlisted.
WRITING = {
    "example": ["hofje-8"],
    "export": ["h.minigrid"],
    "intent": ["h.minigrid"],
    "tender": ["h.minigrid"],
    "handoff": ["h.minigrid"],
}


@pytest.mark.parametrize("command", sorted(WRITING))
@pytest.mark.parametrize("option", ["-o", "--out"])
def test_every_command_that_writes_takes_out(command, option):
    from minigrid_app.cli import _build_parser

    args = _build_parser().parse_args([command, *WRITING[command], option, "uit"])
    assert args.out == "uit"


@pytest.mark.parametrize(("argv", "out"), [
    (["example", "hofje-8", "--output", "x.minigrid"], "x.minigrid"),
    (["export", "h.minigrid", "--xlsx", "x.xlsx"], "x.xlsx"),
])
def test_the_older_output_spellings_still_work(argv, out):
    from minigrid_app.cli import _build_parser

    assert _build_parser().parse_args(argv).out == out


@pytest.mark.parametrize("command", ["export", "intent"])
def test_privacy_is_one_option_and_anonymise_still_means_anonymous(command):
    from minigrid_app.cli import _build_parser

    parse = _build_parser().parse_args
    base = [command, "h.minigrid", "--out", "uit"]
    assert parse(base).privacy == "house_number"
    assert parse([*base, "--privacy", "anonymous"]).privacy == "anonymous"
    assert parse([*base, "--anonymise"]).privacy == "anonymous"


@pytest.mark.parametrize("command", sorted(WRITING))
def test_the_help_shows_one_spelling(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    shown = capsys.readouterr().out
    assert "-o OUT, --out OUT" in shown
    for old in ("--output", "--xlsx", "--anonymise"):
        assert old not in shown
    assert ("--privacy" in shown) == (command in ("export", "intent"))


def test_a_missing_out_is_named_without_the_older_spellings(folder, capsys):
    assert _run(["export", "h.minigrid"]) == 2
    err = capsys.readouterr().err
    assert "dit ontbreekt nog: -o/--out." in err and "--xlsx" not in err
