"""Step 8 in a new project where nobody signed yet said "Nog 10 vergunningen of meldingen
open." under the page, while step 6 (where the permits are kept) showed none: its table says
they come once homes sign. The permits count from the first signature on, at both steps."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from minigrid_app.core.glossary import plain_text
from minigrid_app.core.model import Household, Project


def _street(signed: int) -> Project:
    project = Project()
    project.intake.name = "Lindehof"
    project.households = [Household(label=f"Lindehof {n}", build_year=1996, gas_m3_per_year=1200.0 + 50 * n) for n in range(1, 7)]
    for household in project.households[:signed]:
        household.participation = "signed"
    return project


def test_no_open_permits_at_step_8_before_anyone_signed(quick_window):
    window = quick_window(_street(signed=0))
    window.show_step(7)
    said = plain_text(window.missing_label.text())  # its glossary words are links ("offerte")
    assert said.startswith("Nog te doen:") and "Kies een offerte." in said
    assert "vergunning" not in said
    window.show_step(5)  # step 6 says why there is nothing to tender yet, and no permits either
    assert "Nog niemand tekende de" in window.missing_label.text()
    assert "vergunning" not in window.missing_label.text()


def test_open_permits_at_steps_6_and_8_once_homes_signed(quick_window):
    window = quick_window(_street(signed=2))
    window.show_step(5)
    at_tender = window.missing_label.text()
    window.show_step(7)
    at_decision = window.missing_label.text()
    assert "vergunningen of meldingen open" in at_tender and "vergunningen of meldingen open" in at_decision


def test_too_few_signatures_say_what_the_empty_tables_wait_for(quick_window):
    """Walk of session 17: 1 of 3 homes signed, so no cluster is tendered; steps 6 and 8 said their
    tables fill 'zodra woningen de intentieverklaring tekenden', which one had. They wait for enough
    neighbours in a cluster, and the footer of step 6 says so."""
    project = _street(signed=1)
    window = quick_window(project)
    window.show_step(5)
    page = window.page(5)
    assert "zodra in een cluster genoeg buren de intentieverklaring tekenden" in page.permits_panel.view.empty_text()
    assert "Geen cluster heeft genoeg handtekeningen voor een uitvraag" in plain_text(window.missing_label.text())
