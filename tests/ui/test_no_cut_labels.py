"""No label is cut off at 1280 × 800: a word-wrapped label has the height of all its lines. On
step 3 "Ruimte langs de straat voor de velden" wrapped to three lines in a form row of one
spin box's height, and showed as "Ruimte langs de / straat voor de" with half a third line."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QLabel

from minigrid_app.io.examples import load_example
from tests.ui.layout_checks import settle


def cut_labels(page) -> list[str]:
    """Shown word-wrapped labels lower than the lines of their text need."""
    cut = []
    for label in page.findChildren(QLabel):
        if not label.isVisible() or not label.wordWrap() or not label.text().strip() or label.width() <= 0:
            continue
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            cut.append(f"{label.text()[:60]!r}: {label.height()} px of {needed}")
    return cut


@pytest.mark.parametrize("language", ["nl", "en"])
def test_step_3_settings_show_every_line_of_their_labels(quick_window, qtbot, language):
    window = quick_window(load_example("hofje-8"))
    if language == "en":
        window.actions.language_actions["en"].trigger()
    try:
        window.show_step(2)
        settle()
        clusters = window.pages[2].clusters_panel
        labels = [clusters.size_label, clusters.reserve_label, clusters.layout_label, clusters.key_label, clusters.street_label]
        assert all(label.isVisible() for label in labels)
        assert cut_labels(clusters) == []
    finally:
        window.actions.language_actions["nl"].trigger()
