"""Validation problems in plain Dutch and English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem found in input.

    Attributes
    ----------
    nl, en : str
        The message in Dutch and English, plain language, saying what to do.
    field : str
        Which field or parameter (empty when general).
    row : int | None
        1-based row (household) when it concerns one row.
    severity : str
        ``"error"`` (cannot be used) or ``"warning"`` (used, but check it).
    """

    nl: str
    en: str
    field: str = ""
    row: int | None = None
    severity: str = "error"

    def text(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl

    @property
    def is_error(self) -> bool:
        return self.severity == "error"
