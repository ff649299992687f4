""""hoe berekend?" for the fee of a cooperative or market partner: the cost price line by line (method.md#organisation-models).

The explanation follows :func:`minigrid_app.core.organisation.network_fee`: the network's
investment, the annuity at the owner's rate, upkeep, reserve, administration (and the heat
company above ten connections, the market partner's margin), the total per year, this home's
part and the fee per month, then what the home pays per month in all.
"""

from __future__ import annotations

from minigrid_app.core.explain import Explanation, ExplanationLine
from minigrid_app.core.formatting import euro, number
from minigrid_app.core.results import ProjectResults


def _t(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def _param(results: ProjectResults, key: str, language: str) -> ExplanationLine:
    params = results.parameters
    definition = params.definitions[key]
    value = params[key]
    if definition.unit.startswith("€"):
        text = euro(value, 0, language) + definition.unit[1:]
    elif definition.unit in ("/jaar", "-"):
        text = number(value * 100, 1, "%", language)
    else:
        text = number(value, 0, _t(language, definition.unit, 'years' if definition.unit == 'jaar' else definition.unit), language)
    note = _t(language, "; aangepast in dit project", "; changed in this project") if params.is_overridden(key) else ""
    return ExplanationLine(definition.label(language), text, f"{definition.source} ({definition.year}){note}")


def explain_fee(results: ProjectResults, household_id: str, model: str = "cooperative", language: str = "nl") -> Explanation | None:
    """How the fee of ``household_id`` under ``model`` (``cooperative`` or ``market_partner``) is found.

    Returns None when the results hold no organisation models or the home is in no network.
    """
    comparison = results.organisation
    if comparison is None or model not in ("cooperative", "market_partner"):
        return None
    found = comparison.models[model]
    home = found.homes.get(household_id)
    household = results.household(household_id)
    network = next((n for n in found.networks.values() if household_id in n.shares_eur), None)
    if home is None or network is None or household is None:
        return None
    prefix = "coop" if model == "cooperative" else "market"
    owner = _t(language, "de coöperatie", "the cooperative") if model == "cooperative" else _t(language, "de marktpartij", "the market partner")
    lines = [
        ExplanationLine(
            _t(language, f"Investering gedeeld deel {network.name}", f"Investment in the shared part of {network.name}"),
            euro(network.investment_eur, 0, language),
            _t(language, f"wat {owner} financiert en bezit", f"what {owner} finances and owns"),
        ),
        _param(results, f"{prefix}_interest_rate", language),
        _param(results, f"{prefix}_financing_years", language),
    ]
    for line in network.lines:
        label = line.label_en if language == "en" else line.label_nl
        formula = line.formula_en if language == "en" else line.formula_nl
        lines.append(ExplanationLine(label + _t(language, " per jaar", " per year"), euro(line.amount_eur, 0, language), formula))
    lines.append(
        ExplanationLine(
            _t(language, f"Vergoeding {network.name} per jaar", f"Fee of {network.name} per year"),
            euro(network.total_eur, 0, language),
            _t(language, f"{network.connections} aansluitingen", f"{network.connections} connections"),
        )
    )
    share = network.shares_eur[household_id]
    if network.per_gj and network.per_gj_eur is not None:
        lines.append(
            ExplanationLine(
                _t(language, "Prijs per GJ", "Price per GJ"),
                euro(network.per_gj_eur, 2, language) + "/GJ",
                _t(language, f"vergoeding ÷ {number(network.heat_gj, 1, 'GJ', language)} warmte van het net",
                   f"fee ÷ {number(network.heat_gj, 1, 'GJ', language)} heat of the network"),
            )
        )  # fmt: skip
    lines.append(
        ExplanationLine(
            _t(language, f"Deel van {household.name(language)} per jaar", f"Part of {household.name(language)} per year"),
            euro(share, 2, language),
            _t(language, "naar de warmte die de woning afneemt", "by the heat the home takes")
            if network.per_gj
            else _t(
                language,
                "rente, aflossing en reserve naar de verdeelsleutel, onderhoud zoals de businesscase het verdeelt, "
                "administratie per aansluiting",
                "interest, repayment and reserve by the cost key, upkeep as the business case splits it, "
                "administration per connection",
            ),
        )
    )
    lines.append(ExplanationLine(_t(language, "Vergoeding per maand", "Fee per month"), euro(share / 12, 2, language), "÷ 12"))
    lines.append(
        ExplanationLine(
            _t(language, "Eigen installatie per maand", "Own installation per month"),
            euro(home.monthly_costs_year1_eur - share / 12, 2, language),
            _t(language, "energie, onderhoud en lening van de eigen warmtepomp en maatregelen",
               "energy, upkeep and loan of the own heat pump and measures"),
        )
    )  # fmt: skip
    lines.append(
        ExplanationLine(
            _t(language, "Samen per maand, jaar 1", "Together per month, year 1"), euro(home.monthly_costs_year1_eur, 2, language)
        )
    )
    model_name = found.label(language)
    return Explanation(
        title=_t(language, f"Vergoeding aan {owner}: {household.name(language)} ({model_name})",
                     f"Fee to {owner}: {household.name(language)} ({model_name})"),
        formula=_t(
            language,
            "kostprijs per jaar = rente en aflossing + onderhoud + reserve + administratie; het deel van de woning ÷ 12",
            "cost price per year = interest and repayment + upkeep + reserve + administration; the home's part ÷ 12",
        ),
        lines=lines,
        value=home.monthly_costs_year1_eur,
    )
