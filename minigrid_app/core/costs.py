"""Investments and annual costs of a home per variant: the method table's cost entries.

Every cost line a home pays is one :class:`CostItem` of :data:`COST_LINES`: its key,
labels, what it belongs to for replacements, the function that computes the amount from
named inputs and the Excel formula over the same names (see
:mod:`minigrid_app.core.method`). The engine (:func:`minigrid_app.core.variants.compute_variant`)
evaluates the functions, the Investeringen sheet of the workbook gets one column per key
and writes the formulas, and "hoe berekend?" shows each line with the words of its
``describe`` function. Adding a cost line is adding one entry here (and its test).
:data:`SUBSIDIES` and :data:`ANNUAL` do the same for the ISDE subsidy and the yearly
running costs (the Jaarlasten sheet), :data:`FIELD_COST_LINES` for what a borefield costs
(shared over a cluster by :mod:`minigrid_app.core.field_costs`; the Bron sheet).

References
----------
method.md#investments and method.md#annual-costs; the figures and their sources are in
``resources/defaults.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from minigrid_app.core.formatting import euro, number
from minigrid_app.core.method import Quantity, applying, call
from minigrid_app.core.method import inputs_of as _parameters
from minigrid_app.core.variant import GROUND_VARIANTS, HEAT_PUMP_VARIANTS, Variant

#: What a cost line belongs to: replaced with the boiler, the heat pump, the borefield, or never.
COMPONENTS = ("boiler", "heat_pump", "borefield", "once")

_GAS = (Variant.GAS,)
_AIR = (Variant.AIR_HP,)


@dataclass(frozen=True)
class CostLine:
    """One line of an investment.

    Attributes
    ----------
    key : str
        Stable code (``heat_pump``, ``dhw_tank``, ``drilling`` …): the key of its method entry.
    amount_eur : float
        Amount [€ incl. VAT].
    component : str
        What it belongs to for replacements: ``boiler``, ``heat_pump``, ``borefield`` or
        ``once`` (never replaced, no residual value).
    shared : bool
        This household's share of the cluster's shared part.
    formula_nl, formula_en : str
        How the amount was found, in words with the values used.
    """

    key: str
    label_nl: str
    label_en: str
    amount_eur: float
    component: str
    shared: bool = False
    formula_nl: str = ""
    formula_en: str = ""

    def how(self, language: str = "nl") -> str:
        """The line's words as a resident reads them: a share written the language's way ('41,9 %
        van € 8.500 …', '41.9 % of …'). The engine words a share '41.9% van' (field_costs, quotes),
        and the golden examples hold that text as it is; every view reads it through here."""
        text = self.formula_en if language == "en" else self.formula_nl
        mark = "." if language == "en" else ","
        text = _SHARE.sub(lambda m: f"{m.group(1)}{mark}{m.group(2)} % ", text)
        if language == "en":  # the engine's English words write amounts the Dutch way too ('of € 1.575')
            text = _DUTCH_THOUSANDS.sub(lambda m: "€ " + m.group(1).replace(".", ","), text)
        return text


#: The share that begins a shared line's words ('29.3% van € 17.851 …').
_SHARE = re.compile(r"^(\d+)\.(\d+)% ")
#: A whole amount in euros with Dutch thousands ('€ 17.851', '€ 1.500'), not a price in cents.
_DUTCH_THOUSANDS = re.compile(r"€ ([1-9]\d{0,2}(?:\.\d{3})+)(?![\d,])")


@dataclass(frozen=True)
class CostItem(Quantity):
    """A cost line of the method table: a :class:`~minigrid_app.core.method.Quantity` in € plus

    Attributes
    ----------
    component : str
        One of :data:`COMPONENTS`.
    header_nl : str
        Short column head in the workbook (the label when empty).
    optional : bool
        The line is left out when it costs nothing (no induction hob needed, boiler not worn out).
    describe : callable, optional
        The amount in words with the values used: ``(nl, en)``; its parameter names are
        inputs, as the function's are. None: the sources of the figures used say it.
    tender : tuple[str, str, str] | None
        Its place in the bill of quantities of a tender: (section, party that does it by
        default, unit), see :mod:`minigrid_app.core.tender`; None: not tendered.
    quoted : callable, optional
        amount [€] → the values by name (default figures, household inputs) that make the
        engine price the line at that amount: the business case on a quote's prices
        (:mod:`minigrid_app.core.quotes`).
    """

    component: str = "once"
    header_nl: str = ""
    optional: bool = False
    describe: Callable[..., tuple[str, str]] | None = field(default=None, repr=False)
    tender: tuple[str, str, str] | None = None
    quoted: Callable[[float], dict[str, float]] | None = field(default=None, repr=False)
    describe_inputs: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "describe_inputs", _parameters(self.describe))

    @property
    def header(self) -> str:
        return self.header_nl or self.label_nl


def _eur(amount: float) -> str:
    return euro(amount, language="nl")


def _same(text: str) -> tuple[str, str]:
    return text, text


def _per_metre(length_m: float, per_m_eur: float) -> tuple[str, str]:
    """'1.200 m × € 60 per m' (nl), '1,200 m × € 60 per m' (en)."""
    return tuple(  # type: ignore[return-value]
        f"{number(length_m, 0, 'm', lang)} × {euro(per_m_eur, language=lang)} per m" for lang in ("nl", "en")
    )


# ---------------------------------------------------------------------------- the gas boiler


def boiler_age(boiler_age_entered_years: float | None, boiler_age_default_years: float) -> int:
    """Age of the current boiler in whole years [yr] (the default figure when not entered).

    Python rounds half to even, Excel's ROUND half away from zero: only an age of exactly
    x.5 years can differ by one year.
    """
    age = boiler_age_default_years if boiler_age_entered_years is None else float(boiler_age_entered_years)
    return int(round(age))


#: When the current boiler was installed (the gas variant's replacement schedule).
BOILER = (
    Quantity(
        "boiler_age_rounded_years", "jaar", "Leeftijd cv-ketel", "Boiler age",
        boiler_age,
        "ROUND(IF({boiler_age_entered_years}=\"\",{boiler_age_default_years},{boiler_age_entered_years}),0)",
        variants=_GAS,
    ),
    Quantity(
        "boiler_installed_year", "jaar", "Ketel geplaatst in jaar", "Boiler installed in year",
        lambda boiler_age_rounded_years, boiler_lifetime_years: 0
        if boiler_age_rounded_years >= boiler_lifetime_years
        else -boiler_age_rounded_years,
        "IF({boiler_age_rounded_years}>={boiler_lifetime_years},0,-{boiler_age_rounded_years})",
        variants=_GAS,
    ),
)  # fmt: skip


# ---------------------------------------------------------------------------- cost lines


def _heat_pump_words(base: float, per_kw: float, size_kw: int) -> tuple[str, str]:
    return _same(f"{_eur(base)} + {_eur(per_kw)} per kW × {size_kw} kW")


def _electrical_words(
    electrical_upgrade_eur, three_phase_upgrade_eur, three_phase, heat_pump_size_kw, three_phase_threshold_kw
) -> tuple[str, str]:
    nl = f"{_eur(electrical_upgrade_eur)} groep in de meterkast"
    en = f"{_eur(electrical_upgrade_eur)} group in the meter box"
    if not three_phase and heat_pump_size_kw > three_phase_threshold_kw:
        upgrade = _eur(three_phase_upgrade_eur)
        nl += f" + {upgrade} voor 3-fase (warmtepomp {heat_pump_size_kw} kW)"
        en += f" + {upgrade} for 3-phase (heat pump {heat_pump_size_kw} kW)"
    return nl, en


#: Every cost line a home pays itself, in the order of the Investeringen sheet.
COST_LINES = (
    CostItem(
        "boiler", "€", "Nieuwe HR107-ketel (huidige is op)", "New HR107 boiler (current one worn out)",
        lambda boiler_age_rounded_years, boiler_lifetime_years, boiler_cost_eur: boiler_cost_eur
        if boiler_age_rounded_years >= boiler_lifetime_years
        else 0.0,
        "IF({boiler_age_rounded_years}>={boiler_lifetime_years},{boiler_cost_eur},0)",
        variants=_GAS, component="boiler", header_nl="Nieuwe cv-ketel", optional=True,
        describe=lambda boiler_age_rounded_years, boiler_lifetime_years: (
            f"ketel is {boiler_age_rounded_years} jaar oud, levensduur {round(boiler_lifetime_years)} jaar",
            f"boiler is {boiler_age_rounded_years} years old, lifetime {round(boiler_lifetime_years)} years",
        ),
    ),
    CostItem(
        "heat_pump", "€", "Luchtwarmtepomp (geïnstalleerd)", "Air heat pump (installed)",
        lambda air_hp_base_eur, air_hp_per_kw_eur, heat_pump_size_kw: air_hp_base_eur
        + air_hp_per_kw_eur * heat_pump_size_kw,
        "{air_hp_base_eur}+{air_hp_per_kw_eur}*{heat_pump_size_kw}",
        variants=_AIR, component="heat_pump", header_nl="Warmtepomp",
        tender=("heat_pump", "installer", "st"),
        quoted=lambda amount: {"air_hp_base_eur": amount, "air_hp_per_kw_eur": 0.0},
        describe=lambda air_hp_base_eur, air_hp_per_kw_eur, heat_pump_size_kw: _heat_pump_words(
            air_hp_base_eur, air_hp_per_kw_eur, heat_pump_size_kw
        ),
    ),
    CostItem(
        "heat_pump", "€", "Water-waterwarmtepomp (geïnstalleerd)", "Water-to-water heat pump (installed)",
        lambda water_hp_base_eur, water_hp_per_kw_eur, heat_pump_size_kw: water_hp_base_eur
        + water_hp_per_kw_eur * heat_pump_size_kw,
        "{water_hp_base_eur}+{water_hp_per_kw_eur}*{heat_pump_size_kw}",
        variants=GROUND_VARIANTS, component="heat_pump", header_nl="Warmtepomp",
        tender=("heat_pump", "installer", "st"),
        quoted=lambda amount: {"water_hp_base_eur": amount, "water_hp_per_kw_eur": 0.0},
        describe=lambda water_hp_base_eur, water_hp_per_kw_eur, heat_pump_size_kw: _heat_pump_words(
            water_hp_base_eur, water_hp_per_kw_eur, heat_pump_size_kw
        ),
    ),
    CostItem(
        "dhw_tank", "€", "Boilervat warm tapwater", "Hot water tank",
        lambda dhw_tank_eur: dhw_tank_eur, "{dhw_tank_eur}",
        variants=HEAT_PUMP_VARIANTS, component="heat_pump", header_nl="Boilervat",
        tender=("heat_pump", "installer", "st"), quoted=lambda amount: {"dhw_tank_eur": amount},
    ),
    CostItem(
        "lt_measures", "€", "Lage-temperatuurmaatregelen (radiatoren)", "Low-temperature measures (radiators)",
        lambda lt_measures_entered_eur, lt_measures_default_eur: lt_measures_default_eur
        if lt_measures_entered_eur is None
        else float(lt_measures_entered_eur),
        "IF({lt_measures_entered_eur}=\"\",{lt_measures_default_eur},{lt_measures_entered_eur})",
        variants=HEAT_PUMP_VARIANTS, header_nl="LT-maatregelen",
        tender=("home", "installer", "post"), quoted=lambda amount: {"lt_measures_entered_eur": amount},
        describe=lambda lt_measures_entered_eur: ("standaardbedrag", "default amount")
        if lt_measures_entered_eur is None
        else ("ingevuld voor deze woning", "entered for this home"),
    ),
    CostItem(
        "induction", "€", "Inductiekoken", "Induction cooking",
        lambda cooks_on_gas, induction_cost_eur: induction_cost_eur if cooks_on_gas else 0.0,
        "IF({cooks_on_gas},{induction_cost_eur},0)",
        variants=HEAT_PUMP_VARIANTS, header_nl="Inductie-koken", optional=True,
        tender=("home", "resident", "post"), quoted=lambda amount: {"induction_cost_eur": amount},
    ),
    CostItem(
        "gas_disconnection", "€", "Gasaansluiting afsluiten", "Gas disconnection",
        lambda gas_disconnection_eur: gas_disconnection_eur, "{gas_disconnection_eur}",
        variants=HEAT_PUMP_VARIANTS, header_nl="Gas afsluiten",
        tender=("home", "grid_operator", "post"), quoted=lambda amount: {"gas_disconnection_eur": amount},
    ),
    CostItem(
        "electrical", "€", "Aanpassing meterkast", "Electrical upgrade",
        lambda electrical_upgrade_eur, three_phase_upgrade_eur, three_phase, heat_pump_size_kw,
        three_phase_threshold_kw: electrical_upgrade_eur
        + (three_phase_upgrade_eur if not three_phase and heat_pump_size_kw > three_phase_threshold_kw else 0.0),
        "{electrical_upgrade_eur}+IF(AND(NOT({three_phase}),{heat_pump_size_kw}>{three_phase_threshold_kw}),"
        "{three_phase_upgrade_eur},0)",
        variants=HEAT_PUMP_VARIANTS, header_nl="Meterkast", describe=_electrical_words,
        tender=("home", "installer", "post"),
        quoted=lambda amount: {"electrical_upgrade_eur": amount, "three_phase_upgrade_eur": 0.0},
    ),
)  # fmt: skip

def _isde_air_words(isde_air_base_eur, isde_air_per_kw_eur, heat_pump_size_kw, isde_air_label_bonus_eur):
    above = max(0, heat_pump_size_kw - 1)
    return (
        f"{_eur(isde_air_base_eur)} voor de eerste kW + {_eur(isde_air_per_kw_eur)} × {above} kW daarboven + "
        f"{_eur(isde_air_label_bonus_eur)} A+++",
        f"{_eur(isde_air_base_eur)} for the first kW + {_eur(isde_air_per_kw_eur)} × {above} kW above it + "
        f"{_eur(isde_air_label_bonus_eur)} A+++",
    )


#: The ISDE subsidy per variant (the gas boiler gets none). RVO's rule for an air heat pump
#: (method.md#isde): the base amount covers the first kW, the per-kW amount counts every kW
#: above it; a 5 kW A+++ unit gets 1 250 + 4 × 225 + 200 = 2 350.
SUBSIDIES = (
    CostItem(
        "isde", "€", "ISDE-subsidie luchtwarmtepomp", "ISDE subsidy air heat pump",
        lambda isde_air_base_eur, isde_air_per_kw_eur, heat_pump_size_kw, isde_air_label_bonus_eur: isde_air_base_eur
        + isde_air_per_kw_eur * max(0, heat_pump_size_kw - 1)
        + isde_air_label_bonus_eur,
        "{isde_air_base_eur}+{isde_air_per_kw_eur}*MAX(0,{heat_pump_size_kw}-1)+{isde_air_label_bonus_eur}",
        variants=_AIR,
        describe=_isde_air_words,
    ),
    CostItem(
        "isde", "€", "ISDE-subsidie bodemwarmtepomp", "ISDE subsidy ground heat pump",
        lambda isde_ground_eur: isde_ground_eur, "{isde_ground_eur}", variants=GROUND_VARIANTS,
    ),
)  # fmt: skip


# ---------------------------------------------------------------------------- a borefield

_SHARED = (Variant.SHARED_LOOP,)


def _setup_words(setup_per_cluster_eur, setup_project_eur, field_homes, shared_homes_total) -> tuple[str, str]:
    cluster, project = _eur(setup_per_cluster_eur), _eur(setup_project_eur)
    return (
        f"{cluster} per cluster + deel van {project} voor het project ({field_homes} van {shared_homes_total} woningen)",
        f"{cluster} per cluster + share of {project} for the project ({field_homes} of {shared_homes_total} homes)",
    )


#: The cost lines of a borefield, paid by the home (own field) or shared by a cluster by its
#: allocation key (the Bron sheet). Inputs from the sizing: ``total_length_m``,
#: ``borehole_count``; from the cluster: ``pipe_length_m``, ``field_homes``,
#: ``shared_homes_total`` (homes on all shared fields together, who share the project set-up).
FIELD_COST_LINES = (
    CostItem(
        "drilling", "€", "Boren en bodemlus", "Drilling and ground loop",
        lambda total_length_m, drilling_per_m_eur: total_length_m * drilling_per_m_eur,
        "{total_length_m}*{drilling_per_m_eur}",
        variants=GROUND_VARIANTS, component="borefield", header_nl="Boren en bodemlus", tender=("source", "driller", "m"),
        describe=lambda total_length_m, drilling_per_m_eur: _per_metre(total_length_m, drilling_per_m_eur),
    ),
    CostItem(
        "boreholes", "€", "Vaste kosten boorgaten", "Fixed cost of boreholes",
        lambda borehole_count, borehole_fixed_eur: borehole_count * borehole_fixed_eur,
        "{borehole_count}*{borehole_fixed_eur}",
        variants=GROUND_VARIANTS, component="borefield", header_nl="Vaste kosten boorgaten",
        tender=("source", "driller", "st"),
        describe=lambda borehole_count, borehole_fixed_eur: _same(f"{borehole_count} × {_eur(borehole_fixed_eur)}"),
    ),
    CostItem(
        "drilling_site", "€", "Boorlocatie (mobilisatie, melding, ontwerp)",
        "Drilling site (mobilisation, notification, design)",
        lambda drilling_site_eur: drilling_site_eur, "{drilling_site_eur}",
        variants=GROUND_VARIANTS, component="borefield", header_nl="Boorlocatie", tender=("source", "driller", "post"),
    ),
    CostItem(
        "header", "€", "Verzamelleiding tussen de boorgaten", "Header pipe between the boreholes",
        lambda header_length_m, header_pipe_per_m_eur: header_length_m * header_pipe_per_m_eur,
        "{header_length_m}*{header_pipe_per_m_eur}",
        variants=GROUND_VARIANTS, component="borefield", header_nl="Verzamelleiding", optional=True,
        tender=("source", "driller", "m"),
        describe=lambda header_length_m, header_pipe_per_m_eur: _per_metre(header_length_m, header_pipe_per_m_eur),
    ),
    CostItem(
        "pipe", "€", "Horizontale leiding tussen de woningen", "Horizontal pipe between the homes",
        lambda pipe_length_m, pipe_per_m_eur: pipe_length_m * pipe_per_m_eur,
        "{pipe_length_m}*{pipe_per_m_eur}",
        variants=_SHARED, component="borefield", header_nl="Leiding", tender=("header", "driller", "m"),
        describe=lambda pipe_length_m, pipe_per_m_eur: _per_metre(pipe_length_m, pipe_per_m_eur),
    ),
    CostItem(
        "setup", "€", "Opzet cluster (ontwerp, rechtsvorm, afspraken)", "Cluster set-up (design, legal form, agreements)",
        lambda setup_per_cluster_eur, setup_project_eur, field_homes, shared_homes_total: setup_per_cluster_eur
        + setup_project_eur * field_homes / max(1, shared_homes_total),
        "{setup_per_cluster_eur}+{setup_project_eur}*{field_homes}/MAX(1,{shared_homes_total})",
        variants=_SHARED, header_nl="Opzet cluster", describe=_setup_words, tender=("organisation", "group", "post"),
    ),
)  # fmt: skip

#: The yearly upkeep of a shared borefield (the total; every home pays its own per-home part and
#: only the cluster part is split by the key, method.md#shared-upkeep: field_costs.shared_field).
FIELD = (
    Quantity(
        "field_maintenance_eur", "€/jaar", "Onderhoud gedeeld deel", "Maintenance of the shared part",
        lambda maintenance_shared_per_home_eur, field_homes, maintenance_shared_per_cluster_eur:
        maintenance_shared_per_home_eur * field_homes + maintenance_shared_per_cluster_eur,
        "{maintenance_shared_per_home_eur}*{field_homes}+{maintenance_shared_per_cluster_eur}",
        variants=_SHARED,
    ),
)  # fmt: skip


# ---------------------------------------------------------------------------- annual costs

_ZERO = "0"

#: Energy, running costs and CO₂ of a home per variant in year 1 (the Jaarlasten sheet).
ANNUAL = (
    Quantity(
        "gas_m3_per_year", "m³/jaar", "Gasverbruik", "Gas use",
        lambda gas_m3: gas_m3, "{gas_m3}", variants=_GAS,
    ),
    Quantity(
        "gas_m3_per_year", "m³/jaar", "Gasverbruik", "Gas use",
        lambda: 0.0, _ZERO, variants=HEAT_PUMP_VARIANTS,
    ),
    Quantity(
        "auxiliary_electricity_kwh", "kWh/jaar", "Bronpomp", "Source pump",
        lambda: 0.0, _ZERO, variants=_AIR,
    ),
    Quantity(
        "auxiliary_electricity_kwh", "kWh/jaar", "Bronpomp", "Source pump",
        lambda circulation_pump_kwh: circulation_pump_kwh, "{circulation_pump_kwh}", variants=GROUND_VARIANTS,
    ),
    Quantity(
        "cooking_electricity_kwh", "kWh/jaar", "Inductiekoken", "Induction cooking",
        lambda cooks_on_gas, induction_kwh: induction_kwh if cooks_on_gas else 0.0,
        "IF({cooks_on_gas},{induction_kwh},0)", variants=HEAT_PUMP_VARIANTS,
    ),
    Quantity(
        "electricity_kwh_per_year", "kWh/jaar", "Extra stroomverbruik", "Extra electricity",
        lambda: 0.0, _ZERO, variants=_GAS,
        words_nl="De gasketel gebruikt geen extra stroom.", words_en="The gas boiler uses no extra electricity.",
    ),
    Quantity(
        "cooling_electricity_kwh", "kWh/jaar", "Stroom voor koelen", "Electricity for cooling",
        lambda cooling_kwh, cooling_seer_air: cooling_kwh / cooling_seer_air,
        "{cooling_kwh}/{cooling_seer_air}", variants=_AIR,
        words_nl="koelvraag ÷ seizoensrendement bij koelen (actief koelen)",
        words_en="cooling demand ÷ seasonal efficiency when cooling (active cooling)",
    ),
    Quantity(
        "cooling_electricity_kwh", "kWh/jaar", "Stroom voor koelen", "Electricity for cooling",
        lambda cooling_kwh, passive_cooling_spf: cooling_kwh / passive_cooling_spf,
        "{cooling_kwh}/{passive_cooling_spf}", variants=GROUND_VARIANTS,
        words_nl="koelvraag ÷ koude per kWh pompstroom (passief koelen via de bodemlus; de warmte gaat de bodem in)",
        words_en="cooling demand ÷ cooling per kWh of pump electricity (passive cooling through the ground loop; "
        "the heat goes into the ground)",
    ),
    Quantity(
        "electricity_kwh_per_year", "kWh/jaar", "Extra stroomverbruik", "Extra electricity",
        lambda heat_pump_electricity_kwh, auxiliary_electricity_kwh, cooking_electricity_kwh, cooling_electricity_kwh:
        heat_pump_electricity_kwh + auxiliary_electricity_kwh + cooking_electricity_kwh + cooling_electricity_kwh,
        "{heat_pump_electricity_kwh}+{auxiliary_electricity_kwh}+{cooking_electricity_kwh}+{cooling_electricity_kwh}",
        variants=HEAT_PUMP_VARIANTS,
        words_nl="warmtevraag ÷ COP (hoeveel warmte per kWh stroom) per maand, plus de bronpomp, inductiekoken en "
        "koelen",
        words_en="heat demand ÷ COP (heat per kWh of electricity) per month, plus the source pump, induction "
        "cooking and cooling",
    ),
    Quantity(
        "annual_energy_costs_eur", "€/jaar", "Energiekosten per jaar", "Energy costs per year",
        lambda gas_m3_per_year, gas_price_eur_m3: gas_m3_per_year * gas_price_eur_m3,
        "{gas_m3_per_year}*{gas_price_eur_m3}", variants=_GAS,
        words_nl="gasverbruik × gasprijs", words_en="gas use × gas price",
    ),
    Quantity(
        "annual_energy_costs_eur", "€/jaar", "Energiekosten per jaar", "Energy costs per year",
        lambda electricity_kwh_per_year, electricity_price_eur_kwh: electricity_kwh_per_year
        * electricity_price_eur_kwh,
        "{electricity_kwh_per_year}*{electricity_price_eur_kwh}", variants=HEAT_PUMP_VARIANTS,
        words_nl="extra stroomverbruik × stroomprijs", words_en="extra electricity × electricity price",
    ),
    Quantity(
        "annual_fixed_costs_eur", "€/jaar", "Vaste gaslasten per jaar", "Fixed gas charges per year",
        lambda gas_fixed_charges_eur: gas_fixed_charges_eur, "{gas_fixed_charges_eur}", variants=_GAS,
    ),
    Quantity(
        "annual_fixed_costs_eur", "€/jaar", "Vaste gaslasten per jaar", "Fixed gas charges per year",
        lambda: 0.0, _ZERO, variants=HEAT_PUMP_VARIANTS,
        words_nl="geen gasaansluiting meer", words_en="no gas connection any more",
    ),
    Quantity(
        "annual_maintenance_eur", "€/jaar", "Onderhoud per jaar", "Maintenance per year",
        lambda own_maintenance_eur: own_maintenance_eur, "{own_maintenance_eur}", variants=(*_GAS, *_AIR),
    ),
    Quantity(
        "annual_maintenance_eur", "€/jaar", "Onderhoud per jaar", "Maintenance per year",
        lambda own_maintenance_eur, shared_maintenance_eur: own_maintenance_eur + shared_maintenance_eur,
        "{own_maintenance_eur}+{shared_maintenance_eur}", variants=GROUND_VARIANTS,
        words_nl="onderhoud van de eigen installatie plus het aandeel in het gedeelde deel",
        words_en="maintenance of the own installation plus the share of the shared part",
    ),
    Quantity(
        "co2_kg_per_year", "kg/jaar", "CO₂-uitstoot per jaar", "CO₂ emission per year",
        lambda gas_m3_per_year, co2_gas_kg_m3: gas_m3_per_year * co2_gas_kg_m3,
        "{gas_m3_per_year}*{co2_gas_kg_m3}", variants=_GAS,
        words_nl="gasverbruik × CO₂ per m³ gas", words_en="gas use × CO₂ per m³ of gas",
    ),
    Quantity(
        "co2_kg_per_year", "kg/jaar", "CO₂-uitstoot per jaar", "CO₂ emission per year",
        lambda electricity_kwh_per_year, co2_electricity_kg_kwh: electricity_kwh_per_year * co2_electricity_kg_kwh,
        "{electricity_kwh_per_year}*{co2_electricity_kg_kwh}", variants=HEAT_PUMP_VARIANTS,
        words_nl="extra stroomverbruik × CO₂ per kWh stroom", words_en="extra electricity × CO₂ per kWh",
    ),
)  # fmt: skip


# ---------------------------------------------------------------------------- evaluation


def line(item: CostItem, values: Mapping[str, Any], amount: float | None = None, words: bool = True) -> CostLine:
    """The cost line of an entry with its amount and words, from the named values (``words``
    False: without the words, for a caller that reads the amounts only)."""
    if amount is None:
        amount = call(item.function, values, item.inputs)
    described = words and item.describe is not None
    words_nl, words_en = call(item.describe, values, item.describe_inputs) if described else ("", "")
    return CostLine(
        item.key, item.label_nl, item.label_en, amount, item.component, formula_nl=words_nl, formula_en=words_en
    )


def lines(table: tuple[CostItem, ...], variant: str, values: Mapping[str, Any], words: bool = True) -> list[CostLine]:
    """The lines of ``table`` that apply to ``variant``, leaving out optional lines that cost nothing
    (``words``: as :func:`line`)."""
    found = []
    for item in applying(table, variant):
        amount = call(item.function, values, item.inputs)
        if item.optional and amount == 0:
            continue
        found.append(line(item, values, amount, words))
    return found


def keys(table: tuple[CostItem, ...]) -> list[str]:
    """The distinct keys of a table in order (one workbook column each)."""
    return list(dict.fromkeys(item.key for item in table))
