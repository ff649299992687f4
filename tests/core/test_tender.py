"""Steps 6-8 in the engine: tender scope, bill of quantities, quotes, decision record (issue 18)."""

from __future__ import annotations

import copy
import dataclasses
import datetime

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.decision import decision_record
from minigrid_app.core.quotes import (
    HIGH,
    LOW,
    NOT_QUOTED,
    OK,
    compare_quote,
    monthly_per_home,
    quote_case,
)
from minigrid_app.core.tender import (
    LINE_SCOPE,
    NO_SIGNATURES,
    bill_of_quantities,
    build_tender,
    design_fields_text,
    line_words,
    tender_scope,
)
from minigrid_app.core.tender_model import Agreement, PermitStatus, Quote, TenderSettings
from minigrid_app.core.tender_planning import planning
from minigrid_app.io.examples import load_example
from tests.signers_together import signers_together


@pytest.fixture(scope="module")
def hofje():
    """hofje-8 as tendered: the homes that signed in Cluster 1 (1 and 3); 7 signed alone in Cluster 2."""
    scope = tender_scope(load_example("hofje-8"))
    results = compute_project(scope.project, break_even=False, sensitivity=False)
    return scope, results, build_tender(scope, results, today=datetime.date(2026, 12, 1))


def _quote(pack, supplier="Bron & Zo", factor=None, drop=()):
    factor = factor or {}
    amounts = {}
    for line in pack.lines:
        if not line.in_quote or line.key in drop:
            continue
        amounts[line.id] = round(line.indicative_amount_eur * factor.get(line.key, 1.0), 2)
    return Quote(supplier=supplier, amounts=amounts)


def test_tender_covers_the_homes_that_signed(hofje):
    scope, results, pack = hofje
    assert scope.signed == ["hofje-1", "hofje-3"]
    assert scope.left_out == ["hofje-7"]  # the only one of Cluster 2 (homes 5-8) that signed
    assert sorted(scope.waiting) == ["hofje-2", "hofje-4", "hofje-5", "hofje-6", "hofje-8"]
    assert scope.intent["hofje-5"] == "unknown"
    # the residents' Cluster 1 (homes 1-4 on step 5) minus the homes that did not sign: same id, same name
    assert [(c.id, c.name, c.households) for c in results.clusters] == [("C1", "Cluster 1", ["hofje-1", "hofje-3"])]
    assert {h.household_id for h in pack.homes} == set(scope.signed)
    assert pack.warnings[0] == (
        "Cluster 2: 1 van 4 woningen getekend, te weinig voor een gedeelde bron; Lindehof 7 staat daarom niet in deze "
        "uitvraag. Tekenen meer buren in dit cluster, dan komt het in de uitvraag; een woning naar een ander cluster "
        "verplaatsen doen de bewoners bij stap 5.")
    assert pack.warnings[0].en.startswith("Cluster 2: 1 of 4 homes signed, too few for a shared source; Lindehof 7 is")


def test_no_signatures_gives_an_empty_scope():
    project = load_example("hofje-8")
    for household in project.households:
        household.participation = "interested"
    scope = tender_scope(project)
    assert scope.empty
    assert "intentieverklaring" in NO_SIGNATURES and "declaration" in NO_SIGNATURES.en


def test_bill_carries_every_figure_of_the_engine(hofje):
    scope, results, pack = hofje
    by_id = {line.id: line for line in pack.lines}
    for cluster in results.clusters:
        field_result = results.field(cluster.field_id)
        for cost in field_result.cost_lines:
            line = by_id[f"{field_result.id}:{cost.key}"]
            assert line.indicative_amount_eur == cost.amount_eur
        assert by_id[f"{field_result.id}:drilling"].quantity == field_result.sizing.total_length_m
        assert by_id[f"{field_result.id}:boreholes"].quantity == field_result.sizing.boreholes
        assert by_id[f"{field_result.id}:pipe"].quantity == cluster.pipe_length_m
        for household_id in cluster.households:
            variant = results.household(household_id).variants["shared_loop"]
            for cost in variant.cost_lines:
                if not cost.shared:
                    assert by_id[f"{household_id}:{cost.key}"].indicative_amount_eur == cost.amount_eur
    gross = sum(results.household(h).variants["shared_loop"].investment_gross_eur for h in scope.signed)
    # the shares of the cluster's lines are rounded to cents per home, the bill has the unrounded lines
    assert pack.investment_total_eur == pytest.approx(gross, abs=0.05)
    # every line a contractor prices, plus the group's set-up and the resident's induction hob
    setup = by_id["shared-C1:setup"].indicative_amount_eur
    induction = by_id["hofje-1:induction"].indicative_amount_eur
    assert pack.quoted_total_eur == pytest.approx(pack.investment_total_eur - setup - induction)
    # drilling, boreholes, drilling site and (boreholes further apart than touching) the header pipe
    header = [f for f in results.fields if f.variant == "shared_loop" and f.sizing.header_length_m > 0]
    expected = ["1.1", "1.2", "1.3", "1.4"] if header else ["1.1", "1.2", "1.3"]
    assert [line.number for line in pack.lines if line.section == "source"] == expected
    for field_result in header:
        assert by_id[f"{field_result.id}:header"].quantity == field_result.sizing.header_length_m


def test_every_engine_cost_line_has_a_place_in_the_scope(hofje):
    _, results, _ = hofje
    keys = {line.key for f in results.fields for line in f.cost_lines}
    keys |= {line.key for h in results.households for v in h.variants.values() if v for line in v.cost_lines}
    assert keys <= set(LINE_SCOPE), f"cost lines without scope: {keys - set(LINE_SCOPE)}"


def test_the_advisor_moves_a_line_to_another_party(hofje):
    scope, results, _ = hofje
    settings = TenderSettings(scope_overrides={"pipe": "installer", "induction": "installer"})
    lines = {line.id: line for line in bill_of_quantities(scope.project, results, settings)}
    assert lines["shared-C1:pipe"].party == "installer"
    assert lines["hofje-1:induction"].in_quote


def test_field_data_are_the_loads_the_field_was_sized_for(hofje):
    _, results, pack = hofje
    (export,) = pack.fields
    sizing = results.field("shared-C1").sizing
    assert export.annual_extraction_kwh == pytest.approx(sizing.annual_extraction_kwh, rel=1e-9)
    assert export.peak_extraction_kw == pytest.approx(sizing.peak_extraction_kw, rel=1e-9)
    assert (export.boreholes, export.depth_m) == (sizing.boreholes, sizing.depth_m)
    # winter months take most heat from the ground
    assert export.monthly_extraction_kwh[0] > 5 * export.monthly_extraction_kwh[6]


def test_planning_against_the_nine_to_twelve_months():
    project = load_example("hofje-8")
    params = compute_project(project, break_even=False, sensitivity=False).parameters
    settings = TenderSettings(issued_on="2027-03-01")
    plan = planning(project, settings, params, today=datetime.date(2027, 3, 1))
    # intake 15-09-2026: ambition 15-06-2027, at the latest 15-09-2027
    assert plan.ambition_date == datetime.date(2027, 6, 15)
    assert plan.latest_date == datetime.date(2027, 9, 15)
    dates = {m.key: m.date for m in plan.milestones}
    assert dates["quotes_due"] == datetime.date(2027, 3, 29)  # four weeks to quote
    assert dates["decision"] == datetime.date(2027, 4, 19)
    assert dates["drilling"] - dates["notification"] >= datetime.timedelta(weeks=4)
    assert plan.status == "ambition"
    late = planning(project, TenderSettings(issued_on="2027-08-20"), params)
    assert late.status == "late" and "9-12" in late.verdict("nl")
    assert plan.verdict("nl").startswith(f"Het besluit valt {plan.months_to_decision:.1f}".replace(".", ",") + " maanden na de intake:")
    # without an intake date the months are counted from the project's making, or from today: said
    # (a fresh project's step 6 read 'Het besluit valt 1,6 maanden na de intake' with no intake date)
    undated = copy.deepcopy(project)
    undated.intake.date, undated.created = "", "2026-11-02"
    made = planning(undated, settings, params, today=datetime.date(2027, 3, 1))
    assert made.start == datetime.date(2026, 11, 2) and made.counted_from == "created"  # 168 days to 19-04-2027
    assert made.verdict("nl").startswith("Het besluit valt 5,5 maanden na het aanmaken van het project op 02-11-2026 "
                                          "(de intake heeft geen datum): ")
    assert "5.5 months after the project was made on 02-11-2026 (the intake has no date)" in made.verdict("en")
    undated.created = ""
    today = planning(undated, settings, params, today=datetime.date(2027, 3, 1))
    assert today.counted_from == "today" and "1,6 maanden na vandaag (de intake heeft geen datum)" in today.verdict("nl")


def test_permits_checklist_tracks_status(hofje):
    scope, results, _ = hofje
    settings = TenderSettings(permits=[PermitStatus("ground_loop", "applied", "2026-12-10"), PermitStatus("trees", "not_needed")])
    project = dataclasses.replace(scope.project)
    project.tender = dataclasses.replace(project.tender, settings=settings)
    pack = build_tender(dataclasses.replace(scope, project=project), results)
    items = {item.kind: item for item in pack.permits}
    assert items["ground_loop"].open and items["ground_loop"].status.date == "2026-12-10"
    assert not items["trees"].open
    assert "grid_connection" not in items  # no home of the tender needs a three-phase upgrade
    assert {"interference", "digging", "subsurface_plans", "land_rights", "isde", "residents_agreement"} <= set(items)


def test_a_quote_at_the_indicative_prices_changes_nothing(hofje):
    scope, results, pack = hofje
    case = quote_case(scope.project, results, pack.lines, _quote(pack))
    assert not case.problems
    assert all(c.status in (OK, NOT_QUOTED) for c in case.comparison.lines)
    for row in monthly_per_home(results, case):
        assert row.quote_monthly_eur == pytest.approx(row.indicative_monthly_eur, abs=1e-6)
        assert row.quote_net_investment_eur == pytest.approx(row.indicative_net_investment_eur, abs=0.01)


def test_three_quotes_compared(hofje):
    """Issue 18: three made-up quotes, one with a missing line and one 30 % dearer on drilling."""
    scope, results, pack = hofje
    fair = _quote(pack, "Bodemwarmte Utrecht", {"heat_pump": 1.08, "drilling": 0.95})
    missing = _quote(pack, "Installatiebedrijf De Linde", {"heat_pump": 0.97}, drop=("pipe",))
    dear = _quote(pack, "Boorbedrijf Oost", {"drilling": 1.30})
    compared = {q.supplier: compare_quote(pack.lines, q, results) for q in (fair, missing, dear)}

    assert not compared["Bodemwarmte Utrecht"].flagged
    gap = compared["Installatiebedrijf De Linde"]
    assert [c.line.id for c in gap.missing] == ["shared-C1:pipe"]
    assert gap.missing[0].used_eur == gap.missing[0].line.indicative_amount_eur
    steep = compared["Boorbedrijf Oost"]
    assert [(c.line.id, c.status) for c in steep.flagged] == [("shared-C1:drilling", HIGH)]
    drilling = next(c for c in steep.lines if c.line.id == "shared-C1:drilling")
    assert drilling.difference_fraction == pytest.approx(0.30, abs=1e-6)
    assert steep.total.difference_eur == pytest.approx(0.30 * drilling.line.indicative_amount_eur, abs=0.01)
    # the homes' sums add up to the total of all one-off lines
    assert sum(s.quoted_eur for s in steep.per_home.values()) == pytest.approx(steep.total_all.quoted_eur, abs=0.05)
    assert steep.per_cluster["C1"].quoted_eur == pytest.approx(steep.total_all.quoted_eur, abs=1e-6)


def test_margin_edges(hofje):
    _, results, pack = hofje
    quote = _quote(pack, factor={"heat_pump": 1.20, "dhw_tank": 1.21, "electrical": 0.75})
    status = {c.line.id: c.status for c in compare_quote(pack.lines, quote, results).lines}
    assert status["hofje-1:heat_pump"] == OK  # exactly 20 % is within the margin
    assert status["hofje-1:dhw_tank"] == HIGH
    assert status["hofje-1:electrical"] == LOW
    assert status["hofje-1:induction"] == NOT_QUOTED


def test_business_case_on_the_dear_quote(hofje):
    """Monthly costs follow the quote: the share of the extra drilling, paid off as the loan annuity."""
    from minigrid_app.core.finance import annuity

    scope, results, pack = hofje
    case = quote_case(scope.project, results, pack.lines, _quote(pack, "Boorbedrijf Oost", {"drilling": 1.30}))
    params = results.parameters
    extra = 0.30 * results.field("shared-C1").cost_lines[0].amount_eur
    payment_per_euro = annuity(1.0, params["loan_rate"], params.int("loan_term_years")) * params["loan_share"]
    shares = {h: results.field("shared-C1").sizing.extraction_per_home_kwh[i] for i, h in enumerate(scope.signed)}
    total_share = sum(shares.values())
    for row in monthly_per_home(results, case):
        expected = extra * shares[row.household_id] / total_share * payment_per_euro / 12
        assert row.monthly_change_eur == pytest.approx(expected, abs=0.01)
        assert row.quote_net_investment_eur - row.indicative_net_investment_eur == pytest.approx(
            extra * shares[row.household_id] / total_share, abs=0.02
        )
    assert "Boorbedrijf Oost" in case.label("nl")
    drilling = case.results.field("shared-C1").cost_lines[0]
    assert drilling.formula_nl == "offerte Boorbedrijf Oost"


def test_quoted_home_lines_reach_the_computation(hofje):
    scope, results, pack = hofje
    quote = _quote(pack, factor={"heat_pump": 1.1, "lt_measures": 2.0, "electrical": 3.0, "maintenance": 1.5})
    case = quote_case(scope.project, results, pack.lines, quote)
    assert not case.problems
    after = case.results.household("hofje-3").variants["shared_loop"]
    before = results.household("hofje-3").variants["shared_loop"]
    lines = {line.key: line.amount_eur for line in after.cost_lines if not line.shared}
    assert lines["lt_measures"] == pytest.approx(2 * results.parameters["lt_measures_default_eur"])  # 2 × 3 000
    assert lines["electrical"] == pytest.approx(3 * 300.0)
    assert after.annual_maintenance_eur - before.annual_maintenance_eur == pytest.approx(50.0)
    # other variants do not depend on the quote
    assert case.results.household("hofje-3").variants["air_hp"] is results.household("hofje-3").variants["air_hp"]


def test_a_quoted_home_price_not_recomputed_is_named_as_the_bill_names_it_once(hofje, monkeypatch):
    """Said 'Lindehof 3: de offerteprijs van 'heat_pump' kwam niet …' (the line's key) and, for a line
    that cannot be recomputed, that as well as 'regel 'Lindehof 3: …'' (the home twice): one problem, two messages."""
    from minigrid_app.core import quotes

    scope, results, pack = hofje
    quote = Quote(supplier="Bron & Zo", amounts={"hofje-3:heat_pump": 9000.0})
    heat_pump = next(line for line in pack.lines if line.id == "hofje-3:heat_pump")
    figures = dict(quotes.HOME_LINE_FIGURES)
    figures.pop("heat_pump")  # a line the engine cannot take a quoted price for
    monkeypatch.setattr(quotes, "HOME_LINE_FIGURES", figures)
    case = quote_case(scope.project, results, pack.lines, quote)
    assert [p.nl for p in case.problems] == [
        f"Regel 3.3 ({heat_pump.description_nl}) kan niet met de offerteprijs worden doorgerekend; de indicatieve prijs is gebruikt."]
    assert heat_pump.description_nl.startswith("Lindehof 3: Water-waterwarmtepomp 4 kW")
    figures["heat_pump"] = lambda amount: {}  # taken, but the price changes nothing
    case = quote_case(scope.project, results, pack.lines, quote)
    assert [p.en for p in case.problems] == [
        f"Line 3.3 ({heat_pump.description_en}): the quoted price did not reach the computation."]
    assert not any("heat_pump" in p.nl or "hofje-3" in p.nl for p in case.problems)


def test_decision_record_lists_open_permits_and_homes_not_signed(hofje):
    scope, results, _ = hofje
    scope = copy.deepcopy(scope)
    project = scope.project
    pack = build_tender(scope, results)
    quote = _quote(pack, "Boorbedrijf Oost", {"drilling": 1.30})
    project.tender.quotes = [quote]
    project.tender.decision.quote_id = quote.id
    project.tender.decision.organisation_model = "self_management"
    project.tender.decision.agreements = [Agreement("hofje-1", "signed", "2027-01-20"), Agreement("hofje-3", "sent")]
    project.tender.settings.permits = [PermitStatus("ground_loop", "granted"), PermitStatus("trees", "not_needed")]
    pack = build_tender(scope, results)
    record = decision_record(scope, results, pack)
    assert record.signed_count == 1
    not_signed = {row.household_id: row for row in record.not_signed}
    assert set(not_signed) == {f"hofje-{i}" for i in range(2, 9)}
    assert not_signed["hofje-3"].status == "sent" and not_signed["hofje-3"].in_tender
    assert not_signed["hofje-2"].intent == "interested" and not not_signed["hofje-2"].in_tender
    # grouped by why, in the tender first (by the agreement's state), then the homes outside it;
    # Lindehof 7 signed the declaration, alone in its cluster
    groups = [(why.text("en"), labels) for why, labels in record.not_signed_groups]
    assert groups == [
        ("Sent", ["Lindehof 3"]),
        ("Did not sign the declaration of intent; not in this tender", ["Lindehof 2", "Lindehof 4", "Lindehof 5", "Lindehof 6", "Lindehof 8"]),
        ("Signed the declaration of intent, but too few neighbours in its cluster signed; not in this tender", ["Lindehof 7"]),
    ]
    kinds = {item.kind for item in record.open_permits}
    assert "ground_loop" not in kinds and "trees" not in kinds and "digging" in kinds
    assert record.model_fits
    monthly = next(c for c in record.conditions if "per maand" in c.text)
    assert monthly.quoted is not None and monthly.quoted.status == monthly.indicative.status == "not_met"
    assert any("uit te stappen" in w for w in record.warnings)


def test_one_home_in_the_tender_is_said_plainly_on_the_slides_and_the_record():
    """A tender of one home read '0 van de 1 woningen tekenden de bindende overeenkomst' on the
    slides and 'Bindend getekend: 0 van 1 woning in de uitvraag' in the record. (The tender now
    needs two signers per cluster; the record still words one home plainly.)"""
    project = load_example("hofje-8")
    scope = tender_scope(project)
    scope = dataclasses.replace(scope, signed=["hofje-1"])
    results = compute_project(scope.project, break_even=False, sensitivity=False, method="rule_of_thumb")
    pack = build_tender(scope, results, today=datetime.date(2026, 12, 1))
    record = decision_record(scope, results, pack)
    assert (record.signed_words.nl, record.signed_words.en) == (
        "De woning van de uitvraag tekende de bindende overeenkomst nog niet",
        "The home in the tender has not signed the binding agreement yet")
    assert (record.signed_of.nl, record.signed_of.en) == ("nog niet (de woning van de uitvraag)", "not yet (the home in the tender)")
    scope.project.tender.decision.agreements = [Agreement("hofje-1", "signed", "2027-01-20")]
    record = decision_record(scope, results, build_tender(scope, results, today=datetime.date(2026, 12, 1)))
    assert (record.signed_words.nl, record.signed_words.en) == (
        "De woning van de uitvraag tekende de bindende overeenkomst", "The home in the tender signed the binding agreement")
    assert (record.signed_of.nl, record.signed_of.en) == ("ja (de woning van de uitvraag)", "yes (the home in the tender)")


def test_several_homes_in_the_tender_are_counted(hofje):
    scope, results, pack = hofje
    record = decision_record(scope, results, pack)
    assert record.in_tender_count == 2 and record.signed_count == 0
    assert (record.signed_words.nl, record.signed_words.en) == (
        "0 van de 2 woningen tekenden de bindende overeenkomst", "0 of the 2 homes signed the binding agreement")
    assert (record.signed_of.nl, record.signed_of.en) == ("0 van 2 woningen in de uitvraag", "0 of 2 homes in the tender")
    assert record.all_signed_words.nl == "Alle woningen hebben getekend."


def test_a_line_and_a_field_are_named_by_home_cluster_and_cost_item_never_by_id(hofje):
    """Messages said 'hofje-1:heat_pump', 'drilling' and step 6 'shared-C1: 3 × 110.0 m'."""
    from minigrid_app.core.model import ManualCluster
    from minigrid_app.core.tender_model import FieldDesign

    scope, _, _ = hofje
    project = scope.project
    # the ground heat pump of the shared loop, not the air heat pump that has the same key
    assert line_words("hofje-1:heat_pump", project) == ("Lindehof 1: Water-waterwarmtepomp (geïnstalleerd)",
                                                        "Lindehof 1: Water-to-water heat pump (installed)")
    assert line_words("shared-C1:drilling", project) == ("Cluster 1: Boren en bodemlus", "Cluster 1: Drilling and ground loop")
    assert line_words("hofje-99:maintenance", project)[0] == (
        "Een woning die niet meer in het project staat: Onderhoud van de warmtepomp, per jaar")
    fields = [FieldDesign(field_id="shared-C1", households=["hofje-1"], boreholes=3, depth_m=110.0),
              FieldDesign(field_id="shared-cl-7", households=["hofje-3"], depth_m=95.5)]
    project = copy.deepcopy(project)
    project.clusters.manual = [ManualCluster(id="cl-7", name="Achterom")]
    assert design_fields_text(fields, project, "nl") == "Cluster 1: 3 × 110 m, Achterom: ? × 95,5 m"
    assert design_fields_text(fields, project, "en") == "Cluster 1: 3 × 110 m, Achterom: ? × 95.5 m"
    # the depth as the tender says it (2 × 159,63 m = 319,3 m), not '2 × 159,6 m'
    fields = [FieldDesign(field_id="shared-C1", households=["hofje-1"], boreholes=2, depth_m=159.63),
              FieldDesign(field_id="shared-cl-7", households=["hofje-3"], depth_m=95.55)]
    assert design_fields_text(fields, project, "nl") == "Cluster 1: 2 × 159,63 m, Achterom: ? × 95,55 m"


def test_the_drilling_line_says_figures_that_add_up():
    """'Boren van 2 boorgaten van 114 m (227 m in totaal)' next to a quantity of 227,1 m: each
    depth was rounded on its own, so the sum did not add up (found walking step 6). Then '113,6 m
    (227 m in totaal)' beside the bill's 227,1 m: two totals for one field. The total is now the
    bill's, 227,1 m, and the depth adds up to it: 2 × 113,56 m = 227,12 m, 227,1 m in tenths (2 ×
    113,6 m would be 227,2 m). (The tender of Lindehof 1, 3 and 7 it was found on: the three in one
    cluster on step 5.)"""
    scope = tender_scope(signers_together(load_example("hofje-8")))
    results = compute_project(scope.project, break_even=False, sensitivity=False)
    pack = build_tender(scope, results, today=datetime.date(2026, 12, 1))
    [line] = [line for line in pack.lines if line.key == "drilling"]
    assert line.shown_quantity == 227.1 and line.quantity == pytest.approx(227.1, abs=0.05)
    assert line.description("nl").startswith("Cluster 1: Boren van 2 boorgaten van 113,56 m (227,1 m in totaal), ")
    assert line.description("en").startswith("Cluster 1: Drilling 2 boreholes of 113.56 m (227.1 m in total), ")


def test_who_is_in_the_tender_says_not_yet_only_for_homes_still_waiting():
    """A new street where every home signed or declined: step 6 read '… Beukenlaan 5. Nog niet: geen.'"""
    project = copy.deepcopy(load_example("hofje-8"))
    for i, home in enumerate(project.households):
        home.participation = "declined" if i == 7 else "signed"
    scope = tender_scope(project)
    assert scope.waiting == [] and len(scope.signed) == 7
    names = ", ".join(f"Lindehof {i}" for i in range(1, 8))
    assert scope.who_words.nl == f"De uitvraag gaat over de 7 woningen die de intentieverklaring tekenden: {names}."
    assert scope.who_words.en == f"The tender covers the 7 homes that signed the declaration of intent: {names}."
    project.households[6].participation = "interested"  # one home still thinking it over
    words = tender_scope(project).who_words
    assert words.nl.endswith(": Lindehof 1, Lindehof 2, Lindehof 3, Lindehof 4, Lindehof 5, Lindehof 6. Nog niet: Lindehof 7.")
    assert words.en.endswith(". Not yet: Lindehof 7.")


def test_every_line_reads_as_a_sentence_after_its_owner(hofje):
    """'Lindehof 1: onderhoud van de warmtepomp, per jaar' was the one line in lower case after its owner, beside
    'Lindehof 1: Boilervat …'; in the tender's scope table its cell began in lower case (walk of session 17)."""
    scope, results, pack = hofje
    for line in pack.lines:
        for text in (line.description_nl, line.description_en):
            said = text.partition(": ")[2] or text
            assert said[:1].isupper(), text
