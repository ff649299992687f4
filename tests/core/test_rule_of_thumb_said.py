"""The rule-of-thumb check says why a field is longer, and the length it checked.

Hofje-8's Lindehof 6 cools in summer: its own borehole (93 m) is set by the summer limit of the fluid
(17 °C), not by heating. Step 3 read "de berekende lengte (93 m) wijkt meer dan 30 % af van de
vuistregel (59 m); laat het bronontwerp controleren", as if the design were in doubt; the rule of
thumb (annual extraction ÷ 50 W/m ÷ 1 800 h) counts heating only. In a street the check is made
against the field sized alone (``streetsizing.size_street``), but the length said was the street's.
"""

from types import SimpleNamespace

import pytest

from minigrid_app.core.analysis import _field_warnings, compute_project
from minigrid_app.core.problems import Bilingual
from minigrid_app.io.examples import load_example


def _sizing(**changes):
    base = dict(
        warnings=(), differs_from_rule_of_thumb=True, provisional=False, total_length_m=93.12, rule_of_thumb_length_m=58.61,
        limited_by="heating", max_fluid_temp_c=None, alone_total_length_m=None,
    )
    return SimpleNamespace(**(base | changes))


def test_a_field_the_summer_sets_says_so_not_have_it_checked():
    said = _field_warnings(SimpleNamespace(sizing=_sizing(limited_by="cooling", max_fluid_temp_c=16.996)), Bilingual("Eigen bodemlus van Lindehof 6", "Own ground loop of Lindehof 6"))
    assert len(said) == 1
    assert said[0].nl == (
        "Eigen bodemlus van Lindehof 6: het koelen in de zomer bepaalt de lengte (93 m): de vloeistof mag niet warmer "
        "worden dan 17 °C, dus het boorgat moet de warmte van het koelen kwijt kunnen. De vuistregel (59 m) rekent "
        "alleen met verwarmen en is daarom geen controle van deze lengte. Minder koelen maakt het boorgat korter."
    )
    assert "summer cooling sets the length (93 m)" in said[0].en and "The rule of thumb (59 m) counts heating only" in said[0].en
    assert "controleren" not in said[0].nl and "checked" not in said[0].en


def test_in_a_street_the_length_checked_is_said_beside_the_streets():
    said = _field_warnings(SimpleNamespace(sizing=_sizing(alone_total_length_m=80.4, total_length_m=104.6)), Bilingual("Cluster 1", "Cluster 1"))
    # 80 m alone is 37 % above the rule's 59 m: that is the figure the check compared, 105 m the one the street needs
    assert said[0].nl == (
        "Cluster 1: de berekende lengte als enige veld in de buurt (80 m; met de velden van de buren 105 m) "
        "wijkt meer dan 30 % af van de vuistregel (59 m); laat het bronontwerp controleren."
    )
    assert said[0].en.startswith("Cluster 1: the computed length as the only field nearby (80 m; with the neighbours' fields 105 m)")


def test_alone_the_same_length_is_said_once():
    said = _field_warnings(SimpleNamespace(sizing=_sizing(alone_total_length_m=93.3)), Bilingual("Cluster 1", "Cluster 1"))
    assert said[0].nl.startswith("Cluster 1: de berekende lengte (93 m) wijkt meer dan 30 % af van de vuistregel (59 m)")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_hofje_8_lindehof_6_reads_the_summer_as_the_reason(language):
    project = load_example("hofje-8")
    results = compute_project(project, break_even=False, sensitivity=False)
    field = next(f for f in results.fields if f.id == "own-hofje-6")
    # the field the warning is about: the summer limit binds (17 °C reached, −1.5 °C not), 93 m against 5 274 kWh ÷ 90 kWh/m
    assert field.sizing.limited_by == "cooling" and field.sizing.differs_from_rule_of_thumb
    assert field.sizing.max_fluid_temp_c == pytest.approx(17.0, abs=0.05) and field.sizing.min_fluid_temp_c > -1.4
    assert field.sizing.rule_of_thumb_length_m == pytest.approx(5274.48 / 90, abs=0.01)
    text = [w if language == "nl" else w.en for w in results.warnings if "Lindehof 6" in str(w)]
    assert len(text) == 1
    if language == "nl":
        assert "het koelen in de zomer bepaalt de lengte (93 m)" in text[0] and "vuistregel (59 m)" in text[0]
        assert "laat het bronontwerp controleren" not in text[0]
    else:
        assert "summer cooling sets the length (93 m)" in text[0] and "have the source design checked" not in text[0]
