"""Text that is larger (or bold) in proportion to the text around it, also after "Grotere tekst".

A widget given its own font no longer follows its window's font: Qt resolves an explicit point
size once. :func:`relative_font` marks a widget with its proportion instead, and
:func:`rescale_fonts` (called by the window when the text size changes) sizes every marked
widget from the window's font again. One rule for every emphasised text: amounts, headings of a
panel, the project name.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

#: the dynamic properties a marked widget carries
SCALE_PROPERTY, BOLD_PROPERTY = "minigridFontScale", "minigridFontBold"


def _apply(widget: QWidget, base: QFont) -> None:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * float(widget.property(SCALE_PROPERTY)))
    font.setBold(bool(widget.property(BOLD_PROPERTY)))
    widget.setFont(font)


def relative_font(widget: QWidget, scale: float, bold: bool = False) -> QWidget:
    """Give ``widget`` a font ``scale`` times the size of the text around it (bold when ``bold``).

    The base is the font the widget has now (its parent's, or the application's before it has
    a parent); :func:`rescale_fonts` keeps the proportion when the window's text size changes.
    Returns ``widget``.
    """
    widget.setProperty(SCALE_PROPERTY, float(scale))
    widget.setProperty(BOLD_PROPERTY, bool(bold))
    _apply(widget, widget.font())
    return widget


def rescale_fonts(root: QWidget) -> None:
    """Size every widget under ``root`` marked by :func:`relative_font` from ``root``'s font."""
    base = root.font()
    for widget in root.findChildren(QWidget):
        if widget.property(SCALE_PROPERTY) is not None:
            _apply(widget, base)
