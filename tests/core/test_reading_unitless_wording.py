"""A unit typed in a field that has none (a count of residents, a boiler's age) is refused in plain
words: the message said "‘€ 1.250,00’ is een bedrag in euro, geen de gevraagde eenheid: vul de
hoeveelheid in de gevraagde eenheid in" (found by the walk of a new resident)."""

from __future__ import annotations

from minigrid_app.core.reading import read_field, read_number


def test_a_unit_in_a_count_is_refused_in_plain_dutch_and_english():
    euros = read_field("persons", "€ 1.250,00")
    assert (euros.value, euros.how) == (None, "wrong_unit")
    assert euros.nl == "‘€ 1.250,00’ is een bedrag in euro; vul hier alleen het getal in"
    assert euros.en == "‘€ 1.250,00’ is an amount in euros; enter just the number here"
    cubic = read_field("boiler_age_years", "1250 m3")
    assert cubic.nl == "‘1250 m3’ is in m³; vul hier alleen het getal in"
    assert cubic.en == "‘1250 m3’ is in m³; enter just the number here"
    assert read_field("boiler_age_years", "12 jaar").value == 12  # its own unit is read


def test_a_field_with_a_unit_still_names_it():
    assert read_number("1250 m3", units=("eur",), unit="€").nl == "‘1250 m3’ is in m³, niet in €: reken het om of vul het in € in"
    assert read_field("floor_area_m2", "€ 120").nl.startswith("‘€ 120’ is een bedrag in euro, geen m²")
