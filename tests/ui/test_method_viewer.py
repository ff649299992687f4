"""Help → "Hoe rekent Minigrid?": the method travels with the program, in both languages,
and opens at a section by its stable id."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextDocument

from minigrid_app.ui.dialogs import method_viewer
from minigrid_app.ui.dialogs.method_viewer import (
    MethodViewer,
    method_markdown,
    section_ids,
    set_method_markdown,
)


def _anchor_names(document: QTextDocument) -> set[str]:
    names = set()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            names.update(fragments.fragment().charFormat().anchorNames())
            fragments += 1
        block = block.next()
    return names


def test_both_languages_have_the_same_sections_in_the_same_order():
    english, dutch = method_markdown("en"), method_markdown("nl")
    assert english.startswith("# How Minigrid calculates")
    assert dutch.startswith("# Hoe rekent Minigrid?")
    ids = section_ids(english)
    assert ids == section_ids(dutch)
    assert len(ids) == len(set(ids)) > 40
    # the gaps the method must explain each have a section
    for anchor in (
        "source-temperature", "design-source-temperature", "minimum-depth", "split-weights",
        "escalation", "discounting", "fixed-charges", "residual-value", "shared-loop-break-even",
        "isde", "reserve-capacity", "simultaneity", "fluid-temperature-limit", "shared-upkeep",
        "price-year", "loan", "cooling", "defaults",
    ):
        assert anchor in ids, anchor


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_link_inside_the_method_points_at_a_section(language):
    text = method_markdown(language)
    targets = re.findall(r"\]\(([^)]*)\)", text)
    ids = set(section_ids(text))
    for target in targets:
        assert target.startswith("#") and target[1:] in ids, target


@pytest.mark.parametrize("language", ["nl", "en"])
def test_qt_keeps_every_section_id_as_a_named_anchor(language):
    text = method_markdown(language)
    document = QTextDocument()
    set_method_markdown(document, text)
    assert _anchor_names(document) == set(section_ids(text))
    shown = document.toPlainText()
    assert "<!--" not in shown and "\ue000" not in shown and "<a " not in shown
    # headings stay headings, also with their id moved into them
    headings = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            headings.append(block.text())
        block = block.next()
    assert len(headings) >= 12 and headings[0].startswith("1. ")


def test_viewer_opens_at_a_section(qtbot):
    viewer = MethodViewer("en")
    qtbot.addWidget(viewer)
    viewer.resize(700, 400)
    viewer.show()
    qtbot.waitExposed(viewer)
    bar = viewer.browser.verticalScrollBar()
    assert viewer.show_section("isde")
    deep = bar.value()
    assert deep > 0
    assert viewer.show_section("co2")
    assert bar.value() > deep  # further down the page
    assert viewer.show_section(None) and bar.value() == 0
    assert not viewer.show_section("no-such-section")
    viewer._follow(method_viewer.QUrl("method.md#isde"))  # a link from another section
    assert bar.value() == deep


def test_viewer_follows_the_language(qtbot):
    viewer = MethodViewer("nl")
    qtbot.addWidget(viewer)
    assert "Warmtevraag uit de gasrekening" in viewer.browser.toPlainText()
    viewer.load("en")
    assert "Heat demand from the gas bill" in viewer.browser.toPlainText()


def test_a_missing_method_file_gives_a_calm_sentence(qtbot, monkeypatch):
    def missing(language):
        raise FileNotFoundError(language)

    monkeypatch.setattr(method_viewer, "method_path", missing)
    viewer = MethodViewer("nl")
    qtbot.addWidget(viewer)
    assert "niet gevonden" in viewer.browser.toPlainText()
    assert not viewer.show_section("isde")


def test_a_number_in_the_method_never_breaks_over_two_lines():
    """The Dutch method read 'ΣGD = 2' at the end of a line and '711,4 K·dag' on the next."""
    from minigrid_app.ui.dialogs.method_viewer import for_qt, method_markdown

    for language in ("nl", "en"):
        text = for_qt(method_markdown(language))
        assert "2\u00a0711" in text and "2 711" not in text
        assert "1\u00a0800\u00a0kWh" not in text  # only the space between digit groups is held
    assert for_qt("| 2025 | 15 jaar 1 200 m³ |") == "| 2025 | 15 jaar 1\u00a0200 m³ |"
