"""Step 3 gives the Wcw regime of each cluster as a network of its own beside the group's as one
(the words are core's: ``regulation.per_network_text``, tested in tests/core/test_wcw_per_network.py)."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from minigrid_app.io.examples import load_example

QUICKSCAN = 2


def test_step_three_gives_each_clusters_regime_beside_the_groups(quick_window):
    """straat-24: the group of 20 as one network needs an exemption; step 5 judges each cluster of 4
    'beperkt gereguleerd'. Step 3 said only the first, so the two steps read as contradicting."""
    window = quick_window(load_example("straat-24"))
    window.show_step(QUICKSCAN)
    page = window.page(QUICKSCAN)
    page.ensure_built()
    page.refresh()
    text = re.sub(r"<[^>]+>", "", page.wcw_panel.wcw_label.text())
    assert "ontheffing nodig (situatie 2)" in text
    assert "Als elk cluster een eigen net is, telt elk net ten hoogste 4 aansluitingen: beperkt gereguleerd (situatie 1)." in text
    # the models with the reading each fits best under (core's regulation.best_fits)
    assert "Lokale energiecoöperatie bezit het gedeelde deel – past het best als alle woningen één net vormen" in text
    assert "Zelfbeheer met individuele financiering – past het best als elk cluster een eigen net is" in text
