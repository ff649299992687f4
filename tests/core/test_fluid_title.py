"""The fluid temperature chart's title agrees in number with the loops it stands for."""

from __future__ import annotations

import pytest

from minigrid_app.core.fieldmessages import fluid_title


@pytest.mark.parametrize(
    ("lowest", "loops", "nl", "en"),
    [
        # one field: as before
        (-1.0, 1, "De bodemlus blijft boven de ondergrens van −1,5 °C", "The ground loop stays above the limit of −1.5 °C"),
        # the coldest of three drawn and above the limit: then all three are
        (-1.0, 3, "De bodemlussen blijven boven de ondergrens van −1,5 °C",
         "The ground loops stay above the limit of −1.5 °C"),
        # −1.54 is 0.04 K under −1.5: rounding, still on the limit
        (-1.54, 3, "De bodemlussen blijven boven de ondergrens van −1,5 °C",
         "The ground loops stay above the limit of −1.5 °C"),
        # the coldest of three 0.5 K under: one loop does, not all of them
        (-2.0, 3, "Let op: een bodemlus komt onder de ondergrens van −1,5 °C",
         "Note: a ground loop goes below the limit of −1.5 °C"),
        (-2.0, 1, "Let op: de bodemlus komt onder de ondergrens van −1,5 °C",
         "Note: the ground loop goes below the limit of −1.5 °C"),
    ],
)
def test_the_title_says_one_loop_or_several(lowest, loops, nl, en):
    title = fluid_title(lowest, -1.5, loops=loops)
    assert (title.nl, title.en) == (nl, en)


def test_with_passive_cooling_the_summer_limit_is_said_when_kept():
    assert fluid_title(2.0, -1.5, warmest_c=16.0, max_limit_c=17.0, loops=2).nl == \
        "De bodemlussen blijven binnen de grenzen van −1,5 °C en 17,0 °C"
    # 17.04 °C is on the limit (rounding)
    assert fluid_title(2.0, -1.5, warmest_c=17.04, max_limit_c=17.0).nl == \
        "De bodemlus blijft binnen de grenzen van −1,5 °C en 17,0 °C"


def test_a_summer_limit_passed_is_said():
    """18 °C in summer is above the 17 °C limit: the title said only 'blijft boven de ondergrens'."""
    title = fluid_title(2.0, -1.5, warmest_c=18.0, max_limit_c=17.0)
    assert (title.nl, title.en) == ("Let op: de bodemlus komt boven de bovengrens van 17,0 °C",
                                    "Note: the ground loop goes above the summer limit of 17.0 °C")
    both = fluid_title(-2.0, -1.5, warmest_c=18.0, max_limit_c=17.0, loops=2)
    assert (both.nl, both.en) == (
        "Let op: een bodemlus komt onder de ondergrens van −1,5 °C en boven de bovengrens van 17,0 °C",
        "Note: a ground loop goes below the limit of −1.5 °C and above the summer limit of 17.0 °C",
    )


def test_the_title_takes_numpy_temperatures():
    """The chart passes numpy floats: a comparison of them is a numpy bool, which cannot count list items."""
    import numpy as np

    title = fluid_title(np.float64(-2.0), -1.5, warmest_c=np.float64(18.0), max_limit_c=17.0)
    assert title.nl == "Let op: de bodemlus komt onder de ondergrens van −1,5 °C en boven de bovengrens van 17,0 °C"
    assert fluid_title(np.float64(2.0), -1.5).nl == "De bodemlus blijft boven de ondergrens van −1,5 °C"
