"""A supplier filling in the English bill writes English: its own units, 'TBC', 'see above', 'VAT excl.'.

The bill goes out in English beside an English tender request, but the quote reader knew the Dutch
words only: the English bill's own units ('1 pc', '1 lump sum', '230 lin. m') were 'not a number'
and the line was not taken; 'TBC', 'POA', 'by others' were 'not a number' where 'PM' and 'op aanvraag'
say 'no price'; 'none' left the line out without a word where 'geen' says it; 'see above' was not
€ 0 as 'zie boven' is; '€ 55 per metre' (the British spelling) and '€ 9,800 each' were 'not a number';
'12,500 plus VAT' and '12,500 VAT excl.' were 'not a number' instead of 'excludes VAT', and
'12,500 VAT incl.' was refused where '12,500 incl. VAT' is read. Same rules, English words.
"""

from __future__ import annotations

import pytest

from minigrid_app.core.quote_entry import read_price, read_quantity
from minigrid_app.core.reading import read_number

HEAT_PUMP = (1000.0, 50000.0)  # the plausible range of a heat pump's price [€], as the bill passes it


@pytest.mark.parametrize("written", ["1 pc", "1 pcs", "1 lump sum", "1 LS", "1 no.", "1 nr", "1 item", "1 each", "1 ea"])
def test_the_english_bills_own_counts_are_quantities(written):
    assert read_quantity(written).value == 1.0


@pytest.mark.parametrize("written", ["230 lin. m", "230 lin m", "230 linear metres", "230 running meters", "230 metres"])
def test_running_metres_in_english_are_quantities(written):
    assert read_quantity(written).value == 230.0


@pytest.mark.parametrize("written", ["TBC", "to be confirmed", "POA", "P.O.A.", "price on application", "on request",
                                     "by others", "excluded", "not included", "none", "not quoted"])
def test_english_for_no_price_says_the_line_is_missing(written):
    reading = read_price(written, unit_price=True)
    assert (reading.value, reading.how) == (None, "no_price")
    assert "no price; the line counts as missing" in reading.en


@pytest.mark.parametrize("written", ["see above", "included above", "inc.", "see line 3.1", "included in 3.1",
                                     "included with the heat pump", "see total"])
def test_english_for_included_elsewhere_is_nothing_extra(written):
    reading = read_price(written, unit_price=True)
    assert (reading.value, reading.how) == (0.0, "included")


@pytest.mark.parametrize("written", ["12,500 plus VAT", "12,500 net of VAT", "12,500 VAT excl.", "12,500 VAT not included",
                                     "12.500 btw niet inbegrepen", "12.500 plus btw"])
def test_a_price_without_vat_in_either_word_order_is_refused_and_said(written):
    reading = read_price(written, unit_price=True, plausible=HEAT_PUMP)
    assert (reading.value, reading.how) == (None, "excl_vat")


@pytest.mark.parametrize("written", ["12,500 VAT incl.", "12,500 VAT included", "12,500 (VAT incl.)", "12.500 btw inbegrepen"])
def test_a_price_with_vat_after_it_is_read(written):
    assert read_price(written, unit_price=True, plausible=HEAT_PUMP).value == 12500.0


@pytest.mark.parametrize(("written", "unit", "value"), [
    ("€ 55 per metre", "m", 55.0), ("€ 55 per lin m", "m", 55.0), ("55/lm", "m", 55.0),
    ("€ 9800 each", "st", 9800.0), ("9800 ea", "st", 9800.0), ("€ 350 per borehole", "st", 350.0),
])
def test_an_english_unit_price_per_the_lines_unit_is_read(written, unit, value):
    assert read_price(written, unit_price=True, unit=unit).value == value


def test_an_english_unit_price_per_another_unit_is_said():
    reading = read_price("€ 55 per metre", unit_price=True, unit="st")
    assert reading.how == "per_unit" and "price per metre" in reading.en and "pieces" in reading.en
    each = read_price("€ 9800 each", unit_price=True, unit="m")
    assert each.how == "per_unit" and "per stuk" in each.nl and "per piece" in each.en


@pytest.mark.parametrize(("written", "value", "how"), [
    ("c. 1500", 1500.0, "estimate"), ("1500ish", 1500.0, "estimate"), ("45 deg C", 45.0, "ok"), ("20 pct", 20.0, "ok"),
])
def test_english_estimates_and_units_are_read(written, value, how):
    reading = read_number(written)
    assert (reading.value, reading.how) == (value, how)


@pytest.mark.parametrize("written", ["£300", "$52.50", "300 USD", "GBP 300", "300 pounds"])
def test_an_amount_in_another_currency_says_so(written):
    """'£300' and '$52.50' were 'not a number' (an English supplier's or resident's amount)."""
    for reading in (read_price(written, unit_price=True), read_number(written, units=("eur",), unit="€")):
        assert (reading.value, reading.how) == (None, "wrong_unit")
        assert "is not in euros" in reading.en and "geen bedrag in euro" in reading.nl
