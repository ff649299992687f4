"""Step 3's note of the selected field says what its warning says of the rule of thumb.

Hofje-8's Lindehof 6 cools in summer: the warning (203d145) says the summer sets its 93 m, but step 3's note
of the same field, selected, still read 'De berekende lengte (93 m) wijkt meer dan 30 % af van de vuistregel
(59 m). Laat het bronontwerp door een specialist controleren.' (found by the breaker, session 19).
"""

from __future__ import annotations

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.io.examples import load_example


@pytest.fixture(scope="module")
def hofje():
    project = load_example("hofje-8")
    return project, compute_project(project, break_even=False, sensitivity=False)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_lindehof_6_reads_the_summer_in_the_note_too(qtbot, qapp, hofje, language, monkeypatch):
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.pages import base
    from minigrid_app.ui.pages.quickscan import fields
    from minigrid_app.ui.services.dialogs import ScriptedDialogs
    from minigrid_app.ui.services.engine import EngineService
    from minigrid_app.ui.services.tasks import SyncRunner

    monkeypatch.setattr(fields, "ui_language", lambda: language)
    project, results = hofje
    document = ProjectDocument(project, runner=SyncRunner())
    document.results = results
    panel = fields.FieldsPanel(document, base.PageServices(ScriptedDialogs(), EngineService(document)))
    qtbot.addWidget(panel)
    panel.show_results(results)
    table = panel.fields_table
    row = next(r for r in range(table.rowCount()) if (table.selectRow(r), panel.selected_field_id())[1] == "own-hofje-6")
    table.selectRow(row)
    note = panel.rule_note.text().replace("\xa0", " ")
    if language == "nl":
        assert note.startswith("Het koelen in de zomer bepaalt de lengte (93 m)") and "vuistregel (59 m)" in note, note
        assert "controleren" not in note and "specialist" not in note
    else:
        assert note.startswith("Summer cooling sets the length (93 m)") and "rule of thumb (59 m)" in note, note
        assert "checked" not in note and "specialist" not in note
