"""What importing a survey into a project comes to, decided once.

The command line (``minigrid import-households``) and the import dialog ("Importeren uit
enquête…") both call these and only show the outcome, each in its own words: which rows
become homes (ok rows, doubtful ones only when asked), whether the project would then hold
more than :data:`~minigrid_app.io.projectfile.MAX_HOUSEHOLDS` homes (then nothing is added),
and, for a file that is one home's monthly gas history, the year's use it gives that home.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from minigrid_app.core.model import Household
from minigrid_app.core.problems import Problem
from minigrid_app.core.reading import words
from minigrid_app.io.survey.convert import ImportReport, convert
from minigrid_app.io.survey.plan import ColumnPlan
from minigrid_app.io.survey.sheets import recognised
from minigrid_app.io.survey.table import DOUBTFUL, KNOWN, REFUSED


def survey_report(plan: ColumnPlan, existing: Sequence[Household], language: str = "nl") -> ImportReport:
    """Every row of the survey read with the plan's columns (a doubtful column only when the user
    chose it); a home already in the project (``existing``) is recognised by its address (or its name) and
    never added again; a home without a name is named in ``language`` ('Home 3')."""
    return convert(plan.table, plan.mapping(), existing=existing, notes=plan.notes, language=language)


@dataclass
class ImportOutcome:
    """What pressing 'Importeren' (or running the command) does.

    Attributes
    ----------
    households : list of Household
        The homes added: the ok rows, and the doubtful ones when asked; empty when
        :attr:`too_many`.
    wanted : int
        The homes the rows would add, before the limit.
    doubtful_left : int
        Doubtful rows left out because they were not asked for.
    refused : int
        Refused rows (never added: to be corrected in the survey).
    too_many : bool
        The project would hold more than ``limit`` homes: nothing is added.
    limit : int
        The most homes a project holds.
    recognised : bool
        Some column is used or proposed (else nothing of the file was understood).
    known : int
        Rows that are homes already in the project (never added again).
    """

    households: list[Household] = field(default_factory=list)
    wanted: int = 0
    doubtful_left: int = 0
    refused: int = 0
    too_many: bool = False
    limit: int = 0
    recognised: bool = True
    known: int = 0

    def known_note(self) -> Problem:
        """What became of the rows that are homes already in the project (:attr:`known` of them)."""
        from minigrid_app.core.formatting import count, form

        return Problem(
            f"{count(self.known, 'woning stond', 'woningen stonden')} al in het project (zelfde adres of naam): niet "
            f"opnieuw toegevoegd en niet veranderd. Is de enquête verbeterd, pas {form(self.known, 'die woning', 'die woningen')} "
            "dan aan in het programma (stap 1, Intake).",
            f"{count(self.known, 'home was', 'homes were')} already in the project (same address or name): not added "
            f"again and not changed. If the survey was corrected, change {form(self.known, 'that home', 'those homes')} "
            "in the program (step 1, Intake).",
            severity="warning",
        )


def import_outcome(plan: ColumnPlan, report: ImportReport, existing: int, *, include_doubtful: bool = False) -> ImportOutcome:
    """The homes that importing ``report`` into a project of ``existing`` homes adds, and why not more.

    Parameters
    ----------
    plan : ColumnPlan
        The columns chosen (for :attr:`ImportOutcome.recognised`).
    report : ImportReport
        The rows read (:func:`survey_report`).
    existing : int
        Homes in the project now.
    include_doubtful : bool
        Take the doubtful rows too ('--yes', 'Ook twijfelachtige rijen overnemen').
    """
    from minigrid_app.io.projectfile import MAX_HOUSEHOLDS

    households = report.households(include_doubtful=include_doubtful)
    too_many = existing + len(households) > MAX_HOUSEHOLDS
    return ImportOutcome(
        households=[] if too_many else households,
        wanted=len(households),
        doubtful_left=0 if include_doubtful else len(report.with_status(DOUBTFUL)),
        refused=len(report.with_status(REFUSED)),
        too_many=too_many,
        limit=MAX_HOUSEHOLDS,
        recognised=recognised(plan),
        known=len(report.with_status(KNOWN)),
    )


@dataclass
class MonthlyOutcome:
    """A file that is one home's gas use per month: what it is, and the year's use it gives.

    Attributes
    ----------
    problem : Problem
        What the file is, and the year's use over which months (or that it holds no year).
    year_m3 : float | None
        The year's use to enter for the home [m³], to 0.1 m³; None without twelve months in a row.
    """

    problem: Problem
    year_m3: float | None


def monthly_outcome(plan: ColumnPlan, source: str) -> MonthlyOutcome | None:
    """The year's use of a monthly history (``source``: the file's name in the message); None when the
    file is a survey, or the user chose its columns (then it is read as one)."""
    monthly = plan.monthly
    if monthly is None or any(choice.by_user for choice in plan.choices.values()):
        return None
    year = round(monthly.total_m3, 1) if monthly.total_m3 is not None else None
    return MonthlyOutcome(monthly.problem(source), year)


def home_named(households: Sequence[Household], name: str) -> Household | None:
    """The home called ``name`` as people type a name again ('lindehof  1' is 'Lindehof 1'); None if none."""
    return next((h for h in households if words(h.label) == words(name)), None)
