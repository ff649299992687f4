"""Step 1's 'Nog te doen' said "Bij 1 woning ontbreekt nog iets of klopt iets niet." without
saying which: in a street of 24 the marked cell is screens below. It names the homes (three at
most, then '…'), in the language chosen."""

from __future__ import annotations

import os

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
