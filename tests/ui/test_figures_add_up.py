"""Two figures on one screen that a resident can subtract must agree: step 4's "over 15 jaar
€ 438 goedkoper dan gas" under a total of € 33.676 next to gas's € 34.113 (a difference of € 437)
made the table look wrong. The amount in the words is the difference of the totals as shown."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re

import pytest

from minigrid_app.core.variant import Variant

_AMOUNT = re.compile(r"€\s([\d.]+)\s(goedkoper|duurder)")  # '€ 438' as shown: kept whole, a no-break space


def _euros(text: str) -> int:
    return int(text.replace("€", "").replace(".", "").strip())


@pytest.mark.parametrize("example", ["hofje-8", "straat-24", "twee-onder-een-kap-4"])
def test_words_under_a_total_are_the_difference_of_the_totals_shown(shown_page, example):
    from minigrid_app.ui.pages.business_case import BusinessCasePage

    page = shown_page(BusinessCasePage, example)
    checked = 0
    for household_id in [None] + [h.id for h in page.document.results.households]:
        page.select_household(household_id)
        gas_text = page.cells[(Variant.GAS, "tco_eur")].value.text()
        for variant in (Variant.AIR_HP, Variant.GROUND_HP, Variant.SHARED_LOOP):
            cell = page.cells[(variant, "tco_eur")]
            found = _AMOUNT.search(cell.detail.text())
            if found is None or not cell.value.text().startswith("€") or not gas_text.startswith("€"):
                continue
            amount = _euros(found.group(1)) * (-1 if found.group(2) == "goedkoper" else 1)
            assert amount == _euros(cell.value.text()) - _euros(gas_text), (household_id, variant, cell.detail.text())
            checked += 1
    assert checked >= 6
