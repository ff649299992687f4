""""Hoe berekend?": every number on screen explained in words, with the values used.

Pure functions on :class:`~minigrid_app.core.businesscase.ProjectResults` (no Qt). The
UI asks :func:`quantity_value` for the number it shows and :func:`explain` for the
explanation behind it, so a widget never does arithmetic a resident sees.

References
----------
DOMAIN.md §5.1-§5.7 (the formulas), §9 (every number explains itself).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from minigrid_app.core.businesscase import HouseholdResult, ProjectResults
from minigrid_app.core.formatting import euro, number
from minigrid_app.core.model import VARIANT_LABELS_EN, VARIANT_LABELS_NL, VARIANTS
from minigrid_app.core.reading import read_amount
from minigrid_app.core.variants import VariantResult

#: The quantities that can be explained, in the order the business case shows them.
QUANTITIES = (
    "monthly_costs_year1_eur",
    "investment_net_eur",
    "tco_eur",
    "npv_eur",
    "co2_kg_per_year",
    "payback_years",
    "break_even_gas_m3",
    "annual_energy_costs_eur",
    "electricity_kwh_per_year",
    "heat_demand_kwh",
    "heat_pump_size_kw",
    "borefield_length_m",
)

QUANTITY_LABELS = {
    "monthly_costs_year1_eur": ("Maandlasten in het eerste jaar", "Monthly costs in the first year"),
    "investment_net_eur": ("Eenmalige investering na subsidie", "One-off investment after subsidy"),
    "tco_eur": ("Totale kosten over de rekenperiode", "Total costs over the horizon"),
    "npv_eur": ("Contante waarde van de kosten", "Present value of the costs"),
    "co2_kg_per_year": ("CO₂-uitstoot per jaar", "CO₂ emission per year"),
    "payback_years": ("Terugverdientijd ten opzichte van gas", "Payback time against gas"),
    "break_even_gas_m3": ("Omslagpunt gasverbruik", "Break-even gas use"),
    "annual_energy_costs_eur": ("Energiekosten per jaar", "Energy costs per year"),
    "electricity_kwh_per_year": ("Extra stroomverbruik per jaar", "Extra electricity per year"),
    "heat_demand_kwh": ("Warmtevraag per jaar", "Heat demand per year"),
    "heat_pump_size_kw": ("Vermogen warmtepomp", "Heat pump size"),
    "borefield_length_m": ("Lengte bodemlus", "Length of the ground loop"),
}


class ExplanationLine(NamedTuple):
    """One value used: what it is, the value as text, and where it comes from."""

    label: str
    value: str
    source: str = ""


@dataclass
class Explanation:
    """How one number was found.

    Attributes
    ----------
    title : str
        What the number is, for whom and which variant.
    formula : str
        The formula in words.
    lines : list of ExplanationLine
        The values used (label, value text, source); the last line is the result.
    value : float | None
        The number explained (the same as shown on screen).
    """

    title: str
    formula: str
    lines: list[ExplanationLine] = field(default_factory=list)
    value: float | None = None

    def as_text(self) -> str:
        rows = [self.title, self.formula, ""]
        rows += [f"{line.label}: {line.value}" + (f"  [{line.source}]" if line.source else "") for line in self.lines]
        return "\n".join(rows)


# ---------------------------------------------------------------------------- values


def group_members(results: ProjectResults) -> list[HouseholdResult]:
    """Households in the group comparison: computed and not declined."""
    return [h for h in results.households if h.computable and h.participates]


def _raw(result: VariantResult | None, household: HouseholdResult | None, results: ProjectResults, quantity: str):
    if quantity == "heat_demand_kwh":
        return household.demand.heat_kwh if household and household.demand else None
    if result is None:
        return None
    if quantity == "borefield_length_m":
        if result.field_id is None:
            return None
        found = results.field(result.field_id)
        return found.sizing.total_length_m if found else None
    if quantity == "heat_pump_size_kw":
        return None if result.heat_pump_size_kw is None else float(result.heat_pump_size_kw)
    value = getattr(result, quantity)
    return None if value is None else float(value)


def quantity_value(
    results: ProjectResults, household_id: str | None, variant: str, quantity: str
) -> float | None:
    """The number shown for a household (or the group average per home when ``household_id`` is None).

    For the group: the mean over :func:`group_members` that have a value; None when none has.
    Payback and break-even use the mean of the households that have one.
    """
    if household_id is not None:
        household = results.household(household_id)
        if household is None:
            return None
        return _raw(household.variants.get(variant), household, results, quantity)
    values = [
        v
        for h in group_members(results)
        if (v := _raw(h.variants.get(variant), h, results, quantity)) is not None
    ]
    return sum(values) / len(values) if values else None


def monthly_range(results: ProjectResults, household_id: str | None, variant: str) -> tuple[float, float] | None:
    """Monthly costs at low and high energy prices (the price band) [€/month]."""
    low = quantity_value(results, household_id, variant, "monthly_costs_low_eur")
    high = quantity_value(results, household_id, variant, "monthly_costs_high_eur")
    if low is None or high is None:
        return None
    return (min(low, high), max(low, high))


def cumulative_costs(result: VariantResult) -> list[float]:
    """Money spent up to and including each year, year 0 (own money) to the horizon [€]."""
    total = result.own_money_year0_eur
    series = [total]
    for flow in result.cash_flows:
        total += flow.total_eur
        series.append(total)
    return series


def cumulative_series(results: ProjectResults, household_id: str | None) -> dict[str, list[float]]:
    """Cumulative costs per variant for a household, or the group average per home."""
    series: dict[str, list[float]] = {}
    members = group_members(results) if household_id is None else [results.household(household_id)]
    for variant in VARIANTS:
        rows = [cumulative_costs(h.variants[variant]) for h in members if h and h.variants.get(variant)]
        if rows:
            series[variant] = [sum(column) / len(rows) for column in zip(*rows, strict=True)]
    return series


# ---------------------------------------------------------------------------- explanations


def _t(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def _eur(amount: float, language: str) -> str:
    return euro(amount, 0, language)


def _eur2(amount: float, language: str) -> str:
    return euro(amount, 2, language)


def _num(value: float, decimals: int, unit: str, language: str) -> str:
    return number(value, decimals, unit, language)


def _source(results: ProjectResults, key: str, language: str) -> str:
    params = results.parameters
    definition = params.definitions[key]
    changed = params.is_overridden(key)
    note = _t(language, "aangepast in dit project", "changed in this project") if changed else ""
    text = f"{definition.source} ({definition.year})"
    return f"{text}; {note}" if note else text


def _param_line(results: ProjectResults, key: str, language: str, decimals: int = 2) -> ExplanationLine:
    params = results.parameters
    definition = params.definitions[key]
    value = params[key]
    unit = definition.unit if definition.unit not in ("-", "") else ""
    if unit.startswith("€"):
        text = f"{euro(value, decimals if value != round(value) else 0, language)}{unit[1:]}"
    else:
        shown = decimals if value != round(value) else 0
        text = _num(value, shown, unit, language)
    return ExplanationLine(definition.label(language), text, _source(results, key, language))


def _title(results: ProjectResults, household_id: str | None, variant: str, quantity: str, language: str) -> str:
    label = QUANTITY_LABELS[quantity][1 if language == "en" else 0]
    variant_label = (VARIANT_LABELS_EN if language == "en" else VARIANT_LABELS_NL)[variant]
    if household_id is None:
        who = _t(language, "hele groep, gemiddeld per woning", "whole group, average per home")
    else:
        household = results.household(household_id)
        who = household.label if household else household_id
    return f"{label}: {variant_label} ({who})"


def explain(
    results: ProjectResults,
    household_id: str | None,
    variant: str,
    quantity: str,
    language: str = "nl",
) -> Explanation:
    """Explain one number: formula in words, the values used with their sources, the result.

    Parameters
    ----------
    results : ProjectResults
    household_id : str | None
        The household; None for the group average per home.
    variant : str
        ``gas``, ``air_hp``, ``ground_hp`` or ``shared_loop``.
    quantity : str
        One of :data:`QUANTITIES`.
    language : str
        ``"nl"`` or ``"en"``.
    """
    if quantity not in QUANTITIES:
        raise ValueError(f"unknown quantity {quantity!r}")
    title = _title(results, household_id, variant, quantity, language)
    value = quantity_value(results, household_id, variant, quantity)
    if household_id is None:
        return _explain_group(results, variant, quantity, language, title, value)
    household = results.household(household_id)
    result = household.variants.get(variant) if household else None
    if value is None and quantity not in ("payback_years", "break_even_gas_m3"):
        return Explanation(
            title,
            _t(
                language,
                "Niet berekend: de gegevens van deze woning zijn nog niet compleet, of de woning doet niet mee aan een cluster.",
                "Not computed: this home's data are incomplete, or the home is not in a cluster.",
            ),
            [],
            None,
        )
    builder = _BUILDERS[quantity]
    formula, lines = builder(results, household, result, language)
    return Explanation(title, formula, lines, value)


def _explain_group(results, variant, quantity, language, title, value) -> Explanation:
    lines = []
    for household in group_members(results):
        own = _raw(household.variants.get(variant), household, results, quantity)
        if own is None:
            continue
        lines.append(ExplanationLine(household.label, _format_quantity(own, quantity, language), ""))
    lines.append(
        ExplanationLine(
            _t(language, "Gemiddelde", "Average"),
            "–" if value is None else _format_quantity(value, quantity, language),
            "",
        )
    )
    formula = _t(
        language,
        f"Het gemiddelde over de {len(lines) - 1} woningen die meedoen en waarvoor dit berekend is. "
        "Kies een woning voor de berekening in detail.",
        f"The average over the {len(lines) - 1} participating homes for which this is computed. "
        "Choose a home to see the calculation in detail.",
    )
    return Explanation(title, formula, lines, value)


def _format_quantity(value: float, quantity: str, language: str) -> str:
    if quantity.endswith("_eur"):
        return _eur(value, language)
    if quantity == "payback_years":
        return _num(value, 1, _t(language, "jaar", "years"), language)
    if quantity in ("break_even_gas_m3",):
        return _num(value, 0, "m³", language)
    if quantity in ("co2_kg_per_year",):
        return _num(value, 0, "kg", language)
    if quantity in ("electricity_kwh_per_year", "heat_demand_kwh"):
        return _num(value, 0, "kWh", language)
    if quantity == "heat_pump_size_kw":
        return _num(value, 0, "kW", language)
    if quantity == "borefield_length_m":
        return _num(value, 0, "m", language)
    return _num(value, 1, "", language)


def format_quantity(value: float | None, quantity: str, language: str = "nl") -> str:
    """How a quantity is written on screen ('–' when there is none)."""
    if value is None:
        return "–"
    return _format_quantity(value, quantity, language)


# -- one builder per quantity: (results, household, result, language) -> (formula, lines)


def _energy_lines(results, result: VariantResult, language) -> list[ExplanationLine]:
    if result.variant == "gas":
        return [
            ExplanationLine(_t(language, "Gasverbruik", "Gas use"), _num(result.gas_m3_per_year, 0, "m³", language), ""),
            _param_line(results, "gas_price_eur_m3", language),
        ]
    return [
        ExplanationLine(
            _t(language, "Extra stroomverbruik", "Extra electricity"),
            _num(result.electricity_kwh_per_year, 0, "kWh", language),
            _t(language, "zie 'stroomverbruik'", "see 'electricity'"),
        ),
        _param_line(results, "electricity_price_eur_kwh", language),
    ]


def _annual_energy(results, household, result, language):
    if result.variant == "gas":
        formula = _t(language, "gasverbruik × gasprijs", "gas use × gas price")
    else:
        formula = _t(language, "extra stroomverbruik × stroomprijs", "extra electricity × electricity price")
    lines = _energy_lines(results, result, language)
    lines.append(
        ExplanationLine(
            _t(language, "Energiekosten per jaar", "Energy costs per year"),
            _eur(result.annual_energy_costs_eur, language),
        )
    )
    return formula, lines


def _monthly(results, household, result, language):
    params = results.parameters
    formula = _t(
        language,
        "(energiekosten + vaste gaslasten + onderhoud + betaling lening in jaar 1) ÷ 12",
        "(energy costs + fixed gas charges + maintenance + loan payment in year 1) ÷ 12",
    )
    lines = _energy_lines(results, result, language)
    lines.append(
        ExplanationLine(
            _t(language, "Energiekosten per jaar", "Energy costs per year"), _eur(result.annual_energy_costs_eur, language)
        )
    )
    fixed_source = _source(results, "gas_fixed_charges_eur", language) if result.variant == "gas" else _t(
        language, "geen gasaansluiting meer", "no gas connection any more"
    )
    lines.append(
        ExplanationLine(
            _t(language, "Vaste gaslasten per jaar", "Fixed gas charges per year"),
            _eur(result.annual_fixed_costs_eur, language),
            fixed_source,
        )
    )
    maintenance_key = {
        "gas": "maintenance_gas_eur",
        "air_hp": "maintenance_air_hp_eur",
        "ground_hp": "maintenance_ground_hp_eur",
        "shared_loop": "maintenance_ground_hp_eur",
    }[result.variant]
    maintenance_source = _source(results, maintenance_key, language)
    if result.variant == "shared_loop":
        maintenance_source += _t(language, "; plus aandeel in het gedeelde deel", "; plus share of the shared part")
    lines.append(
        ExplanationLine(
            _t(language, "Onderhoud per jaar", "Maintenance per year"), _eur(result.annual_maintenance_eur, language), maintenance_source
        )
    )
    if result.loan_principal_eur > 0:
        loan_text = _t(
            language,
            f"annuïteit op {_eur(result.loan_principal_eur, language)} tegen "
            f"{_num(params['loan_rate'] * 100, 1, '%', language)} in {params.int('loan_term_years')} jaar",
            f"annuity on {_eur(result.loan_principal_eur, language)} at "
            f"{_num(params['loan_rate'] * 100, 1, '%', language)} over {params.int('loan_term_years')} years",
        )
        lines.append(
            ExplanationLine(
                _t(language, "Betaling lening per jaar", "Loan payment per year"),
                _eur(result.annual_loan_payment_eur, language),
                f"{loan_text}; {_source(results, 'loan_rate', language)}",
            )
        )
    else:
        lines.append(
            ExplanationLine(_t(language, "Betaling lening per jaar", "Loan payment per year"), _eur(0, language), "")
        )
    lines.append(
        ExplanationLine(_t(language, "Per maand", "Per month"), _eur(result.monthly_costs_year1_eur, language))
    )
    if result.monthly_costs_low_eur and result.monthly_costs_high_eur:
        lines.append(
            ExplanationLine(
                _t(language, "Bij lage en hoge energieprijzen", "At low and high energy prices"),
                f"{_eur(result.monthly_costs_low_eur, language)} – {_eur(result.monthly_costs_high_eur, language)}",
                _t(language, "prijsbandbreedte", "price band"),
            )
        )
    return formula, lines


def _investment(results, household, result, language):
    formula = _t(
        language,
        "som van de investeringen (incl. btw) − ISDE-subsidie",
        "sum of the investments (incl. VAT) − ISDE subsidy",
    )
    lines = []
    for line in result.cost_lines:
        how = line.formula_en if language == "en" else line.formula_nl
        lines.append(ExplanationLine(line.label_en if language == "en" else line.label_nl, _eur(line.amount_eur, language), how))
    if not result.cost_lines:
        lines.append(
            ExplanationLine(
                _t(language, "Geen investering nu", "No investment now"),
                _eur(0, language),
                _t(language, "de huidige ketel gaat nog mee", "the current boiler still works"),
            )
        )
    for line in result.subsidy_lines:
        how = line.formula_en if language == "en" else line.formula_nl
        key = "isde_air_base_eur" if result.variant == "air_hp" else "isde_ground_eur"
        source = how or _source(results, key, language)
        lines.append(
            ExplanationLine(line.label_en if language == "en" else line.label_nl, _eur(-line.amount_eur, language), source)
        )
    lines.append(
        ExplanationLine(_t(language, "Na subsidie", "After subsidy"), _eur(result.investment_net_eur, language))
    )
    return formula, lines


def _flow_sums(result: VariantResult, discount: float | None = None) -> dict[str, float]:
    sums = dict.fromkeys(("energy", "fixed", "maintenance", "loan", "investment", "residual"), 0.0)
    for flow in result.cash_flows:
        factor = 1.0 if discount is None else 1.0 / (1.0 + discount) ** flow.year
        sums["energy"] += flow.energy_eur * factor
        sums["fixed"] += flow.fixed_eur * factor
        sums["maintenance"] += flow.maintenance_eur * factor
        sums["loan"] += flow.loan_payment_eur * factor
        sums["investment"] += flow.investment_eur * factor
        sums["residual"] += flow.residual_value_eur * factor
    return sums


def _tco_lines(results, result, language, discount=None):
    horizon = results.parameters.int("horizon_years")
    sums = _flow_sums(result, discount)
    names = {
        "energy": (f"Energie over {horizon} jaar", f"Energy over {horizon} years"),
        "fixed": ("Vaste gaslasten", "Fixed gas charges"),
        "maintenance": ("Onderhoud", "Maintenance"),
        "loan": ("Betalingen lening", "Loan payments"),
        "investment": ("Vervangingen uit eigen geld", "Replacements from own money"),
    }
    lines = [
        ExplanationLine(
            _t(language, "Eigen geld in jaar 0", "Own money in year 0"),
            _eur(result.own_money_year0_eur, language),
            _t(language, "deel van de investering dat niet geleend wordt", "part of the investment not borrowed"),
        )
    ]
    for key, (nl, en) in names.items():
        lines.append(ExplanationLine(_t(language, nl, en), _eur(sums[key], language), ""))
    lines.append(
        ExplanationLine(
            _t(language, "Restwaarde aan het eind (eraf)", "Residual value at the end (deducted)"),
            _eur(-sums["residual"], language),
            _t(language, "lineair over de levensduur", "linear over the lifetime"),
        )
    )
    return lines


def _tco(results, household, result, language):
    formula = _t(
        language,
        "eigen geld in jaar 0 + alle jaarlijkse kosten over de rekenperiode (energie, vaste lasten, onderhoud, "
        "lening, vervangingen) − restwaarde aan het eind",
        "own money in year 0 + all yearly costs over the horizon (energy, fixed charges, maintenance, loan, "
        "replacements) − residual value at the end",
    )
    lines = _tco_lines(results, result, language)
    lines.insert(0, _param_line(results, "horizon_years", language))
    lines.append(ExplanationLine(_t(language, "Totaal", "Total"), _eur(result.tco_eur, language)))
    return formula, lines


def _npv(results, household, result, language):
    rate = results.parameters["discount_rate"]
    formula = _t(
        language,
        "dezelfde kosten als het totaal, maar elk jaar teruggerekend naar nu met de disconteringsvoet",
        "the same costs as the total, but each year discounted to today at the discount rate",
    )
    lines = [_param_line(results, "discount_rate", language, 3)]
    lines += _tco_lines(results, result, language, discount=rate)
    lines.append(ExplanationLine(_t(language, "Contante waarde", "Present value"), _eur(result.npv_eur, language)))
    return formula, lines


def _payback(results, household, result, language):
    gas = household.variants.get("gas")
    formula = _t(
        language,
        "(investering na subsidie − die van gas) ÷ (jaarlijkse kosten met gas − jaarlijkse kosten van deze variant); "
        "jaarlijkse kosten = energie + vaste lasten + onderhoud",
        "(investment after subsidy − that of gas) ÷ (yearly costs with gas − yearly costs of this variant); "
        "yearly costs = energy + fixed charges + maintenance",
    )
    if result is None or gas is None or result.variant == "gas":
        return _t(language, "Gas is de vergelijkingsbasis.", "Gas is the reference."), []
    lines = [
        ExplanationLine(_t(language, "Investering na subsidie", "Investment after subsidy"), _eur(result.investment_net_eur, language)),
        ExplanationLine(_t(language, "Investering gas", "Investment gas"), _eur(gas.investment_net_eur, language)),
        ExplanationLine(_t(language, "Jaarlijkse kosten met gas", "Yearly costs with gas"), _eur(gas.annual_running_costs_eur, language)),
        ExplanationLine(_t(language, "Jaarlijkse kosten deze variant", "Yearly costs this variant"), _eur(result.annual_running_costs_eur, language)),
    ]
    if result.payback_years is None:
        lines.append(
            ExplanationLine(
                _t(language, "Terugverdientijd", "Payback time"),
                _t(language, "verdient zich niet terug", "never pays back"),
                _t(language, "deze variant bespaart per jaar niets ten opzichte van gas", "this variant saves nothing per year compared with gas"),
            )
        )
    else:
        lines.append(
            ExplanationLine(_t(language, "Terugverdientijd", "Payback time"), _format_quantity(result.payback_years, "payback_years", language))
        )
    return formula, lines


def _break_even(results, household, result, language):
    formula = _t(
        language,
        "het jaarlijkse gasverbruik waarbij deze variant over de rekenperiode evenveel kost als gas "
        "(alles verder gelijk, ook de bodemlus opnieuw berekend); boven dit verbruik is de variant goedkoper",
        "the annual gas use at which this variant costs as much as gas over the horizon (everything else equal, "
        "borefield re-sized); above it the variant is cheaper",
    )
    if result is None or result.variant == "gas":
        return _t(language, "Gas is de vergelijkingsbasis.", "Gas is the reference."), []
    gas = household.variants.get("gas")
    lines = [
        ExplanationLine(_t(language, "Huidig gasverbruik", "Current gas use"), _num(household.demand.gas_m3, 0, "m³", language)),
        ExplanationLine(_t(language, "Totale kosten deze variant", "Total costs this variant"), _eur(result.tco_eur, language)),
        ExplanationLine(_t(language, "Totale kosten gas", "Total costs gas"), _eur(gas.tco_eur, language) if gas else "–"),
    ]
    if result.break_even_gas_m3 is None:
        limit = results.parameters["break_even_max_gas_m3"]
        lines.append(
            ExplanationLine(
                _t(language, "Omslagpunt", "Break-even"),
                _t(language, "niet gevonden", "not found"),
                _t(language, f"ook bij {_num(limit, 0, 'm³', language)} niet goedkoper dan gas, of nog niet berekend",
                   f"not cheaper than gas even at {_num(limit, 0, 'm³', language)}, or not computed yet"),
            )
        )
    else:
        lines.append(
            ExplanationLine(_t(language, "Omslagpunt", "Break-even"), _num(result.break_even_gas_m3, 0, "m³", language))
        )
    return formula, lines


def _co2(results, household, result, language):
    if result.variant == "gas":
        formula = _t(language, "gasverbruik × CO₂ per m³ gas", "gas use × CO₂ per m³ of gas")
        lines = [
            ExplanationLine(_t(language, "Gasverbruik", "Gas use"), _num(result.gas_m3_per_year, 0, "m³", language)),
            _param_line(results, "co2_gas_kg_m3", language),
        ]
    else:
        formula = _t(language, "extra stroomverbruik × CO₂ per kWh stroom", "extra electricity × CO₂ per kWh")
        lines = [
            ExplanationLine(_t(language, "Extra stroomverbruik", "Extra electricity"), _num(result.electricity_kwh_per_year, 0, "kWh", language)),
            _param_line(results, "co2_electricity_kg_kwh", language, 3),
        ]
    lines.append(ExplanationLine(_t(language, "CO₂ per jaar", "CO₂ per year"), _num(result.co2_kg_per_year, 0, "kg", language)))
    return formula, lines


def _electricity(results, household, result, language):
    if result.variant == "gas":
        return _t(language, "De gasketel gebruikt geen extra stroom.", "The gas boiler uses no extra electricity."), [
            ExplanationLine(_t(language, "Extra stroomverbruik", "Extra electricity"), _num(0, 0, "kWh", language))
        ]
    formula = _t(
        language,
        "warmtevraag ÷ COP (hoeveel warmte per kWh stroom) per maand, plus de bronpomp en inductiekoken",
        "heat demand ÷ COP (heat per kWh of electricity) per month, plus the source pump and induction cooking",
    )
    lines = [
        ExplanationLine(_t(language, "Warmtevraag", "Heat demand"), _num(household.demand.heat_kwh, 0, "kWh", language)),
        ExplanationLine(
            _t(language, "Gemiddelde COP over het jaar", "Seasonal COP"),
            _num(result.seasonal_cop or 0, 2, "", language),
            _source(results, "eta_air" if result.variant == "air_hp" else "eta_water", language),
        ),
        ExplanationLine(_t(language, "Stroom warmtepomp", "Heat pump electricity"), _num(result.heat_pump_electricity_kwh, 0, "kWh", language)),
        ExplanationLine(
            _t(language, "Bronpomp", "Source pump"),
            _num(result.auxiliary_electricity_kwh, 0, "kWh", language),
            _source(results, "circulation_pump_kwh", language) if result.auxiliary_electricity_kwh else "",
        ),
        ExplanationLine(
            _t(language, "Inductiekoken", "Induction cooking"),
            _num(result.cooking_electricity_kwh, 0, "kWh", language),
            _source(results, "induction_kwh", language) if result.cooking_electricity_kwh else "",
        ),
        ExplanationLine(_t(language, "Totaal per jaar", "Total per year"), _num(result.electricity_kwh_per_year, 0, "kWh", language)),
    ]
    return formula, lines


def _heat_demand(results, household, result, language):
    demand = household.demand
    formula = _t(
        language,
        "(gasverbruik − gas om te koken) × energie-inhoud van gas × rendement van de ketel",
        "(gas use − cooking gas) × energy content of gas × boiler efficiency",
    )
    lines = [
        ExplanationLine(_t(language, "Gasverbruik", "Gas use"), _num(demand.gas_m3, 0, "m³", language)),
        ExplanationLine(
            _t(language, "Waarvan koken", "Of which cooking"),
            _num(demand.cooking_m3, 0, "m³", language),
            _source(results, "cooking_gas_m3", language),
        ),
        _param_line(results, "gas_hhv_kwh_per_m3", language, 3),
        _param_line(results, "boiler_efficiency", language),
        ExplanationLine(_t(language, "Warmtevraag", "Heat demand"), _num(demand.heat_kwh, 0, "kWh", language)),
        ExplanationLine(_t(language, "waarvan warm tapwater", "of which hot tap water"), _num(demand.dhw_kwh, 0, "kWh", language)),
        ExplanationLine(
            _t(language, "waarvan ruimteverwarming (na isolatie)", "of which space heating (after insulation)"),
            _num(demand.space_kwh, 0, "kWh", language),
        ),
    ]
    return formula, lines


def _hp_size(results, household, result, language):
    demand = household.demand
    params = results.parameters
    formula = _t(
        language,
        "ontwerpvermogen = warmteverlies per graad × (20 °C binnen − −10 °C buiten), afgerond naar boven op hele kW, "
        f"minstens {params.int('min_hp_size_kw')} kW",
        "design load = heat loss per degree × (20 °C indoor − −10 °C outdoor), rounded up to whole kW, "
        f"at least {params.int('min_hp_size_kw')} kW",
    )
    lines = [
        ExplanationLine(_t(language, "Warmteverlies per graad", "Heat loss per degree"), _num(demand.ua_kw_k, 3, "kW/K", language)),
        _param_line(results, "indoor_design_temp_c", language),
        _param_line(results, "outdoor_design_temp_c", language),
        ExplanationLine(_t(language, "Ontwerpvermogen", "Design load"), _num(demand.design_load_kw, 1, "kW", language)),
        _param_line(results, "min_hp_size_kw", language),
        ExplanationLine(_t(language, "Vermogen warmtepomp", "Heat pump size"), _num(result.heat_pump_size_kw or 0, 0, "kW", language)),
    ]
    return formula, lines


def _borefield(results, household, result, language):
    found = results.field(result.field_id) if result.field_id else None
    if found is None:
        return _t(language, "Deze variant heeft geen bodemlus.", "This variant has no ground loop."), []
    sizing = found.sizing
    formula = _t(
        language,
        "zo weinig mogelijk boorgaten en zo ondiep mogelijk, zodat de vloeistof in de bodemlus "
        "nooit kouder wordt dan de ondergrens; totale lengte = aantal boorgaten × diepte",
        "as few and as shallow boreholes as possible, so that the fluid in the ground loop never gets colder "
        "than the limit; total length = boreholes × depth",
    )
    lines = [
        ExplanationLine(_t(language, "Woningen op dit veld", "Homes on this field"), str(len(found.households))),
        _param_line(results, "ground_conductivity_w_mk", language),
        _param_line(results, "ground_temp_c", language, 1),
        _param_line(results, "min_fluid_temp_c", language, 1),
        _param_line(results, "max_borehole_depth_m", language),
        ExplanationLine(_t(language, "Boorgaten", "Boreholes"), str(sizing.boreholes)),
        ExplanationLine(_t(language, "Diepte per boorgat", "Depth per borehole"), _num(sizing.depth_m, 0, "m", language)),
        ExplanationLine(
            _t(language, "Laagste vloeistoftemperatuur", "Lowest fluid temperature"),
            _num(sizing.min_fluid_temp_c, 1, "°C", language),
        ),
        ExplanationLine(
            _t(language, "Vuistregel (controle)", "Rule of thumb (check)"),
            _num(sizing.rule_of_thumb_length_m, 0, "m", language),
            _source(results, "rule_of_thumb_w_per_m", language),
        ),
        ExplanationLine(_t(language, "Totale lengte", "Total length"), _num(sizing.total_length_m, 0, "m", language)),
    ]
    if sizing.provisional:
        lines.insert(
            0,
            ExplanationLine(
                _t(language, "Let op", "Note"),
                _t(language, "voorlopig, alleen vuistregel", "provisional, rule of thumb only"),
            ),
        )
    return formula, lines


_BUILDERS = {
    "monthly_costs_year1_eur": _monthly,
    "investment_net_eur": _investment,
    "tco_eur": _tco,
    "npv_eur": _npv,
    "payback_years": _payback,
    "break_even_gas_m3": _break_even,
    "co2_kg_per_year": _co2,
    "electricity_kwh_per_year": _electricity,
    "annual_energy_costs_eur": _annual_energy,
    "heat_demand_kwh": _heat_demand,
    "heat_pump_size_kw": _hp_size,
    "borefield_length_m": _borefield,
}


def parse_amount(text: str, language: str = "nl") -> float:
    """Read back a number written by this module ('€ 1.234', '-€ 56', '3,5 jaar') [same unit].

    The reader every entry path uses (:func:`minigrid_app.core.reading.read_amount`), in the
    notation of ``language``. Raises ValueError when there is no number.
    """
    return read_amount(text, language)


def tornado_data(results: ProjectResults, variant: str) -> tuple[list[tuple[str, str, float, float]], float] | None:
    """Tornado bars for one variant as the average per home [€]: ([(label_nl, label_en, low, high)], base).

    The engine's sensitivity is a group sum; it is divided by the number of homes that have
    the variant, so it reads on the same scale as the other numbers on the page.
    """
    sensitivity = results.sensitivity
    if sensitivity is None or variant == "gas":
        return None
    count = sum(1 for h in results.households if h.computable and h.variants.get(variant) is not None)
    if count == 0:
        return None
    bars = [
        (bar.label_nl, bar.label_en, bar.low_eur.get(variant, 0.0) / count, bar.high_eur.get(variant, 0.0) / count)
        for bar in sensitivity.bars
    ]
    return bars, sensitivity.base_difference_eur.get(variant, 0.0) / count


def price_band(results: ProjectResults, household_id: str | None) -> dict[str, tuple[float, float, float]]:
    """Monthly costs per variant at low, middle and high energy prices [€/month]."""
    band = {}
    for variant in VARIANTS:
        mid = quantity_value(results, household_id, variant, "monthly_costs_year1_eur")
        low = quantity_value(results, household_id, variant, "monthly_costs_low_eur")
        high = quantity_value(results, household_id, variant, "monthly_costs_high_eur")
        if mid is not None and low is not None and high is not None:
            band[variant] = (low, mid, high)
    return band


def monthly_difference_per_home(results: ProjectResults, variant: str) -> list[tuple[int, float]]:
    """(street position, monthly costs of ``variant`` − gas [€/month]) per participating home.

    The position (1-based row) lets the presentation show homes anonymised as "Woning N".
    """
    rows = []
    for household in group_members(results):
        result, gas = household.variants.get(variant), household.variants.get("gas")
        if result is not None and gas is not None:
            rows.append((household.row, result.monthly_costs_year1_eur - gas.monthly_costs_year1_eur))
    return rows
