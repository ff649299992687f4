"""'Hoe berekend?' of a ground loop's length says the rule that designed it and what else set it.

It said "zo weinig mogelijk boorgaten en zo ondiep mogelijk" of every field, while a shared field
is the layout with the lowest investment in its strip (spacing 6 to 12 m, rows), and it said
nothing of the neighbours' fields that make the ground colder (straat-24's own loop: 141 m in
the street, 121 m alone) nor of the heat summer cooling gives back.
"""

from __future__ import annotations

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.explain import explain, parse_amount
from minigrid_app.io.examples import load_example


@pytest.fixture(scope="module")
def results():
    return compute_project(load_example("straat-24"), sensitivity=False, break_even=False)


def _lines(explanation) -> dict[str, str]:
    return {line.label: line.value for line in explanation.lines}


def test_a_shared_field_is_explained_as_the_cheapest_layout_of_its_strip(results):
    home = next(h for h in results.households if h.cluster_id is not None)
    field = results.field(home.variants["shared_loop"].field_id)
    sizing = field.sizing
    explanation = explain(results, home.id, "shared_loop", "borefield_length_m")
    assert explanation.formula.startswith("de indeling met de laagste investering die in de strook langs de straat past")
    assert "zo weinig mogelijk boorgaten" not in explanation.formula
    lines = _lines(explanation)
    assert parse_amount(lines["Boorgaten"]) == sizing.boreholes > 1
    assert parse_amount(lines["Afstand tussen de boorgaten"]) == pytest.approx(sizing.spacing_m)
    assert parse_amount(lines["Gelijktijdigheid (piek)"]) == pytest.approx(100 * sizing.simultaneity, abs=0.05)
    english = explain(results, home.id, "shared_loop", "borefield_length_m", "en")
    assert english.formula.startswith("the layout with the lowest investment that fits the strip along the street")


def test_an_own_loop_in_the_street_says_its_neighbours_and_its_length_alone(results):
    home = results.households[0]
    sizing = results.field(home.variants["ground_hp"].field_id).sizing
    assert sizing.neighbours and sizing.interference_k < 0 and sizing.alone_total_length_m < sizing.total_length_m
    explanation = explain(results, home.id, "ground_hp", "borefield_length_m")
    assert explanation.formula.startswith("zo weinig mogelijk boorgaten en zo ondiep mogelijk")
    assert "de velden in de buurt koelen de bodem mee af" in explanation.formula
    lines = _lines(explanation)
    near = lines["Velden in de buurt"]
    assert near.startswith(f"{len(sizing.neighbours)} velden: de bodem tot ")
    assert parse_amount(near.split("tot ")[1]) == pytest.approx(-sizing.interference_k, abs=0.05)
    alone = lines["Zonder velden in de buurt"]
    assert alone.startswith(f"{sizing.alone_boreholes} × ")
    assert parse_amount(alone.split("= ")[1]) == pytest.approx(sizing.alone_total_length_m, abs=0.5)
    assert parse_amount(lines["Totale lengte"]) == pytest.approx(sizing.total_length_m, abs=0.5)


def test_summer_cooling_is_named_where_it_gives_heat_back(results):
    cooled = [
        (h, f) for h in results.households for v in ("ground_hp", "shared_loop")
        if (r := h.variants.get(v)) is not None and r.field_id and (f := results.field(r.field_id)).sizing.annual_injection_kwh > 0
    ]
    assert cooled
    home, field = cooled[0]
    explanation = explain(results, home.id, field.variant, "borefield_length_m", "en")
    assert "summer cooling gives heat back to the ground" in explanation.formula
    given = _lines(explanation)["Heat given back by summer cooling"]
    assert parse_amount(given.removesuffix(" a year"), "en") == pytest.approx(field.sizing.annual_injection_kwh, abs=0.5)
