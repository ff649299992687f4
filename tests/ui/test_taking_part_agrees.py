"""The summary bar and step 3 count the same homes that take part (core ``taking_part``).

The summary bar said "6 doen mee" while step 3 said "5 deelnemende aansluitingen" for one project:
a home that takes part but whose gas use is missing is in no cluster and not counted for the heat
act. Both views now show the core's two figures, each with words that say what it counts.
"""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.io.examples import load_example
from tests.ui.layout_checks import settle

WORDS = {
    # language: (summary "N doen mee", summary "N nog niet berekend", step 3 connections, step 3 "of the N")
    "nl": (r"(\d+) doen mee", r"(\d+) nog niet berekend", r"(\d+) aansluitingen", r"Van de (\d+) woningen die meedoen is (\d+) nog niet berekend"),
    "en": (r"(\d+) taking part", r"(\d+) not computed yet", r"(\d+) connections", r"Of the (\d+) homes taking part, (\d+) is not computed yet"),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_summary_bar_and_step_3_count_the_same_homes(quick_window, language):
    project = load_example("hofje-8")  # 8 homes, none declined
    project.households[2].participation = "declined"
    project.households[5].gas_m3_per_year = None  # takes part, but cannot be computed
    window = quick_window(project)
    try:
        window.set_language(language)
        window.show_step(2)
        settle()
        summary = window.summary.label.text()
        step3 = window.pages[2].wcw_panel.wcw_label.text()
        taking, not_computed, connections, of_the = WORDS[language]
        # by hand: 8 homes, 1 declined → 7 take part; 1 of them without gas use → 6 connections
        assert re.search(taking, summary).group(1) == "7", summary
        assert re.search(not_computed, summary).group(1) == "1", summary
        assert re.search(connections, step3).group(1) == "6", step3
        assert re.search(of_the, step3).groups() == ("7", "1"), step3
        clusters = window.document.results.clusters
        assert sum(len(c.households) for c in clusters) == 6  # the connections are the homes in the clusters

        # once the gas use is filled in, both say 7, and neither mentions homes not computed
        window.document.project.households[5].gas_m3_per_year = 1200
        window.document.recompute_now()
        settle()
        summary = window.summary.label.text()
        step3 = window.pages[2].wcw_panel.wcw_label.text()
        assert re.search(taking, summary).group(1) == "7" == re.search(connections, step3).group(1), (summary, step3)
        assert not re.search(not_computed, summary) and not re.search(of_the, step3)
    finally:
        window.set_language("nl")
        window.document.undo_stack.setClean()
