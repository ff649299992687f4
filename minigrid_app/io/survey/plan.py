"""The outcome of the column choice: a :class:`ColumnPlan` of one :class:`ColumnChoice` per field.

Also :class:`MonthlyHistory`, set on the plan when the file is one household's monthly
history rather than a survey.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from minigrid_app.core.formatting import group_thousands
from minigrid_app.core.problems import Problem
from minigrid_app.io.survey.table import (
    FIELD_LABELS_EN,
    FIELD_LABELS_NL,
    IMPORT_FIELDS,
    SurveyTable,
)


@dataclass
class ColumnChoice:
    """The column chosen for one field, and why.

    Attributes
    ----------
    field : str
        The household field.
    column : int | None
        0-based column, or None when no column fits.
    nl, en : str
        Why (or why not), in plain words.
    doubtful : bool
        True when the choice needs a human: not used unless the user chooses it.
    by_user : bool
        Chosen by the user (dialog or ``--column``).
    """

    field: str
    column: int | None = None
    nl: str = ""
    en: str = ""
    doubtful: bool = False
    by_user: bool = False
    score: float = 0.0

    def reason(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl


@dataclass
class MonthlyHistory:
    """One household's gas use per month (a supplier's export), not a survey.

    Attributes
    ----------
    month_column, gas_column : int
        The column of the months and of the use per month.
    months : int
        How many months are listed.
    period_nl, period_en : str
        The months the year's use covers ("januari–december 2023").
    total_m3 : float | None
        The use over one full year [m³], None when the file holds no twelve months in a row.
    """

    month_column: int
    gas_column: int
    months: int
    period_nl: str
    period_en: str
    total_m3: float | None

    def problem(self, source: str) -> Problem:
        """The message: what the file is, and the year's use it gives."""
        if self.total_m3 is None:
            return Problem(
                f"{source} is het gasverbruik per maand van één woning ({self.months} maanden), geen enquête van "
                "de buurt, en het bevat geen twaalf maanden op rij: tel het verbruik van een heel jaar op en vul "
                "dat bij de woning in.",
                f"{source} is one home's gas use per month ({self.months} months), not a survey of the "
                "street, and it holds no twelve months in a row: add up a whole year's use and enter it for "
                "the home.",
            )
        nl, en = group_thousands(self.total_m3, 0, "nl"), group_thousands(self.total_m3, 0, "en")
        return Problem(
            f"{source} is het gasverbruik per maand van één woning ({self.months} maanden), geen enquête van de "
            f"buurt. Samen is dat {nl} m³ over {self.period_nl}: het jaarverbruik van die woning. Voor welke "
            "woning is het?",
            f"{source} is one home's gas use per month ({self.months} months), not a survey of the street. "
            f"Together that is {en} m³ over {self.period_en}: that home's use for a year. Which home is it for?",
        )


@dataclass
class ColumnPlan:
    """Every field's column with its reason; the table to convert (with derived columns).

    Attributes
    ----------
    table : SurveyTable
        The survey, with derived columns appended (the use from two meter readings).
    choices : dict[str, ColumnChoice]
        One per field of :data:`~.table.IMPORT_FIELDS`.
    notes : list[Problem]
        What was decided for the whole file (the latest of several years, a difference of
        meter readings).
    monthly : MonthlyHistory | None
        Set when the file is one household's monthly history, not a survey.
    """

    table: SurveyTable
    choices: dict[str, ColumnChoice]
    notes: list[Problem] = field(default_factory=list)
    monthly: MonthlyHistory | None = None

    def mapping(self, include_doubtful: bool = False) -> dict[str, int | None]:
        """Field → column to convert with; doubtful choices only when asked."""
        return {
            name: (choice.column if include_doubtful or not choice.doubtful or choice.by_user else None)
            for name, choice in self.choices.items()
        }

    def doubtful(self) -> list[ColumnChoice]:
        return [c for c in self.choices.values() if c.column is not None and c.doubtful and not c.by_user]

    def choose(self, field_name: str, column: int | None) -> None:
        """The user's choice (None: do not use); a column given to another field is taken from it."""
        for other in self.choices.values():
            if column is not None and other.column == column and other.field != field_name:
                self.choices[other.field] = ColumnChoice(other.field, None, "kolom elders gebruikt",
                                                         "column used elsewhere", by_user=True)
        if column is None:
            self.choices[field_name] = ColumnChoice(field_name, None, "niet gebruiken (uw keuze)",
                                                    "not used (your choice)", by_user=True)
        else:
            self.choices[field_name] = ColumnChoice(field_name, column, "uw keuze", "your choice", by_user=True)

    def lines(self, language: str = "nl") -> list[str]:
        """'Gasverbruik (m³ per jaar) ← D ‘Gasverbruik 2023’: reason' for every field with a column or a doubt."""
        labels = FIELD_LABELS_EN if language == "en" else FIELD_LABELS_NL
        out = []
        for name in IMPORT_FIELDS:
            choice = self.choices[name]
            if choice.column is None:
                if name == "gas_m3_per_year" and choice.nl:
                    out.append(f"  {labels[name]}: {choice.reason(language)}")
                continue
            mark = (" [twijfel, niet gebruikt]" if language == "nl" else " [doubtful, not used]") if (
                choice.doubtful and not choice.by_user) else ""
            out.append(f"  {labels[name]} ← {self.table.column_name(choice.column)}{mark}: {choice.reason(language)}")
        # columns with answers that no field takes: a survey's 'Kosten LT-maatregelen' or 'Afstand tot buren' was
        # passed over without a word, as if it had been read
        used = {choice.column for choice in self.choices.values() if choice.column is not None}
        unused = [self.table.column_name(column) for column in range(len(self.table.headers))
                  if column not in used and column not in self.table.derived
                  and any(text.strip() for text in self.table.column(column))]
        if unused:
            out.append(("  Niet gelezen: " if language == "nl" else "  Not read: ") + ", ".join(unused))
        return out
