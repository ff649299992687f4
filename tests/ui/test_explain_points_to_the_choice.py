"""Step 4's 'hoe berekend?' for the group ends with "Kies een woning voor de berekening in
detail." inside a dialog where nothing can be chosen: the choice is the page's 'Bekijk voor'
box behind it. The words name that box, as the page shows it, in both languages."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from minigrid_app.io.examples import load_example


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("quantity", ["tco_eur", "payback_years", "break_even_gas_m3"])
def test_group_explanation_names_the_box_where_a_home_is_chosen(quick_window, qtbot, language, quantity):
    window = quick_window(load_example("hofje-8"))
    if language == "en":
        window.actions.language_actions["en"].trigger()
    try:
        window.show_step(3)
        page = window.pages[3]
        page.select_household(None)
        button = page.cells[("shared_loop", quantity)].explain
        assert button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = button.dialog
        box = page.for_label.text().rstrip(":")  # 'Bekijk voor' / 'Show for'
        texts = " ".join(label.text() for label in dialog.findChildren(type(page.for_label)))
        assert f"'{box}'" in texts
        dialog.close()
    finally:
        window.actions.language_actions["nl"].trigger()
