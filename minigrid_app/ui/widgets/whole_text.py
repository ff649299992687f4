"""A single-line field whose whole text can always be read.

A long project name or location in the intake's one-line fields was cut off at the field's edge
with no way to read the rest but to click in and scroll with the cursor. The field now shows its
whole text as a tooltip when the pointer rests on it and the text does not fit (and no tooltip
when it does). Whether it fits is measured at that moment, with the width the field then has.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QToolTip

#: QLineEdit's own margin left and right of its text inside the contents [px] (qlineedit_p.h)
_LINE_EDIT_MARGIN = 2


class WholeTextLineEdit(QLineEdit):
    """A :class:`QLineEdit` that shows its whole text as a tooltip when the text is cut off."""

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

    def whole_text_tip(self) -> str:
        """The tooltip the field shows now: its whole text when cut off, else nothing.

        Rich text, so that a long text wraps in the tooltip instead of running off the screen.
        """
        if self.text_fits():
            return ""
        import html  # with the first tooltip, not to open the window (issue 16)

        return f"<p>{html.escape(self.text())}</p>"

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and not self.toolTip():  # a tooltip set on purpose wins
            tip = self.whole_text_tip()
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
