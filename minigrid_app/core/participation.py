"""Who takes part: "doet mee", "geïnteresseerd" and "getekend", defined once for every view.

A home's participation is one of :data:`~minigrid_app.core.model.PARTICIPATION_STATES`:
``unknown`` (nothing heard yet), ``interested``, ``signed`` (the declaration of intent) or
``declined``. From those states:

- a home **takes part** ("doet mee") unless it declined: it is counted in the clusters and
  its costs are computed;
- a home **supports** the plan ("geïnteresseerd of getekend") when it is interested or
  signed: the support share of the afwegingskader;
- a home is **undecided** ("nog niet bekend of ze tekenen") when it is unknown or interested;
- the **participation rate** is the share of all homes that signed (the figure the Utrecht
  pilots report after three months, ``participation_benchmark``).

The first residents' evening notes how many homes are interested (``first_evening.interested``)
before anyone has asked each home. :func:`group_participation` is the one count of the group
every view shows (the summary bar, the scorecard, step 5, the slides, the documents, the
command line): each home's own state, and, as long as the homes' own answers say fewer, the
evening's count for homes not asked yet (``Participation.from_evening`` of the interested
ones). ``GroupResult.participants`` of the engine is another figure: the homes that take part
*and* could be computed, the connections of the clusters and of the heat act regime.
:func:`taking_part` gives both together, so a view that names the connections says how they
differ from the homes that take part ("6 doen mee" on the summary bar, "5 aansluitingen in de
berekening; 1 woning die meedoet is nog niet berekend" on step 3).

Pure, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from minigrid_app.core.formatting import join_names, number
from minigrid_app.core.home_labels import home_label
from minigrid_app.core.model import Household, Project
from minigrid_app.core.problems import Bilingual

if TYPE_CHECKING:
    from minigrid_app.core.results import ProjectResults

UNKNOWN, INTERESTED, SIGNED, DECLINED = "unknown", "interested", "signed", "declined"


def takes_part(household: Household) -> bool:
    """True unless the home declined ("doet mee"): it belongs in a cluster."""
    return household.participation != DECLINED


def has_signed(household: Household) -> bool:
    """True when the home signed the declaration of intent ("getekend")."""
    return household.participation == SIGNED


def supports(household: Household) -> bool:
    """True when the home is interested or signed ("geïnteresseerd of getekend")."""
    return household.participation in (INTERESTED, SIGNED)


def undecided(household: Household) -> bool:
    """True when it is not known yet whether the home signs (unknown or interested)."""
    return household.participation in (UNKNOWN, INTERESTED)


@dataclass(frozen=True)
class Participation:
    """How many homes are in each state.

    Attributes
    ----------
    total : int
        All homes of the project.
    unknown, interested, signed, declined : int
        Homes per participation state (they add up to ``total``).
    from_evening : int
        Of ``interested``, how many only the first evening's count says (not yet asked per
        home); 0 when every interested home was marked as such.
    """

    total: int
    unknown: int
    interested: int
    signed: int
    declined: int
    from_evening: int = 0

    @property
    def taking_part(self) -> int:
        """Homes that did not decline ("doen mee")."""
        return self.total - self.declined

    @property
    def supporting(self) -> int:
        """Homes interested or signed ("geïnteresseerd of getekend")."""
        return self.interested + self.signed

    @property
    def undecided(self) -> int:
        """Homes of which it is not known yet whether they sign."""
        return self.unknown + self.interested

    @property
    def rate(self) -> float:
        """The participation rate: the share of all homes that signed [-]; 0 without homes."""
        return self.signed / self.total if self.total else 0.0

    @property
    def support_share(self) -> float:
        """The share of all homes interested or signed [-]; 0 without homes."""
        return self.supporting / self.total if self.total else 0.0


def count_participation(households: Iterable[Household]) -> Participation:
    """Count the homes per participation state (see the module docstring for the words)."""
    states = [h.participation for h in households]
    return Participation(
        total=len(states),
        unknown=states.count(UNKNOWN),
        interested=states.count(INTERESTED),
        signed=states.count(SIGNED),
        declined=states.count(DECLINED),
    )


def group_participation(project: Project) -> Participation:
    """Who takes part in ``project``: the one count every view shows (see the module docstring).

    The homes' own states count first. When the first evening noted more interested homes
    (``first_evening.interested``) than are marked interested or signed, that many of the
    homes still unknown count as interested, never more than there are.
    """
    counts = count_participation(project.households)
    noted = project.first_evening.interested
    if not noted or noted <= counts.supporting or counts.unknown == 0:
        return counts
    extra = min(noted - counts.supporting, counts.unknown)
    return Participation(
        total=counts.total,
        unknown=counts.unknown - extra,
        interested=counts.interested + extra,
        signed=counts.signed,
        declined=counts.declined,
        from_evening=extra,
    )


def benchmark_position(rate: float, benchmark: float) -> Bilingual:
    """Where the share of homes that signed stands against the pilots' average, judged in the
    whole percents both are shown in: at 50 % signed against an average of 50 % the page said
    "u zit daarboven" ("above it")."""
    shown, average = number(rate * 100), number(benchmark * 100)
    if shown == average:
        return Bilingual("er precies op", "right at it")
    if rate > benchmark:
        return Bilingual("daarboven", "above it")
    return Bilingual("daaronder", "below it")


def removed_signatures_note(project: Project, household_ids: Iterable[str], undo: bool = True) -> Bilingual | None:
    """What deleting ``household_ids`` takes away from step 5, said where the homes are deleted
    (step 1): the declarations of intent they signed (a signed home went with one click and a
    note about its cluster only). ``undo``: end with how to get it back. None when none signed."""
    wanted = set(household_ids)
    names = [home_label(h, row) for row, h in enumerate(project.households, 1) if h.id in wanted and has_signed(h)]
    if not names:
        return None
    one = len(names) == 1
    nl = (f"{join_names(names)} {'tekende' if one else 'tekenden'} de intentieverklaring (stap 5); "
          f"{'die handtekening is met de woning' if one else 'die handtekeningen zijn met de woningen'} weg.")
    en = (f"{join_names(names, 'en')} signed the declaration of intent (step 5); "
          f"{'the signature went with the home' if one else 'the signatures went with the homes'}.")
    if undo:
        nl += " Ongedaan maken (Ctrl+Z) zet " + ("de woning" if one else "de woningen") + " terug."
        en += " Undo (Ctrl+Z) puts " + ("the home" if one else "the homes") + " back."
    return Bilingual(nl, en)


def evening_count_note(project: Project) -> Bilingual | None:
    """What to say when the first evening noted more interested homes than the project has, else None.

    :func:`group_participation` counts at most the homes still unknown as interested, so a typed
    1000 in a street of 5 would otherwise be taken as 5 without a word ("Nog niet bekend: 0"
    on step 5 while every home's row says "Onbekend"). Without homes entered yet nothing is said.
    """
    noted, homes = project.first_evening.interested, len(project.households)
    if not noted or not homes or noted <= homes:
        return None
    return Bilingual(
        f"De eerste avond noteerde {noted} geïnteresseerde woningen, maar het project heeft er {homes}. Klopt het aantal?",
        f"The first evening noted {noted} interested homes, but the project has {homes}. Is the number right?",
    )


@dataclass(frozen=True)
class TakingPart:
    """The homes that take part and how many of them the calculation connects.

    Attributes
    ----------
    taking_part : int
        Homes that did not decline ("doen mee"; :attr:`Participation.taking_part`).
    computed : int
        Of those, the homes the engine computed: each is in a cluster, and together they are the
        connections the heat act regime counts ("aansluitingen in de berekening";
        ``GroupResult.participants`` once the results are those of the project).
    """

    taking_part: int
    computed: int

    @property
    def not_computed(self) -> int:
        """Homes that take part but are not in the calculation (input missing or wrong, or not
        computed yet)."""
        return self.taking_part - self.computed


def taking_part(project: Project, results: ProjectResults | None) -> TakingPart:
    """The homes of ``project`` that take part, and those of them ``results`` computed.

    A home that takes part counts as computed when ``results`` has a computed result for it; a
    home added or with its input changed since counts as not computed until the next results.
    """
    members = [h for h in project.households if takes_part(h)]
    computed = 0
    if results is not None:
        done = {r.id for r in results.households if r.computable}
        computed = sum(1 for h in members if h.id in done)
    return TakingPart(taking_part=len(members), computed=computed)
