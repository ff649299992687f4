"""The intake keeps the group's own notes (who is interested, and why), in the project file.

The intake conversation (step 1) had nowhere to write what was said about the group: the evenings and every home
have notes, the intake had none. Its ``notes`` came with format version 3, so a Minigrid that does not know them
refuses the file instead of dropping them at its next save. Found by the breaker, session 17.
"""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from minigrid_app.core.model import Project
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import VERSION, dumps_project, loads_project
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.services.dialogs import ScriptedDialogs
from minigrid_app.ui.services.tasks import SyncRunner

NOTE = "Tien huishoudens willen van het gas af; drie twijfelen om de kosten. Jan (nr. 4) wil koelen."


def test_the_note_is_kept_in_the_file_as_version_3():
    project = load_example("hofje-8")
    project.intake.notes = NOTE + "\nVolgende keer: Wim vragen."
    text = dumps_project(project)
    assert json.loads(text)["version"] == VERSION == 3
    result = loads_project(text)
    assert result.ok and not result.problems
    assert result.project.intake.notes == NOTE + "\nVolgende keer: Wim vragen."  # its lines kept


def test_a_version_2_file_opens_with_no_note_and_says_nothing():
    data = json.loads(dumps_project(load_example("hofje-8")))
    data["version"] = 2
    del data["intake"]["notes"]
    result = loads_project(json.dumps(data))
    assert result.ok and not result.problems and result.project.intake.notes == ""


@pytest.fixture
def page(qtbot):
    from minigrid_app.ui.pages.intake import IntakePage

    document = ProjectDocument(Project(), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    widget = IntakePage(document)
    widget.services.dialogs = ScriptedDialogs()
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    yield widget
    document.recompute_now()


def test_the_intake_has_a_field_for_the_groups_notes_and_undo_takes_it_back(page, qtbot):
    field = page.fields["notes"]
    assert page.field_labels["notes"].text() == "Aantekeningen over de groep"
    assert field.placeholderText() == "bijvoorbeeld: wie mee wil doen en waarom"
    field.setFocus()
    qtbot.keyClicks(field, NOTE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.document.project.intake.notes == NOTE
    page.document.undo_stack.undo()
    assert page.document.project.intake.notes == ""
    assert field.text() == ""
