"""Step 4's "Nog te doen" names the homes it could not compute, as step 1's names the homes to fix:
"1 van 4 woningen nog niet berekend: gegevens onvolledig." did not say which (in a street of 24
the home can be screens away)."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from minigrid_app.io.examples import load_example
from minigrid_app.ui.pages.base import first_names

BUSINESS_CASE = 3


def test_step_four_names_the_homes_not_computed(quick_window):
    project = load_example("twee-onder-een-kap-4")
    unknown = project.households[2]
    unknown.gas_m3_per_year = None  # its gas use not known yet
    window = quick_window(project)
    window.show_step(BUSINESS_CASE)
    footer = re.sub(r"<[^>]+>", "", window.missing_label.text())
    assert footer == f"Nog te doen: 1 van 4 woningen nog niet berekend: gegevens onvolledig ({unknown.label})."


def test_first_names_shows_three_and_says_there_are_more():
    assert first_names(["A"]) == "A"
    assert first_names(["A", "B", "C"]) == "A, B, C"
    assert first_names(["A", "B", "C", "D"]) == "A, B, C, …"
