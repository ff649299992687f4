"""A borefield that cannot be built reads 'niet mogelijk' with the reason, not as a field's figures.

Failed before on cases/limit-above-ground.minigrid (the fluid must stay above 8 °C in ground of
7 °C): the fields table of step 3 showed 0 boreholes, 0 m and a lowest fluid temperature of 7,0 °C
(the ground's), and under it 'Controle met de vuistregel: 311 m, dat klopt in grote lijnen.
Investering in dit veld: € 0.' with a flat fluid curve (and its rule-of-thumb column 311 m; with the
quick sizing a provisional 2 × 156 m); the evening's slide on the source said
'1 bodemveld, samen 0 boorgaten van gemiddeld 0 m diep' over the same flat curve.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minigrid_app.io.projectfile import load_project

CASE = Path(__file__).resolve().parents[1] / "data" / "cases" / "limit-above-ground.minigrid"


@pytest.fixture(scope="module")
def document(qapp):
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.services.tasks import SyncRunner

    document = ProjectDocument(load_project(CASE).project, runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"  # the quick sizing knows it too: no depth will do (it gave 311 m)
    document.full_analysis = False
    document.recompute_now()
    assert not any(field.sizing.feasible for field in document.results.fields)
    return document


def test_step_3_says_the_field_is_not_possible_and_why(qtbot, document):
    from minigrid_app.ui.pages.base import PageServices
    from minigrid_app.ui.pages.quickscan.fields import FieldsPanel
    from minigrid_app.ui.services.dialogs import ScriptedDialogs
    from minigrid_app.ui.services.engine import EngineService

    panel = FieldsPanel(document, PageServices(ScriptedDialogs(), EngineService(document)))
    qtbot.addWidget(panel)
    panel.show_results(document.results)
    table = panel.fields_table
    assert table.rowCount() == 5  # the shared loop and four own loops
    for row in range(table.rowCount()):
        assert [table.item(row, column).text() for column in (2, 3, 4, 5, 6)] == ["–", "–", "niet mogelijk", "–", "–"]
    table.selectRow(0)
    note = panel.rule_note.text()
    assert "kan niet" in note and "7,0\u00a0°C" in note  # the reason, with the ground's temperature (kept whole)
    assert "klopt in grote lijnen" not in note and "€ 0" not in note and "€\u00a00" not in note
    assert "kan niet" in panel.fluid_chart.canvas.message


def test_the_evenings_slide_on_the_source_says_why_there_is_none(qtbot, document):
    from minigrid_app.ui.presentation import PresentationWindow

    window = PresentationWindow(document)
    qtbot.addWidget(window)
    window.show_slide(window.slide_titles().index("De bron: de gedeelde bodemlus"))
    said = window.message_label.text()
    assert "Cluster 1 kan niet: de vloeistof moet boven 8,0\u00a0°C blijven" in said  # kept whole where it wraps
    assert "0 boorgaten" not in said and "bodemveld," not in said
    assert window.chart is None or not window.chart.isVisible()
