"""A unit typed in another of its signs is read: '55 ºC' (the ordinal sign a phone or keyboard gives for the
degree), '55 ℃', '120 ㎡', '8 m1' were 'geen getal'. Found by the breaker, session 17."""

import pytest

from minigrid_app.core.reading import OK, read_field


@pytest.mark.parametrize(("field", "typed", "value"), [
    ("supply_temp_c", "55 ºC", 55.0),  # the ordinal sign: a phone's and many a keyboard's degree
    ("supply_temp_c", "55 ℃", 55.0),
    ("supply_temp_c", "55˚", 55.0),
    ("floor_area_m2", "120 ㎡", 120.0),
    ("gas_m3_per_year", "1.200 ㎥", 1200.0),
    ("distance_to_next_m", "8 m1", 8.0),  # running metres, as a quote writes them
    ("distance_to_next_m", "8 mtr", 8.0),
])
def test_units_typed_in_their_other_signs_are_read(field, typed, value):
    reading = read_field(field, typed)
    assert reading.value == value and reading.status == OK, reading
