"""What a later joiner pays, and what the founders get back (method.md#entry-fee).

A home in the plan of later joiners (``Project.agreement.joiners``) joins the nearest cluster
with room (the cluster size plus the reserve for later joiners) in year Y after the field is
built. Its entry fee (aansluitbijdrage) has two parts:

- **buy-in**: its share of the field's shared investment I as built, by the cluster's cost key
  (its fraction f in the field sized again with it), depreciated straight-line over the
  borehole lifetime L: ``f × I × (L − Y) / L``. The founders get it back, split by their own
  shares of I (largest remainder: the refunds add up to the buy-in to the cent);
- **extra boreholes**: once the cluster's reserve is used up (joiners counted in the order of
  the plan), the extra borehole metres the field needs with the joiner × the drilling price
  per metre; this part pays the driller, not the founders.

Each joiner is computed against the field as built. :func:`plan_cash_flows` puts the fees and
refunds in the years of the plan, per home. Pure, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from minigrid_app.core.clusters import allocate


@dataclass(frozen=True)
class EntryFee:
    """One later joiner's entry fee.

    Attributes
    ----------
    household_id : str
        The joiner.
    year : int
        Years after the field is built when it joins.
    cluster_id, cluster_name : str
        The cluster it joins.
    key_fraction : float
        Its share of the field by the cost key, in the field sized again with it [-].
    shared_investment_eur : float
        I: the field's shared investment as built [€].
    lifetime_years : int
        L: the borehole lifetime the buy-in is depreciated over.
    buy_in_eur : float
        f × I × (L − Y) / L, to the cent [€]; goes to the founders.
    within_reserve : bool
        The cluster's reserve for later joiners has room for it (no extra boreholes).
    extra_metres_m : float
        Extra borehole metres the field needs with it (0 within the reserve) [m].
    extra_boreholes_eur : float
        extra metres × drilling price per metre, to the cent [€]; goes to the driller.
    refunds_eur : dict[str, float]
        Founder id → what it gets back [€]; adds up to ``buy_in_eur`` to the cent.
    """

    household_id: str
    year: int
    cluster_id: str
    cluster_name: str
    key_fraction: float
    shared_investment_eur: float
    lifetime_years: int
    buy_in_eur: float
    within_reserve: bool
    extra_metres_m: float
    extra_boreholes_eur: float
    refunds_eur: dict[str, float]

    @property
    def fee_eur(self) -> float:
        """The entry fee: buy-in plus extra boreholes [€]."""
        return round(self.buy_in_eur + self.extra_boreholes_eur, 2)


def buy_in(key_fraction: float, shared_investment_eur: float, year: int, lifetime_years: int) -> float:
    """f × I × (L − Y) / L, rounded to the cent; 0 once the field is written off [€]."""
    if lifetime_years <= 0:
        return 0.0
    left = max(0, lifetime_years - max(0, year)) / lifetime_years
    return round(max(0.0, key_fraction) * max(0.0, shared_investment_eur) * left, 2)


def entry_fee(
    household_id: str,
    year: int,
    cluster_id: str,
    cluster_name: str,
    shared_investment_eur: float,
    founders_shares_eur: Mapping[str, float],
    key_fraction: float,
    lifetime_years: int,
    within_reserve: bool,
    extra_metres_m: float,
    drilling_per_m_eur: float,
) -> EntryFee:
    """The entry fee of one joiner (module docstring).

    Parameters
    ----------
    shared_investment_eur : float
        I: the field's shared investment as built [€].
    founders_shares_eur : mapping
        Founder id → its share of I [€] (street order): the weights of the refunds.
    key_fraction : float
        The joiner's share by the cost key in the field sized again with it [-].
    lifetime_years : int
        Borehole lifetime [years].
    within_reserve : bool
        The cluster's reserve still has room for this joiner.
    extra_metres_m : float
        Borehole metres the field sized again with the joiner needs more than as built [m];
        ignored within the reserve.
    drilling_per_m_eur : float
        Drilling price [€/m].
    """
    founders = list(founders_shares_eur)
    investment = round(shared_investment_eur, 2)
    paid_in = buy_in(key_fraction, investment, year, lifetime_years)
    refunds = allocate(paid_in, [founders_shares_eur[h] for h in founders]) if founders else []
    metres = 0.0 if within_reserve else max(0.0, extra_metres_m)
    return EntryFee(
        household_id=household_id,
        year=year,
        cluster_id=cluster_id,
        cluster_name=cluster_name,
        key_fraction=key_fraction,
        shared_investment_eur=investment,
        lifetime_years=lifetime_years,
        buy_in_eur=paid_in,
        within_reserve=within_reserve,
        extra_metres_m=metres,
        extra_boreholes_eur=round(metres * drilling_per_m_eur, 2),
        refunds_eur=dict(zip(founders, refunds, strict=True)),
    )


def plan_cash_flows(fees: Sequence[EntryFee], horizon_years: int) -> dict[str, list[float]]:
    """The plan of later joiners as cash flows per home: home id → amount in years 1..horizon [€].

    A joiner pays its fee in its year (positive), a founder gets its refund in that year
    (negative). Years after the horizon are left out. Only homes the plan touches are in it.
    """
    flows: dict[str, list[float]] = {}
    for fee in fees:
        if not 1 <= fee.year <= horizon_years:
            continue
        flows.setdefault(fee.household_id, [0.0] * horizon_years)[fee.year - 1] += fee.fee_eur
        for founder, refund in fee.refunds_eur.items():
            flows.setdefault(founder, [0.0] * horizon_years)[fee.year - 1] -= refund
    return {home: [round(v, 2) for v in values] for home, values in flows.items()}
