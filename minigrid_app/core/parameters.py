"""Default figures ("kentallen") with unit, source and year, and per-project overrides.

Every number the engine uses comes from ``resources/defaults.toml`` through a
:class:`ParameterSet`. Overrides are validated against the allowed range.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from minigrid_app.core.problems import Problem

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
}


class DefaultsError(ValueError):
    """The defaults data file is missing, malformed or inconsistent."""


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

    @property
    def is_series(self) -> bool:
        return isinstance(self.value, tuple)

    def label(self, language: str = "nl") -> str:
        return self.label_en if language == "en" else self.label_nl

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
            return Problem(
                f"{self.label_nl}: {value} ligt buiten het toegestane bereik "
                f"{_fmt(self.minimum)} tot {_fmt(self.maximum)} {self.unit}.",
                f"{self.label_en}: {value} is outside the allowed range "
                f"{_fmt(self.minimum)} to {_fmt(self.maximum)} {self.unit}.",
                field=self.key,
            )
        if self.integer and float(value) != int(value):
            return Problem(
                f"{self.label_nl}: alleen hele getallen.",
                f"{self.label_en}: whole numbers only.",
                field=self.key,
            )
        return None


def _fmt(number: float) -> str:
    return f"{number:g}"


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
    )
    problem = parameter.check(list(value) if isinstance(value, tuple) else value)
    if problem:
        raise DefaultsError(f"parameter {key}: default fails its own range: {problem.en}")
    return parameter


def load_defaults(path: Path | None = None) -> dict[str, Parameter]:
    """Read and validate the defaults data file.

    Raises
    ------
    DefaultsError
        When the file is missing or any entry is malformed.
    """
    if path is None:
        from minigrid_app.paths import resource_path

        path = resource_path("defaults.toml")
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DefaultsError(f"cannot read defaults file {path}: {exc}") from exc
    if data.get("format") != "minigrid-defaults":
        raise DefaultsError(f"{path} is not a Minigrid defaults file")
    raw_parameters = data.get("parameters")
    if not isinstance(raw_parameters, dict) or not raw_parameters:
        raise DefaultsError(f"{path} has no parameters")
    return {key: _parse(key, raw) for key, raw in raw_parameters.items()}


@lru_cache(maxsize=1)
def default_parameters() -> dict[str, Parameter]:
    """The bundled defaults, read once."""
    return load_defaults()


@dataclass(frozen=True)
class ParameterSet:
    """Defaults plus the project's overrides; read values with ``ps["key"]``."""

    definitions: Mapping[str, Parameter]
    overrides: Mapping[str, float | tuple[float, ...]] = field(default_factory=dict)

    @classmethod
    def from_overrides(
        cls, overrides: Mapping[str, object] | None = None
    ) -> tuple[ParameterSet, list[Problem]]:
        """Build a set from raw overrides; invalid or unknown ones are dropped and reported."""
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
