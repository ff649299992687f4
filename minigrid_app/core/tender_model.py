"""What a project file keeps of steps 6-8: the tender, the quotes, the decision, the engineer's design.

Plain dataclasses (no behaviour beyond small look-ups), stored in the project under
``tender`` (:class:`TenderState`); ``minigrid_app.io.projectfile`` reads and validates them.
What is *derived* from them (the tender pack, the quote comparison, the decision record,
the hand-off) lives in :mod:`minigrid_app.core.tender`, :mod:`minigrid_app.core.quotes`,
:mod:`minigrid_app.core.decision` and :mod:`minigrid_app.core.handoff`.

The process these steps follow is the national guide's (Handreiking mini- en kleinschalige
warmtenetten, NPLW, 2025, §5.2 figure 10): the advisor turns the model into a tender
request, arranges permits, asks two to three parties for quotes, and the group decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# ---------------------------------------------------------------- parties and scope

#: Who does a line of the work. The contractors price their lines in a quote; the others
#: (the group, the grid operator, the resident) are listed so the scope is complete.
PARTIES = ("driller", "installer", "group", "grid_operator", "resident")
CONTRACTOR_PARTIES = ("driller", "installer")
PARTY_LABELS = {
    "driller": ("Boorbedrijf (erkend)", "Borefield contractor (certified)"),
    "installer": ("Warmtepompinstallateur", "Heat pump installer"),
    "group": ("Bewonersgroep en adviseur", "Residents' group and advisor"),
    "grid_operator": ("Netbeheerder", "Grid operator"),
    "resident": ("Bewoner zelf", "The resident"),
}

#: How the work is contracted: one main contractor with subcontractors (the last-metre study
#: advises against several loose installers), or the driller and the installer separately.
CONTRACTING_MODELS = ("main_contractor", "separate")
CONTRACTING_LABELS = {
    "main_contractor": ("Eén hoofdaannemer (met onderaannemers)", "One main contractor (with subcontractors)"),
    "separate": ("Boorbedrijf en installateur apart", "Driller and installer separately"),
}

# ---------------------------------------------------------------- permits and arrangements

PERMIT_STATES = ("to_do", "applied", "granted", "not_needed")
PERMIT_STATE_LABELS = {
    "to_do": ("Nog te doen", "To do"),
    "applied": ("Aangevraagd of gemeld", "Applied for or notified"),
    "granted": ("Verleend of geregeld", "Granted or arranged"),
    "not_needed": ("Niet nodig", "Not needed"),
}
#: States that leave nothing open.
PERMIT_DONE_STATES = ("granted", "not_needed")

# ---------------------------------------------------------------- the binding agreement

AGREEMENT_STATES = ("not_asked", "sent", "signed", "declined")
AGREEMENT_STATE_LABELS = {
    "not_asked": ("Nog niet gevraagd", "Not asked yet"),
    "sent": ("Verstuurd", "Sent"),
    "signed": ("Getekend", "Signed"),
    "declined": ("Doet niet mee", "Declined"),
}


def new_id(prefix: str) -> str:
    import uuid  # when an id is first made, not at start (uuid probes the platform when imported)

    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@dataclass
class PermitStatus:
    """The advisor's record of one item of the permits and notifications checklist.

    Attributes
    ----------
    kind : str
        Key of the checklist item (:data:`minigrid_app.core.tender.PERMIT_ITEMS`).
    status : str
        One of :data:`PERMIT_STATES`.
    date : str
        When it was applied for or granted (``YYYY-MM-DD``), empty when not yet.
    note : str
        Reference number, contact, condition (free text).
    """

    kind: str = ""
    status: str = "to_do"
    date: str = ""
    note: str = ""


@dataclass
class TenderSettings:
    """Choices the advisor makes for the tender request (step 6).

    Attributes
    ----------
    issued_on : str
        Date the request goes out (``YYYY-MM-DD``); empty: not yet sent.
    quotes_due : str
        Date the quotes are due; empty: :func:`~minigrid_app.core.tender.planning` proposes one.
    advisor : str
        Who answers the suppliers' questions (name, organisation, e-mail).
    contracting : str
        One of :data:`CONTRACTING_MODELS`.
    scope_overrides : dict[str, str]
        Cost line key → party (:data:`PARTIES`) where the advisor moved a line to another party.
    permits : list[PermitStatus]
        The checklist as tracked; items missing here are "to do".
    notes : str
        Anything the suppliers must know (access, parking, working hours).
    """

    issued_on: str = ""
    quotes_due: str = ""
    advisor: str = ""
    contracting: str = "main_contractor"
    scope_overrides: dict[str, str] = field(default_factory=dict)
    permits: list[PermitStatus] = field(default_factory=list)
    notes: str = ""

    def permit(self, kind: str) -> PermitStatus:
        """The record of checklist item ``kind`` (a fresh 'to do' one when not tracked yet)."""
        for item in self.permits:
            if item.kind == kind:
                return item
        return PermitStatus(kind=kind)


#: Largest amount [€] or quantity a quote may hold; the project file refuses larger ones, so
#: every entry path (typing, a filled-in workbook, the loader) refuses them too.
QUOTE_AMOUNT_LIMIT = 1e9
#: At most this many quotes are kept (the guide asks two to three).
MAX_QUOTES = 20


@dataclass
class Quote:
    """One supplier's quote, entered line by line (step 7).

    Attributes
    ----------
    id : str
        Stable identifier.
    supplier : str
        Name of the firm.
    date, valid_until : str
        Date of the quote and how long its prices hold (``YYYY-MM-DD``).
    amounts : dict[str, float]
        Bill-of-quantities line id → quoted amount [€ incl. VAT]; a line that is absent was
        not priced (missing from the quote).
    quantities : dict[str, float]
        Line id → quantity the supplier priced where it differs from the tender's.
    notes : str
        Exclusions, alternatives, conditions.
    """

    id: str = field(default_factory=lambda: new_id("q"))
    supplier: str = ""
    date: str = ""
    valid_until: str = ""
    amounts: dict[str, float] = field(default_factory=dict)
    quantities: dict[str, float] = field(default_factory=dict)
    notes: str = ""


@dataclass
class Agreement:
    """One home's binding agreement (step 8).

    Attributes
    ----------
    household_id : str
    status : str
        One of :data:`AGREEMENT_STATES`.
    date : str
        Date signed or declined (``YYYY-MM-DD``).
    """

    household_id: str = ""
    status: str = "not_asked"
    date: str = ""


@dataclass
class DecisionState:
    """The group's decision (step 8).

    Attributes
    ----------
    quote_id : str
        The chosen quote (empty: none chosen yet).
    organisation_model : str
        Key of :data:`minigrid_app.core.regulation.ORGANISATION_MODELS` (empty: not chosen).
    agreements : list[Agreement]
        Binding agreement per home; homes missing here are "not asked".
    opt_out_terms : str
        Until when and on what terms a home can still withdraw, and what that costs.
    decided_on : str
        Date of the decision meeting (``YYYY-MM-DD``).
    notes : str
    """

    quote_id: str = ""
    organisation_model: str = ""
    agreements: list[Agreement] = field(default_factory=list)
    opt_out_terms: str = ""
    decided_on: str = ""
    notes: str = ""

    def agreement(self, household_id: str) -> Agreement:
        for item in self.agreements:
            if item.household_id == household_id:
                return item
        return Agreement(household_id=household_id)


@dataclass
class FieldDesign:
    """An engineer's final design of one shared field.

    Attributes
    ----------
    field_id : str
        The field it was made for (``shared-C1``).
    households : list[str]
        The homes on the field (household ids); the design applies while the cluster has
        exactly these members.
    boreholes : int | None
        Number of boreholes; None: keep Minigrid's.
    depth_m : float | None
        Depth of each borehole [m]; None: Minigrid sizes the depth for the count.
    spacing_m : float | None
        Distance between boreholes [m]; None: the project's spacing.
    """

    field_id: str = ""
    households: list[str] = field(default_factory=list)
    boreholes: int | None = None
    depth_m: float | None = None
    spacing_m: float | None = None


@dataclass
class EngineerDesign:
    """What the engineer handed back: the final fields and/or a thermal response test.

    Attributes
    ----------
    engineer : str
        Who made it (firm, name).
    date : str
        Date of the design (``YYYY-MM-DD``).
    fields : list[FieldDesign]
    conductivity_w_mk : float | None
        Ground thermal conductivity from a thermal response test [W/mK].
    ground_temp_c : float | None
        Undisturbed ground temperature from the test [°C].
    borehole_resistance_mk_w : float | None
        Effective borehole thermal resistance from the test [mK/W].
    note : str
    """

    engineer: str = ""
    date: str = ""
    fields: list[FieldDesign] = field(default_factory=list)
    conductivity_w_mk: float | None = None
    ground_temp_c: float | None = None
    borehole_resistance_mk_w: float | None = None
    note: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.fields and self.ground_overrides() == {}

    def ground_overrides(self) -> dict[str, float]:
        """Parameter key → value of the ground figures the test measured."""
        values = {
            "ground_conductivity_w_mk": self.conductivity_w_mk,
            "ground_temp_c": self.ground_temp_c,
            "borehole_resistance_mk_w": self.borehole_resistance_mk_w,
        }
        return {key: float(value) for key, value in values.items() if value is not None}

    def for_members(self, household_ids) -> FieldDesign | None:
        """The field design made for exactly these homes (any order), if any."""
        wanted = set(household_ids)
        for design in self.fields:
            if set(design.households) == wanted:
                return design
        return None


@dataclass
class TenderState:
    """Everything of steps 6-8 a project file keeps.

    ``clusters_as_seen``: the quotes' cluster lines (``shared-C1:…``) are those of the clusters
    the residents saw on step 5 (method.md#tender). False only while a file from before is read,
    whose tender formed the clusters again from the signers; the loader then moves its quote
    amounts onto the cluster with the same homes
    (:func:`~minigrid_app.core.tender_clusters.move_old_quotes`).
    """

    settings: TenderSettings = field(default_factory=TenderSettings)
    quotes: list[Quote] = field(default_factory=list)
    decision: DecisionState = field(default_factory=DecisionState)
    design: EngineerDesign = field(default_factory=EngineerDesign)
    clusters_as_seen: bool = True

    def quote(self, quote_id: str) -> Quote | None:
        for quote in self.quotes:
            if quote.id == quote_id:
                return quote
        return None
