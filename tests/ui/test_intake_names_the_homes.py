"""Step 1's 'Nog te doen' said "Bij 1 woning ontbreekt nog iets of klopt iets niet." without
saying which: in a street of 24 the marked cell is screens below. It names the homes (three at
most, then '…'), in the language chosen."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from minigrid_app.core.model import Household, Project


def _street(without_gas: list[int]) -> Project:
    project = Project()
    project.intake.name = "Lindehof"
    project.households = [
        Household(label=f"Lindehof {n}", build_year=1996, gas_m3_per_year=None if n in without_gas else 1200.0)
        for n in range(1, 9)
    ]
    return project


def test_one_home_is_named(quick_window):
    window = quick_window(_street([4]))
    window.show_step(0)
    assert window.missing_label.text() == "Nog te doen: Bij 1 woning ontbreekt nog iets of klopt iets niet: Lindehof 4."


def test_more_than_three_end_with_dots_and_english_names_them_too(quick_window):
    window = quick_window(_street([2, 3, 5, 7]))
    window.show_step(0)
    assert window.missing_label.text().endswith("Bij 4 woningen ontbreekt nog iets of klopt iets niet: Lindehof 2, Lindehof 3, Lindehof 5, …")
    window.actions.language_actions["en"].trigger()
    try:
        said = window.missing_label.text()
        assert "Lindehof 2, Lindehof 3, Lindehof 5, …" in said and "woning" not in said
    finally:
        window.actions.language_actions["nl"].trigger()


def test_one_home_entered_is_not_done_a_shared_loop_needs_two(quick_window):
    # step 1's footer said "Niets meer te doen" with one home entered, beside step 3's
    # "een gedeelde bodemlus is voor twee of meer buren"
    project = _street([])
    project.households = project.households[:1]
    window = quick_window(project)
    window.show_step(0)
    said = "Nog te doen: Voeg de andere woningen toe: een gedeelde bodemlus is voor twee of meer buren."
    assert re.sub("<[^>]+>", "", window.missing_label.text()) == said  # the term is a glossary link
    assert 'href="glossary:shared-loop"' in window.missing_label.text()
    window.actions.language_actions["en"].trigger()
    try:
        assert re.sub("<[^>]+>", "", window.missing_label.text()).endswith("Add the other homes: a shared ground loop is for two or more neighbours.")
    finally:
        window.actions.language_actions["nl"].trigger()
