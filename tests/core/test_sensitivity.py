"""Sensitivity (method.md#uncertainty): what each factor changes, and how the tornado and the
price band are summed, tested on their own with a stand-in for the engine's re-computation."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from minigrid_app.core import sensitivity
from minigrid_app.core.analysis import compute_project
from minigrid_app.core.model import Household, Project
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.variants import compute_variant
from tests.core.helpers import household, project
from tests.golden_examples import pinned_defaults

PARAMS = ParameterSet(pinned_defaults())


def _variant(tco, monthly=0.0, low=0.0, high=0.0, as_joiner=False):
    return SimpleNamespace(
        tco_eur=tco, monthly_costs_year1_eur=monthly, monthly_costs_low_eur=low, monthly_costs_high_eur=high, as_joiner=as_joiner
    )


def _results(households, params=PARAMS, declined=()):
    return SimpleNamespace(
        households=[SimpleNamespace(id=i, variants=v, participates=i not in declined) for i, v in households.items()],
        parameters=params,
    )


def test_differences_against_gas_per_home_and_summed():
    results = _results(
        {
            "a": {"gas": _variant(100.0), "air_hp": _variant(130.0), "ground_hp": _variant(90.0), "shared_loop": None},
            "b": {"gas": _variant(50.0), "air_hp": _variant(40.0), "ground_hp": None, "shared_loop": _variant(70.0)},
            "c": {"gas": None, "air_hp": _variant(1e6), "ground_hp": None, "shared_loop": None},  # not computable
            # does not take part (issue 12): its own differences, but in no group sum
            "d": {"gas": _variant(60.0), "air_hp": _variant(50.0), "ground_hp": None, "shared_loop": _variant(99.0, as_joiner=True)},
        },
        declined=("d",),
    )
    group, per_home = sensitivity.differences(results)
    assert group == {"air_hp": 30.0 - 10.0, "ground_hp": -10.0, "shared_loop": 20.0}
    assert per_home == {
        "a": {"air_hp": 30.0, "ground_hp": -10.0},
        "b": {"air_hp": -10.0, "shared_loop": 20.0},
        "d": {"air_hp": -10.0, "shared_loop": 39.0},
    }


def test_price_band_sums_the_monthly_costs():
    results = _results(
        {
            "a": {"gas": _variant(0, 100, 80, 130), "air_hp": _variant(0, 90, 85, 99), "ground_hp": None, "shared_loop": None},
            "b": {"gas": _variant(0, 50, 40, 65), "air_hp": None, "ground_hp": None, "shared_loop": None},
        }
    )
    band = sensitivity.price_band(results)
    assert band["mid"] == {"gas": 150.0, "air_hp": 90.0, "ground_hp": 0.0, "shared_loop": 0.0}
    assert band["low"]["gas"] == 120.0 and band["high"]["gas"] == 195.0 and band["high"]["air_hp"] == 99.0


def test_each_factor_scales_its_own_figures_only():
    proj = Project(households=[Household(label="x", lt_measures_cost_eur=1000.0), Household(label="y")])
    same, scaled = sensitivity.scaled_inputs(proj, PARAMS, "gas_price", 1.2)
    assert same is proj and scaled["gas_price_eur_m3"] == pytest.approx(PARAMS["gas_price_eur_m3"] * 1.2)
    assert scaled.overrides.keys() == {"gas_price_eur_m3"}
    _, scaled = sensitivity.scaled_inputs(proj, PARAMS, "efficiency", 0.8)
    assert scaled.overrides.keys() == {"eta_air", "eta_water"}
    assert scaled["eta_water"] == pytest.approx(PARAMS["eta_water"] * 0.8)
    copied, scaled = sensitivity.scaled_inputs(proj, PARAMS, "investment", 0.8)
    assert set(scaled.overrides) == set(sensitivity.INVESTMENT_KEYS)
    assert scaled["drilling_per_m_eur"] == pytest.approx(PARAMS["drilling_per_m_eur"] * 0.8)
    # the amounts typed per home are scaled too, on a copy: the project itself is untouched
    assert copied is not proj
    assert copied.households[0].lt_measures_cost_eur == pytest.approx(800.0)
    assert copied.households[1].lt_measures_cost_eur is None
    assert proj.households[0].lt_measures_cost_eur == 1000.0


def test_tornado_from_a_stand_in_engine():
    # The stand-in makes TCO(air_hp) − TCO(gas) depend on the gas price only: −1 000 € per
    # 10 % more gas price; every other factor leaves it at the base difference of 500 €.
    base_gas_price = PARAMS["gas_price_eur_m3"]
    calls = []

    def rerun(proj, params):
        calls.append(dict(params.overrides))
        change = params["gas_price_eur_m3"] / base_gas_price - 1.0
        return _results({"a": {"gas": _variant(1000.0), "air_hp": _variant(1500.0 - 10_000.0 * change)}}, params)

    base = _results({"a": {"gas": _variant(1000.0, 100, 90, 110), "air_hp": _variant(1500.0, 95, 93, 97)}})
    result = sensitivity.compute_sensitivity(Project(), base, rerun)
    step = PARAMS["sensitivity_step"]
    assert result.step == step
    assert len(calls) == 2 * len(sensitivity.FACTORS)
    assert result.base_difference_eur["air_hp"] == 500.0
    assert result.household_difference_eur == {"base": {"a": {"air_hp": 500.0}}}
    widest = result.bars[0]
    assert widest.factor == "gas_price"  # the only factor that moves anything comes first
    assert widest.low_eur["air_hp"] == pytest.approx(500.0 + 10_000.0 * step)
    assert widest.high_eur["air_hp"] == pytest.approx(500.0 - 10_000.0 * step)
    assert all(bar.low_eur["air_hp"] == pytest.approx(500.0) for bar in result.bars[1:])
    assert result.price_band["high"]["gas"] == 110.0 and result.price_band["low"]["air_hp"] == 93.0


def test_gas_price_bar_of_the_real_engine():
    # Independent route: with the gas price at +step only the gas variant's TCO moves (the heat
    # pump variants use no gas), so the air heat pump's bar moves by minus the change of the
    # gas TCO, which compute_variant gives directly.
    home = household(id="h1", participation="interested")
    proj = project(home)
    params, _ = ParameterSet.from_overrides({}, pinned_defaults())
    results = compute_project(proj, params, break_even=False, method="rule_of_thumb")
    bar = next(b for b in results.sensitivity.bars if b.factor == "gas_price")
    step = params["sensitivity_step"]
    demand = results.households[0].demand
    gas_base = compute_variant(home, demand, "gas", params).tco_eur
    gas_high = compute_variant(home, demand, "gas", params.scaled("gas_price_eur_m3", 1 + step)).tco_eur
    base = results.sensitivity.base_difference_eur["air_hp"]
    assert bar.high_eur["air_hp"] == pytest.approx(base - (gas_high - gas_base), rel=1e-9)


def test_the_shared_loops_tornado_alone_is_its_part_of_the_full_one(monkeypatch):
    # the evening's papers show the shared loop's tornado only: its reruns compute gas and the
    # shared loop and size no own loops, and its bars are the full tornado's to the last bit
    from minigrid_app.core import fieldsizing
    from minigrid_app.core.selectors import tornado_data
    from minigrid_app.io.examples import load_example

    proj = load_example("hofje-8")
    full = compute_project(proj, break_even=False, method="rule_of_thumb")
    own = []
    street_fields = fieldsizing.street_fields

    def spy(*args, **kwargs):
        own.append(args[7] if len(args) > 7 else kwargs.get("own", True))
        return street_fields(*args, **kwargs)

    monkeypatch.setattr(fieldsizing, "street_fields", spy)
    alone = compute_project(proj, break_even=False, method="rule_of_thumb", sensitivity_variants=("shared_loop",))
    assert own == [True] + [False] * 2 * len(sensitivity.FACTORS)  # the base sizes every loop, the reruns none of their own
    full_bars = {bar.factor: bar for bar in full.sensitivity.bars}
    for bar in alone.sensitivity.bars:
        assert set(bar.low_eur) == set(bar.high_eur) == {"shared_loop"}
        assert (bar.low_eur["shared_loop"], bar.high_eur["shared_loop"]) == (
            full_bars[bar.factor].low_eur["shared_loop"],
            full_bars[bar.factor].high_eur["shared_loop"],
        )
    shown, base = tornado_data(alone, "shared_loop")
    full_shown, full_base = tornado_data(full, "shared_loop")
    assert base == full_base and sorted(shown) == sorted(full_shown)
    assert alone.sensitivity.price_band == full.sensitivity.price_band


def test_variants_left_out_are_not_computed():
    from minigrid_app.io.examples import load_example

    proj = load_example("hofje-8")
    full = compute_project(proj, break_even=False, sensitivity=False, method="rule_of_thumb")
    some = compute_project(proj, break_even=False, sensitivity=False, method="rule_of_thumb", variants=("shared_loop",))
    assert not [f for f in some.fields if f.variant == "ground_hp"]  # no own loops sized
    for before, after in zip(full.households, some.households, strict=True):
        assert after.variants["air_hp"] is None and after.variants["ground_hp"] is None
        for variant in ("gas", "shared_loop"):
            if before.variants[variant] is not None:
                assert after.variants[variant].tco_eur == before.variants[variant].tco_eur
