"""Money written in thousands or millions ('€ 1,2 mln', '12k') is read in every money field, and said.

They were 'geen getal' in a quote's price, a loan, a subsidy and a home's cost of measures; '€ 1.2m' was
read as € 1,20 (the 'm' taken off as metres). Found by the breaker, session 17.
"""

import pytest

from minigrid_app.core.quote_entry import read_price
from minigrid_app.core.reading import OK, read_field, read_number


@pytest.mark.parametrize(("typed", "value"), [
    ("€ 1,2 mln", 1_200_000), ("1,2 miljoen", 1_200_000), ("1.2 million", 1_200_000), ("€ 12k", 12_000),
    ("€ 12K", 12_000), ("12,5k", 12_500), ("€ 12.5k", 12_500), ("12 duizend", 12_000), ("€1,2 mln.", 1_200_000),
    ("1,2mln", 1_200_000), ("€ 0,5 mln", 500_000), ("1 mio", 1_000_000), ("€ 1.2m", 1_200_000),
    ("€ 1,5 ton", 150_000), ("12k euro", 12_000), ("1,15 mln", 1_150_000),
])
def test_money_in_thousands_or_millions_is_read_in_every_money_field(typed, value):
    for reading in (read_number(typed, units=("eur",), unit="€"), read_price(typed),
                    read_field("lt_measures_cost_eur", typed)):
        assert reading.value == value
        assert reading.status == OK
        assert reading.how == "multiplier"
    said = read_price(typed)
    assert said.nl.startswith(f"‘{typed}’ gelezen als € ") and said.en.startswith(f"‘{typed}’ read as € ")


def test_the_multiplier_scales_an_estimate_and_a_range():
    assert read_price("ca. € 1,2 mln").value == 1_200_000
    assert "€ 1.200.000" in read_price("ca. € 1,2 mln").nl
    assert read_price("€ 1,2 - 1,5 mln").value == 1_350_000


@pytest.mark.parametrize("typed", ["250 m", "1.2m", "12 kW"])
def test_a_bare_m_without_a_euro_sign_stays_metres_and_is_refused_as_money(typed):
    """'250 m' in a price cell is a length: read as € 250.000.000 would be a wrong value."""
    assert read_price(typed).value is None
    assert read_field("lt_measures_cost_eur", typed).value is None


def test_m_and_ton_are_no_multiplier_outside_money():
    assert read_field("distance_to_next_m", "1450 m").value == 1450
    assert read_number("5 ton").value is None
    assert read_field("gas_m3_per_year", "€ 1.2m").value is None
