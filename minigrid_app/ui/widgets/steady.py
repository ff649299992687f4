"""Drop-down lists and number boxes that change only when the user means it: the mouse wheel
scrolls the page over them unless they have the keyboard focus (clicked or reached with Tab).

Qt's own boxes take the wheel whenever the pointer is over them. The steps are pages that
scroll, so a resident scrolling down step 5 changed "Vogelstraat 4" from "Geïnteresseerd" to
"Doet niet mee" (dated today) without noticing, and the same wheel changed a condition's
amount on step 2 and the homes per cluster on step 3.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox


class _WheelOnlyWhenFocused:
    """Mixin: no focus from the wheel, and an unfocused box passes the wheel on to the page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Qt's default (WheelFocus) focuses on a wheel turn

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # Qt hands an ignored wheel to the parent: the page scrolls


class SteadyComboBox(_WheelOnlyWhenFocused, QComboBox):
    """A :class:`QComboBox` that the mouse wheel changes only while it has the focus."""


class SteadySpinBox(_WheelOnlyWhenFocused, QSpinBox):
    """A :class:`QSpinBox` that the mouse wheel changes only while it has the focus."""


class SteadyDoubleSpinBox(_WheelOnlyWhenFocused, QDoubleSpinBox):
    """A :class:`QDoubleSpinBox` that the mouse wheel changes only while it has the focus."""
