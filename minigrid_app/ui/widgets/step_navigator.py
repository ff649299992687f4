"""The steps of the process as a vertical list, each with a state icon and a state word.

The state ("not_started", "in_progress", "done") is shown by an icon AND a word (never by
colour alone). The project name sits above the list, so the list
doubles as the table of contents at the residents' evening.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from minigrid_app.ui.widgets.fonts import relative_font
from minigrid_app.ui.widgets.whole_figures import Label

ICON_SIZE = 26
STATE_COLOURS = {"not_started": "#8a8a8a", "in_progress": "#b8860b", "done": "#2e7d32", "done_open": "#b8860b"}


def state_icon(state: str, size: int = ICON_SIZE) -> QIcon:
    """Empty circle (not started), half-filled circle (in progress), tick in a circle (done; in
    the colour of 'bezig' when the step misses something now, "done_open")."""
    pixmap = QPixmap(size * 2, size * 2)  # drawn at 2x for sharp edges on high-dpi screens
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(STATE_COLOURS.get(state, STATE_COLOURS["not_started"]))
    rect = QRectF(3, 3, size - 6, size - 6)
    painter.setPen(QPen(colour, 2.2))
    if state in ("done", "done_open"):
        painter.setBrush(colour)
        painter.drawEllipse(rect)
        painter.setPen(QPen(QColor("white"), 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        tick = QPainterPath(QPointF(size * 0.30, size * 0.52))
        tick.lineTo(QPointF(size * 0.45, size * 0.66))
        tick.lineTo(QPointF(size * 0.71, size * 0.36))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    elif state == "in_progress":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        painter.setBrush(colour)
        painter.drawPie(rect, 90 * 16, 180 * 16)  # left half filled
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
    painter.end()
    return QIcon(pixmap)


class _StepList(QListWidget):
    """The list of steps; calls ``on_width`` when the width its titles wrap to changes.

    Told by the list's own viewport events rather than by an event filter on its viewport: Qt
    makes that plain widget itself, and handing it to Python the first time resolves its type
    among every widget class (about 10 ms, before the window's first paint).
    """

    def __init__(self, on_width):
        super().__init__()
        self._on_width = on_width
        self._width: int | None = None

    def viewport_width(self) -> int:
        """The viewport's width [px] (before its first resize: as large as it can be)."""
        return self.maximumViewportSize().width() if self._width is None else self._width

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self._width = event.size().width()
            self._on_width()  # the width the titles wrap to has changed
        return super().viewportEvent(event)


class StepNavigator(QWidget):
    """Project name and the five steps; ``stepSelected(int)`` when the user picks one."""

    stepSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepNavigator")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 12, 6, 12)
        self.project_label = Label()
        self.project_label.setObjectName("projectName")
        self.project_label.setWordWrap(True)
        relative_font(self.project_label, 1.25, bold=True)
        layout.addWidget(self.project_label)
        self.caption = Label()
        self.caption.setStyleSheet("color: #555555;")
        layout.addWidget(self.caption)
        self.list = _StepList(self._fit_items)
        self.list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.list.setSpacing(5)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        # the titles wrap to the width of the list, also at larger text: no horizontal scroll bar
        # (it was drawn black on the transparent list), and the item heights follow the wrapping
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet(
            "QListWidget { background: transparent; outline: 0; }"
            "QListWidget::item { padding: 6px 4px; border-radius: 4px; }"
            "QListWidget::item:selected { background: #dfe9f3; color: black; }"
        )
        self.list.currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.list, 1)
        self.states: list[str] = []

    def set_steps(self, titles: list[str], states: list[str], state_words: dict[str, str]) -> None:
        """Show ``titles`` with their states; keeps the current row."""
        current = self.list.currentRow()
        self.states = list(states)
        blocked = self.list.blockSignals(True)
        if self.list.count() != len(titles):
            self.list.clear()
            for _ in titles:
                self.list.addItem(QListWidgetItem())
        for row, (title, state) in enumerate(zip(titles, states, strict=True)):
            item = self.list.item(row)
            item.setText(f"{row + 1}. {title}\n{state_words.get(state, '')}")
            item.setIcon(state_icon(state))
            item.setData(Qt.ItemDataRole.UserRole, state)
            item.setToolTip(f"{title}: {state_words.get(state, '')}")
        self.list.setCurrentRow(max(0, current))
        self.list.blockSignals(blocked)
        self._fit_items()

    def _fit_items(self) -> None:
        """Give every step the height of its wrapped text at the current font and width.

        Qt's own measure ignores the item padding of the style sheet, so at larger text the
        last line (the state word) was cut off.
        """
        metrics = QFontMetrics(self.list.font())
        width = self.list.viewport_width() - 2 * self.list.spacing()
        text_width = max(40, width - ICON_SIZE - 8 - 2 * 4 - 8)  # icon, its gap, padding, margin
        for row in range(self.list.count()):
            item = self.list.item(row)
            bound = metrics.boundingRect(QRect(0, 0, text_width, 10_000), int(Qt.TextFlag.TextWordWrap), item.text())
            item.setSizeHint(QSize(width, max(bound.height(), ICON_SIZE) + 2 * 6 + 4))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_items()

    def set_current(self, row: int) -> None:
        blocked = self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(blocked)

    def set_tooltip(self, row: int, text: str) -> None:
        item = self.list.item(row)
        if item is not None:
            item.setToolTip(text)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.stepSelected.emit(row)
