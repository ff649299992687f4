"""What the tender asks of the installer: the homes' data and the performance requirements.

Per home the heat pump (capacity, supply temperature, tap water), the low-temperature
measures and the electrical work; for the whole tender the requirements a quote must meet
(seasonal COP at the design temperatures, fluid temperatures within the legal limits of the
Besluit activiteiten leefomgeving, noise, guarantees, maintenance, commissioning and
monitoring, certification for drilling closed systems), and what a quote must contain.
Every figure comes from the engine's results.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from minigrid_app.core.formatting import euro, number
from minigrid_app.core.formatting import group_thousands as _n
from minigrid_app.core.model import Project
from minigrid_app.core.problems import in_language
from minigrid_app.core.variant import Variant

if TYPE_CHECKING:  # the borefield engine (numpy) is not loaded by the window's step checks (issue 16)
    from minigrid_app.core.handoff import FieldLoadsExport
    from minigrid_app.core.results import ProjectResults


@dataclass(frozen=True)
class HomeSpec:
    """What the installer needs to know of one home.

    Attributes
    ----------
    heat_pump_kw : int
        Heat pump size [kW].
    design_load_kw : float
        Design heat load [kW].
    supply_temp_c : float
        Space heating supply temperature [°C].
    dhw_kwh : float
        Hot tap water per year [kWh/yr].
    seasonal_cop : float | None
        Seasonal COP the business case expects [-].
    electric_peak_kw : float
        Heat pump electric power at design conditions [kW].
    three_phase_needed : bool
        A three-phase connection must be requested.
    cooling_wanted : bool
        The residents asked for cooling (a condition of the first evening).
    """

    household_id: str
    label: str
    address: str
    house_type: str
    build_year: int | None
    floor_area_m2: float | None
    cluster: str
    heat_pump_kw: int
    design_load_kw: float
    supply_temp_c: float
    dhw_kwh: float
    persons: int | None
    seasonal_cop: float | None
    electric_peak_kw: float
    lt_measures_eur: float
    three_phase: bool
    three_phase_needed: bool
    cooks_on_gas: bool
    cooling_wanted: bool


def home_specs(project: Project, results: ProjectResults) -> list[HomeSpec]:
    """One spec per home in a cluster, street order."""
    params = results.parameters
    cooling = any(c.enabled and c.kind == "cooling" for c in project.conditions)
    names = {c.id: c.name for c in results.clusters}
    specs = []
    for result in results.households:
        variant = result.variants.get(Variant.SHARED_LOOP)
        household = project.household(result.id)
        if variant is None or result.cluster_id is None or household is None or not result.participates:
            continue
        lt = next((line.amount_eur for line in variant.cost_lines if line.key == "lt_measures"), 0.0)
        size = variant.heat_pump_size_kw or 0
        specs.append(
            HomeSpec(
                household_id=result.id,
                label=result.label,
                address=household.address,
                house_type=household.house_type,
                build_year=household.build_year,
                floor_area_m2=household.floor_area_m2,
                cluster=names.get(result.cluster_id, ""),
                heat_pump_kw=size,
                design_load_kw=result.demand.design_load_kw,
                supply_temp_c=result.demand.supply_temp_c,
                dhw_kwh=result.demand.dhw_kwh,
                persons=household.persons,
                seasonal_cop=variant.seasonal_cop,
                electric_peak_kw=variant.electric_peak_kw,
                lt_measures_eur=lt,
                three_phase=household.three_phase,
                three_phase_needed=not household.three_phase and size > params["three_phase_threshold_kw"],
                cooks_on_gas=household.cooks_on_gas,
                cooling_wanted=cooling,
            )
        )
    return specs


# ---------------------------------------------------------------- requirements


@dataclass(frozen=True)
class Requirement:
    """A performance requirement of the tender, with the figures it rests on."""

    key: str
    title_nl: str
    title_en: str
    text_nl: str
    text_en: str

    def title(self, language: str = "nl") -> str:
        return self.title_en if language == "en" else self.title_nl

    def text(self, language: str = "nl") -> str:
        return self.text_en if language == "en" else self.text_nl


def requirements(project: Project, results: ProjectResults, exports: list[FieldLoadsExport]) -> list[Requirement]:
    """Performance requirements: efficiency, temperatures, noise, guarantees, maintenance, commissioning, certification."""
    params = results.parameters
    homes = home_specs(project, results)
    items: list[Requirement] = []
    if homes:
        worst = min(homes, key=lambda h: h.seasonal_cop or 99.0)
        temps = sorted({h.supply_temp_c for h in homes})
        temps_nl = " en ".join(f"{_n(t)} °C" for t in temps)
        temps_en = " and ".join(f"{number(t, 0, '°C', 'en')}" for t in temps)
        items.append(
            Requirement(
                "scop", "Rendement van de warmtepompen", "Efficiency of the heat pumps",
                f"Geef per woning de SCOP (EN 14825) bij de aanvoertemperatuur van die woning ({temps_nl}) en de "
                f"brontemperaturen van deze uitvraag. De businesscase rekent met een seizoensrendement van ten minste "
                f"{_n(worst.seasonal_cop or 0, 1)} ({worst.label}); een lager rendement moet de offerte melden.",
                f"State per home the SCOP (EN 14825) at that home's supply temperature ({temps_en}) and the source "
                f"temperatures of this request. The business case counts on a seasonal COP of at least "
                f"{number(worst.seasonal_cop or 0, 1, language='en')} ({in_language(worst.label, 'en')}); a quote with a lower one must say so.",
            )
        )
    low, high = params["legal_return_temp_min_c"], params["legal_return_temp_max_c"]
    limit = params["min_fluid_temp_c"]
    years = params.int("simulation_years")
    items.append(
        Requirement(
            "fluid", "Temperaturen in de bodemlus", "Temperatures in the ground loop",
            f"De gemiddelde vloeistoftemperatuur blijft over {years} jaar, piek inbegrepen, ten minste {_n(limit, 1)} °C. "
            f"Wettelijk blijft de vloeistof in de retourleiding tussen {_n(low)} °C en {_n(high)} °C, en mag de bodem "
            "over elke periode van vijf jaar niet netto opwarmen (Besluit activiteiten leefomgeving).",
            f"The mean fluid temperature stays at or above {number(limit, 1, '°C', 'en')} over {years} years, peak included. "
            f"By law the fluid in the return pipe stays between {number(low, 0, '°C', 'en')} and {number(high, 0, '°C', 'en')}, and over every "
            "five-year period the ground may not warm up on balance (Besluit activiteiten leefomgeving).",
        )
    )
    items.append(
        Requirement(
            "noise", "Geluid", "Noise",
            "Er komt geen buitenunit. Geef het geluidsvermogen van de binnenunit (dB(A)) en hoe trillingen naar de "
            "woning en de buren worden gedempt.",
            "There is no outdoor unit. State the sound power of the indoor unit (dB(A)) and how vibrations to the "
            "home and the neighbours are damped.",
        )
    )
    items.append(
        Requirement(
            "guarantees", "Garanties", "Guarantees",
            "Geef de garantietermijnen op de warmtepomp, het boilervat, de bodemlus en het installatiewerk, en wie "
            "de garantie geeft als de bron en de woninginstallatie door verschillende bedrijven worden gemaakt.",
            "State the guarantee periods on the heat pump, the tank, the ground loop and the installation work, and "
            "who guarantees when the source and the home installation are made by different firms.",
        )
    )
    items.append(
        Requirement(
            "maintenance", "Onderhoud", "Maintenance",
            f"Bied een onderhoudscontract aan per woning (regels 'onderhoud', per jaar). De businesscase rekent met "
            f"{euro(params['maintenance_ground_hp_eur'])} per woning per jaar voor de warmtepomp en "
            f"{euro(params['maintenance_shared_per_home_eur'])} per woning plus "
            f"{euro(params['maintenance_shared_per_cluster_eur'])} per cluster voor de gedeelde bron.",
            f"Offer a maintenance contract per home (lines 'maintenance', per year). The business case counts on "
            f"{euro(params['maintenance_ground_hp_eur'], 0, 'en')} per home a year for the heat pump and "
            f"{euro(params['maintenance_shared_per_home_eur'], 0, 'en')} per home plus "
            f"{euro(params['maintenance_shared_per_cluster_eur'], 0, 'en')} per cluster for the shared source.",
        )
    )
    total_peak = sum(export.peak_extraction_kw for export in exports)
    light = params["monitoring_light_max_kw"]
    weight_nl = "lichtere" if all(e.peak_extraction_kw < light for e in exports) else "volledige"
    weight_en = "lighter" if all(e.peak_extraction_kw < light for e in exports) else "full"
    items.append(
        Requirement(
            "commissioning", "Inbedrijfstelling en monitoring", "Commissioning and monitoring",
            f"Opleveren met een inregelrapport per woning en per bron. Meet in het eerste stookseizoen de "
            f"bron- en aanvoertemperaturen en het stroomverbruik en deel ze met de groep. Het grootste "
            f"onttrekkingsvermogen van een veld is {_n(max((e.peak_extraction_kw for e in exports), default=0), 1)} kW "
            f"(alle velden samen {_n(total_peak, 1)} kW): de {weight_nl} meet- en registratieplicht voor systemen "
            f"onder {_n(light)} kW geldt.",
            f"Hand over with a commissioning report per home and per source. In the first heating season measure "
            f"the source and supply temperatures and the electricity use, and share them with the group. The largest "
            f"extraction of a field is {number(max((e.peak_extraction_kw for e in exports), default=0), 1, 'kW', 'en')} (all fields "
            f"together {number(total_peak, 1, 'kW', 'en')}): the {weight_en} metering and registration duties for systems below "
            f"{number(light, 0, 'kW', 'en')} apply.",
        )
    )
    items.append(
        Requirement(
            "certification", "Erkenning", "Certification",
            "Ontwerp, boren en aanleg van de bodemlus alleen door een bedrijf met een erkenning onder het Besluit "
            "bodemkwaliteit (BRL SIKB 11000; ontwerp volgens ISSO 73). Sommige gemeenten stellen aanvullende eisen.",
            "Design, drilling and installation of the ground loop only by a firm recognised under the Besluit "
            "bodemkwaliteit (BRL SIKB 11000; design per ISSO 73). Some municipalities add requirements.",
        )
    )
    if any(h.cooling_wanted for h in homes):
        items.append(
            Requirement(
                "cooling", "Koelen", "Cooling",
                "De bewoners willen kunnen koelen: bied passieve koeling via de bodemlus aan (prijs apart), met het "
                "koelvermogen per woning, en laat zien dat de bodem over vijf jaar niet netto opwarmt.",
                "The residents want cooling: offer passive cooling through the ground loop (priced separately), with "
                "the cooling capacity per home, and show that the ground does not warm up on balance over five years.",
            )
        )
    return items


QUOTE_CONTENTS = (
    ("Per regel van de staat van hoeveelheden een bedrag inclusief btw, met de eenheidsprijs; dezelfde nummers.",
     "For every line of the bill of quantities an amount including VAT, with the unit price; the same numbers."),
    ("Regels die u niet aanbiedt: leeg laten en zeggen waarom; alternatieven apart en met een eigen prijs.",
     "Lines you do not offer: leave them empty and say why; alternatives separately with their own price."),
    ("Een andere hoeveelheid (meer boormeters, andere leidinglengte): vul uw hoeveelheid in en licht het toe.",
     "A different quantity (more drilling metres, another pipe length): enter your quantity and explain."),
    ("Per woning: merk, type en vermogen van de warmtepomp, de SCOP en het geluidsvermogen (productbladen).",
     "Per home: make, model and capacity of the heat pump, its SCOP and sound power (product sheets)."),
    ("De onderhoudsprijs per woning per jaar, de garantietermijnen en de geldigheidsduur van de offerte.",
     "The maintenance price per home per year, the guarantee periods and how long the quote is valid."),
    ("Uw planning vanaf de opdracht: schouw, melding, boren, installeren, opleveren.",
     "Your planning from the order: inspection, notification, drilling, installation, hand-over."),
    ("Uw erkenning (BRL SIKB 11000) en twee referenties van vergelijkbare projecten.",
     "Your recognition (BRL SIKB 11000) and two references of similar projects."),
)


