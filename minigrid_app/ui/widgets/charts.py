"""Qt canvas for the charts of :mod:`minigrid_app.io.charts` (thin wrapper, no drawing logic here)."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from minigrid_app.io import charts


class ChartWidget(QWidget):
    """Shows one matplotlib figure; :meth:`set_figure` replaces it.

    The widget keeps the figure's height (in pixels at 100 dpi) so charts line up below the
    numbers; it stretches in width.
    """

    def __init__(self, parent: QWidget | None = None, min_height: int = 260, expanding: bool = False):
        super().__init__(parent)
        self.expanding = expanding
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.canvas: FigureCanvasQTAgg | None = None
        self.figure: Figure | None = None
        self.min_height = min_height
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if not expanding:
            # reserve the chart's height from the start, so the page does not jump when it arrives
            self.setMinimumHeight(min_height)

    def set_figure(self, figure: Figure) -> None:
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        self.figure = figure
        self.canvas = FigureCanvasQTAgg(figure)
        if self.expanding:  # presentation: fill the screen
            self.canvas.setMinimumHeight(self.min_height)
            self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        else:
            height = max(self.min_height, int(figure.get_figheight() * figure.dpi))
            self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.canvas.setFixedHeight(height)
        self._layout.addWidget(self.canvas)
        self.canvas.show()  # not on the next event-loop turn: the layout must count it now
        self.canvas.draw_idle()

    def show_message(self, text: str) -> None:
        self.set_figure(charts.message_figure(text))

    def title(self) -> str:
        """The figure's title (the finding), for tests and accessibility."""
        if self.figure is None or self.figure._suptitle is None:
            return ""
        return self.figure._suptitle.get_text()
