"""Figures kept whole where a label or a cell wraps: '€ 3.123', '250 m', '50 %', '15 jaar' never split
over two lines.

The engine writes a figure with a plain space ('€ 3.123'), as the files, the workbook and the
golden results read it; a wrapping label broke the line there, and a resident read '€' at a
line's end and '3.123' on the next. Every label of the program is a :class:`Label`: a wrapping
one keeps the text it is given with no-break spaces
(:func:`minigrid_app.core.formatting.unbroken`), whenever and by whom it is set. A walk over the
widgets after each update did this before; a text set after the last walk (a result arriving, a
slide's words) missed it, and the walk cost the window's thread time on every update. A table
cell keeps its figures whole in what it shows only (:class:`WholeFiguresDelegate`): the model,
the clipboard and the files keep the plain space. PDFs do the same in
:func:`minigrid_app.ui.pdf.amounts_whole`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QStyledItemDelegate

from minigrid_app.core.formatting import unbroken


class Label(QLabel):
    """A :class:`QLabel` that keeps the figures in its text whole while it wraps (its HTML tags untouched).

    Made as a QLabel is (``Label()``, ``Label(text)``, ``Label(text, parent)``)."""

    def __init__(self, *args, **kwargs):
        text = args[0] if args and isinstance(args[0], str) else None
        super().__init__(*(args[1:] if text is not None else args), **kwargs)
        if text:
            self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if self.wordWrap() and text:
            rich = self.textFormat() == Qt.TextFormat.RichText or (
                self.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
            )
            text = unbroken(text, html=rich)
        super().setText(text)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - Qt's name
        super().setWordWrap(on)
        if on:
            self.setText(self.text())


class WholeFiguresDelegate(QStyledItemDelegate):
    """Shows a cell's text with its figures kept whole where the cell wraps (the model keeps its
    plain spaces: copied, saved and exported as the engine wrote them)."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        if option.text:
            option.text = unbroken(option.text)
