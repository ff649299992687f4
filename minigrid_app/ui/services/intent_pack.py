"""Write the pack for the second residents' evening: declarations, handouts and the report (PDF).

``write_pack`` is plain work (no widgets): the fifth step runs it on the document's task
runner, the command line (``minigrid intent FILE --out DIR``) runs it directly
(:func:`minigrid_app.cli.cmd_intent`). The content comes from :mod:`minigrid_app.io.documents`, the PDF from
:mod:`minigrid_app.ui.pdf`.
"""

from __future__ import annotations

import os
import pathlib
import sys
from collections.abc import Callable

from minigrid_app.core.conditions import check_conditions
from minigrid_app.core.model import Project
from minigrid_app.core.problems import Problem, ProblemError
from minigrid_app.core.results import ProjectResults
from minigrid_app.io import documents
from minigrid_app.io.charts import forget_kept_figures
from minigrid_app.io.documents.who_pays import with_signature_curves
from minigrid_app.io.os_errors import plain_reason, with_advice, write_reason
from minigrid_app.io.os_memory import return_freed_memory
from minigrid_app.ui.pdf import PdfBook, PdfError, PdfLayouts, render_pdf

#: File names per language: (declaration prefix, combined declarations, handout prefix, combined handouts, report)
FILE_NAMES = {
    "nl": ("intentieverklaring", "intentieverklaringen-alle", "keukentafelblad", "keukentafelbladen-alle", "bewonersavond-verslag"),
    "en": ("declaration-of-intent", "declarations-of-intent-all", "kitchen-table-handout", "kitchen-table-handouts-all", "residents-evening-report"),
}


class PackError(ProblemError):
    """The pack could not be written; carries a Dutch and English message."""


def write_pack(
    project: Project,
    results: ProjectResults,
    out_dir: str | os.PathLike,
    *,
    language: str = "nl",
    privacy: str = "house_number",
    progress: Callable[[float, str], None] | None = None,
    method: str = "pygfunction",
    compute: Callable | None = None,
    computed: Callable[[], None] | None = None,
) -> list[pathlib.Path]:
    """Write every document for the second residents' evening to ``out_dir``.

    One declaration of intent per participating household (and all of them in one file for
    printing), one kitchen-table handout per computed household (and all in one file), and the
    report for the evening.

    Parameters
    ----------
    project, results : the project and its results (``compute_project``).
    out_dir : folder to write to; created when missing.
    language : ``nl`` or ``en``.
    privacy : ``house_number`` (neighbours by house number) or ``anonymous`` (Woning 1..N).
    progress : called with (fraction done 0-1, Dutch text).
    method : borefield sizing method for the "what if a signature does not come" figures.
    compute : how those figures are recalculated (default ``compute_project`` on this thread;
        the window passes its engine, :mod:`minigrid_app.ui.services.engine`).
    computed : called once every figure the documents show is computed, before the first is
        drawn (the command line lets the engine's caches go there: less memory at the peak).

    Returns
    -------
    list of pathlib.Path
        The files written, declarations first, the report last.

    Raises
    ------
    PackError
        When the folder cannot be written or a template is missing.
    """
    report = progress or (lambda fraction, text: None)
    if language not in documents.LANGUAGES or privacy not in documents.PRIVACY_MODES:
        raise ValueError("unknown language or privacy setting")
    folder = pathlib.Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        nl, en = plain_reason(exc)
        raise PackError(Problem(f"De map {folder} kan niet worden gemaakt: {nl}.", f"The folder {folder} cannot be created: {en}.")) from exc
    names = FILE_NAMES[language]
    written: list[pathlib.Path] = []
    try:
        report(0.02, "What if a signature does not come?" if language == "en" else "Wat als een handtekening uitblijft?")
        effects = documents.cluster_drop_out_effects(project, results, method=method, compute=compute)
        report(0.06, "How many must sign?" if language == "en" else "Hoeveel van ons moeten tekenen?")
        results = with_signature_curves(project, results, method=method, compute=compute)
        checks = check_conditions(project, results)
        if computed is not None:
            computed()
        declarants = documents.declaration_households(results)
        handouts = documents.handout_households(results)
        steps = max(1, len(declarants) + len(handouts) + 3)
        done = 0

        def step(text: str) -> None:
            nonlocal done
            done += 1
            report(min(1.0, 0.1 + 0.9 * done / steps), text)

        def each(households, build, prefix: str, combined: str, label_nl: str, label_en: str) -> None:
            # all of them in one file for printing and one file per household: each document is
            # laid out and painted once, into the file of all, and let go (the pack's peak
            # memory); each household's own file is cut from that one (finished once, not 24 times)
            layouts = PdfLayouts()
            all_path = folder / f"{combined}.pdf"
            book = PdfBook(all_path, language=language)
            cut: list[tuple[pathlib.Path, str, int]] = []
            try:
                for household in households:
                    content = build(household.id)
                    stem = documents.file_stem(project.household(household.id), household.row, privacy, language)
                    cut.append((folder / f"{prefix}-{stem}.pdf", content.title, book.add(content, layouts)))
                    layouts.forget(content)
                    step(f"{label_en if language == 'en' else label_nl} {household.name(language)}")
                if book.close(cut):
                    written.extend(path for path, _title, _pages in cut)
                    written.append(all_path)
            finally:
                book.discard()
            step(label_en if language == "en" else label_nl)

        each(
            declarants,
            lambda household_id: documents.build_declaration(
                project, results, household_id, language=language, privacy=privacy, effects=effects, checks=checks
            ),
            names[0],
            names[1],
            "Intentieverklaring",
            "Declaration of intent",
        )
        each(
            handouts,
            lambda household_id: documents.build_handout(
                project, results, household_id, language=language, privacy=privacy, checks=checks
            ),
            names[2],
            names[3],
            "Keukentafelblad",
            "Kitchen-table handout",
        )
        forget_kept_figures()  # the handouts' chart figure (charts.variant_bars_figure(reuse=True))
        # the handouts' layouts, PDFs and figures freed lie between what lives: their pages given
        # back, the report's charts (a few MB each) do not grow the memory above them (its peak)
        return_freed_memory()

        content = documents.build_report(project, results, language=language, privacy=privacy, effects=effects, checks=checks)
        path = folder / f"{names[4]}.pdf"
        render_pdf(content, path, language=language)
        written.append(path)
        step("Report for the residents' evening" if language == "en" else "Verslag voor de bewonersavond")
    except documents.DocumentError as exc:
        raise PackError(exc.problem) from exc
    except (PdfError, OSError) as exc:
        nl, en = with_advice(write_reason(exc), ("Kies een andere map.", "Choose another folder."))
        raise PackError(
            Problem(f"De documenten konden niet worden geschreven in {folder}: {nl}",
                    f"The documents could not be written to {folder}: {en}")
        ) from exc
    report(1.0, "Done" if language == "en" else "Klaar")
    return written


def ensure_gui_application():
    """A QGuiApplication for fonts and PDF (the command line has none); offscreen without a display."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
            if not os.environ.get("QT_QPA_PLATFORM"):
                os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["minigrid"])
    return app

