"""A message box is wide enough for its title: under Xvfb (straat-24 --lang en, step 5) the box after
writing the evening's documents was as narrow as its one line, and the title bar read
'Documents for t…sidents' evening'."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.ui.services.dialogs import DialogService


@pytest.mark.parametrize("make", ["inform", "yes_no", "save_discard_cancel"])
def test_a_message_box_is_as_wide_as_its_title(qtbot, make):
    title = "Documents for the residents' evening"
    dialogs = DialogService(None)
    box = (dialogs.message_box("inform", title, "Done.") if make == "inform"
           else getattr(dialogs, f"{make}_box")(title, "Done?"))
    qtbot.addWidget(box)
    box.show()
    # the title bar holds its icon and buttons too, and writes the title in a bolder font
    assert box.width() >= box.fontMetrics().horizontalAdvance(title) * 1.2 + 100


def test_a_long_text_still_wraps_whole(qtbot):
    """Made wide for its title, the box still wraps a long text: with a least width on the text's label
    it did not, and 'Anonymise?' showed 'Do you want to show the' and no more."""
    from PySide6.QtWidgets import QLabel

    text = ("Do you want to show the workbook outside the group? Then homes become Home 1 … N and names, "
            "addresses, notes and contact details are left out.")
    box = DialogService(None).yes_no_box("Anonymise?", text)
    qtbot.addWidget(box)
    box.show()
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label.wordWrap() and label.height() >= label.heightForWidth(label.width())
