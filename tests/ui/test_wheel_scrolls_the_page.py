"""The mouse wheel scrolls the page; it changes a drop-down or a number only after a click in it.

Walking straat-24 at 1280 × 800 with the wheel, the pointer came to rest on the status of
"Vogelstraat 4" on step 5 and the next turns made it "Doet niet mee", dated today: the same
happened to the amounts of the conditions (step 2) and the homes per cluster (step 3).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

from minigrid_app.io.examples import load_example
from tests.ui.layout_checks import settle


def turn_wheel(widget, notches: int) -> QWheelEvent:
    """Turn the wheel over the middle of ``widget`` by ``notches`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(widget, event)
    return event


def value_of(widget):
    return widget.currentIndex() if isinstance(widget, QComboBox) else widget.value()


def boxes(page):
    found = page.findChildren(QComboBox) + page.findChildren(QAbstractSpinBox)
    return [w for w in found if w.isVisible() and w.isEnabled()]


@pytest.mark.parametrize("example", ["straat-24"])
def test_the_wheel_over_a_box_scrolls_the_page_instead(qtbot, tmp_path, example, quick_window):
    window = quick_window(load_example(example))
    changed = []
    seen = 0
    for step, page in enumerate(window.pages):
        window.show_step(step)
        settle()
        window.setFocus()
        for box in boxes(page):
            seen += 1
            before = value_of(box)
            for notches in (-1, -1, 1, 1, 1):
                event = turn_wheel(box, notches)
                if value_of(box) != before or event.isAccepted() or box.hasFocus():
                    name = box.objectName() or box.property("field") or type(box.parentWidget()).__name__
                    changed.append(f"step {step + 1} {type(box).__name__} {name}: the wheel changed it or stopped there")
                    break
    window.document.undo_stack.setClean()
    assert seen > 20  # every step's boxes were tried
    assert changed == [], "\n".join(changed)


def test_a_box_with_the_focus_still_takes_the_wheel(qtbot):
    from minigrid_app.ui.widgets.steady import SteadyComboBox, SteadySpinBox

    combo, spin = SteadyComboBox(), SteadySpinBox()
    combo.addItems(["een", "twee", "drie"])
    for box in (combo, spin):
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        box.activateWindow()
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        turn_wheel(box, -1 if box is combo else 1)
    assert combo.currentIndex() == 1  # towards the user: the next item
    assert spin.value() == 1
