""""hoe berekend?" for step 5's financing columns and step 7's costs on a quote's prices.

Walking the program: every figure of the business case had its "hoe berekend?", but step 5's
"Per maand" and "Eigen geld vooraf" (which follow the home's own choice of financing) and step
7's table of costs per home on a quote's prices had none. The explanations are the engine's;
each reproduces the figure it explains, checked here against an independent route.
"""

from __future__ import annotations

import copy
import datetime
import re

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.explain import explain, parse_amount
from minigrid_app.core.explain_costs import explain_financing, explain_quote_home
from minigrid_app.core.formatting import euro
from minigrid_app.core.quotes import monthly_per_home, quote_case
from minigrid_app.core.tender import build_tender, tender_scope
from minigrid_app.core.tender_model import Quote
from minigrid_app.core.variant import Variant
from minigrid_app.io.examples import load_example


def _value(explanation, label):
    (line,) = [line for line in explanation.lines if line.label == label]
    return parse_amount(line.value)


@pytest.fixture(scope="module")
def hofje_mix():
    """hofje-8 with its first home borrowing € 5.000 at the fund's 0 % (income below the limit)."""
    project = copy.deepcopy(load_example("hofje-8"))
    home = project.households[0]
    home.financing, home.loan_amount_eur, home.income_below_loan_limit = "mix", 5000.0, True
    return project, compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")


def test_financing_explains_own_money_and_the_monthly_costs(hofje_mix):
    project, results = hofje_mix
    home = project.households[0]
    shared = results.household(home.id).variants[Variant.SHARED_LOOP]
    explanation = explain_financing(results, home, "nl")
    assert explanation.value == shared.monthly_costs_year1_eur
    net = _value(explanation, "Investering na subsidie")
    assert _value(explanation, "Lening") == 5000
    assert _value(explanation, "Eigen geld vooraf") == pytest.approx(net - 5000, abs=1)  # whole euros on screen
    assert _value(explanation, "Eigen geld vooraf") == round(shared.own_money_year0_eur)
    # 0 %: the loan is paid back in equal parts, 5000 / 15 a year; the line names the home's rate
    (loan,) = [line for line in explanation.lines if line.label == "Betaling lening per jaar"]
    assert parse_amount(loan.value) == round(5000 / results.parameters.int("loan_term_years"))
    assert "0,0 %" in loan.source
    running = sum(_value(explanation, label) for label in ("Energiekosten per jaar", "Vaste gaslasten per jaar", "Onderhoud per jaar"))
    assert _value(explanation, "Per maand") == pytest.approx((running + parse_amount(loan.value)) / 12, abs=1)
    english = explain_financing(results, home, "en")
    assert english.title == f"Financing of {home.label}: shared ground loop" and parse_amount(next(x.value for x in english.lines if x.label == "Loan"), "en") == 5000


def test_financing_of_a_home_without_a_shared_loop_is_none(hofje_mix):
    project, results = hofje_mix
    outside = copy.deepcopy(project.households[0])
    outside.id = "not-in-the-results"
    assert explain_financing(results, outside, "nl") is None
    assert explain_financing(None, project.households[0], "nl") is None


def test_a_home_on_a_quotes_prices_is_explained_and_adds_up():
    scope = tender_scope(load_example("hofje-8"))
    results = compute_project(scope.project, break_even=False, sensitivity=False, method="rule_of_thumb")
    pack = build_tender(scope, results, today=datetime.date(2026, 12, 1))
    amounts = {line.id: round(line.indicative_amount_eur * (1.3 if line.key == "drilling" else 1.0), 2)
               for line in pack.lines if line.in_quote}
    case = quote_case(scope.project, results, pack.lines, Quote(supplier="Boorbedrijf Oost", amounts=amounts))
    for row in monthly_per_home(results, case):
        explanation = explain_quote_home(results, case, row.household_id, "nl")
        assert explanation.value == row.quote_monthly_eur
        assert "Boorbedrijf Oost" in explanation.title
        assert _value(explanation, "Na subsidie") == round(row.quote_net_investment_eur)
        assert _value(explanation, "Per maand") == round(row.quote_monthly_eur)
        assert _value(explanation, "Indicatief per maand") == round(row.indicative_monthly_eur)
        # the difference of the figures above it, as the table says it (€ 195 − € 192 read '€ 4')
        assert _value(explanation, "Verschil per maand") == round(row.quote_monthly_eur) - round(row.indicative_monthly_eur)
        assert _value(explanation, "Verschil per maand") == row.shown_monthly_change_eur
        assert any("offerte Boorbedrijf Oost" in line.source for line in explanation.lines)  # the quoted lines say so
        # a share of the field's drilling names the quote's amount, not the indicative one it replaced
        drilling = case.results.field("shared-C1").cost_lines[0]
        (share,) = [line for line in explanation.lines if line.label == "Aandeel: boren en bodemlus"]
        assert f"van {euro(drilling.amount_eur)} (offerte Boorbedrijf Oost)" in share.source
        said = re.match(r"(\d+),(\d) % van ", share.source)  # written the Dutch way, not '41.9% van'
        assert said, share.source
        assert parse_amount(share.value) == pytest.approx(float(".".join(said.groups())) / 100 * drilling.amount_eur,
                                                   abs=0.0005 * drilling.amount_eur + 1)  # the share is shown to 0.1 %
        english = explain_quote_home(results, case, row.household_id, "en")
        (share,) = [line for line in english.lines if line.label == "Share: drilling and ground loop"]
        assert re.match(r"\d+\.\d % of ", share.source), share.source
        assert not re.search(r"€ [1-9]\d{0,2}\.\d{3}(?!\d)", " ".join(line.source for line in english.lines)), share.source  # '€ 1.575'
    # the indicative explanation (step 4) words the shares the same way
    home = monthly_per_home(results, case)[0].household_id
    for language, pattern in (("nl", r"\d+,\d % van € [\d.]+ "), ("en", r"\d+\.\d % of € [\d,]+ ")):
        lines = explain(results, home, Variant.SHARED_LOOP, "investment_net_eur", language).lines
        shares = [line.source for line in lines if line.label.startswith(("Aandeel:", "Share:"))]
        assert shares and all(re.match(pattern, source) for source in shares), shares
    english = " ".join(line.source for line in explain(results, home, Variant.SHARED_LOOP, "investment_net_eur", "en").lines)
    assert "€ 1,500 per cluster" in english and not re.search(r"€ [1-9]\d{0,2}\.\d{3}(?!\d)", english)  # thousands the English way
    assert explain_quote_home(results, case, "no-such-home", "en") is None


def test_the_indicative_figure_of_a_quote_is_the_tenders_and_step_4s_is_said_beside_it():
    """hofje-8: 3 of 8 signed, so the tender prices cluster 1 for Lindehof 1 and 3 only. Step 7's
    'hoe berekend?' read 'Indicatief per maand € 192 – de businesscase van stap 4' while step 4
    showed Lindehof 3 at € 182 (four homes sharing the field there)."""
    project = load_example("hofje-8")
    step4 = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    scope = tender_scope(project)
    results = compute_project(scope.project, break_even=False, sensitivity=False, method="rule_of_thumb")
    pack = build_tender(scope, results, today=datetime.date(2026, 12, 1))
    amounts = {line.id: line.indicative_amount_eur for line in pack.lines if line.in_quote}
    case = quote_case(scope.project, results, pack.lines, Quote(supplier="Boorbedrijf Oost", amounts=amounts))
    rows = monthly_per_home(results, case)
    assert rows
    for row in rows:
        before = step4.household(row.household_id).variants[Variant.SHARED_LOOP].monthly_costs_year1_eur
        assert round(before) != round(row.indicative_monthly_eur)  # fewer homes share the field in the tender
        for language, indicative, in_step4 in (("nl", "Indicatief per maand", "Bij stap 4 per maand"),
                                               ("en", "Indicative per month", "In step 4 per month")):
            explanation = explain_quote_home(results, case, row.household_id, language, business_case=step4)
            lines = {line.label: line for line in explanation.lines}
            assert parse_amount(lines[indicative].value, language) == round(row.indicative_monthly_eur)
            assert "4" not in lines[indicative].source  # not 'de businesscase van stap 4'
            assert parse_amount(lines[in_step4].value, language) == round(before)
    # without step 4's figures (or where they agree) the line is not there
    plain = explain_quote_home(results, case, rows[0].household_id, "nl")
    assert "Bij stap 4 per maand" not in [line.label for line in plain.lines]
