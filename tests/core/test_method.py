"""The method table: every entry names its inputs once, for the engine and the workbook alike."""

from __future__ import annotations

import pytest

from minigrid_app.core import costs
from minigrid_app.core.demand import CLIMATE, DEMAND, heat_demand
from minigrid_app.core.heatpump import HEAT_PUMP
from minigrid_app.core.method import (
    CONSTANTS,
    HOUSEHOLD_INPUTS,
    VARIANT_FIGURES,
    Namespace,
    entry,
    evaluate,
    excel_number,
    placeholders,
    render,
    variant_figure_key,
)
from minigrid_app.core.variant import SPECS, VARIANTS, Variant
from minigrid_app.core.variants import compute_variant
from tests.core.helpers import household, params

#: Values the engine hands in from outside the tables: the borefield of a ground variant.
FROM_CALLER = {"field_design_source_temp_c", "field_source_temp_c", "shared_maintenance_eur"}
#: The tables in the order the engine evaluates them for one home and variant.
CHAIN = (
    ("climate", CLIMATE),
    ("demand", DEMAND),
    ("boiler", costs.BOILER),
    ("heat pump", HEAT_PUMP),
    ("cost lines", costs.COST_LINES),
    ("subsidies", costs.SUBSIDIES),
    ("annual", costs.ANNUAL),
)
#: A borefield's entries: evaluated per field (core.field_costs), not per home.
FIELD_TABLES = (("field cost lines", costs.FIELD_COST_LINES), ("field", costs.FIELD))
FIELD_INPUTS = {"total_length_m", "borehole_count", "header_length_m", "pipe_length_m", "field_homes", "shared_homes_total"}
ENTRIES = [(name, quantity) for name, table in CHAIN + FIELD_TABLES for quantity in table]


@pytest.mark.parametrize(("table", "quantity"), ENTRIES, ids=[f"{t}:{q.key}" for t, q in ENTRIES])
def test_template_and_function_name_the_same_inputs(table, quantity):
    if quantity.excel is None:  # not a workbook formula
        return
    used = set(placeholders(quantity.excel))
    # a constant may be written into the formula without being an input of the function
    assert set(quantity.inputs) <= used, (quantity.key, quantity.excel)
    assert used - set(quantity.inputs) <= set(CONSTANTS), (quantity.key, quantity.excel)


def test_every_input_is_known_before_it_is_used():
    definitions = params().definitions
    for variant in VARIANTS:
        known = set(HOUSEHOLD_INPUTS) | set(CONSTANTS) | set(definitions)
        known |= {
            name for name in VARIANT_FIGURES if getattr(SPECS[variant], VARIANT_FIGURES[name])
        }
        if SPECS[variant].borefield:
            known |= FROM_CALLER
        for _name, table in CHAIN:
            for quantity in table:
                if not quantity.applies_to(variant):
                    continue
                missing = set(quantity.inputs) - known
                assert not missing, (variant, quantity.key, missing)
                if isinstance(quantity, costs.CostItem):
                    assert not set(quantity.describe_inputs) - known, (variant, quantity.key)
                else:  # a cost line's amount is not an input of other entries
                    known.add(quantity.key)


def test_entries_with_one_key_split_the_variants():
    for _name, table in CHAIN:
        for key in {q.key for q in table}:
            covered = [v for q in table if q.key == key for v in q.variants]
            assert len(covered) == len(set(covered)), (key, covered)


def test_cost_entries():
    for item in costs.COST_LINES + costs.SUBSIDIES:
        assert item.component in costs.COMPONENTS
        assert item.unit == "€" and item.header and item.label_en
    assert costs.keys(costs.COST_LINES)[:3] == ["boiler", "heat_pump", "dhw_tank"]


def test_variant_figures_come_from_the_spec():
    p = params()
    assert variant_figure_key("air_hp", "eta") == "eta_air"
    assert variant_figure_key("shared_loop", "own_maintenance_eur") == "maintenance_ground_hp_eur"
    assert Namespace(p, "gas")["own_maintenance_eur"] == p["maintenance_gas_eur"]
    assert Namespace(p, "ground_hp")["heat_source_lifetime_years"] == p["water_hp_lifetime_years"]
    with pytest.raises(KeyError):
        Namespace(p, "gas")["eta"]  # a gas boiler has no Carnot fraction
    with pytest.raises(KeyError, match="no value named"):
        Namespace(p)["no_such_name"]


def test_a_monthly_entry_takes_each_month_of_its_monthly_inputs():
    p = params()
    values = Namespace(p, known={"space_kwh": 1000.0})
    for quantity in CLIMATE:
        values[quantity.key] = evaluate(quantity, values)
    space = evaluate(entry(DEMAND, "space_monthly_kwh"), values)
    assert len(space) == 12 and sum(space) == pytest.approx(1000.0)
    # July has no heating degree days in De Bilt's normal year
    assert space[6] == 0.0
    # January: 1 000 × 31 × (18 − 3.6) / ΣHDD
    assert space[0] == pytest.approx(
        1000.0 * 31 * (p["hdd_base_temp_c"] - p["monthly_outdoor_temp_c"][0]) / values["hdd_total"]
    )


def test_render_replaces_every_name():
    template = entry(DEMAND, "heat_kwh").excel
    assert (
        render(template, lambda name: name.upper())
        == "GAS_HEATING_M3*GAS_HHV_KWH_PER_M3*BOILER_EFFICIENCY"
    )
    assert excel_number(273.15) == "273.15"
    assert excel_number(1e-9) == "0.000000001"
    assert excel_number(0.2) == "0.2"
    assert excel_number(24.0) == "24"


def test_electrical_line_with_and_without_three_phase():
    """Meter box: € 300 group, plus € 1 000 for 3-phase above the threshold (hand computed)."""
    p = params(min_hp_size_kw=10)  # a 10 kW heat pump needs 3-phase (threshold 8 kW by default)
    h = household(three_phase=False)
    result = compute_variant(h, heat_demand(h, p), "air_hp", p)
    line = next(line for line in result.cost_lines if line.key == "electrical")
    assert p["three_phase_threshold_kw"] < 10
    assert line.amount_eur == pytest.approx(
        p["electrical_upgrade_eur"] + p["three_phase_upgrade_eur"]
    )
    assert "3-fase (warmtepomp 10 kW)" in line.formula_nl
    h = household(three_phase=True)
    result = compute_variant(h, heat_demand(h, p), "air_hp", p)
    line = next(line for line in result.cost_lines if line.key == "electrical")
    assert line.amount_eur == pytest.approx(p["electrical_upgrade_eur"])



def test_a_variant_without_words_has_the_same_figures():
    """compute_variant(words=False) (the break-even search's trials) leaves the cost lines' words
    empty and nothing else: the same lines, amounts and totals as with the words."""
    p = params(min_hp_size_kw=10)
    h = household(three_phase=False, boiler_age_years=30.0)
    demand = heat_demand(h, p)
    for variant in ("gas", "air_hp"):
        full = compute_variant(h, demand, variant, p)
        bare = compute_variant(h, demand, variant, p, words=False)
        assert [line.formula_nl for line in full.cost_lines if line.formula_nl]  # the boiler's, the meter box's
        assert all(line.formula_nl == line.formula_en == "" for line in bare.cost_lines + bare.subsidy_lines)
        assert [(line.key, line.amount_eur) for line in bare.cost_lines] == [(line.key, line.amount_eur) for line in full.cost_lines]
        assert (bare.tco_eur, bare.npv_eur, bare.investment_net_eur) == (full.tco_eur, full.npv_eur, full.investment_net_eur)
        assert bare.cash_flows == full.cash_flows
        totals = compute_variant(h, demand, variant, p, words=False, cash_flows=False)  # the trials' totals
        assert totals.cash_flows == [] and (totals.tco_eur, totals.npv_eur, totals.monthly_costs_year1_eur) == (
            full.tco_eur, full.npv_eur, full.monthly_costs_year1_eur
        )

def test_optional_lines_are_left_out_when_they_cost_nothing():
    p = params()
    h = household(cooks_on_gas=False, boiler_age_years=3.0)
    demand = heat_demand(h, p)
    assert "induction" not in [
        line.key for line in compute_variant(h, demand, "air_hp", p).cost_lines
    ]
    assert compute_variant(h, demand, "gas", p).cost_lines == []
    h = household(boiler_age_years=30.0)
    (boiler,) = compute_variant(h, heat_demand(h, p), "gas", p).cost_lines
    assert boiler.amount_eur == p["boiler_cost_eur"]
    assert (
        boiler.formula_nl
        == f"ketel is 30 jaar oud, levensduur {p.int('boiler_lifetime_years')} jaar"
    )


def test_the_values_used_are_kept_for_the_explanation():
    p = params()
    h = household()
    result = compute_variant(h, heat_demand(h, p), Variant.AIR_HP, p)
    assert result.values["heat_pump_size_kw"] == result.heat_pump_size_kw
    assert result.values["own_maintenance_eur"] == p["maintenance_air_hp_eur"]
    assert len(result.values["cop_space"]) == 12


def test_field_entries_use_the_sizing_and_the_defaults_only():
    definitions = params().definitions
    for _name, table in FIELD_TABLES:
        for quantity in table:
            assert set(quantity.inputs) <= FIELD_INPUTS | set(definitions), quantity.key
            assert set(quantity.variants) <= {Variant.GROUND_HP, Variant.SHARED_LOOP}


def test_shared_set_up_is_split_over_all_homes_on_shared_loops():
    """Set-up: € 1 500 per cluster + 4 of 10 homes × € 1 500 for the project = € 2 100 (hand computed)."""
    from minigrid_app.core.method import Namespace

    p = params(setup_per_cluster_eur=1500, setup_project_eur=1500)
    values = Namespace(p, "shared_loop", {"field_homes": 4, "shared_homes_total": 10})
    (line,) = costs.lines(tuple(i for i in costs.FIELD_COST_LINES if i.key == "setup"), "shared_loop", values)
    assert line.amount_eur == pytest.approx(2100.0)
    assert "4 van 10 woningen" in line.formula_nl



def test_heat_demand_follows_the_climate_of_each_parameter_set():
    # the climate is worked out once per parameter set and kept (issue 16): a set with another
    # climate, asked for in between, gets its own, and the first set its own again
    home = household(gas_m3_per_year=1500.0)
    mild = params()
    cold = params(monthly_outdoor_temp_c=[t - 3.0 for t in mild["monthly_outdoor_temp_c"]])
    for p in (mild, cold, mild, cold):
        found = heat_demand(home, p)
        values = Namespace(p, known={"space_kwh": found.space_kwh})
        for quantity in CLIMATE:  # the climate by the table, evaluated here
            values[quantity.key] = evaluate(quantity, values)
        assert found.space_monthly_kwh == evaluate(entry(DEMAND, "space_monthly_kwh"), values)
    # De Bilt's July is warmer than the 18 °C base, 3 K colder it is not
    assert heat_demand(home, mild).space_monthly_kwh[6] == 0.0 < heat_demand(home, cold).space_monthly_kwh[6]


def test_a_quantity_reads_its_inputs_in_order_however_many():
    """evaluate reads a quantity's inputs by one itemgetter (none, one and several; monthly too),
    asking the namespace for each in the order of the function's parameters."""
    from minigrid_app.core.method import Namespace, Quantity, evaluate
    from minigrid_app.core.parameters import ParameterSet

    params, _ = ParameterSet.from_overrides({})
    asked = []

    class Watched(Namespace):
        def __missing__(self, name):
            asked.append(name)
            return super().__missing__(name)

    values = Watched(params, None, {"a": 2.0, "b": (1.0,) * 12})
    assert evaluate(Quantity("none", "-", "", "", lambda: 3.0, None), values) == 3.0
    assert evaluate(Quantity("one", "-", "", "", lambda a: a + 1, None), values) == 3.0
    assert evaluate(Quantity("two", "-", "", "", lambda gas_price_eur_m3, a: (gas_price_eur_m3, a), None), values) == (
        params["gas_price_eur_m3"], 2.0)
    assert asked == ["gas_price_eur_m3"]
    assert evaluate(Quantity("m", "-", "", "", lambda a, b: a + b, None, monthly=True), values) == (3.0,) * 12
    assert evaluate(Quantity("m0", "-", "", "", lambda: 1.0, None, monthly=True), values) == (1.0,) * 12
    with pytest.raises(KeyError):
        evaluate(Quantity("x", "-", "", "", lambda no_such_figure: 0.0, None), values)
