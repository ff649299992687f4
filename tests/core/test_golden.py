"""Golden cases: one household in each variant, expected values worked out by hand.

The reference household: 1 200 m³ gas a year, cooks on gas, built 1995 (45 °C supply),
persons unknown, no insulation savings, boiler 7 years old, no 3-phase connection, all
default figures.

Heat demand (method.md#heat-demand)
    gas for heating      = 1 200 − 37                       = 1 163 m³
    heat                 = 1 163 × 9.769 × 0.85             = 9 657.145 kWh
    tap water            = 1 800 kWh
    space heating        = 9 657.145 − 1 800                = 7 857.145 kWh
    ΣHDD (De Bilt)       = 31×14.4 + 28×14.0 + 31×11.4 + 30×8.2 + 31×4.6 + 30×1.8 + 0
                           + 31×0.1 + 30×3.2 + 31×7.1 + 30×11.0 + 31×13.8 = 2 711.4 K·day
    UA                   = 7 857.145 / (2 711.4 × 24)       = 0.120742 kW/K
    design load          = 0.120742 × (20 − −10)            = 3.6223 kW  → heat pump 4 kW
Money
    maintenance escalation 2 %/yr over 15 years: Σ 1.02^(t−1) = (1.02^15 − 1)/0.02 = 17.293417
    annuity factor 4.35 %, 15 yr: 0.0435 / (1 − 1.0435^−15) = 0.0921561
"""

from __future__ import annotations

import pytest

from minigrid_app.core.demand import heat_demand
from minigrid_app.core.variants import CostLine, FieldShare, compute_variant
from tests.core.helpers import household, params

ESCALATION_SUM = (1.02**15 - 1) / 0.02  # 17.293417
ANNUITY = 0.0435 / (1 - 1.0435**-15)  # 0.0921561


@pytest.fixture
def setup():
    p = params()
    h = household()
    return h, heat_demand(h, p), p


def test_heat_demand(setup):
    h, d, p = setup
    assert d.gas_heating_m3 == pytest.approx(1163.0)
    assert d.heat_kwh == pytest.approx(9657.145, abs=0.01)
    assert d.space_kwh == pytest.approx(7857.145, abs=0.01)
    assert d.design_load_kw == pytest.approx(3.6223, abs=1e-4)
    assert d.supply_temp_c == 45
    assert sum(d.space_monthly_kwh) == pytest.approx(d.space_kwh)
    # January: 7 857.145 × 446.4 / 2 711.4 = 1 293.58 kWh
    assert d.space_monthly_kwh[0] == pytest.approx(1293.58, abs=0.01)
    # July has no heating degree days
    assert d.space_monthly_kwh[6] == 0


def test_gas_variant(setup):
    h, d, p = setup
    r = compute_variant(h, d, "gas", p)
    # energy 1 200 × 1.37 = 1 644; fixed 270; maintenance 120
    assert r.annual_energy_costs_eur == pytest.approx(1644.0)
    assert r.monthly_costs_year1_eur == pytest.approx((1644 + 270 + 120) / 12)  # 169.50
    # boiler 7 of 15 years old: replaced in year 8 (2 200), residual 2 200 × 8/15 at year 15
    expected_tco = 15 * (1644 + 270) + 120 * ESCALATION_SUM + 2200 - 2200 * 8 / 15  # 31 811.88
    assert r.tco_eur == pytest.approx(expected_tco, abs=0.01)
    assert r.tco_eur == pytest.approx(31811.88, abs=0.01)
    assert r.co2_kg_per_year == pytest.approx(1200 * 1.78)
    assert r.investment_net_eur == 0
    assert [f.year for f in r.cash_flows if f.investment_eur] == [8]


def test_air_heat_pump(setup):
    h, d, p = setup
    r = compute_variant(h, d, "air_hp", p)
    # 6 000 + 800×4 = 9 200; tank 1 500; radiators 3 000; induction 1 000; meter box 300
    assert r.investment_gross_eur == pytest.approx(15000.0)
    # ISDE: 1 250 covers the first kW, 225 for each kW above it, 200 for A+++: 1 250 + 225×3 + 200 = 2 125
    assert r.subsidy_eur == pytest.approx(2125.0)
    assert r.investment_net_eur == pytest.approx(12875.0)
    # Monthly COPs (η 0.40, 45 °C): Jan 0.4×318.15/41.4 = 3.0739 … Jul 0.4×318.15/26.7 = 4.7663;
    # tap water at 55 °C. Σ space_m/COP_m + dhw_m/COP_dhw,m = 2 961.75 kWh (hand table), + 175 induction.
    assert r.heat_pump_electricity_kwh == pytest.approx(2961.75, abs=0.05)
    assert r.electricity_kwh_per_year == pytest.approx(3136.75, abs=0.05)
    energy = 3136.7515 * 0.25  # 784.19
    loan = 12875 * ANNUITY  # 1 186.51
    assert r.annual_loan_payment_eur == pytest.approx(1186.51, abs=0.01)
    assert r.monthly_costs_year1_eur == pytest.approx((energy + 150 + loan) / 12, abs=0.01)  # 176.72
    # heat pump life 15 = horizon: no replacement, no residual value
    assert r.tco_eur == pytest.approx(15 * energy + 150 * ESCALATION_SUM + 15 * loan, abs=0.05)  # 32 154.48
    # electric peak: 3.6223 kW / COP(−10 → 45 °C) = 3.6223 / (0.4 × 318.15 / 55) = 1.5655 kW
    assert r.electric_peak_kw == pytest.approx(1.5655, abs=1e-4)
    assert r.co2_kg_per_year == pytest.approx(3136.7515 * 0.374, abs=0.05)


def _own_field(length_m: float) -> FieldShare:
    lines = (
        CostLine("drilling", "Boren", "Drilling", length_m * 55, "borefield"),
        CostLine("boreholes", "Boorgaten", "Boreholes", 1000.0, "borefield"),
        CostLine("drilling_site", "Boorlocatie", "Site", 2500.0, "borefield"),
    )
    return FieldShare("own-h1", (3.0,) * 12, 3.0, lines)


def test_ground_heat_pump_with_given_field(setup):
    h, d, p = setup
    r = compute_variant(h, d, "ground_hp", p, _own_field(80.0))
    # 6 500 + 700×4 = 9 300; tank 1 500; radiators 3 000; induction 1 000; meter box 300;
    # drilling 80 × 55 = 4 400; borehole 1 000; site 2 500  → 23 000; ISDE 4 400 → 18 600
    assert r.investment_gross_eur == pytest.approx(23000.0)
    assert r.investment_net_eur == pytest.approx(18600.0)
    # source 3 °C all year: COP space 0.5×318.15/42 = 3.7875; tap water 0.5×328.15/52 = 3.15529
    # 7 857.145/3.7875 + 1 800/3.15529 = 2 074.49 + 570.47 = 2 644.96; + 100 pump + 175 induction
    assert r.electricity_kwh_per_year == pytest.approx(2919.96, abs=0.01)
    energy = 2919.9645 * 0.25  # 729.99
    loan = 18600 * ANNUITY  # 1 714.10
    assert r.monthly_costs_year1_eur == pytest.approx((energy + 100 + loan) / 12, abs=0.01)  # 212.01
    # residual: heat pump + tank 10 800 × 5/20 = 2 700; borefield 7 900 × 35/50 = 5 530
    expected = 15 * energy + 100 * ESCALATION_SUM + 15 * loan - 2700 - 5530  # 30 160.76
    assert r.tco_eur == pytest.approx(expected, abs=0.05)
    assert r.tco_eur == pytest.approx(30160.76, abs=0.05)


def test_shared_loop_two_identical_homes_rule_of_thumb():
    """Two identical neighbours on one field sized by the rule of thumb (50 W/m × 1 800 h).

    extraction each = 7 857.145 − 2 074.494 + 1 800 − 570.471 = 7 012.18 kWh
    length = 2 × 7 012.18 / 90 kWh/m = 155.83 m → one borehole
    shared part: drilling 155.83 × 55 = 8 570.43; borehole 1 000; site 2 500;
                 pipe (8 m gap + 8 m own connection) × 75 = 1 200;
                 set-up 1 500 per cluster + 1 500 for the project = 3 000     → 16 270.43
    each home (equal extraction): 8 135.22
    """
    from minigrid_app.core.analysis import compute_project
    from tests.core.helpers import project

    a = household(id="a", label="A")
    b = household(id="b", label="B")
    results = compute_project(project(a, b, size=4), break_even=False, sensitivity=False, method="rule_of_thumb")
    field = results.field("shared-C1")
    assert field.sizing.total_length_m == pytest.approx(155.83, abs=0.02)
    assert field.shared_cost_eur == pytest.approx(16270.43, abs=0.05)
    assert field.cost_shares_eur["a"] == pytest.approx(8135.22, abs=0.01)
    assert sum(field.cost_shares_eur.values()) == pytest.approx(field.shared_cost_eur, abs=0.001)
    r = results.household("a").variants["shared_loop"]
    # own part 9 300 + 1 500 + 3 000 + 1 000 + 300 = 15 100; + share 8 135.22; − ISDE 4 400
    assert r.investment_net_eur == pytest.approx(15100 + 8135.215 - 4400, abs=0.02)
    # maintenance 100 own heat pump + 40 own part of the upkeep + 150/2 cluster part = 215
    assert r.annual_maintenance_eur == pytest.approx(215.0)
    assert r.electricity_kwh_per_year == pytest.approx(2919.96, abs=0.01)
