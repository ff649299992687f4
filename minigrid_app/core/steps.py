"""The steps of the process: what each still misses, how far each is, which one the user is
at, and the figures a step page shows before there are results.

:func:`missing` is the one decision behind "Nog te doen" in the window's footer and the
tooltips of the step list: per step, a list of :class:`Missing` items (what, and how many).
The words are the view's (the window translates them with Qt); the decision is made here.

:func:`step_state` is the state the step list shows: "done" when the user said so, else
"in_progress" as soon as the step holds anything (a page that shows figures is never "nog
niet begonnen"), else what the project file says. :func:`step_in_progress` is the step a
project opens on: where the user last worked; :func:`worked_on` is how an edit marks its step.

Pure, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from minigrid_app.core import tender_steps
from minigrid_app.core.model import Project
from minigrid_app.core.parameters import ParameterSet, resolve_parameters
from minigrid_app.core.participation import group_participation
from minigrid_app.core.validation import validate_household

if TYPE_CHECKING:  # the results module (and the engine it names) is not needed to read a step
    from minigrid_app.core.results import ProjectResults

# what can be missing, per step
PROJECT_NAME = "project_name"  #: the project has no name
NO_HOUSEHOLDS = "no_households"  #: no homes entered yet
ONE_HOUSEHOLD = "one_household"  #: one home entered: a shared ground loop is for two or more
HOUSEHOLD_ERRORS = "household_errors"  #: ``count`` homes have input that cannot be used
#: ``count`` other homes have a remark under the table (a figure to check, what an empty build year is taken as)
HOUSEHOLD_REMARKS = "household_remarks"
EVENING_DATE = "evening_date"  #: the date of the first residents' evening
ATTENDANCE = "attendance"  #: how many people came to the first evening
NO_CONDITIONS = "no_conditions"  #: no residents' condition switched on (first evening)
NO_CLUSTERS = "no_clusters"  #: no cluster: no participating home with complete gas use
PROVISIONAL_FIELDS = "provisional_fields"  #: borefields sized by rule of thumb only so far
ATTENTION_POINTS = "attention_points"  #: ``count`` remarks in step 3's 'Aandachtspunten' (:func:`attention_points`)
NO_RESULTS = "no_results"  #: nothing computed yet
COMPUTING = "computing"  #: the first calculation of the project is under way: nothing can be said yet
NO_COMPUTED_HOUSEHOLD = "no_computed_household"  #: no home with complete gas use
INCOMPLETE_HOUSEHOLDS = "incomplete_households"  #: ``count`` of ``total`` homes not computed
CONDITIONS_NOT_ASKED = "conditions_not_asked"  #: no residents' conditions at all (second evening)
UNDECIDED = "undecided"  #: of ``count`` homes it is not known yet whether they sign


@dataclass(frozen=True)
class Missing:
    """One thing still to do in a step.

    Attributes
    ----------
    what : str
        One of the constants of this module (``PROJECT_NAME``, ``UNDECIDED``, …).
    count, total : int
        How many homes it concerns, and out of how many (0 when not about homes).
    """

    what: str
    count: int = 0
    total: int = 0


def missing_intake(project: Project, results: ProjectResults | None = None) -> list[Missing]:
    """Step 1: a project name, homes (two at least: a shared ground loop is for two or more
    neighbours), homes whose input can be used, and the remarks on the others read (a figure to
    check, what an empty build year is taken as: :func:`~minigrid_app.core.validation.validate_household`'s warnings)."""
    found = []
    if not project.intake.name.strip():
        found.append(Missing(PROJECT_NAME))
    if not project.households:
        found.append(Missing(NO_HOUSEHOLDS))
        return found
    if len(project.households) == 1:
        found.append(Missing(ONE_HOUSEHOLD, 1, 1))
    rows, remarked = homes_to_check(project)
    if rows:
        found.append(Missing(HOUSEHOLD_ERRORS, len(rows), len(project.households)))
    # the footer said 'Niets meer te doen in deze stap' above 'Let op: Nr 5: bouwjaar ontbreekt …'
    if remarked:
        found.append(Missing(HOUSEHOLD_REMARKS, len(remarked), len(project.households)))
    return found


def homes_to_check(project: Project) -> tuple[list[int], list[int]]:
    """The rows (1-based, in street order) of the homes whose input cannot be used, and of the others
    with a remark to read (:func:`~minigrid_app.core.validation.validate_household`): what step 1's
    :data:`HOUSEHOLD_ERRORS` and :data:`HOUSEHOLD_REMARKS` count, and the homes its footer names."""
    problems = [problem for row, household in enumerate(project.households, start=1)
                for problem in validate_household(household, row)]
    rows = {problem.row for problem in problems if problem.is_error}
    remarked = {problem.row for problem in problems if not problem.is_error} - rows
    return sorted(rows), sorted(remarked)


def missing_first_evening(project: Project, results: ProjectResults | None = None) -> list[Missing]:
    """Step 2: the date and attendance of the evening, and at least one condition switched on."""
    found = []
    if not project.first_evening.date:
        found.append(Missing(EVENING_DATE))
    if project.first_evening.attendance is None:
        found.append(Missing(ATTENDANCE))
    if not any(c.enabled for c in project.conditions):
        found.append(Missing(NO_CONDITIONS))
    return found


def attention_points(results: ProjectResults, language: str = "nl") -> list[str]:
    """Step 3's 'Aandachtspunten': every input problem (of any step, a home's gas use in step 1 too)
    and every remark on clusters and borefields, each saying what to do, one line each (the same
    sizing remark came once per borefield; a remark of many homes or fields once for all,
    :func:`~minigrid_app.core.home_remarks.remark_texts`, :func:`~minigrid_app.core.home_remarks.warning_texts`)."""
    # with the results (home_remarks reads them): not when the window opens (tests/ui/test_startup_imports.py)
    from minigrid_app.core.home_remarks import remark_texts, warning_texts  # noqa: PLC0415

    texts = remark_texts(results.problems, results, language) + warning_texts(results.warnings, language)
    return list(dict.fromkeys(texts))


def missing_quickscan(project: Project, results: ProjectResults | None) -> list[Missing]:
    """Step 3: clusters, borefields that are computed (not only estimated by rule of thumb), and
    the attention points its panel lists (the footer never says 'nothing left' above a list of them)."""
    if results is None:
        return [Missing(NO_CLUSTERS)]
    found = []
    if not results.clusters:
        found.append(Missing(NO_CLUSTERS))
    elif any(f.sizing.provisional for f in results.fields):
        found.append(Missing(PROVISIONAL_FIELDS))
    points = len(attention_points(results))
    if points:
        found.append(Missing(ATTENTION_POINTS, points))
    return found


def missing_business_case(project: Project, results: ProjectResults | None) -> list[Missing]:
    """Step 4: results, for every home."""
    if results is None:
        return [Missing(NO_RESULTS)]
    group = results.group
    if group.households_computed == 0:
        return [Missing(NO_COMPUTED_HOUSEHOLD)]
    if group.households_computed < group.households_total:
        return [Missing(INCOMPLETE_HOUSEHOLDS, group.households_total - group.households_computed, group.households_total)]
    return []


def missing_second_evening(project: Project, results: ProjectResults | None = None) -> list[Missing]:
    """Step 5: the residents' conditions, and a decision (signed or declined) of every home."""
    found = []
    if not project.conditions:
        found.append(Missing(CONDITIONS_NOT_ASKED))
    counts = group_participation(project)
    if counts.undecided:
        found.append(Missing(UNDECIDED, counts.undecided, counts.total))
    return found


#: per step key (``minigrid_app.core.model.STEPS``), the function that says what it misses
MISSING: dict[str, Callable[[Project, ProjectResults | None], list[Missing]]] = {
    "intake": missing_intake,
    "first_evening": missing_first_evening,
    "quickscan": missing_quickscan,
    "business_case": missing_business_case,
    "second_evening": missing_second_evening,
    **tender_steps.MISSING,
}


#: steps whose missing items are read off the results (not off the project alone)
FROM_RESULTS = frozenset({"quickscan", "business_case"})


def missing(step: str, project: Project, results: ProjectResults | None, computing: bool = False) -> list[Missing]:
    """What is still missing in ``step`` (a key of ``STEPS``), in the order to show it.

    ``computing``: the first results are being computed. A step read off the results then
    misses only them (:data:`COMPUTING`), not a cause ("no home with complete gas use") that
    the absent results would otherwise suggest. Raises KeyError for an unknown step.
    """
    find = MISSING[step]
    if computing and results is None and step in FROM_RESULTS:
        return [Missing(COMPUTING)]
    return find(project, results)


NOT_STARTED, IN_PROGRESS, DONE = "not_started", "in_progress", "done"
#: marked done by the user, while the step misses something now (:func:`step_state`)
DONE_OPEN = "done_open"


def _intake_started(project: Project, results: ProjectResults | None) -> bool:
    return bool(project.households or project.intake.name.strip())


def _first_evening_started(project: Project, results: ProjectResults | None) -> bool:
    evening = project.first_evening
    return bool(evening.date or evening.attendance is not None or evening.interested is not None or project.conditions)


def _computed(project: Project, results: ProjectResults | None) -> bool:
    """Steps 3 and 4 show figures as soon as one home is computed."""
    return results is not None and results.group.households_computed > 0


def _second_evening_started(project: Project, results: ProjectResults | None) -> bool:
    return bool(project.second_evening.date) or any(
        h.participation in ("signed", "declined") or h.participation_date for h in project.households
    )


#: per step, whether it holds anything yet (steps without an entry: only what the file says)
STARTED: dict[str, Callable[[Project, ProjectResults | None], bool]] = {
    "intake": _intake_started,
    "first_evening": _first_evening_started,
    "quickscan": _computed,
    "business_case": _computed,
    "second_evening": _second_evening_started,
    **tender_steps.STARTED,
}


def step_state(step: str, project: Project, results: ProjectResults | None) -> str:
    """``"done"`` (the user marked it), ``"done_open"`` (marked, but the step misses something
    now), ``"in_progress"`` (it holds something) or ``"not_started"``.

    A step marked done stays the user's; but the step list said 'klaar' beside a footer saying
    'Nog te doen: 1 woning mist nog iets of heeft iets fouts' (a gas use made negative after
    step 1 was marked done): it says "done_open" whenever :func:`missing` finds something, the
    one decision behind that footer. A step read off the results says "done" while there are
    none yet (it is not judged on what is not computed).
    """
    stored = project.steps.get(step, NOT_STARTED)
    if stored == DONE:
        if results is None and step in FROM_RESULTS:
            return DONE
        return DONE_OPEN if missing(step, project, results) else DONE
    started = STARTED.get(step)
    if stored == IN_PROGRESS or (started is not None and started(project, results)):
        return IN_PROGRESS
    return NOT_STARTED


def worked_on(states: Mapping[str, str], step: str) -> dict[str, str]:
    """The stored step states after an edit made in ``step``: a step not started yet is now
    "in_progress"; "in_progress" and "done" stay (marking a step done is the user's own act).

    The mark belongs to the edit: undoing the edit gives back ``states`` as they were (a step
    whose only change was undone is again what it was, and a project no longer opens on it).

    Parameters
    ----------
    states : mapping of str to str
        ``project.steps``: step key to "not_started", "in_progress" or "done" (a missing key
        is "not_started").
    step : str
        The step the user edited in (one of ``minigrid_app.core.model.STEPS``).

    Returns
    -------
    dict of str to str
        A new mapping; ``states`` is left as it is.
    """
    after = dict(states)
    if after.get(step, NOT_STARTED) == NOT_STARTED:
        after[step] = IN_PROGRESS
    return after


def step_in_progress(project: Project, steps: tuple[str, ...]) -> int:
    """The index in ``steps`` a project opens on: where the user last worked.

    The last step the user worked on (edited there, or marked done: ``project.steps``); the
    step after it when that one is done. A new project opens on the first step.
    """
    worked = [i for i, step in enumerate(steps) if project.steps.get(step, NOT_STARTED) in (IN_PROGRESS, DONE)]
    if not worked:
        return 0
    last = worked[-1]
    if project.steps.get(steps[last]) == DONE:
        return min(last + 1, len(steps) - 1)
    return last


def parameters_in_force(project: Project, results: ProjectResults | None) -> ParameterSet:
    """The figures a page shows: those of the results, or (before the first calculation) the
    defaults with the project's valid overrides, the same set the engine would use."""
    if results is not None:
        return results.parameters
    return resolve_parameters(project)[0]
