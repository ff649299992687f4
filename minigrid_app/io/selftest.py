"""``minigrid selftest``: compute every bundled example and check internal consistency."""

from __future__ import annotations

from collections.abc import Callable

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.formatting import count
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.variant import VARIANTS, Variant
from minigrid_app.io.examples import EXAMPLES, load_example


def check_results(results: ProjectResults) -> list[str]:
    """Consistency checks that must hold for any computed project; returns failures."""
    failures: list[str] = []

    def expect(condition: bool, text: str) -> None:
        if not condition:
            failures.append(text)

    for household in results.households:
        if not household.computable:
            continue
        for variant in VARIANTS:
            result = household.variants.get(variant)
            if result is None:
                continue
            where = f"{household.label}/{variant}"
            expect(abs(result.investment_gross_eur - result.subsidy_eur - result.investment_net_eur) < 0.01, f"{where}: net ≠ gross − subsidy")
            expect(abs(sum(line.amount_eur for line in result.cost_lines) - result.investment_gross_eur) < 0.01, f"{where}: cost lines ≠ gross")
            monthly = (result.annual_energy_costs_eur + result.annual_fixed_costs_eur + result.annual_maintenance_eur + result.annual_loan_payment_eur) / 12
            expect(abs(monthly - result.monthly_costs_year1_eur) < 0.01, f"{where}: monthly costs do not add up")
            tco = result.own_money_year0_eur + sum(flow.total_eur for flow in result.cash_flows)
            expect(abs(tco - result.tco_eur) < 0.01, f"{where}: TCO ≠ sum of cash flows")
            expect(result.npv_eur <= result.tco_eur + 0.01 or results.parameters["discount_rate"] < 0, f"{where}: NPV above TCO")
            expect(result.monthly_costs_low_eur <= result.monthly_costs_year1_eur <= result.monthly_costs_high_eur + 1e-9, f"{where}: price band not around the mid value")
            expect(result.investment_net_eur >= 0 or variant == Variant.GAS, f"{where}: negative net investment")
            if variant != Variant.GAS:
                expect(result.gas_m3_per_year == 0, f"{where}: heat pump variant buys gas")
                expect(result.seasonal_cop is not None and 1.0 < result.seasonal_cop <= results.parameters["cop_max"], f"{where}: implausible SCOP")
    for field in results.fields:
        sizing = field.sizing
        expect(abs(sizing.boreholes * sizing.depth_m - sizing.total_length_m) < 0.01 * max(1, sizing.total_length_m), f"{field.id}: boreholes × depth ≠ length")
        expect(sizing.depth_m <= results.parameters["max_borehole_depth_m"] + 1e-6, f"{field.id}: deeper than allowed")
        expect(abs(sum(field.cost_shares_eur.values()) - field.shared_cost_eur) < 0.005, f"{field.id}: cost shares do not add up to the cent")
        expect(sizing.converged, f"{field.id}: sizing did not converge")
        if not sizing.provisional:
            expect(sizing.min_fluid_temp_c >= results.parameters["min_fluid_temp_c"] - 0.05, f"{field.id}: fluid below the minimum")
    for variant in VARIANTS:
        total = results.group.totals[variant]
        # group totals are over the homes that take part; a what-if shared loop is in none
        parts = [
            h.variants[variant]
            for h in results.households
            if h.computable and h.participates and h.variants.get(variant) is not None and not h.variants[variant].as_joiner
        ]
        if variant == "gas":
            expect(total.households == results.group.households_counted, "group: gas not over every home that takes part")
        expect(abs(total.tco_eur - sum(p.tco_eur for p in parts)) < 0.01, f"group/{variant}: TCO total ≠ sum")
    return failures


def run_selftest(say: Callable[[str], None] = print, language: str = "nl") -> bool:
    """Compute every bundled example and ``say`` per example whether its checks hold, in ``language``
    ('nl' or 'en'); the failures themselves are the checks' own words (for a developer). True when all hold."""
    english = language == "en"
    all_ok = True
    for name in EXAMPLES:
        project = load_example(name)
        results = compute_project(project)
        failures = check_results(results)
        if failures:
            all_ok = False
            say(f"{name}: {count(len(failures), 'failure', 'failures') if english else count(len(failures), 'fout', 'fouten')}")
            for failure in failures:
                say(f"  - {failure}")
        elif english:
            say(f"{name}: all right ({count(len(results.households), 'home', 'homes')}, "
                f"{count(len(results.fields), 'ground field', 'ground fields')})")
        else:
            say(f"{name}: in orde ({count(len(results.households), 'woning', 'woningen')}, "
                f"{count(len(results.fields), 'bodemveld', 'bodemvelden')})")
    if english:
        say("Self-test passed." if all_ok else "Self-test failed.")
    else:
        say("Zelftest geslaagd." if all_ok else "Zelftest mislukt.")
    return all_ok
