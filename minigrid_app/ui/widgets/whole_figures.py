"""Figures kept whole where a label wraps: '€ 3.123', '250 m', '50 %', '15 jaar' never split over two lines.

The engine writes a figure with a plain space ('€ 3.123'), as the files, the workbook and the
golden results read it; a wrapping label broke the line there, and a resident read '€' at a
line's end and '3.123' on the next. :func:`keep_figures_whole_in` gives every wrapping label
under a widget its text with no-break spaces (:func:`minigrid_app.core.formatting.unbroken`);
the pages call it in their walk after each update (with the glossary's links), the slides after
each slide, the summary line for itself. PDFs do the same in :func:`minigrid_app.ui.pdf.amounts_whole`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget

from minigrid_app.core.formatting import unbroken


def keep_figure_whole(label: QLabel) -> None:
    """``label``'s text with its figures kept whole, when it wraps (its HTML tags untouched)."""
    if not label.wordWrap():
        return
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    whole = unbroken(text, html=rich)
    if whole != text:
        label.setText(whole)


def keep_figures_whole_in(root: QWidget) -> None:
    """:func:`keep_figure_whole` for ``root`` (when a label) and every label under it."""
    labels = root.findChildren(QLabel)
    if isinstance(root, QLabel):
        labels.append(root)
    for label in labels:
        keep_figure_whole(label)
