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

Pure, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from minigrid_app.core.model import Household

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
    """

    total: int
    unknown: int
    interested: int
    signed: int
    declined: int

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
