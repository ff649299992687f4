"""Qt view for the charts of :mod:`minigrid_app.io.charts` (thin wrapper, no drawing logic here).

Drawing a matplotlib figure (text layout, constrained layout, rasterising) takes 30-100 ms;
a page with four charts would freeze the window for a noticeable moment every time the
results change. So the figure is rasterised by matplotlib's Agg backend on one background
thread (one thread: matplotlib's font caches are not made for concurrent use) and the
widget only paints the finished image. Tests and the screenshot mode set
:attr:`ChartWidget.synchronous` to render at once.
"""

from __future__ import annotations

import contextlib
import itertools
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from minigrid_app.ui.services.tasks import gc_on_gui_thread

if TYPE_CHECKING:  # matplotlib is imported when the first chart is drawn, not at start-up
    from matplotlib.figure import Figure

_POOL: QThreadPool | None = None
#: charts whose drawing waits for their page's first paint (:meth:`ChartWidget._hold`)
_HELD: set[ChartWidget] = set()


def _is_figure(value) -> bool:
    """A made figure (not a factory that makes one)."""
    return hasattr(value, "savefig") and hasattr(value, "get_figheight")


def render_pool() -> QThreadPool:
    """The single background thread that rasterises figures."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
    return _POOL


def wait_for_charts(msecs: int = 30000) -> bool:
    """Block until every queued chart is rasterised (screenshots, tests); a drawing still
    waiting for its page's paint is started first."""
    for chart in list(_HELD):
        if shiboken6.isValid(chart):
            chart._start_held()
        else:
            _HELD.discard(chart)
    return render_pool().waitForDone(msecs)


#: Steps by which a slide's chart is drawn smaller, text included, while its plots do not fit (fit mode).
FIT_STEP = 0.85
#: The smallest a slide's chart is scaled to (of its size in points).
FIT_MIN = 0.45
#: A slide's plot narrower than this share of its chart's width is squeezed by its own text.
FIT_MIN_PLOT_WIDTH = 0.6


def rasterise(
    figure: Figure, width_px: int, height_px: int, device_pixel_ratio: float = 1.0, fit: bool = False
) -> QImage:
    """Draw ``figure`` at ``width_px`` × ``height_px`` logical pixels into a QImage.

    Text keeps its size in points at the figure's dpi: a smaller place gives the plot less room.
    With ``fit`` (a slide: one column of plots), a figure whose plots no longer fit beside their
    text (matplotlib's layout gives up, "axes sizes collapsed", or squeezes a plot to less than
    :data:`FIT_MIN_PLOT_WIDTH` of the width) is drawn again with everything scaled down in
    steps of :data:`FIT_STEP`: the three-panel signature slide made for a 1920 × 1080 projector
    was squeezed to a third of a 1280 × 800 laptop's width; charts that fit keep their size.
    """
    import warnings

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from minigrid_app.io.charts import fit_title

    dpi = figure.dpi
    scale = 1.0
    try:
        while True:
            draw_dpi = dpi * scale
            figure.set_dpi(draw_dpi)
            figure.set_size_inches(max(1, width_px) / draw_dpi, max(1, height_px) / draw_dpi)
            canvas = FigureCanvasAgg(figure)
            fit_title(figure)  # the title wraps to this width, not to the size the chart was made at
            figure.set_dpi(draw_dpi * device_pixel_ratio)
            with warnings.catch_warnings(record=True) as said:
                warnings.simplefilter("always")
                canvas.draw()
            squeezed = any("collapsed" in str(w.message) for w in said) or any(
                ax.get_position().width < FIT_MIN_PLOT_WIDTH for ax in figure.axes
            )
            if not (fit and squeezed and scale * FIT_STEP >= FIT_MIN):
                break
            scale *= FIT_STEP
        width, height = canvas.get_width_height(physical=True)
        image = QImage(bytes(canvas.buffer_rgba()), width, height, QImage.Format.Format_RGBA8888).copy()
    finally:
        figure.set_dpi(dpi)
    image.setDevicePixelRatio(device_pixel_ratio)
    return image


class _RenderSignals(QObject):
    """The one sender of finished drawings (:func:`render_signals`): ``done(chart, generation,
    image, figure)``, delivered on the GUI thread to the chart of that key while it lives."""

    done = Signal(int, int, QImage, object)

    def __init__(self):
        super().__init__()
        self.done.connect(self._deliver)

    def _deliver(self, key: int, generation: int, image: QImage, figure) -> None:
        chart = _CHARTS.get(key)
        if chart is not None and shiboken6.isValid(chart):
            chart._rendered(generation, image, figure)


_SIGNALS: _RenderSignals | None = None
#: key → chart, for the drawings on their way (a chart closed meanwhile drops out)
_CHARTS: weakref.WeakValueDictionary[int, ChartWidget] = weakref.WeakValueDictionary()
_KEYS = itertools.count(1)


def render_signals() -> _RenderSignals:
    """The sender every drawing reports through, made on the GUI thread (by the first chart) and
    kept for the whole run. Each chart had its own, parentless: when a chart was closed during a
    drawing, the job on the render thread held the last reference, so that QObject of the GUI
    thread was destroyed on the render thread when the job ended."""
    global _SIGNALS
    if _SIGNALS is None:
        _SIGNALS = _RenderSignals()
    return _SIGNALS


class _RenderJob(QRunnable):
    """Make the figure (when given a factory) and rasterise it, on the render thread.

    ``size`` height 0 means: the figure's own height, at least ``min_height``.
    """

    def __init__(
        self, source, size: QSize, ratio: float, min_height: int, generation: int, chart: int, fit: bool = False,
    ):
        super().__init__()
        self.source, self.size, self.ratio, self.min_height, self.fit = source, size, ratio, min_height, fit
        self.generation, self.chart, self.signals = generation, chart, render_signals()

    def run(self) -> None:  # render thread: no widgets here
        with gc_on_gui_thread():
            self._draw()

    def _draw(self) -> None:
        figure = None
        try:
            figure = self.source if _is_figure(self.source) else self.source()
            height = self.size.height() or max(self.min_height, int(figure.get_figheight() * figure.dpi))
            width = self.size.width() or int(figure.get_figwidth() * figure.dpi)
            image = rasterise(figure, width, height, self.ratio, self.fit)
        except Exception:  # noqa: BLE001 - a chart that cannot be drawn shows nothing, never a traceback
            image = QImage()
        with contextlib.suppress(RuntimeError):  # the program is ending: nobody waits for the drawing
            self.signals.done.emit(self.chart, self.generation, image, figure)


class _ImageView(QWidget):
    """Paints the last rasterised image; while a new size is being drawn, the old one scaled."""

    #: a paint is over (a drawing waiting for the chart's first paint starts then)
    painted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image = QImage()
        self.message = ""
        self.waiting_text = ""  # shown while the first drawing of a chart is on its way

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        text = self.message or (self.waiting_text if self.image.isNull() else "")
        if text:
            painter.setPen(QColor("#555555" if self.message else "#888888"))
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            painter.setFont(font)
            painter.drawText(
                self.rect().adjusted(16, 8, -16, -8),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                text,
            )
        elif not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.rect(), self.image)
        painter.end()
        self.painted.emit()


class ChartWidget(QWidget):
    """Shows one matplotlib figure; :meth:`set_figure` replaces it.

    The widget keeps the figure's height (in pixels at 100 dpi) so charts line up below the
    numbers; it stretches in width, and the figure is drawn again at the new width after a
    resize. In ``expanding`` mode (presentation) it fills the space it gets.
    """

    #: draw on the calling thread instead of the background thread (tests, screenshots)
    synchronous = False
    RESIZE_DELAY_MS = 120
    #: a drawing that waits for the chart's paint starts at the latest this long after it was
    #: asked for (a chart scrolled out of sight is not painted) [ms]
    HOLD_LIMIT_MS = 250

    def __init__(
        self, parent: QWidget | None = None, min_height: int = 260, expanding: bool = False, fit: bool = False
    ):
        super().__init__(parent)
        self.expanding = expanding
        self.fit = fit  # scale the figure as made down to a smaller place (slides), see rasterise
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.canvas = _ImageView(self)
        self._layout.addWidget(self.canvas)
        self.figure: Figure | None = None
        self._source: Figure | Callable[[], Figure] | None = None
        self._hidden_change = False  # a new figure arrived while the chart was hidden
        self.min_height = min_height
        self._generation = 0
        self._rendered_size = QSize()
        self._requested_size = QSize()  # the size the last drawing was asked at
        self._key = next(_KEYS)
        _CHARTS[self._key] = self
        render_signals()  # made here, on the GUI thread, before a drawing reports through it
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(self.RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._render)
        self._held_job: _RenderJob | None = None
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.setInterval(self.HOLD_LIMIT_MS)
        self._hold_timer.timeout.connect(self._start_held)
        self.canvas.painted.connect(self._canvas_painted)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if expanding:
            self.canvas.setMinimumHeight(min_height)
            self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        else:
            # reserve the chart's height from the start, so the page does not jump when it arrives
            self.setMinimumHeight(min_height)
            self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.canvas.setFixedHeight(min_height)

    @property
    def pending(self) -> bool:
        """A drawing of the current figure is still on its way."""
        return self.figure is not None and self._rendered_size != self._target_size()

    def set_figure(self, figure: Figure | Callable[[], Figure]) -> None:
        """Show ``figure``, or the figure that ``figure()`` makes on the render thread.

        A factory keeps even the making of the figure (10-60 ms of matplotlib) off the GUI
        thread; :attr:`figure` is then set when the drawing arrives.
        """
        self.canvas.message = ""
        self.canvas.setToolTip("")
        if _is_figure(figure):
            self._source = self.figure = figure
            if not self.expanding:
                self.canvas.setFixedHeight(max(self.min_height, int(figure.get_figheight() * figure.dpi)))
        else:
            self._source = figure
        self._render()

    def show_message(self, text: str) -> None:
        """A sentence instead of a chart ("nog geen resultaten"), painted by Qt itself."""
        self._generation += 1  # a drawing still on its way is no longer wanted
        self._source = self.figure = None
        self.canvas.image = QImage()
        self.canvas.message = text
        self.canvas.setToolTip(text)
        self.canvas.update()

    def title(self) -> str:
        """The figure's title (the finding), for tests and accessibility."""
        if self.figure is None or self.figure._suptitle is None:
            return ""
        fitted = getattr(self.figure, "minigrid_title", None)  # the finding as written, before wrapping
        return fitted[1] if fitted is not None else self.figure._suptitle.get_text()

    # ------------------------------------------------------------------ drawing
    def _target_size(self) -> QSize:
        # before the widget is laid out its size means nothing: draw at the figure's own size
        # (a resize event draws it again once the layout has given it its real width)
        laid_out = self.isVisible() and self.canvas.width() > 50
        width = self.canvas.width() if laid_out else int(self.figure.get_figwidth() * self.figure.dpi)
        if self.expanding:
            height = self.canvas.height() if laid_out and self.canvas.height() > 50 else self.min_height
        else:
            height = self.canvas.maximumHeight()  # fixed in set_figure
        return QSize(width, height)

    def _render(self) -> None:
        if self._source is None:
            return
        self._generation += 1
        if not self.synchronous and not self.isVisible():
            # a chart on a page nobody looks at is drawn when the page is shown: drawing holds
            # the interpreter lock, which the window needs for the page that is on screen
            self._hidden_change = True
            return
        self._hidden_change = False
        if self.figure is None:  # a factory not made yet: its own size, or the place it has been given
            laid_out = self.isVisible() and self.canvas.width() > 50
            height = 0
            if self.expanding:
                height = self.canvas.height() if laid_out and self.canvas.height() > 50 else self.min_height
            size = QSize(self.canvas.width() if laid_out else 0, height)
        else:
            size = self._target_size()
        self._requested_size = size
        ratio = self.devicePixelRatioF()
        self.canvas.waiting_text = self.tr("Grafiek wordt getekend…")
        job = _RenderJob(self._source, size, ratio, self.min_height, self._generation, self._key, self.fit)
        if self.synchronous:
            job.run()
        else:
            self._hold(job)

    # A drawing holds the interpreter lock for 30-100 ms, and every call from Qt into Python on
    # the GUI thread (a table cell, a column title) waits for it meanwhile: started while the
    # page that shows it is still being laid out and painted, it stretched that page's first
    # show by 100-300 ms (issue 16). So it starts once the chart has been painted (its place,
    # with "Grafiek wordt getekend…"), on the next turn of the event loop.
    def _hold(self, job: _RenderJob) -> None:
        # a chart closed while it waited (its timer went with it) is let go, and what its
        # drawing holds (the figure, the results) with it
        for chart in [chart for chart in _HELD if not shiboken6.isValid(chart)]:
            _HELD.discard(chart)
        self._held_job = job
        _HELD.add(self)
        # a chart on screen is painted on the next paint pass (the old picture, or "Grafiek
        # wordt getekend…"), after which its drawing starts: without asking for that paint a
        # chart in sight of a page whose numbers changed (another home chosen) kept its old
        # picture beside the new numbers for the whole hold
        self.canvas.update()
        if not self._hold_timer.isActive():
            self._hold_timer.start()

    def _start_held(self) -> None:
        job, self._held_job = self._held_job, None
        _HELD.discard(self)
        self._hold_timer.stop()
        if job is not None and job.generation == self._generation:
            render_pool().start(job)

    def _canvas_painted(self) -> None:
        if self._held_job is not None:
            QTimer.singleShot(0, self, self._start_held)  # once this paint pass is over

    def _rendered(self, generation: int, image: QImage, figure) -> None:
        if generation != self._generation:
            return  # a newer figure or size is on its way
        if figure is not None and self._source is not None:
            self._source = self.figure = figure  # from now on re-draw this figure (resizes)
            if not self.expanding and not image.isNull():
                self.canvas.setFixedHeight(round(image.height() / max(image.devicePixelRatio(), 1e-9)))
        self._rendered_size = QSize(round(image.width() / max(image.devicePixelRatio(), 1e-9)),
                                    round(image.height() / max(image.devicePixelRatio(), 1e-9)))
        self.canvas.image = image
        self.canvas.update()
        target, asked = self._target_size(), self._requested_size
        moved = asked.width() != target.width() or (self.expanding and asked.height() != target.height())
        if self.isVisible() and self.figure is not None and moved:
            # the place changed while this was drawn (or a figure was made before it had one): the
            # image would be stretched to it, text squashed; draw again at the place's size
            self._resize_timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._hidden_change:
            self._render()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        changed = event.size().width() != event.oldSize().width() or (
            self.expanding and event.size() != event.oldSize()
        )
        if self._source is not None and changed:
            if self.synchronous:
                self._render()
            else:
                self._resize_timer.start()
