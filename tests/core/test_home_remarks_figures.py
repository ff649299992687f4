"""A remark about a home quotes the gas use as it was typed: '0,001 m³ per jaar is erg weinig' stood above
'Klopt het gasverbruik (0 m³ per jaar)?' for the same home, two figures for one."""

from __future__ import annotations

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.parameters import ParameterSet
from tests.core.helpers import household, project
from tests.golden_examples import pinned_defaults


def test_the_small_load_remark_quotes_the_typed_gas_use():
    homes = (household(id="a", label="Lindehof 1", gas_m3_per_year=0.001), household(id="b", label="Lindehof 2"))
    results = compute_project(project(*homes), ParameterSet(pinned_defaults()), break_even=False, sensitivity=False,
                              method="rule_of_thumb")
    said = [w.nl for w in results.problems if "koudste dag" in w.nl]
    assert len(said) == 1 and "Klopt het gasverbruik (0,001 m³ per jaar)?" in said[0], said
    english = [w.en for w in results.problems if "coldest day" in w.en]
    assert "Is the gas use (0.001 m³ a year) right?" in english[0]
