""""hoe berekend?" for the figures of a home's financing (step 5) and of a quote's prices (step 7).

Both are made of the business case's own explanations (:func:`minigrid_app.core.explain.explain`),
so a figure is explained by the same lines wherever it is shown:

- :func:`explain_financing`: what the home's choice (own money, the heat fund loan, a mix)
  means for the money it puts in up front and for its monthly costs (method.md#financing);
- :func:`explain_quote_home`: the one-off investment and the monthly costs of a home on a
  quote's prices next to the indicative ones (method.md#quote-business-case).
"""

from __future__ import annotations

from minigrid_app.core.explain import Explanation, ExplanationLine, explain
from minigrid_app.core.financing import FINANCING_WORDS, loan_terms
from minigrid_app.core.formatting import euro, number, percent
from minigrid_app.core.joiners import WHAT_IF_JOINED
from minigrid_app.core.model import Household
from minigrid_app.core.quotes import QuoteCase
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.variant import Variant
from minigrid_app.core.verdict import shown_monthly_difference


def _t(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def _eur(amount: float, language: str) -> str:
    return euro(amount, 0, language)


def _shared(results: ProjectResults | None, household_id: str):
    household = results.household(household_id) if results is not None else None
    return household.variants.get(Variant.SHARED_LOOP) if household is not None else None


def explain_financing(results: ProjectResults | None, household: Household, language: str = "nl") -> Explanation | None:
    """How the home's choice of financing gives its money up front and its monthly costs (shared ground loop).

    Returns None when the home has no computed shared ground loop.
    """
    shared = _shared(results, household.id)
    if shared is None:
        return None
    params = results.parameters
    terms = loan_terms(household, params, shared.investment_net_eur)
    choice_nl, choice_en = FINANCING_WORDS.get(household.financing, FINANCING_WORDS["default"])
    if terms.choice == "default":
        share = number(100 * params["loan_share"], 0, "%", language)
        how = _t(language, f"{share} van de investering na subsidie, zoals het project rekent",
                 f"{share} of the investment after subsidy, as the project assumes")
    elif terms.choice == "own":
        how = _t(language, "geen lening", "no loan")
    else:
        how = _t(language, "Warmtefonds, ten hoogste ", "heat fund, at most ") + _eur(params["loan_max_eur"], language)
        if terms.below_minimum:
            how += _t(language, "; onder het minimum van het fonds: eigen geld", "; below the fund's minimum: own money")
        elif terms.capped:
            how += _t(language, "; meer gevraagd dan het fonds leent", "; more asked than the fund lends")
    lines = [
        ExplanationLine(
            _t(language, "Investering na subsidie", "Investment after subsidy"), _eur(shared.investment_net_eur, language),
            _t(language, "de posten van de eigen installatie en het aandeel in het gedeelde deel, min ISDE",
               "the cost lines of the own installation and the share of the shared part, less ISDE"),
        ),
        ExplanationLine(_t(language, "Keuze van de woning", "The home's choice"), _t(language, choice_nl, choice_en)),
        ExplanationLine(_t(language, "Lening", "Loan"), _eur(shared.loan_principal_eur, language), how),
        ExplanationLine(
            _t(language, "Eigen geld vooraf", "Own money up front"),
            _eur(shared.own_money_year0_eur, language),
            _t(language, "investering na subsidie − lening", "investment after subsidy − loan"),
        ),
    ]
    monthly = explain(results, household.id, Variant.SHARED_LOOP, "monthly_costs_year1_eur", language)
    loan_label = _t(language, "Betaling lening per jaar", "Loan payment per year")
    rate = percent(terms.rate, language)
    paid = _t(language, f"annuïteit op {_eur(shared.loan_principal_eur, language)} tegen {rate} in {terms.term_years} jaar",
              f"annuity on {_eur(shared.loan_principal_eur, language)} at {rate} over {terms.term_years} years")
    if terms.low_income:
        paid += _t(language, " (0 % bij een inkomen tot de grens)", " (0 % for an income up to the limit)")
    monthly_lines = [  # the rate of the home's own loan, not the project's
        line._replace(source=paid) if line.label == loan_label and shared.loan_principal_eur > 0 else line
        for line in monthly.lines
    ]
    return Explanation(
        title=_t(language, f"Financiering van {results.household(household.id).name(language)}: gedeelde bodemlus",
                 f"Financing of {results.household(household.id).name(language)}: shared ground loop")
        + (f" ({WHAT_IF_JOINED.text(language)})" if shared.as_joiner else ""),
        formula=_t(
            language,
            "eigen geld vooraf = investering na subsidie − lening; per maand = " + monthly.formula,
            "own money up front = investment after subsidy − loan; per month = " + monthly.formula,
        ),
        lines=lines + monthly_lines,
        value=shared.monthly_costs_year1_eur,
    )


def explain_quote_home(indicative: ProjectResults, case: QuoteCase, household_id: str, language: str = "nl",
                       business_case: ProjectResults | None = None) -> Explanation | None:
    """How a home's one-off investment and monthly costs on a quote's prices are found (shared ground loop).

    ``indicative`` is the business case of the tender: only the homes that signed. ``business_case``
    (step 4's, every home that takes part) adds its figure where it differs in whole euros: the
    'indicatief € 192' of step 7 stood beside step 4's € 182 and was called 'de businesscase van stap 4'.
    Returns None when the home is not in the quote's business case.
    """
    before, after = _shared(indicative, household_id), _shared(case.results, household_id)
    household = case.results.household(household_id)
    if before is None or after is None or household is None:
        return None
    supplier = case.comparison.quote.supplier.strip() or _t(language, "de offerte", "the quote")
    investment = explain(case.results, household_id, Variant.SHARED_LOOP, "investment_net_eur", language)
    monthly = explain(case.results, household_id, Variant.SHARED_LOOP, "monthly_costs_year1_eur", language)
    comparison = [
        ExplanationLine(_t(language, "Indicatief per maand", "Indicative per month"), _eur(before.monthly_costs_year1_eur, language),
                        _t(language, "de businesscase met alleen de woningen van de uitvraag (wie tekende)",
                           "the business case with only the homes in the tender (those who signed)")),
    ]
    step4 = _shared(business_case, household_id)
    if step4 is not None and round(step4.monthly_costs_year1_eur) != round(before.monthly_costs_year1_eur):
        comparison.append(ExplanationLine(
            _t(language, "Bij stap 4 per maand", "In step 4 per month"), _eur(step4.monthly_costs_year1_eur, language),
            _t(language, "met alle woningen die meedoen; de uitvraag rekent alleen met wie tekende, dus met minder of "
                         "andere buren per bron", "with every home that takes part; the tender counts only those who "
                         "signed, so fewer or other neighbours per source")))
    comparison += [
        # the difference of the two figures shown, as the table beside it ('€ 4' under € 195 and € 192)
        ExplanationLine(_t(language, "Verschil per maand", "Difference per month"),
                        _eur(shown_monthly_difference(after.monthly_costs_year1_eur, before.monthly_costs_year1_eur), language),
                        _t(language, f"offerte {supplier} − indicatief", f"quote of {supplier} − indicative")),
    ]
    return Explanation(
        title=_t(language, f"{household.name(language)}: wat het kost met de prijzen van {supplier} (gedeelde bodemlus)",
                 f"{household.name(language)}: what it costs at the prices of {supplier} (shared ground loop)"),
        formula=_t(
            language,
            "eenmalig = " + investment.formula + ", met de prijzen van de offerte (een regel die ontbreekt telt met "
            "de indicatieve prijs); per maand = " + monthly.formula,
            "one-off = " + investment.formula + ", at the quote's prices (a missing line counts at the indicative "
            "price); per month = " + monthly.formula,
        ),
        lines=investment.lines + monthly.lines + comparison,
        value=after.monthly_costs_year1_eur,
    )
