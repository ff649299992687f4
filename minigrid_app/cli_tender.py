"""The tender commands of the command line: ``minigrid tender`` and ``minigrid handoff`` (moved out of
:mod:`minigrid_app.cli`, which keeps the parser, the shared output and the other commands)."""

from __future__ import annotations

from pathlib import Path

from minigrid_app.cli import EXIT_OK, _english, fail, load_for_cli, note, say, writing_project
from minigrid_app.core.formatting import count, drilling_words, number


def cmd_tender(args) -> int:
    """``minigrid tender FILE --out DIR [--lang nl|en] [--budget] [--decision] [--quote FILLED.xlsx]``."""
    from minigrid_app.core.quote_entry import add_quote
    from minigrid_app.core.tender_figure import decided_figure
    from minigrid_app.io.boq_xlsx import read_quote
    from minigrid_app.io.projectfile import save_project
    from minigrid_app.ui.services.intent_pack import ensure_gui_application
    from minigrid_app.ui.services.tender_pack import tendered, write_decision, write_tender

    if args.quote:
        with writing_project(args.file) as project:
            tender = tendered(project)
            quotes = list(project.tender.quotes)
            for path in args.quote:  # every workbook is read before the project is changed
                quote, problems = read_quote(path, lines=tender.pack.lines, project_name=project.intake.name,
                                             require_price=True)  # as the window: no quote without a price
                for problem in problems:
                    note(problem)
                try:
                    quotes, replaced = add_quote(quotes, quote)
                except ValueError as exc:
                    raise fail(*exc.args) from exc
                said_nl = " (vervangt de eerdere offerte van deze aanbieder)" if replaced is not None else ""
                said_en = " (replaces this supplier's earlier quote)" if replaced is not None else ""
                say(f"Offerte van {quote.supplier} ingelezen: {count(len(quote.amounts), 'regel', 'regels')} met een prijs{said_nl}",
                    f"Quote of {quote.supplier} read: {count(len(quote.amounts), 'line', 'lines')} with a price{said_en}")
            project.tender.quotes = quotes
            save_project(project, args.file)
    else:
        project = load_for_cli(args.file)
    tender = tendered(project)
    ensure_gui_application()
    paths = write_tender(tender, args.out, language=args.lang, with_budget=args.budget)
    if args.decision:
        paths.append(write_decision(tender, args.out, language=args.lang))
    say(f"Uitvraag voor {count(len(tender.scope.signed), 'woning', 'woningen')} geschreven naar {args.out}",
        f"Tender for {count(len(tender.scope.signed), 'home', 'homes')} written to {args.out}")
    for said in tender.scope.notes:  # a cluster of step 5 with too few signers, said plainly
        note(said)
    figure = decided_figure(tender.scope.project, tender.results, tender.pack.lines)
    if figure is not None:  # the figure of the window's steps 6-8, over the same homes
        say(f"Per woning: {figure.text('nl')} ({figure.homes_said('nl')})",
            f"Per home: {figure.text('en')} ({figure.homes_said('en')})")
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

    if args.out is not None:
        project = load_for_cli(args.file)
        scope = tender_scope(project)
        scoped = project if scope.empty else scope.project
        results = compute_project(scoped, break_even=False, sensitivity=False)
        removed: list[Path] = []
        paths = write_handoff(scoped, results, args.out, removed=removed, language="en" if _english() else "nl")
        basis = scope.handoff_words  # the clusters of step 5 with their signers (method.md#tender)
        say(f"Bestanden voor de ingenieur ({basis.nl}) geschreven naar {args.out}", f"Files for the engineer ({basis.en}) written to {args.out}")
        for said in scope.notes:  # a cluster of step 5 with too few signers, said plainly
            note(said)
        for path in paths:
            print(f"  {path.name}")
        if removed:
            names = ", ".join(p.name for p in removed)
            say(f"Weggehaald (velden van een eerdere overdracht): {names}", f"Removed (fields of an earlier hand-off): {names}")
        return EXIT_OK
    with writing_project(args.file) as project:
        scope = tender_scope(project)
        scoped = project if scope.empty else scope.project
        results = compute_project(scoped, break_even=False, sensitivity=False)
        design, problems = read_design(args.design, scoped, results)
        for problem in problems:
            note(problem)
        project.tender.design = design
        save_project(project, args.file)
    scoped = project if scope.empty else tender_scope(project).project
    after = compute_project(scoped, break_even=False, sensitivity=False)
    engineer = f" ({design.engineer})" if design.engineer else ""
    say(f"Ontwerp van de ingenieur{engineer} opgeslagen in {args.file}", f"The engineer's design{engineer} saved in {args.file}")
    for cluster in after.clusters:
        field_result = after.field(cluster.field_id)
        sizing = field_result.sizing
        by_engineer = field_result.designed_by_engineer
        depths = [drilling_words(sizing.boreholes, sizing.depth_m, sizing.total_length_m, language)[0] for language in ("nl", "en")]
        say(f"  {cluster.name}: {sizing.boreholes} × {depths[0]}, laagste vloeistoftemperatuur "
            f"{number(sizing.min_fluid_temp_c, 1, '°C', 'nl')} ({'ontwerp van de ingenieur' if by_engineer else 'berekend door Minigrid'})",
            f"  {cluster.name}: {sizing.boreholes} × {depths[1]}, lowest fluid temperature "
            f"{number(sizing.min_fluid_temp_c, 1, '°C', 'en')} ({'the engineer’s design' if by_engineer else 'computed by Minigrid'})")
    return EXIT_OK
