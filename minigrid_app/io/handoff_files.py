"""The engineer's files: per shared field a JSON document and a monthly CSV; the design read back.

``write_handoff(project, results, folder)`` writes, per field, ``<field id>.json`` and
``<field id>-maanden.csv`` (docs/handoff.md describes both), plus ``ontwerp-sjabloon.json``:
the design document an engineer fills in and sends back; with ``language="en"``
``<field id>-months.csv`` and ``design-template.json``. ``read_design(path, project,
results)`` reads that document (or an edited hand-off JSON) and checks it. Files are written
atomically; every failure comes back as :class:`HandoffError` with a Dutch and English message.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from minigrid_app.core.formatting import drilling_depth
from minigrid_app.core.handoff import (
    HANDOFF_FORMAT,
    FieldLoadsExport,
    csv_rows,
    design_from_dict,
    design_to_dict,
    export_to_dict,
    field_exports,
    unbuildable_fields,
)
from minigrid_app.core.model import Project
from minigrid_app.core.problems import Problem, ProblemError
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.tender_model import EngineerDesign, FieldDesign
from minigrid_app.io.os_errors import plain_reason
from minigrid_app.io.projectfile import atomic_write_text
from minigrid_app.io.safe_read import ReadRefused, decode_text, read_file_limited

#: Names per language: (the design template, what follows the field id in its monthly CSV)
FILE_NAMES = {"nl": ("ontwerp-sjabloon.json", "-maanden.csv"), "en": ("design-template.json", "-months.csv")}
TEMPLATE_NAME = FILE_NAMES["nl"][0]
#: A design file larger than this is refused unread [bytes].
MAX_DESIGN_BYTES = 2 * 1024 * 1024


class HandoffError(ProblemError):
    """The files cannot be written or the design cannot be read; ``problem`` says why."""


def csv_text(export: FieldLoadsExport) -> str:
    """The monthly CSV of one field (comma-separated, '.' decimals, UTF-8, header row)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(csv_rows(export))
    return buffer.getvalue()


def json_text(export: FieldLoadsExport, project_name: str = "", language: str = "nl") -> str:
    return json.dumps(export_to_dict(export, project_name, language), ensure_ascii=False, indent=2)


def template_design(exports: list[FieldLoadsExport]) -> EngineerDesign:
    """The design document with Minigrid's geometry filled in, for the engineer to overwrite."""
    return EngineerDesign(
        fields=[
            FieldDesign(e.field_id, [h for h, _ in e.households], e.boreholes,  # the depth the bill's metres add up to
                        drilling_depth(e.boreholes, e.depth_m, e.total_length_m), e.spacing_m)
            for e in exports
        ]
    )


def stale_handoff_files(folder: Path, written: list[Path]) -> list[Path]:
    """Hand-off files an earlier export left in ``folder`` for fields this export does not have.

    Only files Minigrid wrote: a JSON whose ``format`` is ``minigrid-handoff``, and the
    ``-maanden.csv`` of the same field. An engineer must never take a field of an earlier
    tender (a home that signed later changes the clusters) for a current one.
    """
    keep = {path.name for path in written}
    stale = []
    for candidate in sorted(folder.glob("*.json")):
        if candidate.name in keep or not candidate.is_file():
            continue
        try:
            data = json.loads(read_file_limited(candidate, MAX_DESIGN_BYTES).decode("utf-8-sig"))
        except (ReadRefused, ValueError, RecursionError):
            continue
        if isinstance(data, dict) and data.get("format") == HANDOFF_FORMAT:
            stale.append(candidate)
    for field_json in [*stale, *(path for path in written if path.suffix == ".json")]:
        # a field's table in either language (one written in the other language: replaced)
        for _template, months_suffix in FILE_NAMES.values():
            months = field_json.with_name(f"{field_json.stem}{months_suffix}")
            if months.is_file() and months.name not in keep and months not in stale:
                stale.append(months)
    return stale


def write_handoff(
    project: Project, results: ProjectResults, folder: str | os.PathLike, *, removed: list[Path] | None = None,
    language: str = "nl",
) -> list[Path]:
    """Write the hand-off files of every shared field to ``folder`` (created when missing).

    Hand-off files of fields an earlier export wrote to the same folder and this one does
    not have are removed (:func:`stale_handoff_files`) and appended to ``removed``, as is a
    field's monthly CSV an earlier export wrote under the other language's name. ``language``
    (``nl``/``en``) names the CSVs and the template (:data:`FILE_NAMES`).

    Returns
    -------
    list of Path
        Per field the JSON and the CSV, then the design template.

    Raises
    ------
    HandoffError
        When there is no shared field or the folder cannot be written.
    """
    blocked = unbuildable_fields(results)
    if blocked is not None:
        raise HandoffError(
            Problem(
                f"Er is niets voor de ingenieur geschreven: {blocked.nl}",
                f"Nothing was written for the engineer: {blocked.en}",
            )
        )
    exports = field_exports(project, results)
    if not exports:
        raise HandoffError(
            Problem(
                "Er is geen gedeeld bodemveld om over te dragen: geen woning zit in een cluster.",
                "There is no shared borefield to hand over: no home is in a cluster.",
            )
        )
    target = Path(folder)
    template_name, months_suffix = FILE_NAMES.get(language, FILE_NAMES["nl"])
    written: list[Path] = []
    try:
        target.mkdir(parents=True, exist_ok=True)
        for export in exports:
            json_path = target / f"{export.field_id}.json"
            atomic_write_text(json_path, json_text(export, project.intake.name, language))
            csv_path = target / f"{export.field_id}{months_suffix}"
            atomic_write_text(csv_path, csv_text(export))
            written += [json_path, csv_path]
        template = target / template_name
        atomic_write_text(template, json.dumps(design_to_dict(template_design(exports)), ensure_ascii=False, indent=2))
        written.append(template)
        for stale in stale_handoff_files(target, written):
            stale.unlink()
            if removed is not None:
                removed.append(stale)
    except OSError as exc:
        nl, en = plain_reason(exc)
        raise HandoffError(
            Problem(
                f"De bestanden voor de ingenieur konden niet worden geschreven in {target}: {nl}.",
                f"The engineer's files could not be written to {target}: {en}.",
            )
        ) from exc
    return written


def read_export(path: str | os.PathLike) -> dict:
    """A hand-off JSON as written (for tests and for checking a file that came back)."""
    return _read_json(path, HANDOFF_FORMAT)


def _read_json(path: str | os.PathLike, expected: str | None = None) -> dict:
    path = Path(path)
    try:  # folders, pipes and devices refused before reading; the size counted while reading
        decoded = decode_text(read_file_limited(path, MAX_DESIGN_BYTES))  # Notepad's UTF-16 and "ANSI" too
        if decoded is None:
            raise ValueError("no text")
        data = json.loads(decoded[0])
    except ReadRefused as exc:
        raise HandoffError(exc.problem) from exc
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        raise HandoffError(
            Problem(
                f"{path.name} is geen leesbaar JSON-bestand; vraag de ingenieur het ontwerp als JSON te sturen "
                "(zie het sjabloon).",
                f"{path.name} is not a readable JSON file; ask the engineer to send the design as JSON (see the template).",
            )
        ) from exc
    if expected and (not isinstance(data, dict) or data.get("format") != expected):
        raise HandoffError(Problem(f"{path.name} is geen {expected}-bestand.", f"{path.name} is not a {expected} file."))
    return data


def read_design(path: str | os.PathLike, project: Project, results: ProjectResults) -> tuple[EngineerDesign, list[Problem]]:
    """Read an engineer's design for the tendered project; raises :class:`HandoffError` when unusable."""
    from minigrid_app.core.handoff import DesignError

    data = _read_json(path)
    try:
        return design_from_dict(data, project, results)
    except DesignError as exc:
        raise HandoffError(exc.problem) from exc
