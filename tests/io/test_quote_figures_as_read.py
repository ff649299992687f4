"""A quote's figures as the resident reads them (step 7): the cell quoted as typed, a total compared.

Each case failed before: a message about '€ -55 per m1' quoted '‘€ -55’' (the text after the
unit was taken off, not the supplier's cell).
"""

from __future__ import annotations

import pytest

from minigrid_app.core.quote_entry import read_price, read_quantity


@pytest.mark.parametrize(("typed", "how"), [
    ("-55 per m1", "negative"),
    ("ca. 55 per m1", "estimate"),
    ("1,180 per m1", "ambiguous"),
    ("abc per m1", "unreadable"),
    ("15 m3 per m1", "wrong_unit"),
    ("-9.000 incl. btw", "negative"),
    ("ca 9.000 incl. btw", "estimate"),
])
def test_a_price_message_quotes_the_cell_as_typed(typed, how):
    reading = read_price(typed, unit_price=True, unit="m")
    assert reading.how == how
    assert f"‘{typed}’" in reading.nl and f"‘{typed}’" in reading.en  # was '‘-55’', '‘ca. 55’', '‘-9.000’'


@pytest.mark.parametrize(("typed", "how"), [
    ("-250 m1", "negative"),
    ("ca 250 mtr", "estimate"),  # was '‘ca 250 m’'
    ("1,180 m1", "ambiguous"),
    ("-2 st.", "negative"),  # was '‘-2’'
])
def test_a_quantity_message_quotes_the_cell_as_typed(typed, how):
    reading = read_quantity(typed)
    assert reading.how == how
    assert f"‘{typed}’" in reading.nl and f"‘{typed}’" in reading.en
