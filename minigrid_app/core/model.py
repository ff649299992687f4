"""The project: intake form, households, residents' conditions, clusters, settings.

Plain dataclasses without behaviour beyond small helpers; the project file
(``minigrid_app.io.projectfile``) converts them to and from JSON and validates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from minigrid_app.core.tender_model import TenderState

PARTICIPATION_STATES = ("unknown", "interested", "signed", "declined")
PARTICIPATION_LABELS_NL = {
    "unknown": "Onbekend",
    "interested": "Geïnteresseerd",
    "signed": "Getekend",
    "declined": "Doet niet mee",
}
PARTICIPATION_LABELS_EN = {
    "unknown": "Unknown",
    "interested": "Interested",
    "signed": "Signed",
    "declined": "Declined",
}

STEPS = ("intake", "first_evening", "quickscan", "business_case", "second_evening", "tender", "quotes", "decision")
#: the steps whose "per woning" figure is the tender's (:mod:`minigrid_app.core.tender_figure`)
TENDER_STEPS = ("tender", "quotes", "decision")
STEP_STATES = ("not_started", "in_progress", "done")

HOUSE_TYPES = ("tussenwoning", "hoekwoning", "twee-onder-een-kap", "vrijstaand", "appartement", "anders")
HEAT_SOURCES = ("bodemwarmte", "aquathermie", "restwarmte", "pvt", "anders")
FINANCING_OPTIONS = ("eigen middelen", "leningen", "subsidies", "samenwerkingsverbanden")
LAYOUTS = ("line", "rectangle")
ALLOCATION_KEYS = ("extraction", "equal", "design_load")
#: How a home pays its own investment (method.md#financing): the project's figures ("default"),
#: own money, the heat fund loan for all of it, or a mix (a loan of ``loan_amount_eur``, the rest own money).
FINANCING_CHOICES = ("default", "own", "loan", "mix")
#: Largest heat fund loan a home may enter [€] (the fund's own ceiling is far lower): typed at step 5 or read
#: from a project file.
MAX_LOAN_EUR = 1_000_000
#: Who owns and finances the shared part (method.md#organisation-models; Handreiking table 11).
ORGANISATION_CHOICES = ("self_management", "cooperative", "market_partner")
#: How a market partner bills: a fixed fee per month, or per GJ of heat.
MARKET_BILLING = ("month", "gj")

# Residents' conditions that can be checked by the numbers (method.md#conditions).
CONDITION_KINDS = (
    "max_monthly_increase",  # value: € per month more than gas at most
    "max_investment",  # value: € net investment at most
    "max_payback",  # value: years
    "no_outdoor_unit",
    "cooling",
    "lower_co2",
    "drilling_own_land",
    "room_to_join",
    "custom",
)


def new_id(prefix: str) -> str:
    import uuid  # when an id is first made, not at start (uuid probes the platform when imported)

    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@dataclass
class Household:
    """One home in the street.

    Attributes
    ----------
    id : str
        Stable identifier (survives reordering and relabelling).
    label : str
        What the residents call it ("nr. 12", "Jansen").
    gas_m3_per_year : float | None
        Annual gas use [m³/yr] incl. cooking; None when not known yet.
    insulation_savings : float
        Fraction of space heating saved by planned insulation [-].
    supply_temp_c : float | None
        Required supply temperature [°C]; None: suggested from build year.
    lt_measures_cost_eur : float | None
        Low-temperature measures (radiators) [€]; None: default figure.
    distance_to_next_m : float | None
        Pipe length to the next home along the street [m]; None: default.
    boiler_age_years : float | None
        Age of the current boiler [yr]; None: default figure.
    three_phase : bool
        The home has a 3-phase electricity connection.
    participation : str
        One of ``PARTICIPATION_STATES``.
    cluster : str | None
        Manual cluster assignment: the ``id`` of a :class:`ManualCluster` in
        ``Project.clusters.manual`` (never its name); None: automatic.
    wants_cooling : bool
        The home wants to be cooled in summer (passively through a ground loop, actively by
        an air heat pump; a gas boiler cannot).
    cooling_kwh_per_year : float | None
        Cooling need entered (from an energy label or NTA 8800 calculation) [kWh/yr]; None:
        the default figure by build year, house type and floor area.
    financing : str
        How the home pays its own investment, one of ``FINANCING_CHOICES``
        (method.md#financing).
    loan_amount_eur : float | None
        The heat fund loan of a ``mix`` [€]; None: not given (then all own money).
    income_below_loan_limit : bool | None
        The household's joint taxable income is at most the 0 % limit of the heat fund loan;
        None: not known (the standard rate is used).
    room_to_borrow : bool | None
        The household can borrow (lending norms); False is shown to the advisor only, never
        on the projector. None: not asked.
    """

    id: str = field(default_factory=lambda: new_id("hh"))
    label: str = ""
    address: str = ""
    house_type: str = "tussenwoning"
    build_year: int | None = None
    floor_area_m2: float | None = None
    gas_m3_per_year: float | None = None
    cooks_on_gas: bool = True
    persons: int | None = None
    insulation_savings: float = 0.0
    supply_temp_c: float | None = None
    lt_measures_cost_eur: float | None = None
    distance_to_next_m: float | None = None
    boiler_age_years: float | None = None
    three_phase: bool = False
    participation: str = "unknown"
    participation_date: str | None = None
    cluster: str | None = None
    notes: str = ""
    wants_cooling: bool = False
    cooling_kwh_per_year: float | None = None
    financing: str = "default"
    loan_amount_eur: float | None = None
    income_below_loan_limit: bool | None = None
    room_to_borrow: bool | None = None


@dataclass
class Intake:
    """The municipality's project form (Handreiking mini-warmtenetten, appendix B)."""

    name: str = ""
    location: str = ""
    network_type: str = "mini"  # mini (2-50) | kleinschalig (51-1500)
    heat_sources: list[str] = field(default_factory=lambda: ["bodemwarmte"])
    connections_planned: int | None = None
    connection_types: str = ""
    demand_stable: bool | None = None
    technical_study: str = ""
    planned_infrastructure: str = ""
    underground_obstacles: str = ""
    estimated_cost_eur: float | None = None
    financing: list[str] = field(default_factory=list)
    policy_fit: str = ""
    policy_documents: str = ""
    resident_support: str = ""
    participation_organisation: str = ""
    partners: str = ""
    initiators_contribution: str = ""
    contact_person: str = ""
    contact_details: str = ""
    date: str = ""
    notes: str = ""  # the intake conversation's own notes: who is interested and why (format version 3)


@dataclass
class Evening:
    """A residents' evening."""

    date: str = ""
    attendance: int | None = None
    interested: int | None = None
    notes: str = ""


@dataclass
class Condition:
    """A residents' condition; ``value`` makes it checkable for some kinds."""

    id: str = field(default_factory=lambda: new_id("c"))
    kind: str = "custom"
    text: str = ""
    value: float | None = None
    enabled: bool = True


@dataclass
class ManualCluster:
    """A cluster the residents formed by hand.

    Attributes
    ----------
    id : str
        Internal key (``cl-…``) that households refer to; no user text can equal it, so
        a cluster the residents call "C1" never mixes with the automatic cluster C1. A cluster
        pinned as the residents saw it keeps the automatic cluster's id (``C1``), so its field
        (``shared-C1``) and the quotes' lines of it stay its own (method.md#stable-clusters).
    name : str
        What the residents call it; a label only, it may be changed or used twice.
    """

    id: str = field(default_factory=lambda: new_id("cl"))
    name: str = ""


@dataclass
class ClusterSettings:
    """How households are grouped on shared loops (method.md#clusters)."""

    size: int | None = None  # None: default figure cluster_size
    reserve_joiners: int = 0  # capacity reserved per cluster for later joiners
    layout: str = "line"
    allocation_key: str = "extraction"
    manual: list[ManualCluster] = field(default_factory=list)
    #: room along the street for the shared fields [m]; None: the whole street (docs/borefield.md)
    street_length_m: float | None = None
    #: cluster id → length / width of the strip its shared field may use [m]; missing: the default
    #: (along its homes' frontage, one row wide)
    strip_lengths_m: dict[str, float] = field(default_factory=dict)
    strip_widths_m: dict[str, float] = field(default_factory=dict)

    def manual_names(self) -> dict[str, str]:
        """Manual cluster id → the name the residents gave it."""
        return {cluster.id: cluster.name for cluster in self.manual}


@dataclass
class PlannedJoiner:
    """A home that joins a cluster after it is built (method.md#joiners).

    Attributes
    ----------
    household_id : str
        The home; it does not take part now (``participation`` is ``declined``).
    year : int
        Years after the fields are built when it joins (1 = during the first year of use);
        0: not given (the loader leaves such an entry out).
    """

    household_id: str = ""
    year: int = 0


@dataclass
class Agreement:
    """What the group agrees on at the second evening (issue 17).

    Attributes
    ----------
    cluster_share : float | None
        Go/no-go rule: at least this share of the homes of every cluster signs (0.75: "3 of
        4"); None: no rule per cluster.
    street_share : float | None
        Go/no-go rule: at least this share of all homes of the street signs (0.6); None: no
        rule for the street.
    organisation : str
        The chosen organisation model, one of ``ORGANISATION_CHOICES``.
    market_billing : str
        How the market partner bills (``MARKET_BILLING``).
    market_heat_pumps : bool
        The market partner also owns and finances the heat pumps.
    joiners : list[PlannedJoiner]
        The plan of later joiners (phased joining).
    """

    cluster_share: float | None = None
    street_share: float | None = None
    organisation: str = "self_management"
    market_billing: str = "month"
    market_heat_pumps: bool = False
    joiners: list[PlannedJoiner] = field(default_factory=list)


@dataclass
class Project:
    """Everything a .minigrid file holds."""

    intake: Intake = field(default_factory=Intake)
    households: list[Household] = field(default_factory=list)
    first_evening: Evening = field(default_factory=Evening)
    second_evening: Evening = field(default_factory=Evening)
    conditions: list[Condition] = field(default_factory=list)
    clusters: ClusterSettings = field(default_factory=ClusterSettings)
    parameter_overrides: dict[str, object] = field(default_factory=dict)
    steps: dict[str, str] = field(default_factory=lambda: {step: "not_started" for step in STEPS})
    tender: TenderState = field(default_factory=TenderState)  # steps 6-8 (core/tender_model.py)
    agreement: Agreement = field(default_factory=Agreement)  # go/no-go, organisation, joiners (issue 17)
    created: str = ""
    modified: str = ""

    def household(self, household_id: str) -> Household | None:
        for household in self.households:
            if household.id == household_id:
                return household
        return None
