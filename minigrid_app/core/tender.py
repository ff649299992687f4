"""Step 6 "Uitvraag": the tender request derived from the model, for the homes that signed.

The national guide's process (Handreiking mini- en kleinschalige warmtenetten, NPLW, 2025,
§5.2 figure 10) has the advisor turn the model into a tender request and ask two to three
parties for quotes. This module derives everything the request says from the engine's
results, so the request, the bill of quantities, the quote comparison and the decision
record all show the same figures:

- :func:`tender_scope`: the project as tendered: only the homes that signed the declaration
  of intent take part, in the clusters the residents saw (step 5) under the same ids and
  names (:mod:`minigrid_app.core.tender_clusters`); the others are listed as not (yet) included.
- :func:`bill_of_quantities`: one line per cost line of the engine (per cluster: drilling,
  borehole heads, drilling site, header pipe, set-up; per home: heat pump, tank,
  low-temperature measures, electrical work, …, and the yearly maintenance), each with the
  party that does it, a quantity and the indicative amount. A quote follows the same lines.
- :func:`scope_sections`: the scope split per party (TNO, samenwerking tijdens de aanleg
  van de laatste meter, Nieuwe Warmte Nu, 2025: unclear scope between driller, installer and
  the work inside the home causes delays; one inspection visit per home by one person).
- :func:`requirements`, :func:`planning`, :func:`permits_checklist`: what the quote must meet,
  the dates (9-12 months from the first intake, the guide's ambition), and the permits and
  notifications with their status.

Field data per cluster (loads, geometry, ground) comes from :mod:`minigrid_app.core.handoff`,
the same figures the engineer receives.
"""

from __future__ import annotations

import copy
import datetime
from dataclasses import dataclass, field

from minigrid_app.core.costs import COST_LINES, FIELD_COST_LINES
from minigrid_app.core.formatting import (
    BILL_METRE_DECIMALS,
    bill_metres,
    drilling_words,
    exact,
    join_names,
    names_listed,
    number,
)
from minigrid_app.core.formatting import group_thousands as _n
from minigrid_app.core.handoff import FieldLoadsExport, field_exports
from minigrid_app.core.model import Project
from minigrid_app.core.problems import Bilingual, in_language
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.tender_clusters import (
    OLD_GROUPING,
    TenderCluster,
    clusters_words,
    pin_tender_clusters,
    tender_clusters,
    tender_notes,
)
from minigrid_app.core.tender_model import CONTRACTOR_PARTIES, PARTIES, TenderSettings
from minigrid_app.core.tender_planning import PermitItem, Planning, permits_checklist, planning
from minigrid_app.core.tender_requirements import HomeSpec, Requirement, home_specs, requirements
from minigrid_app.core.variant import Variant

# ---------------------------------------------------------------- scope of the engine's cost lines

#: Sections of the scope and of the bill of quantities, in the order of the document.
SECTIONS = ("source", "header", "heat_pump", "home", "organisation", "maintenance")
SECTION_LABELS = {
    "source": ("Bron: boorgaten en bodemlussen", "Source: boreholes and ground loops"),
    "header": ("Collectieve leidingen en verdelers", "Shared header pipes and manifolds"),
    "heat_pump": ("Warmtepomp per woning", "Heat pump per home"),
    "home": ("Werk in de woning", "Work inside the home"),
    "organisation": ("Organisatie en ontwerp van het cluster", "Organisation and design of the cluster"),
    "maintenance": ("Onderhoud (per jaar)", "Maintenance (per year)"),
}

#: Engine cost line key → (section, default party, unit): the ``tender`` of the method table's
#: cost line entries, plus the yearly maintenance. Keys the table does not know go to the
#: section of their component, done by the installer (a test lists the engine's keys).
LINE_SCOPE = {
    **{item.key: item.tender for item in COST_LINES + FIELD_COST_LINES if item.tender is not None},
    "maintenance": ("maintenance", "installer", "jaar"),
}
_COMPONENT_SECTION = {"borefield": "source", "heat_pump": "heat_pump", "once": "home", "boiler": "home"}
UNIT_LABELS = {"m": ("m", "m"), "st": ("st.", "pcs"), "post": ("post", "lump sum"), "jaar": ("per jaar", "per year")}


def item_words(key: str) -> tuple[str, str]:
    """A cost item of the bill by its words ('drilling' → 'Boren en bodemlus', 'Drilling and ground loop');
    a key that is no cost item quoted (as it stands, shortened)."""
    from minigrid_app.core.method import applying
    from minigrid_app.core.reading import short

    if key == "maintenance":
        return "Onderhoud van de warmtepomp, per jaar", "Maintenance of the heat pump, per year"
    tendered = applying(COST_LINES + FIELD_COST_LINES, Variant.SHARED_LOOP)  # the ground heat pump, not the air one
    item = next((item for item in tendered if item.key == key), None)
    return (item.label_nl, item.label_en) if item is not None else (f"‘{short(key)}’", f"‘{short(key)}’")


def field_name(field_id: str, project: Project) -> tuple[str, str]:
    """A shared field by its cluster as step 5 names it ('shared-C1' → 'Cluster 1', or the name the
    residents gave a cluster they formed), never by its id."""
    cluster = field_id.removeprefix("shared-")
    if cluster.endswith(OLD_GROUPING):  # a quote's amounts for a cluster the tender formed again before (method.md#tender)
        nl, en = field_name(f"shared-{cluster.removesuffix(OLD_GROUPING)}", project)
        return f"{nl} (vroegere indeling)", f"{en} (earlier grouping)"
    name = project.clusters.manual_names().get(cluster)
    if name:
        return name, name
    if cluster[:1] == "C" and cluster[1:].isdigit():
        return f"Cluster {cluster[1:]}", f"Cluster {cluster[1:]}"
    return "Gedeeld bodemveld", "Shared field"


def design_fields_text(fields, project: Project, language: str = "nl") -> str:
    """The engineer's fields as step 6 says them: 'Cluster 1: 3 × 110 m, Cluster 2: 4 × 95,5 m' (not
    'shared-C1: 3 × 110.0 m'); '?' where the design leaves a figure open. Each depth as the tender says it
    (:func:`~minigrid_app.core.formatting.drilling_words`): '2 × 159,63 m', not '2 × 159,6 m' beside the
    tender's 2 × 159,63 m = 319,3 m."""
    said = []
    for design in fields:
        name = field_name(design.field_id, project)[language == "en"]
        if design.depth_m and design.boreholes:
            depth = drilling_words(design.boreholes, design.depth_m, design.boreholes * design.depth_m, language)[0]
        else:
            depth = f"{exact(design.depth_m, language, 2)} m" if design.depth_m else "? m"
        said.append(f"{name}: {design.boreholes or '?'} × {depth}")
    return names_listed(said)


def line_words(line_id: str, project: Project) -> tuple[str, str]:
    """A bill line by its home (or cluster) and its cost item, as the bill names them, never by its id:
    'hofje-1:heat_pump' → 'Lindehof 1: Warmtepomp …'; 'shared-C1:drilling' → 'Cluster 1: Boren en bodemlus'."""
    from minigrid_app.core.home_labels import home_name
    from minigrid_app.core.reading import short

    owner, _, key = line_id.rpartition(":")  # '<home or field id>:<key>': an id may hold a ':', a key not
    if not owner or not key:  # no line of a bill this program wrote
        return f"‘{short(line_id)}’", f"‘{short(line_id)}’"
    nl, en = item_words(key)
    rows = {h.id: (row, h) for row, h in enumerate(project.households, 1)}
    if owner in rows:
        who = home_name(rows[owner][1], rows[owner][0])
        who_en = in_language(who, "en")
    elif owner.startswith("shared-"):
        who, who_en = field_name(owner, project)
    else:
        who, who_en = "Een woning die niet meer in het project staat", "A home no longer in the project"
    return f"{who}: {nl}", f"{who_en}: {en}"


def line_scope(key: str, component: str, overrides: dict[str, str] | None = None) -> tuple[str, str, str]:
    """(section, party, unit) of an engine cost line, with the advisor's party overrides."""
    section, party, unit = LINE_SCOPE.get(key, (_COMPONENT_SECTION.get(component, "home"), "installer", "post"))
    chosen = (overrides or {}).get(key)
    if chosen in PARTIES:
        party = chosen
    return section, party, unit


# ---------------------------------------------------------------- who is in the tender


@dataclass
class TenderScope:
    """The project as tendered.

    Attributes
    ----------
    project : Project
        A copy in which only the homes in the tender take part, each in its cluster of step 5
        (pinned under the cluster's id and name), so the fields are sized for the signers of
        the clusters the residents agreed on.
    signed : list[str]
        Household ids in the tender, street order: the homes that signed, in a cluster with
        enough signers.
    waiting : list[str]
        Homes interested or unknown: not in this tender, could join later.
    declined : list[str]
        Homes that declined.
    intent : dict[str, str]
        Household id → its participation state in the project (before scoping).
    clusters : list[TenderCluster]
        Every cluster of step 5 with its signers (also those with too few signers).
    left_out : list[str]
        Homes that signed in a cluster with too few signers for a shared source: not in this tender.
    """

    project: Project
    signed: list[str]
    waiting: list[str]
    declined: list[str]
    intent: dict[str, str] = field(default_factory=dict)
    clusters: list[TenderCluster] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """No home in the tender (nobody signed, or no cluster has enough signers)."""
        return not self.signed

    @property
    def notes(self) -> list[Bilingual]:
        """The clusters of step 5 not in the tender, plainly ('Cluster 2: 1 van 4 woningen getekend, te weinig
        voor een gedeelde bron; …'), street order, what residents can do said once
        (:func:`~minigrid_app.core.tender_clusters.tender_notes`)."""
        return tender_notes(self.clusters, self.project)

    @property
    def clusters_words(self) -> Bilingual | None:
        """The tender's clusters for step 6 (:func:`~minigrid_app.core.tender_clusters.clusters_words`)."""
        return clusters_words(self.clusters, self.project)

    @property
    def who_words(self) -> Bilingual:
        """Whom the tender covers, for step 6: 'De uitvraag gaat over de 3 woningen die de
        intentieverklaring tekenden: A, B, C. Nog niet: D.' (or '2 van de 3 woningen …' when
        signers are left out). 'Nog niet' only when some home is still waiting: with every home
        signed or declined it read 'Nog niet: geen.'"""
        from minigrid_app.core.home_labels import home_name

        labels = {h.id: home_name(h, row) for row, h in enumerate(self.project.households, 1)}  # never an id
        signed, count = names_listed([labels[h] for h in self.signed]), len(self.signed)
        signed_en = names_listed([labels[h] for h in self.signed], "en")
        if self.left_out:
            everyone = count + len(self.left_out)
            nl = f"De uitvraag gaat over {count} van de {everyone} woningen die de intentieverklaring tekenden: {signed}."
            en = f"The tender covers {count} of the {everyone} homes that signed the declaration of intent: {signed_en}."
        elif count == 1:
            nl = f"De uitvraag gaat over de woning die de intentieverklaring tekende: {signed}."
            en = f"The tender covers the one home that signed the declaration of intent: {signed_en}."
        else:
            nl = f"De uitvraag gaat over de {count} woningen die de intentieverklaring tekenden: {signed}."
            en = f"The tender covers the {count} homes that signed the declaration of intent: {signed_en}."
        waiting = names_listed([labels[h] for h in self.waiting])
        if waiting:
            waiting_en = names_listed([labels[h] for h in self.waiting], "en")
            nl, en = f"{nl} Nog niet: {waiting}.", f"{en} Not yet: {waiting_en}."
        return Bilingual(nl, en)

    @property
    def handoff_words(self) -> Bilingual:
        """Whom the engineer's files cover: 'de 4 woningen die tekenden', or '4 van de 7 woningen die tekenden'
        when signers are left out (too few in their cluster, said apart; as step 6 counts them); every home
        taking part (the clusters of step 5 as they are) while no home is in the tender."""
        signed = len(self.signed)
        if self.empty:
            return Bilingual("alle woningen die meedoen", "every home taking part")
        if self.left_out:
            everyone = signed + len(self.left_out)
            return Bilingual(f"{signed} van de {everyone} woningen die tekenden", f"{signed} of the {everyone} homes that signed")
        if signed == 1:
            return Bilingual("de woning die tekende", "the home that signed")
        return Bilingual(f"de {signed} woningen die tekenden", f"the {signed} homes that signed")

    @property
    def why_empty(self) -> Bilingual:
        """Why there is no tender (when :attr:`empty`): nobody signed, or every cluster has too few signers."""
        if not self.left_out:
            return NO_SIGNATURES
        nl = " ".join(note.nl for note in self.notes)
        en = " ".join(note.en for note in self.notes)
        return Bilingual(f"Geen cluster heeft genoeg handtekeningen voor een gedeelde bron. {nl}",
                         f"No cluster has enough signatures for a shared source. {en}")


def tender_scope(project: Project) -> TenderScope:
    """The tender covers the homes that signed the declaration of intent (issue: step 6), in the
    clusters the residents saw on step 5 (:mod:`minigrid_app.core.tender_clusters`)."""
    scoped = copy.deepcopy(project)
    signed, waiting, declined = [], [], []
    intent = {h.id: h.participation for h in project.households}
    clusters = tender_clusters(project)
    for household in scoped.households:
        if household.participation == "signed":
            signed.append(household.id)
        elif household.participation == "declined":
            declined.append(household.id)
        else:
            waiting.append(household.id)
            household.participation = "declined"
    left_out = pin_tender_clusters(scoped, clusters)
    signed = [hid for hid in signed if hid not in left_out]
    return TenderScope(scoped, signed, waiting, declined, intent, clusters, left_out)


NO_SIGNATURES = Bilingual(
    "Nog niemand heeft de intentieverklaring getekend: de uitvraag gaat over de woningen die tekenden. "
    "Zet bij stap 5 de woningen die tekenden op 'Getekend'.",
    "Nobody has signed the declaration of intent yet: the tender covers the homes that signed. "
    "Mark the homes that signed as 'Signed' in step 5.",
)


# ---------------------------------------------------------------- bill of quantities


@dataclass(frozen=True)
class BillLine:
    """One line of the bill of quantities (staat van hoeveelheden).

    Attributes
    ----------
    id : str
        Stable line id: ``<field id>:<key>`` for a cluster's line, ``<household id>:<key>``
        for a home's; quotes refer to lines by it.
    number : str
        Shown number ("2.3").
    section : str
        One of :data:`SECTIONS`.
    key : str
        The engine's cost line key (``drilling``, ``heat_pump`` …).
    kind : str
        ``investment`` (one-off) or ``annual`` (per year).
    cluster_id : str | None
    field_id : str | None
    household_id : str | None
        The home of a home's line; None for a cluster's line.
    description_nl, description_en : str
        What is to be done, with the figures (metres, kW, temperatures).
    party : str
        Who does it (:data:`~minigrid_app.core.tender_model.PARTIES`).
    unit : str
        ``m``, ``st``, ``post`` or ``jaar``.
    quantity : float
        In ``unit`` [m, pieces, 1].
    indicative_amount_eur : float
        The engine's amount for this line [€ incl. VAT].
    formula_nl, formula_en : str
        How the engine found the amount.
    owner : str
        The cluster's or the home's name the description begins with ('Hof: noord' of 'Hof: noord:
        Boren …'): kept apart, as a name may hold ': ' itself.
    """

    id: str
    number: str
    section: str
    key: str
    kind: str
    cluster_id: str | None
    field_id: str | None
    household_id: str | None
    description_nl: str
    description_en: str
    party: str
    unit: str
    quantity: float
    indicative_amount_eur: float
    formula_nl: str = ""
    formula_en: str = ""
    owner: str = ""

    def item(self, language: str = "nl") -> str:
        """What is to be done without the owner's name in front ('Boren van 2 boorgaten …')."""
        return self.description(language).removeprefix(f"{in_language(self.owner, language)}: " if self.owner else "")

    @property
    def in_quote(self) -> bool:
        """A contractor prices this line (the others are the group's, the grid operator's or the resident's)."""
        return self.party in CONTRACTOR_PARTIES

    @property
    def shown_quantity(self) -> float:
        """The quantity as the bill shows and sends it: metres to 0,1 m, a count as it is. A quote's
        quantity is the supplier's own only when it differs from this (227,1 m for 227,12 m is not)."""
        return bill_metres(self.quantity) if self.unit == "m" else self.quantity

    @property
    def indicative_unit_price_eur(self) -> float:
        return self.indicative_amount_eur / self.quantity if self.quantity else self.indicative_amount_eur

    def description(self, language: str = "nl") -> str:
        return self.description_en if language == "en" else self.description_nl


def _metres(length_m: float, language: str = "nl") -> str:
    """A length in a bill line's words as its quantity counts it: '37,3 m' beside 37,3 m, not '37 m'."""
    return f"{_n(bill_metres(length_m), BILL_METRE_DECIMALS, language)} m"


def _cluster_description(key: str, label_nl: str, label_en: str, sizing, cluster) -> tuple[str, str, float]:
    """Description and quantity of a cluster's line."""
    if key == "drilling":
        holes = sizing.boreholes
        # the length the bill counts, and depths that add up to it: '2 boorgaten van 125 m (250 m in totaal)'
        # stood beside 250,5 m in the bill
        depth_nl, total_nl = drilling_words(holes, sizing.depth_m, sizing.total_length_m)
        depth_en, total_en = drilling_words(holes, sizing.depth_m, sizing.total_length_m, "en")
        # one borehole's depth is the total: '1 boorgat van 147,9 m (147,9 m in totaal)' said it twice
        return (
            f"Boren van {holes} boorgat{'en' if holes != 1 else ''} van {depth_nl}"
            f"{f' ({total_nl} in totaal)' if holes != 1 else ''}, dubbele U-lus plaatsen en het boorgat aanvullen",
            f"Drilling {holes} borehole{'s' if holes != 1 else ''} of {depth_en}"
            f"{f' ({total_en} in total)' if holes != 1 else ''}, placing a double-U loop and grouting the borehole",
            sizing.total_length_m,
        )
    if key == "boreholes":
        return (
            "Afwerking per boorgat: boorgatkop, koppeling en aansluiting op de verdeler",
            "Per borehole: borehole head, coupling and connection to the manifold",
            float(sizing.boreholes),
        )
    if key == "drilling_site":
        return (
            "Boorlocatie: mobilisatie, melding bij de gemeente, boorrapport en bronontwerp",
            "Drilling site: mobilisation, notification to the municipality, drilling report and source design",
            1.0,
        )
    if key == "header":
        return (
            f"Verzamelleiding tussen de boorgaten ({_metres(sizing.header_length_m)}, boorgaten "
            f"{_n(sizing.spacing_m)} m uit elkaar), in een sleuf, aangesloten op de verdeler",
            f"Header pipe between the boreholes ({_metres(sizing.header_length_m, 'en')}, boreholes "
            f"{sizing.spacing_m:,.0f} m apart), in a trench, connected to the manifold",
            sizing.header_length_m,
        )
    if key == "pipe":
        return (
            f"Horizontale leidingen tussen bron en woningen ({_metres(cluster.pipe_length_m)}), met verdeler, "
            "geveldoorvoer, drukproef en vullen met water-glycol",
            f"Horizontal pipes between source and homes ({_metres(cluster.pipe_length_m, 'en')}), with manifold, "
            "wall entry, pressure test and filling with water-glycol",
            cluster.pipe_length_m,
        )
    if key == "setup":
        return (
            "Opzet cluster: collectief ontwerp, rechtsvorm (notaris) en afspraken tussen bewoners",
            "Cluster set-up: collective design, legal form (notary) and agreements between residents",
            1.0,
        )
    return label_nl, label_en, 1.0


def _home_description(key: str, label_nl: str, label_en: str, variant, demand, household, params) -> tuple[str, str]:
    if key == "heat_pump":
        size = variant.heat_pump_size_kw
        return (
            f"Water-waterwarmtepomp {size} kW (ontwerpvermogen {_n(demand.design_load_kw, 1)} kW, aanvoer "
            f"{_n(demand.supply_temp_c)} °C) leveren, plaatsen, aansluiten op de bron, inregelen en opleveren",
            f"Water-to-water heat pump {size} kW (design load {number(demand.design_load_kw, 1, 'kW', 'en')}, supply "
            f"{number(demand.supply_temp_c, 0, '°C', 'en')}): supply, install, connect to the source, commission and hand over",
        )
    if key == "dhw_tank":
        temp = params["dhw_temp_c"]
        return (
            f"Boilervat voor warm tapwater ({_n(temp)} °C, met legionellaschakeling)",
            f"Hot water tank ({number(temp, 0, '°C', 'en')}, with legionella cycle)",
        )
    if key == "lt_measures":
        return (
            f"Lage-temperatuurmaatregelen: radiatoren of vloerverwarming geschikt maken voor "
            f"{_n(demand.supply_temp_c)} °C aanvoer",
            f"Low-temperature measures: radiators or floor heating made fit for {number(demand.supply_temp_c, 0, '°C', 'en')} supply",
        )
    if key == "electrical":
        extra_nl = extra_en = ""
        if not household.three_phase and (variant.heat_pump_size_kw or 0) > params["three_phase_threshold_kw"]:
            extra_nl, extra_en = ", driefasenaansluiting (aanvraag bij de netbeheerder)", ", three-phase connection (request to the grid operator)"
        return (
            f"Elektra: groep voor de warmtepomp in de meterkast{extra_nl}",
            f"Electrical: a group for the heat pump in the meter box{extra_en}",
        )
    if key == "induction":
        return "Inductiekookplaat met groep (keuze van de bewoner)", "Induction hob with its group (the resident's choice)"
    if key == "gas_disconnection":
        return "Gasaansluiting verwijderen (netbeheerder)", "Removing the gas connection (grid operator)"
    return label_nl, label_en


def bill_of_quantities(project: Project, results: ProjectResults, settings: TenderSettings | None = None) -> list[BillLine]:
    """The bill of quantities of the tendered project, from the engine's cost lines.

    Per cluster (in street order) the lines of its shared field, then per member home the
    home's own lines of the ``shared_loop`` variant (its shares of the field are not repeated),
    then one yearly maintenance line per home. Every amount is the engine's, unrounded.

    Parameters
    ----------
    project : Project
        The tendered project (:attr:`TenderScope.project`).
    results : ProjectResults
        Its results (``compute_project``).
    settings : TenderSettings, optional
        The advisor's party overrides.

    Returns
    -------
    list of BillLine
        Numbered per section ("1.1", "1.2", …, "3.1"); empty when no home is in a cluster.
    """
    overrides = settings.scope_overrides if settings else {}
    params = results.parameters
    raw: list[dict] = []
    for cluster in results.clusters:
        field_result = results.field(cluster.field_id)
        if field_result is None:
            continue
        for line in field_result.cost_lines:
            section, party, unit = line_scope(line.key, line.component, overrides)
            nl, en, quantity = _cluster_description(line.key, line.label_nl, line.label_en, field_result.sizing, cluster)
            raw.append(
                dict(
                    id=f"{field_result.id}:{line.key}", section=section, key=line.key, kind="investment",
                    cluster_id=cluster.id, field_id=field_result.id, household_id=None,
                    description_nl=f"{cluster.name}: {nl}", description_en=f"{cluster.name}: {en}", owner=cluster.name,
                    party=party, unit=unit, quantity=quantity, indicative_amount_eur=line.amount_eur,
                    formula_nl=line.formula_nl, formula_en=line.formula_en,
                )
            )
        for household_id in cluster.households:
            result = results.household(household_id)
            household = project.household(household_id)
            variant = result.variants.get(Variant.SHARED_LOOP) if result else None
            if variant is None or household is None:
                continue
            for line in variant.cost_lines:
                if line.shared:
                    continue
                section, party, unit = line_scope(line.key, line.component, overrides)
                nl, en = _home_description(line.key, line.label_nl, line.label_en, variant, result.demand, household, params)
                raw.append(
                    dict(
                        id=f"{household_id}:{line.key}", section=section, key=line.key, kind="investment",
                        cluster_id=cluster.id, field_id=field_result.id, household_id=household_id,
                        description_nl=f"{result.label}: {nl}", description_en=f"{in_language(result.label, 'en')}: {en}", owner=result.label,
                        party=party, unit=unit, quantity=1.0, indicative_amount_eur=line.amount_eur,
                        formula_nl=line.formula_nl, formula_en=line.formula_en,
                    )
                )
            section, party, unit = line_scope("maintenance", "once", overrides)
            amount = params["maintenance_ground_hp_eur"]
            raw.append(
                dict(
                    id=f"{household_id}:maintenance", section=section, key="maintenance", kind="annual",
                    cluster_id=cluster.id, field_id=field_result.id, household_id=household_id,
                    description_nl=f"{result.label}: Onderhoud van de warmtepomp, per jaar",
                    description_en=f"{in_language(result.label, 'en')}: Maintenance of the heat pump, per year", owner=result.label,
                    party=party, unit=unit, quantity=1.0, indicative_amount_eur=amount,
                    formula_nl="kental onderhoud bodemwarmtepomp per jaar", formula_en="default maintenance of a ground heat pump per year",
                )
            )
    lines = []
    for section_number, section in enumerate(SECTIONS, start=1):
        members = [item for item in raw if item["section"] == section]
        for index, item in enumerate(members, start=1):
            lines.append(BillLine(number=f"{section_number}.{index}", **item))
    return lines


def investment_total(lines: list[BillLine], *, quoted_only: bool = False) -> float:
    """Sum of the one-off lines [€] (only the contractors' lines when ``quoted_only``)."""
    return sum(line.indicative_amount_eur for line in lines if line.kind == "investment" and (line.in_quote or not quoted_only))


# ---------------------------------------------------------------- scope per party


@dataclass(frozen=True)
class ScopeItem:
    """One piece of work and who does it."""

    text_nl: str
    text_en: str
    party: str

    def text(self, language: str = "nl") -> str:
        return self.text_en if language == "en" else self.text_nl


@dataclass(frozen=True)
class ScopeSection:
    """A section of the scope: its title, the parties in it, the bill lines and the other tasks."""

    section: str
    title_nl: str
    title_en: str
    parties: tuple[str, ...]
    items: tuple[ScopeItem, ...]
    line_count: int


def _tasks(section: str, party_of, params) -> list[ScopeItem]:
    weeks = params.int("notification_weeks")
    if section == "source":
        driller = party_of("drilling")
        return [
            ScopeItem("Bronontwerp per cluster met de gegevens van deze uitvraag, bevestigd met een thermische "
                      "responstest of lokale gegevens", "Source design per cluster from the data of this request, "
                      "confirmed by a thermal response test or local data", driller),
            ScopeItem(f"Melding van het gesloten bodemenergiesysteem bij de gemeente, ten minste {weeks} weken vóór het boren",
                      f"Notification of the closed ground loop to the municipality, at least {weeks} weeks before drilling", driller),
            ScopeItem("Boorrapport, registratie en herstel van tuinen en bestrating na het boren",
                      "Drilling report, registration, and restoring gardens and paving after drilling", driller),
        ]
    if section == "header":
        return [ScopeItem("Leidingtracé afstemmen met de kabels en leidingen in de grond (KLIC-melding)",
                          "Pipe route agreed with the cables and pipes in the ground (KLIC notification)", party_of("pipe"))]
    if section == "heat_pump":
        installer = party_of("heat_pump")
        return [
            ScopeItem("Eén schouw per woning, door één persoon, samen met een keukentafelgesprek met de bewoners",
                      "One inspection visit per home, by one person, combined with a kitchen-table talk with the residents", installer),
            ScopeItem("Inregelen en opleveren met een inregelrapport; uitleg aan de bewoners",
                      "Commissioning and hand-over with a commissioning report; explanation to the residents", installer),
        ]
    if section == "home":
        return [ScopeItem("Cv-ketel afkoppelen en afvoeren", "Disconnecting and removing the gas boiler", party_of("heat_pump"))]
    if section == "organisation":
        return [
            ScopeItem("Centrale regie en één aanspreekpunt voor de bewoners", "Central coordination and one point of contact for the residents", "group"),
            ScopeItem("Vergunningen, meldingen, subsidies en afspraken volgens de checklist", "Permits, notifications, subsidies and agreements per the checklist", "group"),
        ]
    return []


#: a home's line whose figures differ from home to home, said for all homes in the scope (the bill has each one's);
#: the low-temperature measures, which differ by a supply temperature or two, are said per group of homes
_HOMES_SUMMARY = {
    "heat_pump": ("Water-waterwarmtepomp per woning (vermogen, ontwerpvermogen en aanvoer per woning: zie de staat van "
                  "hoeveelheden) leveren, plaatsen, aansluiten op de bron, inregelen en opleveren",
                  "Water-to-water heat pump per home (capacity, design load and supply per home: see the bill of "
                  "quantities): supply, install, connect to the source, commission and hand over"),
    "electrical": ("Elektra: groep voor de warmtepomp in de meterkast, waar nodig een driefasenaansluiting (per woning: "
                   "zie de staat van hoeveelheden)",
                   "Electrical: a group for the heat pump in the meter box, a three-phase connection where needed (per "
                   "home: see the bill of quantities)"),
}


def _owners(names: list[str], language: str) -> str:
    """'Cluster 2 en Cluster 5' (the owners of a line as the bill names them)."""
    return join_names(names, language)


def _scope_items(lines: list[BillLine], owners: dict[bool, set]) -> list[ScopeItem]:
    """The scope's items for the bill lines of one cost line (one per cluster or home): one item when every
    cluster (or home) of the bill has it and all say the same; else each cluster's (or group of clusters') own,
    named ('Cluster 2: Boren van 2 boorgaten …; Cluster 5: Boren van 1 …': the first cluster's metres stood
    for all, and a line only one cluster has read as everyone's), and for a home's line a text for all homes
    (:data:`_HOMES_SUMMARY`) or, without one, each group of homes' own, named. ``owners``: every cluster id
    (under True) and home id (under False) of the bill."""
    variants: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for line in lines:
        # the owner's name kept apart, not split off at ': ' (a cluster 'Hof: noord' read as 'Hof')
        variants.setdefault((line.item("nl"), line.item("en"), line.party), []).append((str(line.owner), in_language(line.owner, "en")))
    first = lines[0]
    everyone = {line.household_id or line.cluster_id for line in lines} == owners[first.household_id is None]
    if len(variants) == 1 and everyone:
        (label_nl, label_en, party), = variants
        return [ScopeItem(label_nl, label_en, party)]
    if everyone and first.household_id is not None and first.key in _HOMES_SUMMARY and len({p for *_, p in variants}) == 1:
        return [ScopeItem(*_HOMES_SUMMARY[first.key], first.party)]
    return [ScopeItem(f"{_owners([nl for nl, _ in owners], 'nl')}: {label_nl}",
                      f"{_owners([en for _, en in owners], 'en')}: {label_en}", party)
            for (label_nl, label_en, party), owners in variants.items()]


def scope_sections(lines: list[BillLine], settings: TenderSettings, params) -> list[ScopeSection]:
    """The scope split per party: per section the parties involved, its bill lines and its other tasks."""
    overrides = settings.scope_overrides

    def party_of(key: str) -> str:
        return line_scope(key, "once", overrides)[1]

    owners = {line.household_id is None: set() for line in lines}  # every cluster, every home in the bill
    for line in lines:
        owners[line.household_id is None].add(line.household_id or line.cluster_id)
    sections = []
    for section in SECTIONS:
        members = [line for line in lines if line.section == section]
        items: list[ScopeItem] = []
        for key in dict.fromkeys(line.key for line in members):
            items.extend(_scope_items([line for line in members if line.key == key], owners))
        items.extend(_tasks(section, party_of, params))
        if not items:
            continue
        parties = tuple(p for p in PARTIES if any(item.party == p for item in items))
        nl, en = SECTION_LABELS[section]
        sections.append(ScopeSection(section, nl, en, parties, tuple(items), len(members)))
    return sections


# ---------------------------------------------------------------- the whole pack


@dataclass
class TenderPack:
    """Everything the tender request and the bill of quantities show.

    Attributes
    ----------
    scope : TenderScope
    results : ProjectResults
        Results of the tendered project.
    lines : list[BillLine]
    sections : list[ScopeSection]
    fields : list[FieldLoadsExport]
        Per cluster: geometry, loads, ground data.
    homes : list[HomeSpec]
    requirements : list[Requirement]
    planning : Planning
    permits : list[PermitItem]
    warnings : list[str]
        Engine and cluster remarks the suppliers should know.
    """

    scope: TenderScope
    results: ProjectResults
    settings: TenderSettings
    lines: list[BillLine]
    sections: list[ScopeSection]
    fields: list[FieldLoadsExport]
    homes: list[HomeSpec]
    requirements: list[Requirement]
    planning: Planning
    permits: list[PermitItem]
    warnings: list[str] = field(default_factory=list)

    @property
    def investment_total_eur(self) -> float:
        return investment_total(self.lines)

    @property
    def quoted_total_eur(self) -> float:
        return investment_total(self.lines, quoted_only=True)


def build_tender(scope: TenderScope, results: ProjectResults, today: datetime.date | None = None) -> TenderPack:
    """The tender pack of the tendered project (``results = compute_project(scope.project)``)."""
    project = scope.project
    settings = project.tender.settings
    lines = bill_of_quantities(project, results, settings)
    exports = field_exports(project, results)
    return TenderPack(
        scope=scope,
        results=results,
        settings=settings,
        lines=lines,
        sections=scope_sections(lines, settings, results.parameters),
        fields=exports,
        homes=home_specs(project, results),
        requirements=requirements(project, results, exports),
        planning=planning(project, settings, results.parameters, today),
        permits=permits_checklist(project, results, settings),
        warnings=list(dict.fromkeys([*scope.notes, *results.warnings])),
    )
