"""Command line: ``minigrid`` opens the program; sub-commands compute, export and check.

    minigrid                              open the program
    minigrid FILE.minigrid                open a project in the program
    minigrid --example hofje-8            open a bundled example
    minigrid --example hofje-8 --screenshot DIR   render every step to PNG and exit
    minigrid example NAME --out FILE      write a bundled example project
    minigrid compute FILE [--json]        print the business case
    minigrid selftest                     compute every example and check consistency
    minigrid export FILE --out OUT.xlsx   Excel workbook with live formulas [--privacy anonymous]
    minigrid import-households FILE --from SHEET.xlsx [--column gas=F] [--yes]
    minigrid intent FILE --out DIR        declarations of intent, handouts, report [--privacy anonymous]
    minigrid tender FILE --out DIR        tender request (PDF) and bill of quantities (xlsx)
    minigrid handoff FILE --out DIR       the engineer's files per shared field (CSV + JSON)
    minigrid handoff FILE --design D.json read the engineer's design back into the project

Every command's body is here; io and ui raise errors that carry a problem
(:class:`~minigrid_app.core.problems.ProblemError`) and :func:`main` turns them into a
clear message (Dutch first, English after) and exit code 2, in one place.

One convention for the options: what a command writes is ``-o/--out``, how papers name the
homes is ``--privacy house_number|anonymous``. The older spellings (``--output``, ``--xlsx``,
``--anonymise``) still work but are not shown in the help (:data:`HIDDEN_ALIASES`).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import gc
import os
import sys
from pathlib import Path

from minigrid_app import APP_NAME, __version__
from minigrid_app.blas_threads import one_blas_thread
from minigrid_app.core.formatting import count, form, number
from minigrid_app.core.problems import Problem, ProblemError

one_blas_thread()  # before numpy is first imported (by a command or the engine)

COMMANDS = ("example", "compute", "selftest", "export", "import-households", "intent", "tender", "handoff")
EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
#: What a survey comes in: such a file named where the project belongs gets a hint to import it
SURVEY_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt")


class CliError(ProblemError):
    """Stops a command with a message for the user and exit code 2."""


#: The language a command prints in: 'en' with ``--lang en``, else 'nl'. A problem is printed in
#: both languages (Dutch first) unless ``--lang`` chose one; set by :func:`main` before the
#: arguments are parsed, so argparse's own complaints follow it too.
_language: dict[str, str | None] = {"chosen": None}


def _english() -> bool:
    return _language["chosen"] == "en"


def say(nl: str, en: str, *, file=None) -> None:
    """Print one line in the command's language (``--lang``; Dutch by default)."""
    print(en if _english() else nl, file=file if file is not None else sys.stdout)


def note(problem: Problem) -> None:
    """A warning that does not stop the command, on stderr, in the command's language."""
    say(f"Let op: {problem.nl}", f"Note: {problem.en}", file=sys.stderr)


def _chosen_language(argv: list[str]) -> str | None:
    """The ``--lang`` of a command line (``--lang en`` or ``--lang=en``) before argparse reads it."""
    for index, word in enumerate(argv):
        value = word.partition("=")[2] if word.startswith("--lang=") else (
            argv[index + 1] if word == "--lang" and index + 1 < len(argv) else None)
        if value in ("nl", "en"):
            return value
    return None


def fail(nl: str, en: str) -> CliError:
    return CliError(Problem(nl, en))


def refuse_without_homes(project, nothing_nl: str, nothing_en: str) -> None:
    """Stop at a project without homes, in the words every command uses ('… nog geen woningen; er is niets om te
    berekenen'): intent said 'Geen enkele woning kan worden berekend: vul het gasverbruik in', with no home to fill in."""
    if not project.households:
        raise fail(f"Het project heeft nog geen woningen; {nothing_nl}. Voeg woningen toe (import-households).",
                   f"The project has no households yet; {nothing_en}. Add households (import-households).")


def _print_problem(problem: Problem) -> None:
    if _language["chosen"] != "en":
        print(f"Fout: {problem.nl}", file=sys.stderr)
    if _language["chosen"] != "nl":
        print(f"Error: {problem.en}", file=sys.stderr)


def load_for_cli(path: str):
    """Load a project file or stop with a clear message."""
    from minigrid_app.io.projectfile import load_project

    result = load_project(path)
    if result.project is None:
        problem = result.problems[0]
        if Path(path).suffix.lower() in SURVEY_SUFFIXES:  # the survey named where the project belongs
            problem = Problem(
                f"{problem.nl} Is dit de enquête van de bewoners? Lees hem in met: "
                f"minigrid import-households PROJECT.minigrid --from {path}",
                f"{problem.en} Is this the residents' survey? Import it with: "
                f"minigrid import-households PROJECT.minigrid --from {path}",
            )
        raise CliError(problem)
    for problem in result.problems:
        note(problem)
    return result.project


#: argparse's messages (Python's own English) → (Dutch, English) for the user; ``{0}``… are the
#: message's parts. The first pattern that matches wins; anything else gets a general sentence.
_ARGPARSE_MESSAGES = (
    (r"the following arguments are required: (.+)", "dit ontbreekt nog: {0}", "this is missing: {0}"),
    (r"one of the arguments (.+) is required", "kies één van: {0}", "choose one of: {0}"),
    (r"unrecognized arguments: (.+)", "dit begrijpt Minigrid niet: {0}", "Minigrid does not understand: {0}"),
    (r"argument (\S+): invalid choice: '(.*)' \(choose from (.*)\)", "‘{1}’ kan niet bij {0}; kies uit {2}",
     "‘{1}’ is not possible for {0}; choose from {2}"),
    (r"argument (\S+): expected (?:one|at least one) argument", "na {0} hoort een waarde", "{0} needs a value"),
    (r"argument (\S+): not allowed with argument (\S+)", "{0} en {1} gaan niet samen; kies er één",
     "{0} and {1} do not go together; choose one"),
    (r"argument (\S+): ignored explicit argument '(.*)'", "{0} neemt geen waarde (‘{1}’)", "{0} takes no value (‘{1}’)"),
    (r"argument (\S+): invalid \w+ value: '(.*)'", "‘{1}’ is geen geldige waarde voor {0}", "‘{1}’ is not a valid value for {0}"),
    (r"ambiguous option: (\S+) could match (.+)", "{0} is niet eenduidig: bedoelt u {1}?", "{0} is ambiguous: do you mean {1}?"),
)


def argparse_problem(message: str, prog: str) -> Problem:
    """A problem in Dutch and English for one of argparse's messages (never Python's English in the Dutch)."""
    import re

    for pattern, nl, en in _ARGPARSE_MESSAGES:
        match = re.fullmatch(pattern, message.strip())
        if match:
            parts = [part.replace("'", "") for part in match.groups()]
            return Problem(f"{nl.format(*parts)}. Zie: {prog} --help", f"{en.format(*parts)}. See: {prog} --help")
    return Problem(f"de opdracht is niet volledig of niet juist. Zie: {prog} --help",
                   f"the command is incomplete or wrong ({message}). See: {prog} --help")


#: older spellings of an option that still work, left out of the help and of the messages
HIDDEN_ALIASES = ("--output", "--xlsx")


def _without_hidden_aliases(text: str) -> str:
    for alias in HIDDEN_ALIASES:
        text = text.replace("/" + alias, "")
    return text


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help without the older spellings of an option (:data:`HIDDEN_ALIASES`)."""

    def _format_action_invocation(self, action):
        if any(alias in action.option_strings for alias in HIDDEN_ALIASES):
            action = copy.copy(action)
            action.option_strings = [s for s in action.option_strings if s not in HIDDEN_ALIASES]
        return super()._format_action_invocation(action)


class _Parser(argparse.ArgumentParser):
    """argparse with its complaints in Dutch and English, exit code 2 (as every bad input)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # noqa: D102 - argparse's hook
        message = _without_hidden_aliases(message)
        problem = argparse_problem(message, self.prog)
        usage = self.format_usage() if _english() else self.format_usage().replace("usage:", "gebruik:", 1)
        print(usage.rstrip(), file=sys.stderr)
        _print_problem(problem)
        self.exit(EXIT_BAD_INPUT)


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="minigrid", description=f"{APP_NAME} {__version__}: mini heat networks with shared ground loops")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    from minigrid_app.io.examples import EXAMPLES

    example = sub.add_parser("example", help="write a bundled example project")
    example.add_argument("name", help="the example: " + ", ".join(EXAMPLES))
    example.add_argument("-o", "--out", "--output", required=True, help="the project file to write (never over an existing file)")
    _add_language(example)

    compute = sub.add_parser("compute", help="compute the business case of a project")
    compute.add_argument("file")
    compute.add_argument("--json", action="store_true", help="print the full results as JSON")
    compute.add_argument("--quick", action="store_true", help="skip break-even and sensitivity")
    _add_language(compute)

    _add_language(sub.add_parser("selftest", help="compute every bundled example and check consistency"))

    export = sub.add_parser("export", help="export the Excel workbook")
    export.add_argument("file")
    export.add_argument("-o", "--out", "--xlsx", required=True, help="the workbook to write (.xlsx)")
    _add_privacy(export, "how the workbook names the homes: house_number (the default) by their names; "
                 "anonymous as Woning 1..N, without names or addresses, for a workbook shared outside the group")
    _add_language(export)

    imp = sub.add_parser("import-households", help="import households from a spreadsheet or CSV")
    imp.add_argument("file", help="project file to add the households to (created when missing)")
    imp.add_argument("--from", dest="source", required=True, help="survey (.xlsx or .csv)")
    imp.add_argument("--sheet", default=None, help="sheet name (xlsx)")
    imp.add_argument("--yes", action="store_true",
                     help="also take rows with doubtful values (never a column the import doubts)")
    imp.add_argument("--column", action="append", default=[], metavar="FIELD=COLUMN",
                     help="choose a column: gas=F, gas='Gasverbruik 2023', bouwjaar=- (not used); repeatable")
    imp.add_argument("--as-home", dest="as_home", default=None, metavar="NAME",
                     help="a monthly export of one home: put its year's use on the home NAME (added when missing)")
    _add_language(imp)

    intent = sub.add_parser("intent", help="declarations of intent, handouts and the evening report (PDF)")
    intent.add_argument("file")
    intent.add_argument("-o", "--out", required=True, help="output folder")
    _add_language(intent, documents=True)
    _add_privacy(intent, "how the papers name the homes: house_number (the default) by their house number ('nr. 12'); "
                 "anonymous by a letter along the street ('Woning C'), for papers shared outside the group")

    tender = sub.add_parser("tender", help="tender request (PDF) and bill of quantities (xlsx) for the homes that signed")
    tender.add_argument("file")
    tender.add_argument("-o", "--out", required=True, help="output folder")
    _add_language(tender, documents=True)
    tender.add_argument("--budget", action="store_true", help="add the indicative amounts to the bill of quantities")
    tender.add_argument("--decision", action="store_true", help="also write the decision record (PDF)")
    tender.add_argument("--quote", action="append", default=[], metavar="XLSX",
                        help="read a filled-in bill of quantities into the project as a quote (repeatable)")

    handoff = sub.add_parser("handoff", help="the engineer's files per shared field, or read the engineer's design back")
    handoff.add_argument("file")
    target = handoff.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--out", help="output folder for the CSV and JSON files")
    target.add_argument("--design", help="the engineer's design (JSON) to read into the project")
    _add_language(handoff)
    return parser


def _add_privacy(command, help_text: str) -> None:
    """``--privacy house_number|anonymous``; the older ``--anonymise`` still means ``--privacy anonymous``."""
    command.add_argument("--privacy", choices=("house_number", "anonymous"), default="house_number", help=help_text)
    command.add_argument("--anonymise", dest="privacy", action="store_const", const="anonymous", help=argparse.SUPPRESS)


def _add_language(command, documents: bool = False) -> None:
    what = "the documents and what the command prints" if documents else "what the command prints"
    command.add_argument("--lang", choices=("nl", "en"), default="nl", help=f"the language of {what} (default: nl)")


def _add_window_arguments(parser) -> None:
    """The arguments of a start without a command (the window), on a parser or an argument group."""
    parser.add_argument("file", nargs="?", help="project file to open (.minigrid)")
    parser.add_argument("--example", help="open a bundled example (hofje-8, straat-24, twee-onder-een-kap-4)")
    parser.add_argument("--screenshot", metavar="DIR", help="render every step to PNG files in DIR and exit")
    parser.add_argument("--lang", choices=("nl", "en"), default=None, help="the window's language (default: as last chosen)")


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="minigrid", description=f"{APP_NAME} {__version__}")
    _add_window_arguments(parser)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def _window_arguments(argv: list[str]) -> argparse.Namespace:
    """The window's arguments. Started without any (from the desktop, a double-click without a
    file) no parser is made: making argparse's took about 5 ms of the window's start (issue 16)."""
    if not argv:
        return argparse.Namespace(file=None, example=None, screenshot=None, lang=None)
    return _gui_parser().parse_args(argv)


def _print_help() -> None:
    """One help for both ways to start: the window (no command) and the commands, in one language."""
    parser = _build_parser()
    parser.usage = (
        "minigrid [file] [--example NAME] [--screenshot DIR] [--lang {nl,en}]\n"
        "       minigrid COMMAND ...   (each command: minigrid COMMAND --help)"
    )
    _add_window_arguments(parser.add_argument_group("the window (without a command)"))
    parser.print_help()


def main(argv: list[str] | None = None) -> int:
    from minigrid_app.io.console import make_console_safe
    from minigrid_app.io.defaults import install_bundled_defaults

    make_console_safe()  # "CO₂" on a cp1252 or ASCII console must not end the command
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) > 2 and argv[0] == "--lang" and argv[2] in COMMANDS:  # 'minigrid --lang en intent ...'
        argv = argv[2:] + argv[:2]
    _language["chosen"] = _chosen_language(argv)
    install_bundled_defaults()
    try:
        if argv and argv[0] in COMMANDS:
            args = _build_parser().parse_args(argv)
            _check_paths(args)
            handler = HANDLERS[args.command]
            code = handler(args)
            sys.stdout.flush()  # a closed pipe shows here, where it is caught, not at exit
            return code
        _check_not_a_mistyped_command(argv)
        if argv and argv[0] in ("-h", "--help") and len(argv) == 1:
            _print_help()
            return EXIT_OK
        args = _window_arguments(argv)
        from minigrid_app.ui.app import run_gui

        return run_gui(path=args.file, example=args.example, screenshot_dir=args.screenshot, language=args.lang)
    except ProblemError as exc:  # io, ui and the commands themselves: bad input, unwritable output
        _print_problem(exc.problem)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_FAILED
    except BrokenPipeError:  # 'minigrid compute FILE | head': the reader stopped reading; not an error of ours
        with contextlib.suppress(OSError):  # no second complaint when Python flushes stdout at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - a fault of ours: a sentence for the user, the details in a file
        _print_problem(_program_fault(exc))
        return EXIT_FAILED


def _program_fault(exc: Exception) -> Problem:
    """A fault in Minigrid itself (not in the input): said plainly, the traceback kept in a file for a helper."""
    import tempfile
    import time
    import traceback

    details = "".join(traceback.format_exception(exc))
    where_nl = where_en = ""
    with contextlib.suppress(OSError):
        handle, name = tempfile.mkstemp(prefix=f"minigrid-fout-{time.strftime('%Y%m%d-%H%M%S')}-", suffix=".txt")
        with os.fdopen(handle, "w", encoding="utf-8", errors="replace") as stream:
            stream.write(details)
        where_nl, where_en = f" De technische details staan in {name}.", f" The technical details are in {name}."
    kind = type(exc).__name__
    return Problem(
        f"Minigrid liep vast op een fout in het programma zelf ({kind}), niet in uw invoer; wat al opgeslagen "
        f"was, blijft zoals het was.{where_nl} Meld de fout met dat bestand erbij.",
        f"Minigrid stopped on a fault in the program itself ({kind}), not in your input; what was saved "
        f"stays as it was.{where_en} Please report the fault with that file.",
    )


#: the arguments that name a file or folder, with how the message names them
_PATH_ARGUMENTS = {"file": "het projectbestand", "source": "--from", "out": "--out",
                   "design": "--design", "quote": "--quote"}


#: the arguments that name a home or a sheet, with what they need
_NAME_ARGUMENTS = {
    "as_home": ("schrijf de naam van de woning, bijvoorbeeld --as-home 'Lindehof 3'",
                "write the home's name, for example --as-home 'Lindehof 3'"),
    "sheet": ("schrijf de naam van het werkblad, of laat --sheet weg", "write the sheet's name, or leave --sheet out"),
}


def name_option(name: str) -> str:
    return "--" + name.replace("_", "-")


def _check_paths(args) -> None:
    """An empty file or folder name (``--out ""``) is a mistake, never the current folder."""
    for name, shown in _PATH_ARGUMENTS.items():
        value = getattr(args, name, None)
        for item in value if isinstance(value, list) else [value]:
            if item is not None and not str(item).strip():
                raise fail(f"Bij {shown} staat geen bestandsnaam (een lege naam).",
                           f"{'the project file' if name == 'file' else shown} has no file name (an empty name).")
    for name, (nl, en) in _NAME_ARGUMENTS.items():
        value = getattr(args, name, None)
        if value is not None and not str(value).strip():
            raise fail(f"Bij {name_option(name)} staat geen naam (een lege naam); {nl}.",
                       f"{name_option(name)} has no name (an empty name); {en}.")


def _check_not_a_mistyped_command(argv: list[str]) -> None:
    """``minigrid comptue FILE``: a word close to a command is not a project to open in the window."""
    first = argv[0] if argv else ""
    if not first or first.startswith("-") or Path(first).exists() or Path(first).suffix:
        return
    import difflib  # only for a word that may be a mistyped command, not at every start

    close = difflib.get_close_matches(first, COMMANDS, n=1, cutoff=0.6)
    if close or len(argv) > 1:
        hint_nl = f" Bedoelt u ‘{close[0]}’?" if close else ""
        hint_en = f" Do you mean ‘{close[0]}’?" if close else ""
        raise fail(
            f"‘{first}’ is geen opdracht van Minigrid en geen projectbestand.{hint_nl} Opdrachten: {', '.join(COMMANDS)}.",
            f"‘{first}’ is not a Minigrid command nor a project file.{hint_en} Commands: {', '.join(COMMANDS)}.",
        )


# ---------------------------------------------------------------- handlers


def cmd_example(args) -> int:
    from minigrid_app.io.examples import load_example
    from minigrid_app.io.projectfile import save_project

    project = load_example(args.name)
    if Path(args.out).exists() and not Path(args.out).is_dir():  # a folder: save_project says so
        raise fail(
            f"{args.out} bestaat al; het is niet overschreven. Kies een andere naam of verwijder het eerst.",
            f"{args.out} already exists; it was not overwritten. Choose another name or delete it first.",
        )
    save_project(project, args.out)
    say(f"Voorbeeld {args.name} geschreven naar {args.out}", f"Example {args.name} written to {args.out}")
    return EXIT_OK


def cmd_compute(args) -> int:
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.report_text import results_table
    from minigrid_app.io.results_json import results_to_json

    project = load_for_cli(args.file)
    refuse_without_homes(project, "er is niets om te berekenen", "there is nothing to compute")  # not an empty table
    # the table shows no sensitivity: it is computed for the full results (--json) only; the
    # signature curve likewise (it recomputes the street once per count of signers)
    with _collections_of_a_one_off_command():  # a one-off command's collections, as intent's (issue 16)
        results = compute_project(
            project,
            break_even=not args.quick,
            sensitivity=args.json and not args.quick,
            signature_curve=bool(args.json),
        )
        if args.json:
            print(results_to_json(results))
        else:
            print(results_table(project, results, language=args.lang))
    return EXIT_OK


def cmd_selftest(args) -> int:
    from minigrid_app.io.selftest import run_selftest

    return EXIT_OK if run_selftest(print, language=args.lang) else EXIT_FAILED


def cmd_export(args) -> int:
    """``minigrid export FILE --out OUT.xlsx [--privacy house_number|anonymous]``."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.excel import export_workbook

    project = load_for_cli(args.file)
    refuse_without_homes(project, "er is niets om te exporteren", "there is nothing to export")
    results = compute_project(project)
    written = export_workbook(project, results, args.out, anonymise=args.privacy == "anonymous")
    # the workbook follows the Province of Utrecht's model, in Dutch: an English user is told so, not surprised
    say(f"Werkboek geschreven naar {written}", f"Workbook written to {written} (in Dutch, as the Province of Utrecht's model "
        "it follows)")
    return EXIT_OK


@contextlib.contextmanager
def writing_project(path: str, *, create: bool = False):
    """The project at ``path`` for a command that saves it; one writer per project, nothing lost.

    Every command that writes a project file (``import-households``, ``tender --quote``, ``handoff --design``)
    goes through here: a project a Minigrid window has open for editing is left alone (the window would save over
    the command's change), and so is a file the loader had to repair (saving would lose what it could not read).
    The lock is held while the command reads and saves. Yields the project (a new one when ``create`` and the file
    does not exist).
    """
    from minigrid_app.core.model import Project
    from minigrid_app.io.projectfile import load_project
    from minigrid_app.io.safe_read import shown_name
    from minigrid_app.ui.services.project_lock import HELD_ELSEWHERE, ProjectLock

    target = Path(path)
    lock = ProjectLock(path)
    if lock.acquire() == HELD_ELSEWHERE:
        raise fail(
            f"{shown_name(target)} is geopend in een Minigrid-venster; het is niet aangepast. Sluit het project "
            "in dat venster en probeer het opnieuw, of doe het daar.",
            f"{shown_name(target)} is open in a Minigrid window; it was not changed. Close the project in that "
            "window and try again, or do it there.",
        )
    try:
        if create and not target.exists():
            yield Project()
            return
        loaded = load_project(target)
        if loaded.project is None:
            problem = loaded.problems[0]
            raise fail(f"{problem.nl} Het projectbestand {shown_name(target)} is niet aangepast.",
                       f"{problem.en} The project file {shown_name(target)} was not changed.")
        if loaded.repaired:
            for problem in loaded.problems:
                note(problem)
            raise fail(
                f"{shown_name(target)} had onleesbare gegevens die bij opslaan verloren zouden gaan; het is niet "
                "aangepast. Open het in Minigrid, controleer het en sla het op; probeer het daarna opnieuw.",
                f"{shown_name(target)} holds unreadable data that saving would lose; it was not changed. Open it in "
                "Minigrid, check it and save it; then try again.",
            )
        for problem in loaded.problems:
            note(problem)
        yield loaded.project
    finally:
        lock.release()


def cmd_import(args) -> int:
    """``minigrid import-households``: see :func:`_import_households`, inside :func:`writing_project`."""
    with writing_project(args.file, create=True) as project:
        return _import_households(args, project)


def _import_households(args, project) -> int:
    """``minigrid import-households FILE --from SURVEY [--sheet NAME] [--column F=C ...] [--yes] [--as-home NAME]``.

    Prints the column chosen per field with its reason, then the report per row, and adds the ok rows (doubtful
    ones with ``--yes``) to FILE, created when missing; a home already in it is never added again. A doubted column
    is used only when chosen with ``--column``. One home's monthly history is refused, or with ``--as-home`` gives
    that home its year's use. A project file that cannot be read, or would lose data on saving, is left untouched.
    """
    from minigrid_app.core.model import Household
    from minigrid_app.io.projectfile import save_project
    from minigrid_app.io.survey import (
        column_letter,
        home_named,
        import_outcome,
        monthly_outcome,
        parse_column_choice,
        read_survey,
        survey_report,
    )

    target = Path(args.file)
    table, plan = read_survey(args.source, sheet=args.sheet)  # ImportFileError: a ProblemError, exit 2
    for choice in args.column:
        try:
            field_name, column = parse_column_choice(choice, plan.table)
        except ValueError as exc:
            raise fail(*exc.args) from exc
        plan.choose(field_name, column)
    if args.sheet is not None and table.sheet is None:
        say(f"Let op: {table.source} is een tekstbestand (CSV) zonder werkbladen; --sheet is niet gebruikt.",
            f"Note: {table.source} is a text file (CSV) without sheets; --sheet was not used.", file=sys.stderr)
    sheet = (f", sheet ‘{table.sheet}’" if _english() else f", werkblad ‘{table.sheet}’") if table.sheet else ""
    if (monthly := monthly_outcome(plan, table.source)) is not None:  # one home's months, decided in io
        problem = monthly.problem
        if args.as_home is None or monthly.year_m3 is None:
            raise fail(problem.nl + " Vul het jaarverbruik in bij die woning, of gebruik --as-home NAAM.",
                       problem.en + " Enter the year's use for that home, or use --as-home NAME.")
        home = home_named(project.households, args.as_home)
        if home is None:
            home = Household(label=args.as_home.strip())
            project.households.append(home)
        home.gas_m3_per_year = monthly.year_m3
        save_project(project, target)
        say(problem.nl, problem.en)
        say(f"Jaarverbruik {number(home.gas_m3_per_year, 0, 'm³', 'nl')} ingevuld bij ‘{home.label}’ in {target.name}.",
            f"Year's use {number(home.gas_m3_per_year, 0, 'm³', 'en')} entered for ‘{home.label}’ in {target.name}.")
        return EXIT_OK

    report = survey_report(plan, project.households, args.lang)
    outcome = import_outcome(plan, report, len(project.households), include_doubtful=args.yes)  # decided in io
    if not outcome.recognised:
        raise fail(
            f"Geen enkele kolom van {table.source} herkend. Gebruik kolomnamen zoals ‘Adres’, ‘Huisnr’, "
            "‘Gasverbruik’, kies de kolommen met --column gas=F, of kies ze in het programma "
            "(Intake → Importeren uit enquête…).",
            f"No column of {table.source} recognised. Use column names such as ‘Address’, ‘House number’, "
            "‘Gas use’, choose the columns with --column gas=F, or choose them in the program "
            "(Intake → Import from survey…).",
        )
    language = "en" if _english() else "nl"
    first, last = table.header_row - table.header_rows + 1, table.header_row
    header = "" if table.header_row <= 1 else (
        f" (column names on row {first}" + (f" and {last})" if table.header_rows > 1 else ")") if _english() else
        f" (kolomnamen op rij {first}" + (f" en {last})" if table.header_rows > 1 else ")"))
    say(f"Enquête {table.source}{sheet}: {count(len(report.rows), 'rij', 'rijen')} met antwoorden gelezen{header}.",
        f"Survey {table.source}{sheet}: {count(len(report.rows), 'row', 'rows')} with answers read{header}.")
    say("Kolommen (veld ← kolom: waarom):", "Columns (field ← column: why):")
    for line in plan.lines(language):
        print(line)
    for choice in plan.doubtful():
        letter, name = column_letter(choice.column), _CLI_FIELD_NAMES.get(choice.field, choice.field)
        say(f"  Twijfel: kolom {letter} is niet gebruikt. Klopt hij wel, kies hem dan met --column {name}={letter}.",
            f"  Doubt: column {letter} was not used. If it is right, choose it with --column {name}={letter}.")
    for line in report.lines(language):
        print(line)

    households, doubtful = outcome.households, outcome.doubtful_left
    if outcome.too_many:
        raise fail(
            f"Met {count(outcome.wanted, 'deze woning', 'deze woningen')} komt het project boven {outcome.limit} woningen; "
            "er is niets toegevoegd.",
            f"With {count(outcome.wanted, 'this home', 'these homes')} the project would exceed {outcome.limit} homes; "
            "nothing was added.",
        )
    if outcome.known:  # a second run with the same survey: its homes are there already, never doubled
        say(outcome.known_note().nl, outcome.known_note().en)
    if not households:
        say(f"Niets toegevoegd; {target.name} is niet aangepast.", f"Nothing added; {target.name} was not changed.")
        if doubtful:
            say("Gebruik --yes om ook de twijfelachtige rijen over te nemen.", "Use --yes to take the doubtful rows too.")
        return EXIT_OK
    project.households.extend(households)
    save_project(project, target)
    say(f"{count(len(households), 'woning', 'woningen')} toegevoegd aan {target.name} ({len(project.households)} in totaal).",
        f"{count(len(households), 'home', 'homes')} added to {target.name} ({len(project.households)} in all).")
    if doubtful:
        say(f"{count(doubtful, 'twijfelachtige rij', 'twijfelachtige rijen')} niet overgenomen; "
            f"gebruik --yes om {form(doubtful, 'hem', 'ze')} toch over te nemen.",
            f"{count(doubtful, 'doubtful row', 'doubtful rows')} not taken; use --yes to take {form(doubtful, 'it', 'them')} "
            "all the same.")
    return EXIT_OK


#: How ``--column`` names a field in the hints it prints.
_CLI_FIELD_NAMES = {
    "gas_m3_per_year": "gas", "label": "naam", "address": "adres", "house_number": "huisnummer",
    "house_number_addition": "toevoeging", "house_type": "type", "build_year": "bouwjaar",
    "floor_area_m2": "oppervlak", "cooks_on_gas": "koken",
    "persons": "bewoners", "participation": "interesse", "insulation_savings": "isolatie",
    "supply_temp_c": "aanvoer", "boiler_age_years": "ketel", "three_phase": "krachtstroom", "notes": "opmerkingen",
}


def cmd_intent(args) -> int:
    """``minigrid intent FILE --out DIR [--lang nl|en] [--privacy house_number|anonymous]``."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.core.variant import Variant
    from minigrid_app.io import documents
    from minigrid_app.ui.app import lighter_pyside_import_check
    from minigrid_app.ui.services.intent_pack import ensure_gui_application, write_pack

    # PySide6 (imported with the pack) reads the source of every module imported after it:
    # the engine's and matplotlib's, a hundred-odd files (14 MB of lines kept to the end); made light as in the window
    lighter_pyside_import_check()
    project = load_for_cli(args.file)
    refuse_without_homes(project, "er zijn geen papieren voor de avond te maken", "there are no papers for the evening to make")
    language = getattr(args, "lang", "nl") or "nl"
    privacy = getattr(args, "privacy", "house_number") or "house_number"
    method = getattr(args, "method", "pygfunction") or "pygfunction"
    with _collections_of_a_one_off_command(), _imports_past_pyside_features():
        # the documents show every home's break-even (issue 12) and the signature curves (issue 17):
        # the full computation, once (write_pack computes only what is missing); the report's
        # tornado is the shared loop's, so the sensitivity's reruns size no own loops
        results = compute_project(
            project,
            break_even=True,
            sensitivity=True,
            signature_curve=True,
            method=method,
            sensitivity_variants=(Variant.SHARED_LOOP,),
        )
        if not any(h.computable for h in results.households):
            raise fail(
                "Geen enkele woning kan worden berekend: vul het gasverbruik in.",
                "No home can be computed: enter the gas use.",
            )
        ensure_gui_application()
        with documents.charts_drawn_once():  # one pass: no chart is drawn twice, each image is read once
            paths = write_pack(
                project, results, args.out, language=language, privacy=privacy, method=method, computed=_forget_engine_caches
            )
    say(f"{count(len(paths), 'document', 'documenten')} geschreven naar {args.out}",
        f"{count(len(paths), 'document', 'documents')} written to {args.out}")
    for path in paths:
        print(f"  {path.name}")
    return EXIT_OK


#: The young generation's collection threshold while a one-off command runs (Python's: 700).
ONE_OFF_GC_THRESHOLD = 2000


@contextlib.contextmanager
def _collections_of_a_one_off_command():
    """While in it, the garbage collector passes by what lives until the end and collects the young less often.

    What is there when ``minigrid intent`` starts computing (the modules, the project) lives to
    the end: frozen (:func:`gc.freeze`), the full collections while it computes and draws (and
    :func:`_forget_engine_caches`'s) need not go through it again. The young objects are
    collected after :data:`ONE_OFF_GC_THRESHOLD` new ones, not 700: the command makes millions
    of short-lived objects and collected them 380 times. Together 0.33 -> 0.20 s of the
    command's CPU time in collections (issue 16), for 3 MiB more at the peak. As before after
    it (a caller in the same process: the tests).
    """
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(ONE_OFF_GC_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


@contextlib.contextmanager
def _imports_past_pyside_features():
    """While in it, an ``import`` goes to Python's import as it was before PySide6 came (PySide6's own layer kept).

    PySide6 puts its ``from __feature__ import ...`` (snake_case and true_property, which Minigrid
    does not use) in front of every ``import`` statement run after it is imported: a Python
    function that looks at the calling frame, and then at each new module's source
    (:func:`minigrid_app.ui.app.lighter_pyside_import_check`). ``minigrid intent`` runs some
    10 000 import statements after PySide6 (matplotlib's imports within its functions, 2 700 of
    them in ``matplotlib.cbook.normalize_kwargs``; ``datetime.date.today()``), each three times as
    slow through that function (7 µs instead of 2 µs; ~0.07 s of the command's CPU time,
    issue 16). The modules imported meanwhile get no feature selection of their own: PySide6 then
    keeps the last one, the default (no feature), which is what they would get. Nothing changes
    where PySide6 is not imported or its import is not wrapped so (another PySide6); as before after it.
    """
    import builtins

    wrapped = getattr(builtins, "__feature_import__", None)
    original = getattr(builtins, "__orig_import__", None)
    if wrapped is None or original is None or builtins.__import__ is not wrapped:
        yield
        return
    builtins.__import__ = original
    try:
        yield
    finally:
        if builtins.__import__ is original:
            builtins.__import__ = wrapped


def _forget_engine_caches() -> None:
    """Let the engine's caches go once a one-off command has computed all it shows: the
    sized fields and g-functions kept for a next computation (tens of MB) make room for the
    charts and PDF pages drawn next (``minigrid intent``'s peak memory, issue 16)."""
    from minigrid_app.core import borefield, fieldsizing
    from minigrid_app.io.os_memory import return_freed_memory

    fieldsizing.clear_cache()
    borefield.clear_cache()
    gc.collect()
    return_freed_memory()  # the caches' pages given back: the charts and pages drawn next start from less
    # what is left lives as long as the command (project, results, modules): the collections
    # while the documents are drawn need not go through it again (their full ones took twice as long)
    gc.freeze()


def cmd_tender(args) -> int:
    """``minigrid tender FILE --out DIR [--lang nl|en] [--budget] [--decision] [--quote FILLED.xlsx]``
    (:func:`minigrid_app.cli_tender.cmd_tender`)."""
    from minigrid_app.cli_tender import cmd_tender as tender

    return tender(args)


def cmd_handoff(args) -> int:
    """``minigrid handoff FILE --out DIR`` or ``--design DESIGN.json`` (:func:`minigrid_app.cli_tender.cmd_handoff`)."""
    from minigrid_app.cli_tender import cmd_handoff as handoff

    return handoff(args)


HANDLERS = {
    "example": cmd_example,
    "compute": cmd_compute,
    "selftest": cmd_selftest,
    "export": cmd_export,
    "import-households": cmd_import,
    "intent": cmd_intent,
    "tender": cmd_tender,
    "handoff": cmd_handoff,
}


if __name__ == "__main__":
    # 'python -m minigrid_app.cli' runs this file as __main__, a second copy of the module beside the
    # minigrid_app.cli that cli_tender imports: its --lang was never set, so 'tender' and 'handoff' spoke
    # Dutch after '--lang en'. The program as a process runs the one module instead.
    from minigrid_app.__main__ import run

    sys.exit(run())
