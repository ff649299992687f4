"""Default figures ("kentallen") with unit, source and year, and per-project overrides.

Every number the engine uses comes from ``resources/defaults.toml`` through a
:class:`ParameterSet`. Overrides are validated against the allowed range. The file is
read by :mod:`minigrid_app.io.defaults` and handed to the engine (:func:`install_defaults`,
or explicitly to :meth:`ParameterSet.from_overrides`): the engine itself reads no files.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from minigrid_app.core.formatting import is_calendar_year_key, parameter_value, shown_unit
from minigrid_app.core.problems import Problem, ProblemError

if TYPE_CHECKING:
    from minigrid_app.core.model import Project
    from minigrid_app.core.tender_model import EngineerDesign

GROUPS = (
    "demand",
    "heatpump",
    "ground",
    "investment",
    "subsidy",
    "annual",
    "finance",
    "co2",
    "cluster",
    "rules",
    "sensitivity",
    "tender",
)

GROUP_LABELS_NL = {
    "demand": "Warmtevraag",
    "heatpump": "Warmtepomp",
    "ground": "Bodem en bron",
    "investment": "Investeringen",
    "subsidy": "Subsidie (ISDE)",
    "annual": "Jaarlijkse kosten",
    "finance": "Financiering",
    "co2": "CO₂",
    "cluster": "Clusters",
    "rules": "Regels (Wcw)",
    "sensitivity": "Gevoeligheid",
    "tender": "Uitvraag en offertes",
}
GROUP_LABELS_EN = {
    "demand": "Heat demand",
    "heatpump": "Heat pump",
    "ground": "Ground and source",
    "investment": "Investments",
    "subsidy": "Subsidy (ISDE)",
    "annual": "Annual costs",
    "finance": "Financing",
    "co2": "CO₂",
    "cluster": "Clusters",
    "rules": "Rules (Wcw)",
    "sensitivity": "Sensitivity",
    "tender": "Tender and quotes",
}


class DefaultsError(ProblemError, ValueError):
    """The defaults data file is missing, malformed or inconsistent.

    Built from the technical detail (English); ``problem`` tells the user in both languages
    that the program's own figures are damaged and what to do, with the detail attached.
    """

    def __init__(self, detail: str):
        super().__init__(
            Problem(
                f"De standaardgetallen van Minigrid (defaults.toml) zijn beschadigd of onvolledig; installeer "
                f"Minigrid opnieuw. ({detail})",
                f"Minigrid's default figures (defaults.toml) are damaged or incomplete; install Minigrid again. "
                f"({detail})",
            )
        )
        self.detail = detail


@dataclass(frozen=True)
class Parameter:
    """One default figure.

    Attributes
    ----------
    key : str
        Identifier used in code and project files.
    value : float | tuple[float, ...]
        Default value [unit]; a tuple for monthly series.
    unit, group, label_nl, label_en, source : str
        Presentation and provenance.
    year : int
        Reference or price year of the figure.
    minimum, maximum : float
        Allowed range for an override (inclusive).
    integer : bool
        Only whole numbers make sense.
    checked : str
        Date the figure was last checked against its source (YYYY-MM-DD); empty if never.
    source_en : str
        The source in English (titles stay as published); empty: ``source`` with Minigrid's own
        words translated (:meth:`source_in`).
    """

    key: str
    value: float | tuple[float, ...]
    unit: str
    group: str
    label_nl: str
    label_en: str
    source: str
    year: int
    minimum: float
    maximum: float
    integer: bool = False
    checked: str = ""
    source_en: str = ""

    @property
    def is_series(self) -> bool:
        return isinstance(self.value, tuple)

    def label(self, language: str = "nl") -> str:
        return self.label_en if language == "en" else self.label_nl

    def unit_in(self, language: str = "nl") -> str:
        """The unit as shown: empty for "-", in English for ``language="en"``
        (:func:`minigrid_app.core.formatting.shown_unit`)."""
        return shown_unit(self.unit, language)

    def source_in(self, language: str = "nl") -> str:
        """The source as shown: the publication as cited (titles stay as published), the rest in
        ``language``: in English ``source_en``, or without one Minigrid's own wording ("aanname van
        Minigrid", "Hoe rekent Minigrid?") translated."""
        if language != "en":
            return self.source
        if self.source_en:
            return self.source_en
        text = self.source
        for dutch, english in SOURCE_WORDS_EN:
            text = text.replace(dutch, english)
        return text

    def check(self, value: object) -> Problem | None:
        """Return a problem when ``value`` is not an acceptable override."""
        name_nl, name_en = self.label_nl, self.label_en
        if self.is_series:
            if not isinstance(value, list | tuple) or len(value) != len(self.value):
                return Problem(
                    f"{name_nl}: verwacht {len(self.value)} getallen.",
                    f"{name_en}: expected {len(self.value)} numbers.",
                    field=self.key,
                )
            for item in value:
                problem = self._check_number(item)
                if problem:
                    return problem
            return None
        return self._check_number(value)

    def _check_number(self, value: object) -> Problem | None:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            return Problem(
                f"{self.label_nl}: '{value}' is geen getal.",
                f"{self.label_en}: '{value}' is not a number.",
                field=self.key,
            )
        if value < self.minimum or value > self.maximum:
            # as the assumptions table shows figures: '4,35 ... 0 tot 0,2' in Dutch, not '4.35 ... 0 tot 0.2'
            nl, en = ([parameter_value(v, language, calendar_year=is_calendar_year_key(self.key))
                       for v in (value, self.minimum, self.maximum)] for language in ("nl", "en"))
            return Problem(
                f"{self.label_nl}: {nl[0]} ligt buiten het toegestane bereik {nl[1]} tot {nl[2]} {self.unit_in('nl')}".rstrip() + ".",
                f"{self.label_en}: {en[0]} is outside the allowed range {en[1]} to {en[2]} {self.unit_in('en')}".rstrip() + ".",
                field=self.key,
            )
        if self.integer and float(value) != int(value):
            return Problem(
                f"{self.label_nl}: alleen hele getallen.",
                f"{self.label_en}: whole numbers only.",
                field=self.key,
            )
        return None


def _parse(key: str, raw: Mapping) -> Parameter:
    required = ("value", "unit", "group", "label_nl", "label_en", "source", "year", "min", "max")
    missing = [name for name in required if name not in raw]
    if missing:
        raise DefaultsError(f"parameter {key}: missing {', '.join(missing)}")
    value = raw["value"]
    if isinstance(value, list):
        value = tuple(float(v) for v in value)
    elif isinstance(value, bool) or not isinstance(value, int | float):
        raise DefaultsError(f"parameter {key}: value must be a number or a list of numbers")
    else:
        value = float(value)
    if raw["group"] not in GROUPS:
        raise DefaultsError(f"parameter {key}: unknown group {raw['group']!r}")
    parameter = Parameter(
        key=key,
        value=value,
        unit=str(raw["unit"]),
        group=str(raw["group"]),
        label_nl=str(raw["label_nl"]),
        label_en=str(raw["label_en"]),
        source=str(raw["source"]),
        year=int(raw["year"]),
        minimum=float(raw["min"]),
        maximum=float(raw["max"]),
        integer=bool(raw.get("integer", False)),
        checked=str(raw.get("checked", "")),
        source_en=str(raw.get("source_en", "")),
    )
    problem = parameter.check(list(value) if isinstance(value, tuple) else value)
    if problem:
        raise DefaultsError(f"parameter {key}: default fails its own range: {problem.en}")
    return parameter


def parse_defaults(data: Mapping, origin: str = "defaults") -> dict[str, Parameter]:
    """Validate the contents of a defaults file (already read, e.g. by :mod:`tomllib`).

    Parameters
    ----------
    data : Mapping
        The file's tables: ``format = "minigrid-defaults"`` and ``[parameters.<key>]``.
    origin : str
        Where the data came from, for the messages.

    Raises
    ------
    DefaultsError
        When the data is not a defaults file or any entry is malformed.
    """
    if data.get("format") != "minigrid-defaults":
        raise DefaultsError(f"{origin} is not a Minigrid defaults file")
    raw_parameters = data.get("parameters")
    if not isinstance(raw_parameters, dict) or not raw_parameters:
        raise DefaultsError(f"{origin} has no parameters")
    return {key: _parse(key, raw) for key, raw in raw_parameters.items()}


Definitions = Mapping[str, Parameter]
_installed: Definitions | Callable[[], Definitions] | None = None


def install_defaults(definitions: Definitions | Callable[[], Definitions]) -> None:
    """Hand the engine the default figures it uses when none are given explicitly.

    The engine reads no files: the program's entry points install the bundled figures
    (:func:`minigrid_app.io.defaults.install_bundled_defaults`), tests may install their own.

    Parameters
    ----------
    definitions : Mapping or callable
        The figures, or a function returning them (called each time they are needed, so it
        may read lazily and cache).
    """
    global _installed
    _installed = definitions


def defaults_installed() -> bool:
    """Whether default figures were installed (:func:`install_defaults`)."""
    return _installed is not None


def default_parameters() -> Definitions:
    """The installed default figures.

    Raises
    ------
    DefaultsError
        When no figures were installed (see :func:`install_defaults`).
    """
    if _installed is None:
        raise DefaultsError(
            "no default figures installed: call minigrid_app.io.defaults.install_bundled_defaults() first"
        )
    return _installed() if callable(_installed) else _installed


@dataclass(frozen=True)
class ParameterSet:
    """Defaults plus the project's overrides; read values with ``ps["key"]``."""

    definitions: Mapping[str, Parameter]
    overrides: Mapping[str, float | tuple[float, ...]] = field(default_factory=dict)

    @classmethod
    def from_overrides(
        cls, overrides: Mapping[str, object] | None = None, definitions: Definitions | None = None
    ) -> tuple[ParameterSet, list[Problem]]:
        """Build a set from raw overrides; invalid or unknown ones are dropped and reported.

        Parameters
        ----------
        overrides : Mapping, optional
            Parameter key → value as found in a project file.
        definitions : Mapping, optional
            The default figures; the installed ones (:func:`default_parameters`) when omitted.
        """
        if definitions is None:
            definitions = default_parameters()
        accepted: dict[str, float | tuple[float, ...]] = {}
        problems: list[Problem] = []
        for key, value in (overrides or {}).items():
            definition = definitions.get(key)
            if definition is None:
                problems.append(
                    Problem(
                        f"Onbekende aanname '{key}' genegeerd.",
                        f"Unknown parameter '{key}' ignored.",
                        field=key,
                        severity="warning",
                    )
                )
                continue
            problem = definition.check(value)
            if problem:
                problems.append(problem)
                continue
            accepted[key] = tuple(float(v) for v in value) if definition.is_series else float(value)
        problem = combination_problem(definitions, accepted, defaults_apply=True)
        if problem is not None:  # each figure in its range, together impossible: the defaults of those
            for key in HEATING_SEASON_KEYS:
                accepted.pop(key, None)
            problems.append(problem)
        return cls(definitions, accepted), problems

    def __getitem__(self, key: str):
        if key in self.overrides:
            return self.overrides[key]
        return self.definitions[key].value

    def int(self, key: str) -> int:
        return int(round(self[key]))

    def is_overridden(self, key: str) -> bool:
        return key in self.overrides and self.overrides[key] != self.definitions[key].value

    def with_overrides(self, changes: Mapping[str, float | tuple[float, ...]]) -> ParameterSet:
        """A copy with more overrides (used by sensitivity runs; not validated)."""
        merged = dict(self.overrides)
        merged.update(changes)
        return ParameterSet(self.definitions, merged)

    def scaled(self, key: str, factor: float) -> ParameterSet:
        return self.with_overrides({key: self[key] * factor})

    def values(self) -> dict[str, float | tuple[float, ...]]:
        return {key: self[key] for key in self.definitions}


# ---------------------------------------------------------------- a project's figures


#: The figures that together must leave a heating season (heating degree days > 0).
HEATING_SEASON_KEYS = ("hdd_base_temp_c", "monthly_outdoor_temp_c")


def combination_problem(
    definitions: Mapping[str, Parameter], overrides: Mapping[str, object], *, defaults_apply: bool = False
) -> Problem | None:
    """The problem when figures each within their range are impossible together, or None.

    Every month at or above the heating degree day base temperature leaves no heating
    degree days: the heat demand cannot be spread over the months (it divides by their sum).
    ``overrides`` are checked ones (each passed :meth:`Parameter.check`); the others are
    the defaults. ``defaults_apply``: the message says the defaults of those figures are used.
    """
    if not all(key in definitions for key in HEATING_SEASON_KEYS):
        return None
    base_def, months_def = (definitions[key] for key in HEATING_SEASON_KEYS)
    base = float(overrides.get(base_def.key, base_def.value))
    months = overrides.get(months_def.key, months_def.value)
    if any(float(t) < base for t in months):
        return None
    then_nl, then_en = ("; de standaardwaarden gelden", "; the defaults apply") if defaults_apply else ("", "")
    return Problem(
        f"Geen stookseizoen: elke maand is even warm als of warmer dan de {base_def.label_nl.lower()} "
        f"({parameter_value(base, 'nl')} °C), dus er is geen warmtevraag over de maanden te verdelen. Kies een lagere "
        f"buitentemperatuur voor de wintermaanden of een hogere stooktemperatuur{then_nl}.",
        f"No heating season: every month is as warm as or warmer than the {base_def.label_en.lower()} "
        f"({parameter_value(base, 'en')} °C), so there is no heat demand to spread over the months. Choose a lower outdoor "
        f"temperature for the winter months or a higher base temperature{then_en}.",
        field=months_def.key,
    )


def design_parameters(params: ParameterSet, design: EngineerDesign | None) -> ParameterSet:
    """The parameter set with the thermal response test's ground figures, when the design has them."""
    if design is None:
        return params
    changes = design.ground_overrides()
    return params.with_overrides(changes) if changes else params


def resolve_parameters(
    project: Project, definitions: Mapping[str, Parameter] | None = None
) -> tuple[ParameterSet, list[Problem]]:
    """The project's parameter set: the default figures plus its valid overrides.

    ``definitions`` are the default figures; the installed ones when omitted
    (:func:`install_defaults`). A thermal response test in the engineer's design replaces
    the assumed ground figures (:func:`design_parameters`). Here, not in the engine's
    orchestrator, so a page can ask for the figures in force without loading the engine.
    """
    params, problems = ParameterSet.from_overrides(project.parameter_overrides, definitions)
    return design_parameters(params, project.tender.design), problems


#: Minigrid's own words in the sources of resources/defaults.toml, in English
SOURCE_WORDS_EN = (
    ("aanname van Minigrid", "assumption of Minigrid"),
    ("Hoe rekent Minigrid?", "How does Minigrid calculate?"),
)
