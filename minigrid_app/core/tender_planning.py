"""The tender's planning and its permits and notifications checklist.

Planning: from sending the request to the start of drilling, set against the national
guide's 9-12 months from the first intake (Handreiking mini- en kleinschalige warmtenetten,
NPLW, 2025, §5.2; "negen maanden van start tot finish": three months ambition, three months
quick scan and strategy, three months purchasing).

Checklist: what the closed ground loop, the digging and the municipality's subsurface rules
require, and the arrangements the advisor makes (subsidy, loans, maintenance, the residents'
agreements), each with the status the advisor tracks.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from minigrid_app.core.formatting import group_thousands as _n
from minigrid_app.core.formatting import names_listed
from minigrid_app.core.model import Project
from minigrid_app.core.reading_dates import read_date
from minigrid_app.core.regulation import exemption_text
from minigrid_app.core.tender_model import PERMIT_DONE_STATES, PermitStatus, TenderSettings
from minigrid_app.core.tender_requirements import home_specs

if TYPE_CHECKING:
    from minigrid_app.core.results import ProjectResults


def _add_months(day: datetime.date, months: int) -> datetime.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    last = [31, 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return datetime.date(year, month, min(day.day, last[month - 1]))


def parse_date(text: str) -> datetime.date | None:
    """A stored or typed date ('2027-03-31', '31-3-2027', '31 maart 2027') as a date; None when empty or unreadable.

    Read by :func:`minigrid_app.core.reading_dates.read_date`, the date reader of every entry path.
    """
    return read_date(text) if text else None




@dataclass(frozen=True)
class Milestone:
    key: str
    label_nl: str
    label_en: str
    date: datetime.date

    def label(self, language: str = "nl") -> str:
        return self.label_en if language == "en" else self.label_nl


@dataclass(frozen=True)
class Planning:
    """The tender's dates against the guide's 9-12 months from the first intake.

    Attributes
    ----------
    start : datetime.date
        The first intake (or the project's creation).
    milestones : list[Milestone]
        From sending the request to the start of drilling, in order.
    ambition_date, latest_date : datetime.date
        Start + 9 and + 12 months: when the decision should fall.
    decision_date : datetime.date
        The decision milestone.
    status : str
        ``ambition`` (decision within 9 months), ``within`` (within 12) or ``late``.
    months_to_decision : float
        From ``start`` to the decision [months of 30.44 days].
    counted_from : str
        What ``start`` is: ``intake`` (its date), ``created`` (the project's creation, no intake
        date filled in) or ``today`` (neither).
    """

    start: datetime.date
    milestones: list[Milestone]
    ambition_date: datetime.date
    latest_date: datetime.date
    decision_date: datetime.date
    status: str
    months_to_decision: float
    counted_from: str = "intake"

    def _after(self, language: str) -> str:
        """'na de intake', or from what the months were counted when the intake has no date (it read
        'na de intake' for a project whose intake date was empty: counted from today)."""
        day = f"{self.start:%d-%m-%Y}"
        if self.counted_from == "created":
            return (f"after the project was made on {day} (the intake has no date)" if language == "en"
                    else f"na het aanmaken van het project op {day} (de intake heeft geen datum)")
        if self.counted_from == "today":
            return "from today (the intake has no date)" if language == "en" else "na vandaag (de intake heeft geen datum)"
        return "after the intake" if language == "en" else "na de intake"

    def verdict(self, language: str = "nl") -> str:
        months = _n(self.months_to_decision, 1) if language != "en" else f"{self.months_to_decision:.1f}"
        after = self._after(language)
        if self.status == "ambition":
            return (f"Het besluit valt {months} maanden {after}: binnen de ambitie van 9 maanden."
                    if language != "en" else f"The decision falls {months} months {after}: within the 9-month ambition.")
        if self.status == "within":
            return (f"Het besluit valt {months} maanden {after}: later dan de ambitie van 9 maanden, binnen 12."
                    if language != "en" else f"The decision falls {months} months {after}: later than the 9-month ambition, within 12.")
        return (f"Het besluit valt {months} maanden {after}: later dan de 9-12 maanden die de handreiking noemt."
                if language != "en" else f"The decision falls {months} months {after}: later than the guide's 9-12 months.")


def planning(project: Project, settings: TenderSettings, params, today: datetime.date | None = None) -> Planning:
    """Dates from sending the request to drilling, checked against the 9-12 months of the national guide."""
    today = today or datetime.date.today()
    intake, created = parse_date(project.intake.date), parse_date(project.created)
    start = intake or created or today
    counted_from = "intake" if intake else "created" if created else "today"
    issued = parse_date(settings.issued_on) or today
    weeks = datetime.timedelta(weeks=1)
    due = parse_date(settings.quotes_due) or issued + params.int("tender_quote_weeks") * weeks
    visits = issued + 2 * weeks
    decision = due + params.int("tender_decision_weeks") * weeks
    agreements = decision + 2 * weeks
    notification = agreements + 1 * weeks
    drilling = notification + params.int("notification_weeks") * weeks
    milestones = [
        Milestone("issued", "Uitvraag verstuurd", "Request sent", issued),
        Milestone("visits", "Schouw per woning en vragen beantwoord", "Inspection per home and questions answered", visits),
        Milestone("quotes_due", "Offertes binnen", "Quotes due", due),
        Milestone("decision", "Offertes vergeleken, besluit van de groep", "Quotes compared, the group decides", decision),
        Milestone("agreements", "Bindende overeenkomsten getekend", "Binding agreements signed", agreements),
        Milestone("notification", "Melding bodemenergiesysteem bij de gemeente", "Ground loop notified to the municipality", notification),
        Milestone("drilling", "Start boren (ten vroegste)", "Drilling starts (at the earliest)", drilling),
    ]
    ambition = _add_months(start, params.int("process_ambition_months"))
    latest = _add_months(start, params.int("process_max_months"))
    status = "ambition" if decision <= ambition else "within" if decision <= latest else "late"
    months = (decision - start).days / 30.44
    return Planning(start, milestones, ambition, latest, decision, status, months, counted_from)


# ---------------------------------------------------------------- permits and notifications


#: Checklist items every tender has (others depend on the homes: three-phase, Heat Act exemption).
BASE_PERMIT_KINDS = (
    "ground_loop",
    "interference",
    "digging",
    "subsurface_plans",
    "trees",
    "land_rights",
    "isde",
    "financing",
    "maintenance_contract",
    "residents_agreement",
)


@dataclass(frozen=True)
class PermitItem:
    """An item of the permits, notifications and arrangements checklist with its tracked status."""

    kind: str
    category: str  # permit | arrangement
    title_nl: str
    title_en: str
    text_nl: str
    text_en: str
    who: str
    status: PermitStatus

    @property
    def open(self) -> bool:
        return self.status.status not in PERMIT_DONE_STATES

    def title(self, language: str = "nl") -> str:
        return self.title_en if language == "en" else self.title_nl

    def text(self, language: str = "nl") -> str:
        return self.text_en if language == "en" else self.text_nl


def permits_checklist(project: Project, results: ProjectResults, settings: TenderSettings) -> list[PermitItem]:
    """The permits, notifications and arrangements that apply, with the advisor's status per item.

    Closed ground loops: Besluit activiteiten leefomgeving (notification at least four weeks
    ahead with a site drawing, coordinates and final depth; a shared system may need an
    environmental permit); cables and pipes: KLIC notification; the municipality's rules for
    the subsurface and trees (WarmingUp, Regie en ordening van warmtenetten in de ondergrond,
    2022); subsidies, loans, maintenance and the residents' agreements (national guide §5.2).
    """
    params = results.parameters
    weeks = params.int("notification_weeks")
    homes = home_specs(project, results)
    items = [
        ("ground_loop", "permit", "Melding of vergunning gesloten bodemenergiesysteem", "Notification or permit for the closed ground loop",
         f"Ten minste {weeks} weken vóór het boren melden via het Omgevingsloket, met situatietekening (1:1000), "
         "coördinaten en einddiepte. Een gedeeld systeem voor meerdere woningen kan een omgevingsvergunning "
         "(beperkte milieutoets) nodig hebben: vraag het de gemeente.",
         f"Notify at least {weeks} weeks before drilling through the Omgevingsloket, with a site drawing (1:1000), "
         "coordinates and final depth. A shared system for several homes may need an environmental permit "
         "(limited environmental test): ask the municipality.", "driller"),
        ("interference", "permit", "Interferentiegebied en bestaande systemen", "Interference area and existing systems",
         "Vraag of de gemeente een interferentiegebied of bodemenergieplan heeft en welke systemen in de buurt "
         "liggen; nieuwe boorgaten mogen eerdere systemen niet hinderen.",
         "Ask whether the municipality has an interference area or ground energy plan and which systems lie nearby; "
         "new boreholes may not hinder earlier systems.", "group"),
        ("digging", "permit", "Graafmelding (KLIC) en graafvergunning", "Digging notification (KLIC) and digging permit",
         "Vóór het graven een KLIC-melding bij het Kadaster; voor leidingen in openbare grond een vergunning of "
         "instemming van de gemeente (verordening ondergrondse infrastructuur).",
         "Before digging a KLIC notification to the Kadaster; for pipes in public ground a permit or consent of the "
         "municipality (by-law on underground infrastructure).", "driller"),
        ("subsurface_plans", "permit", "Plannen van de gemeente voor de ondergrond", "The municipality's plans for the subsurface",
         "Vraag naar het ordeningsprofiel voor kabels en leidingen, geplande werk in de straat (riolering, "
         "herinrichting) en afspraken over graafrust; combineer het werk waar het kan.",
         "Ask for the layout profile of cables and pipes, planned work in the street (sewers, redesign) and "
         "agreements on digging moratoria; combine the work where possible.", "group"),
        ("trees", "permit", "Bomen", "Trees",
         "Houd bij boren en graven afstand tot bomen en hun wortels; vraag welke regels de gemeente stelt "
         "(kapvergunning, werken bij bomen).",
         "Keep drilling and digging clear of trees and their roots; ask which rules the municipality sets "
         "(felling permit, working near trees).", "group"),
        ("land_rights", "permit", "Afspraken over grond", "Agreements on land",
         "Boorgaten en leidingen op de grond van een ander: vastleggen met een erfdienstbaarheid of opstalrecht "
         "(notaris), met toegang voor onderhoud.",
         "Boreholes and pipes on someone else's land: recorded by an easement or right of superficies (notary), "
         "with access for maintenance.", "group"),
    ]
    if any(h.three_phase_needed for h in homes):
        names = names_listed([h.label for h in homes if h.three_phase_needed])
        items.append(("grid_connection", "permit", "Driefasenaansluiting", "Three-phase connection",
                      f"Aanvragen bij de netbeheerder voor {names}; reken op enkele weken levertijd.",
                      f"Request from the grid operator for {names}; allow a few weeks.", "installer"))
    exemption = exemption_text(results.group.wcw, results.clusters, params.int("wcw_limited_max_connections"))
    if exemption is not None:
        items.append(("wcw_exemption", "permit", "Ontheffing Wet collectieve warmte", "Exemption under the Heat Act",
                      exemption.nl, exemption.en, "group"))
    items += [
        ("isde", "arrangement", "ISDE-subsidie per woning", "ISDE subsidy per home",
         "Elke woning vraagt na de installatie de ISDE aan bij RVO; bewaar de factuur en het betaalbewijs.",
         "Every home applies for ISDE with RVO after installation; keep the invoice and proof of payment.", "resident"),
        ("financing", "arrangement", "Financiering", "Financing",
         "Per woning de lening (Warmtefonds) regelen vóór de bindende overeenkomst.",
         "Per home arrange the loan (Warmtefonds) before the binding agreement.", "resident"),
        ("maintenance_contract", "arrangement", "Onderhoudscontract", "Maintenance contract",
         "Onderhoud van de warmtepompen en de bron vastleggen met de installateur.",
         "Maintenance of the heat pumps and the source agreed with the installer.", "group"),
        ("residents_agreement", "arrangement", "Afspraken tussen bewoners", "Agreements between residents",
         "Wie bezit en onderhoudt de gedeelde bron, hoe worden kosten verdeeld, hoe sluit een buur later aan of "
         "stapt iemand uit (mandeligheid, vereniging of coöperatie).",
         "Who owns and maintains the shared source, how costs are split, how a neighbour joins later or someone "
         "leaves (joint ownership, association or cooperative).", "group"),
    ]
    return [
        PermitItem(kind, category, tnl, ten, xnl, xen, who, settings.permit(kind))
        for kind, category, tnl, ten, xnl, xen, who in items
    ]


