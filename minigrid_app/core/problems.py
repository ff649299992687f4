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
    topic : str
        What kind of remark it is, the same for every home that gets it (empty: none); lists
        say a topic of many homes once (:func:`minigrid_app.core.home_remarks.remark_texts`).
    """

    nl: str
    en: str
    field: str = ""
    row: int | None = None
    severity: str = "error"
    topic: str = ""

    def text(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class ProblemError(Exception):
    """An error meant for the user: ``problem`` says what is wrong and what to do.

    io and ui raise subclasses of it (a project file, a workbook, a survey, a document that
    cannot be read or written); the edges of the program show ``problem`` (the command line
    prints it and exits with code 2, a dialog shows it), never a traceback.
    """

    def __init__(self, problem: Problem):
        super().__init__(problem.en)
        self.problem = problem


class Bilingual(str):
    """A Dutch text that also carries its English.

    It *is* the Dutch string (JSON, reports, joins and comparisons see Dutch, as before), and
    ``text("en")`` gives the English: so engine warnings can follow the screen's language
    without every consumer changing.
    """

    en: str

    def __new__(cls, nl: str, en: str) -> Bilingual:
        value = super().__new__(cls, nl)
        value.en = en
        return value

    @property
    def nl(self) -> str:
        return str(self)

    def text(self, language: str = "nl") -> str:
        return self.en if language == "en" else str(self)

    def __reduce__(self):  # copy and pickle keep both languages
        return (Bilingual, (str(self), self.en))


def in_language(text: str, language: str = "nl") -> str:
    """``text`` in ``language`` when it is :class:`Bilingual`, else as it is."""
    return text.text(language) if isinstance(text, Bilingual) else text
