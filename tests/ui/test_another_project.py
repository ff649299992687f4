"""Opening another project (Bestand → Nieuw / Openen) shows it from the top of its step.

Walking straat-24 then Ctrl+N: the new, empty project opened on the intake scrolled to where
the last project's intake was left, below the (empty) table of homes, and the summary line
read "0 woningen, 0 doen mee, 0 clusters".
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QScrollArea

from minigrid_app.core.model import Project
from minigrid_app.io.examples import load_example
from tests.ui.layout_checks import settle
from tests.ui.test_fits_1280 import _stop_document_timers, make_window  # noqa: F401 - fixture


def test_a_new_project_starts_at_the_top_and_says_it_has_no_homes_yet(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, load_example("straat-24"))
    scrolled = []
    for step in (0, 2, 4):
        window.show_step(step)
        settle()
        bar = window.pages[step].findChild(QScrollArea).verticalScrollBar()
        bar.setValue(bar.maximum())
        scrolled.append(bar)
    assert all(bar.value() > 0 for bar in scrolled)
    window.document.replace_project(Project(), None)  # what Bestand → Nieuw does after asking
    settle()
    assert window.current_step() == 0
    assert [bar.value() for bar in scrolled] == [0, 0, 0]
    assert window.document.results is not None  # the empty project is computed too
    assert window.summary.label.text() == "Nog geen woningen: begin bij de intake."
