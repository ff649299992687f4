"""How a default figure's unit and source read in either language (core/parameters.py)."""

from __future__ import annotations

from minigrid_app.core.formatting import UNITS_EN, shown_unit
from minigrid_app.io.defaults import bundled_defaults


def test_units_and_minigrids_own_source_words_follow_the_language():
    """The English report's assumptions read '15 jaar' and 'aanname van Minigrid (Hoe rekent
    Minigrid?, …)': units and Minigrid's own words are English there; publication titles stay
    as published."""
    defaults = bundled_defaults()
    horizon = defaults["horizon_years"]
    assert (horizon.unit_in("nl"), horizon.unit_in("en")) == ("jaar", "years")
    own = next(d for d in defaults.values() if d.source.startswith("aanname van Minigrid (Hoe rekent Minigrid?"))
    assert own.source_in("nl") == own.source
    assert own.source_in("en").startswith("assumption of Minigrid (How does Minigrid calculate?")
    for definition in defaults.values():
        english = definition.unit_in("en")
        # every unit the defaults use that has a Dutch word in it has its English form
        assert not any(word in english for word in ("jaar", "uur", "woning", "boorgat", "persoon", "aansluiting")), (
            definition.key, english)
        assert "aanname" not in definition.source_in("en") and "Hoe rekent" not in definition.source_in("en")
    assert shown_unit("-", "en") == "" and UNITS_EN["m³/jaar"] == "m³/year"
