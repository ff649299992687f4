"""Command line: ``minigrid`` opens the program; sub-commands compute, export and check.

    minigrid                              open the program
    minigrid FILE.minigrid                open a project in the program
    minigrid --example hofje-8            open a bundled example
    minigrid --example hofje-8 --screenshot DIR   render every step to PNG and exit
    minigrid example NAME -o FILE         write a bundled example project
    minigrid compute FILE [--json]        print the business case
    minigrid selftest                     compute every example and check consistency
    minigrid export FILE --xlsx OUT       Excel workbook with live formulas
    minigrid import-households FILE --from SHEET.xlsx
    minigrid intent FILE --out DIR        declarations of intent, handouts, report
    minigrid tender FILE --out DIR        tender request (PDF) and bill of quantities (xlsx)
    minigrid handoff FILE --out DIR       the engineer's files per shared field (CSV + JSON)
    minigrid handoff FILE --design D.json read the engineer's design back into the project

Every command's body is here; io and ui raise errors that carry a problem
(:class:`~minigrid_app.core.problems.ProblemError`) and :func:`main` turns them into a
clear message (Dutch first, English after) and exit code 2, in one place.
"""

from __future__ import annotations

import argparse
import sys

from minigrid_app import APP_NAME, __version__
from minigrid_app.core.problems import Problem, ProblemError

COMMANDS = ("example", "compute", "selftest", "export", "import-households", "intent", "tender", "handoff")
EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class CliError(ProblemError):
    """Stops a command with a message for the user and exit code 2."""


def fail(nl: str, en: str) -> CliError:
    return CliError(Problem(nl, en))


def _print_problem(problem: Problem) -> None:
    print(f"Fout: {problem.nl}", file=sys.stderr)
    print(f"Error: {problem.en}", file=sys.stderr)


def load_for_cli(path: str):
    """Load a project file or stop with a clear message."""
    from minigrid_app.io.projectfile import load_project

    result = load_project(path)
    if result.project is None:
        raise CliError(result.problems[0])
    for problem in result.problems:
        print(f"Let op: {problem.nl}", file=sys.stderr)
    return result.project


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="minigrid", description=f"{APP_NAME} {__version__}: mini-warmtenetten met gedeelde bodemlussen")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    example = sub.add_parser("example", help="write a bundled example project")
    example.add_argument("name")
    example.add_argument("-o", "--output", required=True)

    compute = sub.add_parser("compute", help="compute the business case of a project")
    compute.add_argument("file")
    compute.add_argument("--json", action="store_true", help="print the full results as JSON")
    compute.add_argument("--quick", action="store_true", help="skip break-even and sensitivity")
    compute.add_argument("--lang", choices=("nl", "en"), default="nl")

    sub.add_parser("selftest", help="compute every bundled example and check consistency")

    export = sub.add_parser("export", help="export the Excel workbook")
    export.add_argument("file")
    export.add_argument("--xlsx", required=True, help="output workbook (.xlsx)")
    export.add_argument("--anonymise", action="store_true", help="Woning 1..N, no names or addresses")

    imp = sub.add_parser("import-households", help="import households from a spreadsheet or CSV")
    imp.add_argument("file", help="project file to add the households to (created when missing)")
    imp.add_argument("--from", dest="source", required=True, help="survey (.xlsx or .csv)")
    imp.add_argument("--sheet", default=None, help="sheet name (xlsx)")
    imp.add_argument("--yes", action="store_true", help="also take rows with doubtful values")

    intent = sub.add_parser("intent", help="declarations of intent, handouts and the evening report (PDF)")
    intent.add_argument("file")
    intent.add_argument("--out", required=True, help="output folder")
    intent.add_argument("--lang", choices=("nl", "en"), default="nl")
    intent.add_argument("--privacy", choices=("house_number", "anonymous"), default="house_number")

    tender = sub.add_parser("tender", help="tender request (PDF) and bill of quantities (xlsx) for the homes that signed")
    tender.add_argument("file")
    tender.add_argument("--out", required=True, help="output folder")
    tender.add_argument("--lang", choices=("nl", "en"), default="nl")
    tender.add_argument("--budget", action="store_true", help="add the indicative amounts to the bill of quantities")
    tender.add_argument("--decision", action="store_true", help="also write the decision record (PDF)")
    tender.add_argument("--quote", action="append", default=[], metavar="XLSX",
                        help="read a filled-in bill of quantities into the project as a quote (repeatable)")

    handoff = sub.add_parser("handoff", help="the engineer's files per shared field, or read the engineer's design back")
    handoff.add_argument("file")
    target = handoff.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", help="output folder for the CSV and JSON files")
    target.add_argument("--design", help="the engineer's design (JSON) to read into the project")
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="minigrid", description=f"{APP_NAME} {__version__}")
    parser.add_argument("file", nargs="?", help="project file to open (.minigrid)")
    parser.add_argument("--example", help="open a bundled example (hofje-8, straat-24, twee-onder-een-kap-4)")
    parser.add_argument("--screenshot", metavar="DIR", help="render every step to PNG files in DIR and exit")
    parser.add_argument("--lang", choices=("nl", "en"), default=None)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    from minigrid_app.io.defaults import install_bundled_defaults

    argv = list(sys.argv[1:] if argv is None else argv)
    install_bundled_defaults()
    try:
        if argv and argv[0] in COMMANDS:
            args = _build_parser().parse_args(argv)
            handler = HANDLERS[args.command]
            return handler(args)
        if argv and argv[0] in ("-h", "--help") and len(argv) == 1:
            _build_parser().print_help()
            print()
            _gui_parser().print_help()
            return EXIT_OK
        args = _gui_parser().parse_args(argv)
        from minigrid_app.ui.app import run_gui

        return run_gui(path=args.file, example=args.example, screenshot_dir=args.screenshot, language=args.lang)
    except ProblemError as exc:  # io, ui and the commands themselves: bad input, unwritable output
        _print_problem(exc.problem)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_FAILED


# ---------------------------------------------------------------- handlers


def cmd_example(args) -> int:
    from minigrid_app.io.examples import load_example
    from minigrid_app.io.projectfile import save_project

    project = load_example(args.name)
    save_project(project, args.output)
    print(f"Voorbeeld {args.name} geschreven naar {args.output}")
    return EXIT_OK


def cmd_compute(args) -> int:
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.report_text import results_table
    from minigrid_app.io.results_json import results_to_json

    project = load_for_cli(args.file)
    results = compute_project(project, break_even=not args.quick, sensitivity=not args.quick)
    if args.json:
        print(results_to_json(results))
    else:
        print(results_table(project, results, language=args.lang))
    return EXIT_OK


def cmd_selftest(args) -> int:
    from minigrid_app.io.selftest import run_selftest

    return EXIT_OK if run_selftest(print) else EXIT_FAILED


def cmd_export(args) -> int:
    """``minigrid export FILE --xlsx OUT [--anonymise]``."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.excel import export_workbook

    project = load_for_cli(args.file)
    if not project.households:
        raise fail(
            "Het project heeft nog geen woningen; er is niets om te exporteren.",
            "The project has no households yet; there is nothing to export.",
        )
    results = compute_project(project)
    written = export_workbook(project, results, args.xlsx, anonymise=bool(getattr(args, "anonymise", False)))
    print(f"Werkboek geschreven naar {written}")
    return EXIT_OK


def cmd_import(args) -> int:
    from minigrid_app.io.household_import import cli_import

    return cli_import(args)


def cmd_intent(args) -> int:
    """``minigrid intent FILE --out DIR [--lang nl|en] [--privacy house_number|anonymous]``."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.ui.services.intent_pack import ensure_gui_application, write_pack

    project = load_for_cli(args.file)
    language = getattr(args, "lang", "nl") or "nl"
    privacy = getattr(args, "privacy", "house_number") or "house_number"
    method = getattr(args, "method", "pygfunction") or "pygfunction"
    results = compute_project(project, break_even=False, sensitivity=True, method=method)
    if not any(h.computable for h in results.households):
        raise fail(
            "Geen enkele woning kan worden berekend: vul het gasverbruik in.",
            "No home can be computed: enter the gas use.",
        )
    ensure_gui_application()
    paths = write_pack(project, results, args.out, language=language, privacy=privacy, method=method)
    print(f"{len(paths)} documenten geschreven naar {args.out}")
    for path in paths:
        print(f"  {path.name}")
    return EXIT_OK


def cmd_tender(args) -> int:
    """``minigrid tender FILE --out DIR [--lang nl|en] [--budget] [--decision] [--quote FILLED.xlsx]``."""
    from minigrid_app.io.boq_xlsx import read_quote
    from minigrid_app.io.projectfile import save_project
    from minigrid_app.ui.services.intent_pack import ensure_gui_application
    from minigrid_app.ui.services.tender_pack import tendered, write_decision, write_tender

    project = load_for_cli(args.file)
    tender = tendered(project)
    if args.quote:
        known = {line.id for line in tender.pack.lines}
        for path in args.quote:
            quote, problems = read_quote(path, known)
            for problem in problems:
                print(f"Let op: {problem.nl}", file=sys.stderr)
            project.tender.quotes.append(quote)
            print(f"Offerte van {quote.supplier} ingelezen: {len(quote.amounts)} regels met een prijs")
        save_project(project, args.file)
        tender = tendered(project)
    ensure_gui_application()
    paths = write_tender(tender, args.out, language=args.lang, with_budget=args.budget)
    if args.decision:
        paths.append(write_decision(tender, args.out, language=args.lang))
    print(f"Uitvraag voor {len(tender.scope.signed)} woningen geschreven naar {args.out}")
    for path in paths:
        print(f"  {path.name}")
    return EXIT_OK


def cmd_handoff(args) -> int:
    """``minigrid handoff FILE --out DIR`` or ``minigrid handoff FILE --design DESIGN.json``.

    The hand-off covers the homes that signed (the tender); all homes taking part when nobody signed yet.
    """
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.core.tender import tender_scope
    from minigrid_app.io.handoff_files import read_design, write_handoff
    from minigrid_app.io.projectfile import save_project

    project = load_for_cli(args.file)
    scope = tender_scope(project)
    scoped = project if scope.empty else scope.project
    results = compute_project(scoped, break_even=False, sensitivity=False)
    if args.out:
        paths = write_handoff(scoped, results, args.out)
        basis = "alle woningen die meedoen" if scope.empty else f"de {len(scope.signed)} woningen die tekenden"
        print(f"Bestanden voor de ingenieur ({basis}) geschreven naar {args.out}")
        for path in paths:
            print(f"  {path.name}")
        return EXIT_OK
    design, problems = read_design(args.design, scoped, results)
    for problem in problems:
        print(f"Let op: {problem.nl}", file=sys.stderr)
    project.tender.design = design
    save_project(project, args.file)
    scoped = project if scope.empty else tender_scope(project).project
    after = compute_project(scoped, break_even=False, sensitivity=False)
    print(f"Ontwerp van de ingenieur{' (' + design.engineer + ')' if design.engineer else ''} opgeslagen in {args.file}")
    for cluster in after.clusters:
        field_result = after.field(cluster.field_id)
        sizing = field_result.sizing
        mark = "ontwerp van de ingenieur" if field_result.designed_by_engineer else "berekend door Minigrid"
        print(
            f"  {cluster.name}: {sizing.boreholes} × {sizing.depth_m:.1f} m, laagste vloeistoftemperatuur "
            f"{sizing.min_fluid_temp_c:.1f} °C ({mark})"
        )
    return EXIT_OK


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
    sys.exit(main())
