"""The variant registry: stable codes, one spec per variant, keys that exist in the defaults."""

from __future__ import annotations

import json

import pytest

from minigrid_app.core.parameters import default_parameters
from minigrid_app.core.variant import (
    GROUND_VARIANTS,
    HEAT_PUMP_VARIANTS,
    SPECS,
    VARIANTS,
    Variant,
    labels,
    variant_label,
)


def test_codes_are_the_strings_of_project_files_and_results_json():
    # the codes are written in .minigrid files and the results JSON: they must never change
    assert [str(v) for v in VARIANTS] == ["gas", "air_hp", "ground_hp", "shared_loop"]
    assert Variant("shared_loop") is Variant.SHARED_LOOP
    assert {"air_hp": 1}[Variant.AIR_HP] == 1
    assert json.dumps({Variant.GAS: Variant.GROUND_HP}) == '{"gas": "ground_hp"}'
    assert f"{Variant.GAS}" == "gas"


def test_every_variant_has_one_spec():
    assert set(SPECS) == set(Variant)
    for variant, spec in SPECS.items():
        assert spec.variant is variant
        assert variant.spec is spec
        assert spec.colour.startswith("#") and len(spec.colour) == 7
    assert len({spec.label_nl for spec in SPECS.values()}) == len(SPECS)
    assert len({spec.label_en for spec in SPECS.values()}) == len(SPECS)


def test_groups_of_variants():
    assert HEAT_PUMP_VARIANTS == (Variant.AIR_HP, Variant.GROUND_HP, Variant.SHARED_LOOP)
    assert GROUND_VARIANTS == (Variant.GROUND_HP, Variant.SHARED_LOOP)
    assert [v for v in VARIANTS if v.spec.shared] == [Variant.SHARED_LOOP]


def test_parameter_keys_exist_in_the_defaults():
    defaults = default_parameters()
    for spec in SPECS.values():
        keys = [spec.maintenance_key, spec.lifetime_key, *spec.subsidy_keys]
        if spec.eta_key:
            keys.append(spec.eta_key)
        for key in keys:
            assert key in defaults, (spec.variant, key)
        assert defaults[spec.maintenance_key].group == "annual"
        assert all(defaults[key].group == "subsidy" for key in spec.subsidy_keys)
    assert not SPECS[Variant.GAS].subsidy_keys


def test_labels_in_both_languages():
    assert labels("nl")[Variant.AIR_HP] == "Eigen luchtwarmtepomp"
    assert labels("en")["air_hp"] == "Own air heat pump"
    assert (
        variant_label("shared_loop", "en")
        == Variant.SHARED_LOOP.label("en")
        == "Shared ground loop"
    )
    with pytest.raises(ValueError):
        variant_label("district_heating")
