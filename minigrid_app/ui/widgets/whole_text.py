"""A single-line field whose whole text can always be read.

A long project name or location in the intake's one-line fields was cut off at the field's edge
with no way to read the rest but to click in and scroll with the cursor. The field now shows its
whole text as a tooltip whenever the text does not fit (and no tooltip when it does).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

#: QLineEdit's own margin left and right of its text inside the contents [px] (qlineedit_p.h)
_LINE_EDIT_MARGIN = 2


class WholeTextLineEdit(QLineEdit):
    """A :class:`QLineEdit` that shows its whole text as a tooltip when the text is cut off."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.textChanged.connect(self._show_whole_text)

    def text_width_available(self) -> int:
        """The width the text has inside the field [px]."""
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        contents = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        margins = self.textMargins()
        return contents.width() - margins.left() - margins.right() - 2 * _LINE_EDIT_MARGIN

    def text_fits(self) -> bool:
        """The whole text shows in the field (an empty field always fits)."""
        text = self.text()
        if not text or self.echoMode() != QLineEdit.EchoMode.Normal:
            return True
        return self.fontMetrics().horizontalAdvance(text) <= self.text_width_available()

    def _show_whole_text(self, *_args) -> None:
        # rich text: a long text wraps in the tooltip instead of running off the screen
        self.setToolTip("" if self.text_fits() else f"<p>{html.escape(self.text())}</p>")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._show_whole_text()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # larger text
            self._show_whole_text()
