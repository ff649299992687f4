"""The second residents' evening: conditions per variant, who signs, clusters complete, drop-out effect."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from minigrid_app.io.examples import load_example
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.services.tasks import SyncRunner


@pytest.fixture
def page(qtbot):
    from minigrid_app.ui.pages.second_evening import SecondEveningPage

    document = ProjectDocument(load_example("hofje-8"), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    document.recompute_now()
    widget = SecondEveningPage(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    return widget


def test_question_and_conditions_with_symbols_and_words(page):
    assert page.step_key == "second_evening"
    assert page.header.text() == "Wie tekent?"
    table = page.conditions_table
    assert table.rowCount() == len([c for c in page.document.project.conditions if c.enabled])
    outdoor = next(r for r in range(table.rowCount()) if "buitenunit" in table.item(r, 0).text())
    air = table.item(outdoor, 2).text()
    assert air.startswith("✗ niet voldaan")
    assert table.item(outdoor, 4).text().startswith("✓ voldaan")
    assert all(
        table.item(r, c).text()[0] in "✓✗?" for r in range(table.rowCount()) for c in range(1, 5)
    )


def test_status_change_is_dated_and_undoable(page):
    from minigrid_app.ui.pages.second_evening import show_date

    document = page.document
    row = 1
    household = document.project.households[row]
    combo = page.participation_table.cellWidget(row, 1)
    combo.setCurrentIndex(combo.findData("signed"))
    assert household.participation == "signed"
    assert household.participation_date is not None
    assert page.participation_table.cellWidget(row, 2).text() == show_date(household.participation_date)
    signed = sum(1 for h in document.project.households if h.participation == "signed")
    assert page.rate_label.text().startswith(f"{signed} van 8 woningen hebben getekend")
    document.undo_stack.undo()
    assert household.participation == "interested" and household.participation_date is None
    assert page.participation_table.cellWidget(row, 1).currentData() == "interested"


def test_typing_a_date(page, qtbot):
    household = page.document.project.households[0]
    editor = page.participation_table.cellWidget(0, 2)
    editor.clear()
    qtbot.keyClicks(editor, "14-3-2025")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert household.participation_date == "2025-03-14"
    assert not page.set_date(household.id, "gisteren")
    assert "geen datum" in page.date_message.text()


def test_rate_against_the_utrecht_benchmark(page):
    assert "50 %" in page.benchmark_label.text()
    assert "Utrechtse pilots" in page.benchmark_label.text()


def test_clusters_complete_when_everyone_signed(page):
    document = page.document
    first = document.results.clusters[0]
    for household_id in first.households:
        page.set_participation(household_id, "signed")
    document.recompute_now()
    assert "✓" in page.clusters_label.text()
    assert f"{first.name}</b>: alle {len(first.households)} woningen hebben getekend" in page.clusters_label.text()


def test_drop_out_effect_shown(page):
    document = page.document
    leaving = document.results.clusters[0].households[1]
    page.select_drop_out(leaving)
    assert page.effect is not None and page.effect.household_id == leaving
    assert page.dropout_table.rowCount() == len(page.effect.affected) > 0
    assert "niet meedoet" in page.dropout_summary.text()
    # the project itself is untouched
    assert document.project.household(leaving).participation != "declined"


def test_parse_date():
    from minigrid_app.ui.pages.second_evening import parse_date

    assert parse_date("1-2-2025") == "2025-02-01"
    assert parse_date("2025-02-01") == "2025-02-01"
    assert parse_date("") is None
    with pytest.raises(ValueError):
        parse_date("31-31-2025")
