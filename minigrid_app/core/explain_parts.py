"""The pieces every "hoe berekend?" is made of: the explanation, its lines and their words.

Shared by :mod:`minigrid_app.core.explain` (the business case's numbers) and the explanations
that grew beside it (:mod:`minigrid_app.core.explain_borefield`). Pure, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from minigrid_app.core.formatting import euro, number
from minigrid_app.core.results import ProjectResults


class ExplanationLine(NamedTuple):
    """One value used: what it is, the value as text, and where it comes from."""

    label: str
    value: str
    source: str = ""


@dataclass
class Explanation:
    """How one number was found.

    Attributes
    ----------
    title : str
        What the number is, for whom and which variant.
    formula : str
        The formula in words.
    lines : list of ExplanationLine
        The values used (label, value text, source); the last line is the result.
    value : float | None
        The number explained (the same as shown on screen).
    """

    title: str
    formula: str
    lines: list[ExplanationLine] = field(default_factory=list)
    value: float | None = None

    def as_text(self) -> str:
        rows = [self.title, self.formula, ""]
        rows += [f"{line.label}: {line.value}" + (f"  [{line.source}]" if line.source else "") for line in self.lines]
        return "\n".join(rows)


# ---------------------------------------------------------------------------- words


def say(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def euro0(amount: float, language: str) -> str:
    return euro(amount, 0, language)


def euro2(amount: float, language: str) -> str:
    return euro(amount, 2, language)


def num(value: float, decimals: int, unit: str, language: str) -> str:
    return number(value, decimals, unit, language)


def source_of(results: ProjectResults, key: str, language: str) -> str:
    params = results.parameters
    definition = params.definitions[key]
    changed = params.is_overridden(key)
    note = say(language, "aangepast in dit project", "changed in this project") if changed else ""
    text = f"{definition.source_in(language)} ({definition.year})"
    return f"{text}; {note}" if note else text


def param_line(results: ProjectResults, key: str, language: str, decimals: int = 2) -> ExplanationLine:
    params = results.parameters
    definition = params.definitions[key]
    value = params[key]
    unit = definition.unit_in(language)
    if unit.startswith("€"):
        text = f"{euro(value, decimals if value != round(value) else 0, language)}{unit[1:]}"
    else:
        shown = decimals if value != round(value) else 0
        text = num(value, shown, unit, language)
    return ExplanationLine(definition.label(language), text, source_of(results, key, language))
