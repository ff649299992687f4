"""A home without a name is 'Home 3' in the English window, 'Woning 3' in the Dutch one: step 4's 'Show for'
list, step 5's drop-out choice and step 3's cluster tree said 'Woning 3' in English (seen under Xvfb,
straat-24 --lang en with the name and address of Vogelstraat 6 cleared)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.io.examples import load_example


def _texts(combo) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


@pytest.mark.parametrize(("language", "own", "other"), [("en", "Home 3", "Woning 3"), ("nl", "Woning 3", "Home 3")])
def test_the_window_names_an_unnamed_home_in_its_language(qtbot, quick_window, language, own, other):
    project = load_example("hofje-8")
    project.households[2].label = project.households[2].address = ""
    window = quick_window(project)
    window.set_language(language)
    try:
        window.show_step(3)
        shown = _texts(window.page(3).household_combo)
        assert own in shown and other not in " ".join(shown)
        window.show_step(2)
        model = window.page(2).households_panel.households_model
        names = [model.index(row, 0).data() for row in range(model.rowCount())]
        assert names[2] == own
    finally:
        window.set_language("nl")
