"""The ``.minigrid`` project file: JSON, versioned, validated on load, saved atomically.

Format (see docs/project-format.md)::

    {"format": "minigrid-project", "version": 1, "app_version": "...", "saved": "...",
     "intake": {...}, "households": [...], "first_evening": {...}, "second_evening": {...},
     "conditions": [...], "clusters": {...}, "parameter_overrides": {...}, "steps": {...},
     "created": "...", "modified": "..."}
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import json
import math
import os
import tempfile
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from minigrid_app import __version__
from minigrid_app.core.model import (
    ALLOCATION_KEYS,
    CONDITION_KINDS,
    LAYOUTS,
    PARTICIPATION_STATES,
    STEP_STATES,
    STEPS,
    ClusterSettings,
    Condition,
    Evening,
    Household,
    Intake,
    Project,
)
from minigrid_app.core.problems import Problem, ProblemError
from minigrid_app.io.projectfile_tender import tender_from_dict

FORMAT = "minigrid-project"
VERSION = 1
SUFFIX = ".minigrid"
#: Project files larger than this are refused unread [bytes].
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_HOUSEHOLDS = 500


class ProjectFileError(ProblemError):
    """A project file cannot be read or written; ``problem`` says why in Dutch and English."""


@dataclass
class LoadResult:
    """Outcome of reading a project file.

    ``project`` is None when the file could not be used at all; ``problems`` lists
    what was wrong or repaired. ``repaired`` is True when values had to be dropped,
    so the UI can ask before overwriting the original.
    """

    project: Project | None
    problems: list[Problem] = field(default_factory=list)
    repaired: bool = False

    @property
    def ok(self) -> bool:
        return self.project is not None


# Migrations: version n → n+1, applied in order to the raw dict. Version 1 is the first
# format, so there is nothing to migrate yet; a future version 2 adds ``2: _v1_to_v2``.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


def migrate(data: dict) -> dict:
    """Bring a raw project dict up to the current version."""
    version = data.get("version")
    while version < VERSION:
        step = MIGRATIONS.get(version + 1)
        if step is None:
            raise ProjectFileError(
                Problem(
                    f"Projectbestand versie {version} kan niet worden omgezet.",
                    f"Project file version {version} cannot be converted.",
                )
            )
        data = step(data)
        version = data["version"] = version + 1
    return data


# ---------------------------------------------------------------- dataclass <-> dict


def to_dict(obj) -> dict:
    return dataclasses.asdict(obj)


def project_to_dict(project: Project) -> dict:
    data = {"format": FORMAT, "version": VERSION, "app_version": __version__}
    data["saved"] = datetime.datetime.now().isoformat(timespec="seconds")
    data.update(dataclasses.asdict(project))
    return data


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, nl: str, en: str, field_name: str = "", row: int | None = None) -> None:
        self.problems.append(Problem(nl, en, field=field_name, row=row, severity="warning"))


def _coerce(value, annotation, where: str, collector: _Collector, row: int | None):
    """Convert a JSON value to ``annotation``; report and return a sentinel on failure."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _coerce(value, inner[0], where, collector, row)
    if annotation is bool:
        if isinstance(value, bool):
            return value
        raise _Bad
    if annotation is int:
        if isinstance(value, bool):
            raise _Bad
        if isinstance(value, int):
            return value
        if isinstance(value, float) and math.isfinite(value) and value == int(value):
            return int(value)
        raise _Bad
    if annotation is float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise _Bad
        return float(value)
    if annotation is str:
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        raise _Bad
    if origin is list:
        if not isinstance(value, list):
            raise _Bad
        (item_type,) = args
        items = []
        for item in value:
            try:
                items.append(_coerce(item, item_type, where, collector, row))
            except _Bad:
                collector.add(
                    f"{where}: waarde {item!r} overgeslagen.", f"{where}: value {item!r} skipped.", where, row
                )
        return items
    if origin is dict:
        if not isinstance(value, dict):
            raise _Bad
        return dict(value)
    raise _Bad


class _Bad(Exception):
    pass


def _from_dict(cls, data, where_nl: str, where_en: str, collector: _Collector, row: int | None = None):
    """Build dataclass ``cls`` from a dict, keeping defaults for missing or bad fields."""
    hints = typing.get_type_hints(cls)
    instance = cls()
    if not isinstance(data, dict):
        collector.add(
            f"{where_nl}: onleesbaar, standaardwaarden gebruikt.",
            f"{where_en}: unreadable, defaults used.",
            row=row,
        )
        return instance
    known = {f.name for f in dataclasses.fields(cls)}
    for name, value in data.items():
        if name not in known:
            collector.add(
                f"{where_nl}: onbekend veld '{name}' genegeerd.",
                f"{where_en}: unknown field '{name}' ignored.",
                name,
                row,
            )
            continue
        try:
            setattr(instance, name, _coerce(value, hints[name], name, collector, row))
        except _Bad:
            collector.add(
                f"{where_nl}: '{name}' heeft een ongeldige waarde ({_short(value)}); leeg gelaten.",
                f"{where_en}: '{name}' has an invalid value ({_short(value)}); left empty.",
                name,
                row,
            )
    return instance


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


def project_from_dict(data: dict) -> LoadResult:
    """Validate a raw dict and build a Project; never raises on bad content."""
    collector = _Collector()
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return LoadResult(
            None,
            [
                Problem(
                    "Dit is geen Minigrid-projectbestand.",
                    "This is not a Minigrid project file.",
                )
            ],
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return LoadResult(None, [Problem("Het projectbestand heeft geen geldige versie.", "The project file has no valid version.")])
    if version > VERSION:
        return LoadResult(
            None,
            [
                Problem(
                    f"Dit projectbestand is gemaakt met een nieuwere Minigrid (formaat {version}); "
                    "werk het programma bij om het te openen.",
                    f"This project file was made by a newer Minigrid (format {version}); "
                    "update the program to open it.",
                )
            ],
        )
    try:
        data = migrate(dict(data))
    except ProjectFileError as exc:
        return LoadResult(None, [exc.problem])

    project = Project()
    project.intake = _from_dict(Intake, data.get("intake", {}), "Intake", "Intake", collector)
    households_raw = data.get("households", [])
    if not isinstance(households_raw, list):
        collector.add("De lijst met woningen is onleesbaar.", "The list of households is unreadable.")
        households_raw = []
    if len(households_raw) > MAX_HOUSEHOLDS:
        return LoadResult(
            None,
            [
                Problem(
                    f"Het bestand bevat {len(households_raw)} woningen; Minigrid rekent met ten hoogste {MAX_HOUSEHOLDS}.",
                    f"The file holds {len(households_raw)} households; Minigrid handles at most {MAX_HOUSEHOLDS}.",
                )
            ],
        )
    seen: set[str] = set()
    for row, raw in enumerate(households_raw, start=1):
        household = _from_dict(Household, raw, f"Woning {row}", f"Home {row}", collector, row)
        if not household.id or household.id in seen:
            old = household.id
            household.id = Household().id
            if old:
                collector.add(
                    f"Woning {row}: dubbele sleutel vervangen.", f"Home {row}: duplicate id replaced.", "id", row
                )
        seen.add(household.id)
        if household.participation not in PARTICIPATION_STATES:
            collector.add(
                f"Woning {row}: deelname '{household.participation}' onbekend, 'onbekend' gebruikt.",
                f"Home {row}: participation '{household.participation}' unknown, 'unknown' used.",
                "participation",
                row,
            )
            household.participation = "unknown"
        project.households.append(household)
    project.first_evening = _from_dict(Evening, data.get("first_evening", {}), "Eerste bewonersavond", "First evening", collector)
    project.second_evening = _from_dict(Evening, data.get("second_evening", {}), "Tweede bewonersavond", "Second evening", collector)
    conditions_raw = data.get("conditions", [])
    if isinstance(conditions_raw, list):
        for index, raw in enumerate(conditions_raw, start=1):
            condition = _from_dict(Condition, raw, f"Voorwaarde {index}", f"Condition {index}", collector)
            if condition.kind not in CONDITION_KINDS:
                collector.add(
                    f"Voorwaarde {index}: soort '{condition.kind}' onbekend; als vrije tekst bewaard.",
                    f"Condition {index}: kind '{condition.kind}' unknown; kept as free text.",
                )
                condition.kind = "custom"
            project.conditions.append(condition)
    project.clusters = _from_dict(ClusterSettings, data.get("clusters", {}), "Clusters", "Clusters", collector)
    if project.clusters.layout not in LAYOUTS:
        project.clusters.layout = "line"
        collector.add("Onbekende veldopstelling; 'op een rij' gebruikt.", "Unknown field layout; 'line' used.")
    if project.clusters.allocation_key not in ALLOCATION_KEYS:
        project.clusters.allocation_key = "extraction"
        collector.add("Onbekende verdeelsleutel; 'naar onttrekking' gebruikt.", "Unknown allocation key; 'extraction' used.")
    if project.clusters.size is not None and not 1 <= project.clusters.size <= 50:
        project.clusters.size = None
        collector.add("Clustergrootte ongeldig; standaardwaarde gebruikt.", "Cluster size invalid; default used.")
    if project.clusters.reserve_joiners < 0 or project.clusters.reserve_joiners > 50:
        project.clusters.reserve_joiners = 0
        collector.add("Reserve voor latere deelnemers ongeldig; 0 gebruikt.", "Reserve for later joiners invalid; 0 used.")
    overrides = data.get("parameter_overrides", {})
    if isinstance(overrides, dict):
        from minigrid_app.core.parameters import ParameterSet
        from minigrid_app.io.defaults import engine_defaults

        accepted, problems = ParameterSet.from_overrides(overrides, engine_defaults())
        project.parameter_overrides = {k: (list(v) if isinstance(v, tuple) else v) for k, v in accepted.overrides.items()}
        for problem in problems:
            collector.add(problem.nl + " (aanname teruggezet)", problem.en + " (parameter reset)", problem.field)
    steps = data.get("steps", {})
    if isinstance(steps, dict):
        for step in STEPS:
            state = steps.get(step, "not_started")
            project.steps[step] = state if state in STEP_STATES else "not_started"
    project.tender = tender_from_dict(
        data.get("tender"), lambda cls, raw, nl, en: _from_dict(cls, raw, nl, en, collector), collector.add
    )
    for name in ("created", "modified"):
        value = data.get(name, "")
        setattr(project, name, value if isinstance(value, str) else "")
    return LoadResult(project, collector.problems, repaired=bool(collector.problems))


def load_project(path: str | os.PathLike) -> LoadResult:
    """Read a project file. Never raises: problems come back in the result."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return LoadResult(None, [Problem(f"Bestand niet gevonden of niet leesbaar: {path}", f"File not found or unreadable: {path} ({exc.strerror})")])
    if size > MAX_FILE_BYTES:
        return LoadResult(None, [Problem("Dit bestand is te groot voor een Minigrid-project.", "This file is too large for a Minigrid project.")])
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return LoadResult(None, [Problem("Dit bestand is geen leesbaar Minigrid-project (geen tekst).", "This file is not a readable Minigrid project (not text).")])
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        position = getattr(exc, "lineno", "?")
        return LoadResult(
            None,
            [
                Problem(
                    f"Het projectbestand is beschadigd (regel {position}); het origineel is niet aangepast.",
                    f"The project file is damaged (line {position}); the original was not changed.",
                )
            ],
        )
    return project_from_dict(data)


def loads_project(text: str) -> LoadResult:
    try:
        return project_from_dict(json.loads(text))
    except (json.JSONDecodeError, RecursionError):
        return LoadResult(None, [Problem("Het projectbestand is beschadigd.", "The project file is damaged.")])


def dumps_project(project: Project) -> str:
    return json.dumps(project_to_dict(project), ensure_ascii=False, indent=2)


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    """Write text so that a crash leaves either the old or the new file, never a mix.

    Writes a temporary file in the same folder, flushes and fsyncs it, then renames it
    over the target (atomic on POSIX and Windows).
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, _target_mode(path))
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    try:  # make the rename itself durable where the platform allows
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def _target_mode(path: Path) -> int:
    """Keep the permissions of the file being replaced; else the usual 0666 less umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def save_project(project: Project, path: str | os.PathLike) -> None:
    """Save atomically. Raises ProjectFileError with a Dutch message when writing fails."""
    project.modified = datetime.datetime.now().isoformat(timespec="seconds")
    if not project.created:
        project.created = project.modified
    try:
        atomic_write_text(path, dumps_project(project))
    except OSError as exc:
        raise ProjectFileError(
            Problem(
                f"Opslaan mislukt: {exc.strerror or exc}. Het vorige bestand is niet aangetast.",
                f"Saving failed: {exc.strerror or exc}. The previous file is untouched.",
            )
        ) from exc
