"""A spreadsheet's error value reads the same in every field: the formula in that cell did not work out.

'#N/A' was read as 'no answer' (left empty without a word) and '#DIV/0!' as 'geen getal'."""

from __future__ import annotations

import pytest

from minigrid_app.core.reading import DOUBTFUL, read_field, spreadsheet_error

FIELDS = ("gas_m3_per_year", "persons", "build_year", "participation", "cooks_on_gas", "distance_to_next_m")


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("typed", ["#N/A", "#DIV/0!", "#VALUE!", "#n/a", " #REF! ", "Err:502", "#SPILL!"])
def test_every_field_says_a_spreadsheet_error_alike(field, typed):
    reading = read_field(field, typed)
    assert (reading.value, reading.status, reading.how) == (None, DOUBTFUL, "spreadsheet_error")
    shown = typed.strip()
    assert reading.nl == f"‘{shown}’ is een foutmelding van de spreadsheet: de formule in die cel werkt niet; vul het zelf in"
    assert reading.en == f"‘{shown}’ is an error of the spreadsheet: the formula in that cell does not work; fill it in yourself"


@pytest.mark.parametrize("typed", ["n.v.t.", "N/A", "#1450", "1450", "", "Err:5", "#"])
def test_what_is_no_spreadsheet_error_is_read_as_before(typed):
    # forms' 'N/A' is no answer; '#1450' is a resident's typing, not an error value
    assert spreadsheet_error(typed) is None


@pytest.mark.parametrize("typed", ["#N/A", "#DIV/0!", "Err:502"])
def test_a_quote_and_a_number_box_say_it_too(typed):
    """The readers under every field: a supplier's price '#N/A' was 'geen prijs' and a quantity '#N/A' an
    empty cell (the tender's quantity stood in without a word); the number boxes read through read_number."""
    from minigrid_app.core.quote_entry import read_price, read_quantity
    from minigrid_app.core.reading import read_number

    for reader in (read_price, read_quantity, read_number):
        reading = reader(typed)
        assert (reading.value, reading.status, reading.how) == (None, DOUBTFUL, "spreadsheet_error"), reader
        assert reading.nl.startswith(f"‘{typed}’ is een foutmelding van de spreadsheet")
