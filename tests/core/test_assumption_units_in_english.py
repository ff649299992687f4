"""What is said of a figure typed for an assumption names its unit in the message's own language.

The English window said '‘1,950 kWh/yr’ read in English notation as 1,950 kWh/jaar' (seen under Xvfb,
straat-24 --lang en, step 4's assumptions): the assumption's unit was given to the reader in Dutch
only, so every English message about an assumption said 'kWh/jaar', 'weken', 'aansluitingen',
'€ per boorgat'. The reader now takes the unit's Dutch and English words.
"""

from __future__ import annotations

import pytest

from minigrid_app.core.parameter_reading import read_parameter
from minigrid_app.io.defaults import bundled_defaults


@pytest.fixture(scope="module")
def definitions():
    return bundled_defaults()


@pytest.mark.parametrize(("key", "typed", "notation", "english", "dutch"), [
    ("dhw_per_household_kwh", "1,950 kWh/yr", "en", "read in English notation as 1,950 kWh/year", "1.950 kWh/jaar"),
    ("dhw_per_household_kwh", "1,500", "nl", "can mean 1.5 kWh/year or 1,500 kWh/year", "1,5 kWh/jaar of 1.500 kWh/jaar"),
    ("dhw_per_household_kwh", "1500 m3", None, "is in m³, not in kWh/year", "niet in kWh/jaar"),
    ("tender_quote_weeks", "ca. 5", None, "5 weeks assumed", "5 weken aangenomen"),
    ("wcw_limited_max_connections", "5 kWh", None, "not in connections", "niet in aansluitingen"),
])
def test_the_unit_is_said_in_the_messages_language(definitions, key, typed, notation, english, dutch):
    reading = read_parameter(typed, definitions[key], notation)
    assert english in reading.en and dutch in reading.nl
    assert not any(word in reading.en for word in ("jaar", "weken", "aansluitingen"))
