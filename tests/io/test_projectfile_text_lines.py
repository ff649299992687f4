"""Line breaks in a project's texts: kept where the text has lines, one space where it has none.

Before: the terms to withdraw (typed in a text box at step 8) and an engineer's note (read with its lines from the
design file) lost their line breaks with the words glued ('tot de opdrachtdaarna'), and the engineer's note made
every later load say 'onzichtbare of onleesbare tekens weggehaald' and mark the file repaired, so the commands
that write a project refused it. A single-line field written with a line break in a hand-edited file glued its
words too ('Lindehof\\n1' became 'Lindehof1').
"""

from __future__ import annotations

import json

from minigrid_app.core.model import Project
from minigrid_app.core.safe_text import clean_text
from minigrid_app.io.project_fields import clean_field_text
from minigrid_app.io.projectfile import dumps_project, loads_project


def test_texts_with_lines_keep_them_and_load_back_clean():
    project = Project()
    project.tender.design.engineer = "Ir. Boor"
    project.tender.design.note = "Put 1: 110 m\nPut 2: 120 m"
    project.tender.decision.opt_out_terms = clean_field_text("opt_out_terms", "Kosteloos tot de opdracht.\nDaarna de kosten.")
    again = loads_project(dumps_project(project))
    assert again.problems == [] and not again.repaired
    assert again.project.tender.design.note == "Put 1: 110 m\nPut 2: 120 m"
    assert again.project.tender.decision.opt_out_terms == "Kosteloos tot de opdracht.\nDaarna de kosten."


def test_a_line_break_in_a_one_line_field_is_one_space_and_said():
    data = {"format": "minigrid-project", "version": 2,
            "households": [{"label": "Lindehof\n1", "address": "Lindehof \r\n 1\t", "gas_m3_per_year": 1500}]}
    result = loads_project(json.dumps(data))
    home = result.project.households[0]
    assert (home.label, home.address) == ("Lindehof 1", "Lindehof 1 ")
    assert "Woning 1 (Lindehof 1), naam: onzichtbare of onleesbare tekens weggehaald." in [p.nl for p in result.problems]
    assert clean_text("a\tb")[0] == "a b" and clean_text("a\nb", multiline=True)[0] == "a\nb"
