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


#: publications and bodies cited by their own (Dutch) names; titles stay as published
TITLES = (
    "Uitgangspunten warmtenet Kort Haarlem", "Handreiking mini- en kleinschalige warmtenetten",
    "Nationaal Programma Lokale Warmtetransitie", "Besluit activiteiten leefomgeving", "Wet collectieve warmte",
    "Ontwikkeling van koudevraag van woningen", "Nationaal Warmtefonds", "Energiebespaarlening", "Milieu Centraal",
    "W/E adviseurs", "De Telegraaf", "De Bilt", "NEN-EN",
)
DUTCH_WORDS = ("de", "het", "een", "van", "voor", "met", "bij", "niet", "jaar", "woning", "woningen", "per maand",
               "gemeente", "aanname", "bodem", "warmte", "kosten", "tot", "en", "ook", "geen", "koeling", "lus")


def test_every_source_reads_in_english():
    """The English assumptions (step 4's tab, the report's table, 'how calculated?') showed the
    sources' Dutch notes ('aanname van Minigrid (How does Minigrid calculate?, koeling): interne
    warmte en zon …'): every default figure has its source in English, only titles stay Dutch."""
    import re

    for definition in bundled_defaults().values():
        english = definition.source_in("en")
        assert definition.source_en and english == definition.source_en, definition.key
        text = re.sub(r"'[^']*'", "", english)  # quoted titles
        for title in TITLES:
            text = text.replace(title, "")
        words = set(re.findall(r"[a-zà-ÿ]+(?: maand)?", text.lower()))
        assert not words & set(DUTCH_WORDS), (definition.key, sorted(words & set(DUTCH_WORDS)))
