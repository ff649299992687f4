"""The intake keeps the group's own notes (who is interested, and why), in the project file (the field on step 1:
tests/ui/test_intake_page.py).

The intake conversation (step 1) had nowhere to write what was said about the group: the evenings and every home
have notes, the intake had none. Its ``notes`` came with format version 3, so a Minigrid that does not know them
refuses the file instead of dropping them at its next save. Found by the breaker, session 17.
"""

from __future__ import annotations

import json

from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import VERSION, dumps_project, loads_project

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
