""" "Hoe berekend?": every number on screen explained in words, with the values used.

Pure functions on :class:`~minigrid_app.core.results.ProjectResults` (no Qt). The UI asks
:mod:`minigrid_app.core.selectors` for the number it shows and :func:`explain` for the
explanation behind it, so a widget never does arithmetic a resident sees. For the quantities
of the method table (heat demand, heat pump, costs; :mod:`minigrid_app.core.method`) the
explanation lists the inputs of the same entry the engine evaluated and the workbook wrote as
a formula, with their values and sources, and the entry's formula in words.

References
----------
method.md (the formulas); every number explains itself.
"""

from __future__ import annotations

from dataclasses import fields

from minigrid_app.core.costs import COST_LINES, SUBSIDIES
from minigrid_app.core.explain_borefield import borefield_explanation
from minigrid_app.core.explain_parts import (
    Explanation,
    ExplanationLine,
    euro0,
    euro2,
    num,
    param_line,
    say,
    source_of,
)
from minigrid_app.core.formatting import percent
from minigrid_app.core.method import HOUSEHOLD_INPUTS, Quantity, input_kind, variant_figure_key
from minigrid_app.core.payback_lines import replacement_lines
from minigrid_app.core.reading import read_amount
from minigrid_app.core.results import HouseholdResult, ProjectResults
from minigrid_app.core.selectors import cumulative_costs, group_members, quantity_value, raw_value
from minigrid_app.core.variant import Variant
from minigrid_app.core.variants import VariantResult, find_quantity
from minigrid_app.core.verdict import (
    ALWAYS,
    NEVER,
    basis_text,
    break_even_text,
    payback_text,
    verdict_summary,
)

#: The quantities that can be explained, in the order the business case shows them.
QUANTITIES = (
    "monthly_costs_year1_eur",
    "monthly_costs_after_loan_eur",
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
    "monthly_costs_year1_eur": (
        "Maandlasten in het eerste jaar",
        "Monthly costs in the first year",
    ),
    "monthly_costs_after_loan_eur": (
        "Maandlasten als de lening is afgelost",
        "Monthly costs once the loan is paid off",
    ),
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


# ---------------------------------------------------------------------------- explanations


def _title(results: ProjectResults, household_id: str | None, variant: str, quantity: str, language: str) -> str:
    label = QUANTITY_LABELS[quantity][1 if language == "en" else 0]
    variant_label = Variant(variant).label(language)
    if household_id is None:
        who = say(language, "hele groep, ", "whole group, ") + basis_text(results.group.households_counted, language)
    else:
        household = results.household(household_id)
        who = household.name(language) if household else household_id
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
            say(
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


def _explain_group_verdict(results, variant, quantity, language, title, value) -> Explanation:
    """Group payback and break-even: not averages, but the verdict of the homes that take part."""
    horizon = results.parameters.int("horizon_years")
    upper = results.parameters["break_even_max_gas_m3"]
    members = [h for h in group_members(results) if h.variants.get(variant) is not None]
    lines = []
    for household in members:
        result = household.variants[variant]
        shown = verdict_summary(results, household.id, variant, language) if quantity == "payback_years" else None
        text = (
            (shown.payback if shown is not None else payback_text(result.payback_years, horizon, language))
            if quantity == "payback_years"
            else break_even_text(result.break_even_status, result.break_even_gas_m3, upper, language)
        )
        lines.append(ExplanationLine(household.name(language), text, ""))
    summary = verdict_summary(results, None, variant, language)
    if quantity == "payback_years":
        formula = say(
            language,
            f"De kosten van de {len(members)} woningen die meedoen opgeteld, jaar na jaar, tegen die van gas voor "
            "dezelfde woningen: het moment vanaf wanneer de groep samen minder kwijt is. Kies bij 'Bekijk voor' een "
            "woning voor de berekening in detail.",
            f"The costs of the {len(members)} participating homes added up, year by year, against gas for the same "
            "homes: the moment from which the group together has spent less. Choose a home under 'Show for' to see "
            "the calculation in detail.",
        )
        together = say(language, "Groep samen", "Group together")
        result_line = ExplanationLine(together, summary.payback if summary else "–", "")
    else:
        formula = say(
            language,
            "Elke woning heeft haar eigen omslagpunt; een gemiddelde zegt niets. Voor hoeveel woningen is deze "
            "variant over de hele periode goedkoper dan gas? Kies bij 'Bekijk voor' een woning voor de berekening in detail.",
            "Every home has its own break-even; an average means nothing. For how many homes is this variant "
            "cheaper than gas over the whole period? Choose a home under 'Show for' to see the calculation in detail.",
        )
        result_line = ExplanationLine(say(language, "Groep", "Group"), summary.break_even if summary else "–", "")
    return Explanation(title, formula, lines + [result_line], value)


def _explain_group(results, variant, quantity, language, title, value) -> Explanation:
    if quantity in ("payback_years", "break_even_gas_m3") and variant != Variant.GAS:
        return _explain_group_verdict(results, variant, quantity, language, title, value)
    lines = []
    for household in group_members(results):
        own = raw_value(household.variants.get(variant), household, results, quantity)
        if own is None:
            continue
        lines.append(ExplanationLine(household.name(language), _format_quantity(own, quantity, language), ""))
    lines.append(
        ExplanationLine(
            say(language, "Gemiddelde", "Average"),
            "–" if value is None else _format_quantity(value, quantity, language),
            "",
        )
    )
    formula = say(
        language,
        f"Het gemiddelde over de {len(lines) - 1} woningen die meedoen (gemiddeld per deelnemende woning) en "
        "waarvoor dit berekend is. "
        "Kies bij 'Bekijk voor' een woning voor de berekening in detail.",
        f"The average over the {len(lines) - 1} participating homes for which this is computed. "
        "Choose a home under 'Show for' to see the calculation in detail.",
    )
    return Explanation(title, formula, lines, value)


def _format_quantity(value: float, quantity: str, language: str) -> str:
    if quantity.endswith("_eur"):
        return euro0(value, language)
    if quantity == "payback_years":
        return num(value, 1, say(language, "jaar", "years"), language)
    if quantity in ("break_even_gas_m3",):
        return num(value, 0, "m³", language)
    if quantity in ("co2_kg_per_year",):
        return num(value, 0, "kg", language)
    if quantity in ("electricity_kwh_per_year", "heat_demand_kwh"):
        return num(value, 0, "kWh", language)
    if quantity == "heat_pump_size_kw":
        return num(value, 0, "kW", language)
    if quantity == "borefield_length_m":
        return num(value, 0, "m", language)
    return num(value, 1, "", language)


def format_quantity(value: float | None, quantity: str, language: str = "nl") -> str:
    """How a quantity is written on screen ('–' when there is none)."""
    if value is None:
        return "–"
    return _format_quantity(value, quantity, language)


# ---------------------------------------------------------------------------- the method's inputs


#: Shown unit and decimals of a quantity by the unit of its method entry.
_UNITS = {
    "m³/jaar": ("m³", 0),
    "kWh/jaar": ("kWh", 0),
    "kWh": ("kWh", 0),
    "kg/jaar": ("kg", 0),
    "kW": ("kW", 1),
    "kW/K": ("kW/K", 3),
    "°C": ("°C", 1),
    "-": ("", 2),
    "jaar": ("jaar", 0),
}


def _decimals(value: float) -> int:
    """Decimals that show a default figure as it is: at least 2, at most 4."""
    for decimals in (2, 3):
        if abs(round(value, decimals) - value) < 1e-9:
            return decimals
    return 4


def _value_text(value, unit: str, language: str) -> str:
    """A method value as text in its unit; whole numbers without decimals."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return say(language, "ja", "yes") if value else say(language, "nee", "no")
    if unit.startswith("€"):
        return euro0(value, language)
    shown, decimals = _UNITS.get(unit, (unit, 1))
    return num(value, 0 if value == round(value) else decimals, shown, language)


def _sources(results: ProjectResults, quantity: Quantity, variant: str, language: str) -> str:
    """The sources of the default figures an entry uses directly."""
    params = results.parameters
    keys = []
    for name in quantity.inputs:
        kind = input_kind(name, params)
        if kind == "parameter":
            keys.append(name)
        elif kind == "variant":
            keys.append(variant_figure_key(variant, name))
    return "; ".join(source_of(results, key, language) for key in keys)


def _input_line(results: ProjectResults, name: str, values, variant: str, language: str) -> ExplanationLine:
    """One input of a method entry: its label, its value, and where it comes from."""
    kind = input_kind(name, results.parameters)
    if kind == "parameter":
        return param_line(results, name, language, _decimals(results.parameters[name]))
    if kind == "variant":
        return param_line(results, variant_figure_key(variant, name), language)
    if kind == "household":
        item = HOUSEHOLD_INPUTS[name]
        return ExplanationLine(item.label(language), _value_text(values.get(name), item.unit, language))
    quantity = find_quantity(name, variant)
    source = _sources(results, quantity, variant, language)
    if name in QUANTITY_LABELS and not source:  # explained on its own: point there
        source = say(language, "zie '{}'", "see '{}'").format(QUANTITY_LABELS[name][language == "en"].lower())
    return ExplanationLine(quantity.label(language), _value_text(values.get(name), quantity.unit, language), source)


def _entry_lines(
    results: ProjectResults,
    key: str,
    values,
    variant: str,
    language: str,
    expand: tuple[str, ...] = (),
) -> tuple[str, list[ExplanationLine]]:
    """The words of a method entry and a line per input (inputs named in ``expand`` by their own inputs)."""
    quantity = find_quantity(key, variant)
    lines = []
    for name in quantity.inputs:
        if name in expand:
            lines += _entry_lines(results, name, values, variant, language)[1]
        else:
            lines.append(_input_line(results, name, values, variant, language))
    return quantity.words(language), lines


def _result_line(key: str, values, variant: str, language: str, source: str = "") -> ExplanationLine:
    quantity = find_quantity(key, variant)
    return ExplanationLine(quantity.label(language), _value_text(values.get(key), quantity.unit, language), source)


def _values(household: HouseholdResult, result: VariantResult | None) -> dict:
    """Every method value known for a household (and variant): its heat demand and the variant's values."""
    values = (
        {}
        if household.demand is None
        else {f.name: getattr(household.demand, f.name) for f in fields(household.demand)}
    )
    if result is not None:
        values.update(result.values)
    return values


# -- one builder per quantity: (results, household, result, language) -> (formula, lines)


def _entry_builder(key: str):
    """A builder for a quantity of the method table: its words, its inputs, the result."""

    def build(results, household, result, language):
        values = _values(household, result)
        formula, lines = _entry_lines(results, key, values, result.variant, language)
        lines.append(_result_line(key, values, result.variant, language))
        return formula, lines

    return build


def _monthly(results, household, result, language):
    params = results.parameters
    variant = result.variant
    values = _values(household, result)
    formula = say(
        language,
        "(energiekosten + vaste gaslasten + onderhoud + betaling lening in jaar 1) ÷ 12",
        "(energy costs + fixed gas charges + maintenance + loan payment in year 1) ÷ 12",
    )
    lines = _entry_lines(results, "annual_energy_costs_eur", values, variant, language)[1]
    lines.append(_result_line("annual_energy_costs_eur", values, variant, language))
    for key in ("annual_fixed_costs_eur", "annual_maintenance_eur"):
        quantity = find_quantity(key, variant)
        source = _sources(results, quantity, variant, language) or quantity.words(language)
        if values.get("shared_maintenance_eur") and key == "annual_maintenance_eur":
            source += say(language, "; plus aandeel in het gedeelde deel", "; plus share of the shared part")
        lines.append(_result_line(key, values, variant, language, source))
    if result.loan_principal_eur > 0:
        # the home's own loan (its financing choice): the fund's low-income rate or the project's
        low = result.loan_rate != params["loan_rate"] and result.loan_rate == params["loan_rate_low_income"]
        loan_text = say(
            language,
            f"annuïteit op {euro0(result.loan_principal_eur, language)} tegen "
            f"{percent(result.loan_rate, language)} in {params.int('loan_term_years')} jaar",
            f"annuity on {euro0(result.loan_principal_eur, language)} at "
            f"{percent(result.loan_rate, language)} over {params.int('loan_term_years')} years",
        )
        lines.append(
            ExplanationLine(
                say(language, "Betaling lening per jaar", "Loan payment per year"),
                euro0(result.annual_loan_payment_eur, language),
                f"{loan_text}; {source_of(results, 'loan_rate_low_income' if low else 'loan_rate', language)}",
            )
        )
    else:
        lines.append(ExplanationLine(say(language, "Betaling lening per jaar", "Loan payment per year"), euro0(0, language), ""))
    lines.append(
        ExplanationLine(say(language, "Per maand", "Per month"), euro0(result.monthly_costs_year1_eur, language))
    )
    if result.monthly_costs_low_eur and result.monthly_costs_high_eur:
        lines.append(
            ExplanationLine(
                say(language, "Bij lage en hoge energieprijzen", "At low and high energy prices"),
                f"{euro0(result.monthly_costs_low_eur, language)} – {euro0(result.monthly_costs_high_eur, language)}",
                say(language, "prijsbandbreedte", "price band"),
            )
        )
    return formula, lines


def _monthly_after_loan(results, household, result, language):
    formula, lines = _monthly(results, household, result, language)
    term = results.parameters.int("loan_term_years")
    formula = say(
        language,
        f"(energiekosten + vaste gaslasten + onderhoud) ÷ 12, tegen de prijzen van jaar 1: wat een maand kost als "
        f"de lening na {term} jaar is afgelost",
        f"(energy costs + fixed gas charges + maintenance) ÷ 12, at year-1 prices: what a month costs once the loan "
        f"is paid off after {term} years",
    )
    lines = [line for line in lines if line.label not in (say(language, "Per maand", "Per month"),)]
    lines = [line for line in lines if not line.label.startswith(say(language, "Bij lage", "At low"))]
    lines.append(
        ExplanationLine(
            say(language, "Per maand na de lening", "Per month after the loan"),  # as step 4's row says it
            euro0(result.monthly_costs_after_loan_eur, language),
        )
    )
    return formula, lines


def _investment(results, household, result, language):
    formula = say(
        language,
        "som van de investeringen (incl. btw) − ISDE-subsidie",
        "sum of the investments (incl. VAT) − ISDE subsidy",
    )
    lines = []
    for table, lines_of_result, sign in (
        (COST_LINES, result.cost_lines, 1),
        (SUBSIDIES, result.subsidy_lines, -1),
    ):
        for line in lines_of_result:
            how = line.how(language)
            item = next((q for q in table if q.key == line.key and q.applies_to(result.variant)), None)
            if not how and item is not None:  # the sources of the figures the line's entry uses
                how = _sources(results, item, result.variant, language)
            label = line.label_en if language == "en" else line.label_nl
            lines.append(ExplanationLine(label, euro0(sign * line.amount_eur, language), how))
        if sign == 1 and not result.cost_lines:
            lines.append(
                ExplanationLine(
                    say(language, "Geen investering nu", "No investment now"),
                    euro0(0, language),
                    say(language, "de huidige ketel gaat nog mee", "the current boiler still works"),
                )
            )
    lines.append(
        ExplanationLine(say(language, "Na subsidie", "After subsidy"), euro0(result.investment_net_eur, language))
    )
    return formula, lines


def _electricity(results, household, result, language):
    values = _values(household, result)
    variant = result.variant
    formula, lines = _entry_lines(results, "electricity_kwh_per_year", values, variant, language)
    if variant != Variant.GAS:
        lines[:0] = [
            _result_line("heat_kwh", values, variant, language),
            _result_line(
                "seasonal_cop",
                values,
                variant,
                language,
                source_of(results, variant_figure_key(variant, "eta"), language),
            ),
        ]
    if variant == Variant.GAS:
        lines.append(_result_line("electricity_kwh_per_year", values, variant, language))
    else:
        total = _value_text(values.get("electricity_kwh_per_year"), "kWh", language)
        lines.append(ExplanationLine(say(language, "Totaal per jaar", "Total per year"), total))
    return formula, lines


def _heat_demand(results, household, result, language):
    values = _values(household, result)
    formula, lines = _entry_lines(results, "heat_kwh", values, None, language, expand=("gas_heating_m3",))
    lines.append(_result_line("heat_kwh", values, None, language))
    for key in ("dhw_kwh", "space_kwh"):
        line = _result_line(key, values, None, language)
        lines.append(
            line._replace(label=say(language, "waarvan ", "of which ") + line.label[0].lower() + line.label[1:])
        )
    return formula, lines


def _hp_size(results, household, result, language):
    values = _values(household, result)
    variant = result.variant
    formula, lines = _entry_lines(results, "heat_pump_size_kw", values, variant, language, expand=("design_load_kw",))
    lines.insert(3, _result_line("design_load_kw", values, variant, language))
    lines.append(_result_line("heat_pump_size_kw", values, variant, language))
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
            say(language, "Eigen geld in jaar 0", "Own money in year 0"),
            euro0(result.own_money_year0_eur, language),
            say(
                language,
                "deel van de investering dat niet geleend wordt",
                "part of the investment not borrowed",
            ),
        )
    ]
    for key, (nl, en) in names.items():
        lines.append(ExplanationLine(say(language, nl, en), euro0(sums[key], language), ""))
    lines.append(
        ExplanationLine(
            say(language, "Restwaarde aan het eind (eraf)", "Residual value at the end (deducted)"),
            euro0(-sums["residual"], language),
            say(language, "lineair over de levensduur", "linear over the lifetime"),
        )
    )
    return lines


def _tco(results, household, result, language):
    formula = say(
        language,
        "eigen geld in jaar 0 + alle jaarlijkse kosten over de rekenperiode (energie, vaste lasten, onderhoud, "
        "lening, vervangingen) − restwaarde aan het eind",
        "own money in year 0 + all yearly costs over the horizon (energy, fixed charges, maintenance, loan, "
        "replacements) − residual value at the end",
    )
    lines = _tco_lines(results, result, language)
    lines.insert(0, param_line(results, "horizon_years", language))
    lines.append(ExplanationLine(say(language, "Totaal", "Total"), euro0(result.tco_eur, language)))
    return formula, lines


def _npv(results, household, result, language):
    rate = results.parameters["discount_rate"]
    formula = say(
        language,
        "dezelfde kosten als het totaal, maar elk jaar teruggerekend naar nu met de disconteringsvoet",
        "the same costs as the total, but each year discounted to today at the discount rate",
    )
    lines = [param_line(results, "discount_rate", language, 3)]
    lines += _tco_lines(results, result, language, discount=rate)
    lines.append(ExplanationLine(say(language, "Contante waarde", "Present value"), euro0(result.npv_eur, language)))
    return formula, lines


def _payback(results, household, result, language):
    horizon = results.parameters.int("horizon_years")
    formula = say(
        language,
        "het moment vanaf wanneer u met deze variant in totaal minder hebt uitgegeven dan met gas, en dat blijft tot "
        f"het eind van de {horizon} jaar; alles telt mee wat ook in het totaal zit (energie, vaste lasten, onderhoud, "
        "aflossing en rente, vervanging, restwaarde in het laatste jaar); binnen het jaar naar rato",
        "the moment from which you have spent less in total with this variant than with gas, and stay so up to the "
        f"end of the {horizon} years; everything the total counts is in it (energy, fixed charges, upkeep, loan "
        "payments, replacements, residual value in the last year); pro rata within the year",
    )
    gas = household.variants.get(Variant.GAS)
    if result is None or gas is None or result.variant == Variant.GAS:
        return say(language, "Gas is de vergelijkingsbasis.", "Gas is the reference."), []
    mine, theirs = cumulative_costs(result), cumulative_costs(gas)
    difference = [a - b for a, b in zip(mine, theirs, strict=True)]
    lines = [
        ExplanationLine(say(language, f"Totaal over {horizon} jaar, deze variant", f"Total over {horizon} years, this variant"), euro0(mine[-1], language)),
        ExplanationLine(say(language, f"Totaal over {horizon} jaar, gas", f"Total over {horizon} years, gas"), euro0(theirs[-1], language)),
    ]
    if result.payback_years is not None:
        year = int(result.payback_years)
        lines += [ExplanationLine(*line) for line in replacement_lines(gas, result, max(year + 1, 1), language)]
        for k in (year, year + 1) if result.payback_years > 0 else (1,):
            lines.append(
                ExplanationLine(
                    say(language, f"Verschil met gas na jaar {k}", f"Difference with gas after year {k}"),
                    euro2(difference[k], language),
                    say(language, "opgeteld; negatief is goedkoper", "cumulative; negative is cheaper"),
                )
            )
    if result.simple_payback_years is not None:
        lines.append(
            ExplanationLine(
                say(language, "Ter vergelijking: meerprijs ÷ besparing per jaar", "For comparison: extra cost ÷ yearly saving"),
                num(result.simple_payback_years, 1, say(language, "jaar", "years"), language),
                say(
                    language,
                    "eenvoudige terugverdientijd, zonder lening, vervanging en restwaarde",
                    "simple payback, without loan, replacements and residual value",
                ),
            )
        )
    lines.append(  # a 'meteen' needs no reason here: the lines above show gas's new boiler
        ExplanationLine(say(language, "Terugverdientijd", "Payback time"), payback_text(result.payback_years, horizon, language))
    )
    return formula, lines


def _break_even(results, household, result, language):
    formula = say(
        language,
        "het jaarlijkse gasverbruik waarbij deze variant over de rekenperiode evenveel kost als gas "
        "(alles verder gelijk, ook de bodemlus opnieuw berekend); boven dit verbruik is de variant goedkoper",
        "the annual gas use at which this variant costs as much as gas over the horizon (everything else equal, "
        "borefield re-sized); above it the variant is cheaper",
    )
    if result is None or result.variant == Variant.GAS:
        return say(language, "Gas is de vergelijkingsbasis.", "Gas is the reference."), []
    gas = household.variants.get(Variant.GAS)
    limit = results.parameters["break_even_max_gas_m3"]
    lines = [
        ExplanationLine(say(language, "Huidig gasverbruik", "Current gas use"), num(household.demand.gas_m3, 0, "m³", language)),
        ExplanationLine(say(language, "Totale kosten deze variant", "Total costs this variant"), euro0(result.tco_eur, language)),
        ExplanationLine(say(language, "Totale kosten gas", "Total costs gas"), euro0(gas.tco_eur, language) if gas else "–"),
    ]
    notes = {
        ALWAYS: say(language, "ook bij 100 m³ per jaar goedkoper dan gas", "cheaper than gas even at 100 m³ a year"),
        NEVER: say(
            language,
            f"ook bij {num(limit, 0, 'm³', language)} per jaar niet goedkoper dan gas",
            f"not cheaper than gas even at {num(limit, 0, 'm³', language)} a year",
        ),
        None: say(language, "nog niet berekend", "not computed yet"),
    }
    lines.append(
        ExplanationLine(
            say(language, "Omslagpunt", "Break-even"),
            break_even_text(result.break_even_status, result.break_even_gas_m3, limit, language),
            notes.get(result.break_even_status, ""),
        )
    )
    return formula, lines


_BUILDERS = {
    "monthly_costs_year1_eur": _monthly,
    "monthly_costs_after_loan_eur": _monthly_after_loan,
    "investment_net_eur": _investment,
    "tco_eur": _tco,
    "npv_eur": _npv,
    "payback_years": _payback,
    "break_even_gas_m3": _break_even,
    "co2_kg_per_year": _entry_builder("co2_kg_per_year"),
    "electricity_kwh_per_year": _electricity,
    "annual_energy_costs_eur": _entry_builder("annual_energy_costs_eur"),
    "heat_demand_kwh": _heat_demand,
    "heat_pump_size_kw": _hp_size,
    "borefield_length_m": borefield_explanation,
}


def parse_amount(text: str, language: str = "nl") -> float:
    """Read back a number written by this module ('€ 1.234', '-€ 56', '3,5 jaar') [same unit].

    The reader every entry path uses (:func:`minigrid_app.core.reading.read_amount`), in the
    notation of ``language``. Raises ValueError when there is no number.
    """
    return read_amount(text, language)
