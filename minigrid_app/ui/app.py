"""Start the desktop program (``minigrid``), or render every screen to PNG (``--screenshot``).

Screenshot mode waits for the document's calculation to finish (the real pygfunction
sizing, break-even and sensitivity), then grabs every step page and every presentation
slide and quits; it needs no display (``QT_QPA_PLATFORM=offscreen`` is chosen when none
is available).
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from minigrid_app import APP_NAME, APP_ORGANISATION, __version__

if TYPE_CHECKING:
    from collections.abc import Callable

#: the window size of the screenshots [px]
SCREENSHOT_SIZE = (1280, 800)
#: give up waiting for the calculation in screenshot mode after this long [ms]
SCREENSHOT_TIMEOUT_MS = 10 * 60 * 1000


#: interpreter lock hand-over interval while the window is open [s] (see run_gui)
GUI_SWITCH_INTERVAL_S = 0.0005
#: the compute process is started this long after the window's first paint, so that loading
#: the engine there does not compete with it [ms]
WARM_UP_DELAY_MS = 400


def _no_display() -> bool:
    """True on Linux/BSD when no display server is reachable and no Qt platform was chosen."""
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _say(nl: str, en: str) -> None:
    print(f"Fout: {nl}", file=sys.stderr)
    print(f"Error: {en}", file=sys.stderr)


class ScreenshotRun:
    """Waits for the calculation, writes the PNG files, then quits the application."""

    def __init__(self, app, window, directory: str | Path):
        from PySide6.QtCore import QTimer

        self.app = app
        self.window = window
        self.directory = Path(directory)
        self.written: list[Path] = []
        self.exit_code = 0
        self._done = False
        document = window.document
        document.busyChanged.connect(self._busy_changed)
        document.calculationFailed.connect(self._failed)
        self._timeout = QTimer()
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(SCREENSHOT_TIMEOUT_MS)
        self._timeout.timeout.connect(self._timed_out)
        self._timeout.start()

    def _busy_changed(self, busy: bool, _text: str) -> None:
        if not busy:
            # the document announces "not busy" just before it hands out the final results:
            # grab on the next event-loop turn, when every page has shown them
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._finish)

    def _failed(self, text: str) -> None:
        print(text, file=sys.stderr)
        self.exit_code = 1

    def _timed_out(self) -> None:
        _say("de berekening duurde te lang; schermafdrukken zonder alle resultaten.",
             "the calculation took too long; screenshots without all results.")
        self.exit_code = 1
        self._finish()

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        self._timeout.stop()
        try:
            self.written = render_screenshots(self.window, self.directory)
        except OSError as exc:
            from minigrid_app.io.os_errors import plain_reason

            nl, en = plain_reason(exc)
            _say(f"schermafdrukken konden niet worden opgeslagen in {self.directory}: {nl}.",
                 f"screenshots could not be saved in {self.directory}: {en}.")
            self.exit_code = 1
        for path in self.written:
            print(path)
        self.window.document.undo_stack.setClean()  # nothing to ask when closing
        self.app.exit(self.exit_code)


def _settle_layouts() -> None:
    """Carry out pending layout requests (a shown page, scroll areas) and what the page does
    once it has its size (zero timers: tables fit their wrapped rows to the columns' widths)
    before grabbing. No user input runs.

    Step 5's conditions were grabbed with rows 300 px high, measured while the columns were
    still narrow; the refit after the page got its width was due on a timer that had not run.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop

    for _ in range(3):  # a layout pass can request another one (scroll areas), a timer another layout
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _wait_until(done, timeout_s: float = 120.0) -> None:
    """Run the event loop (no user input) until ``done()`` is true or ``timeout_s`` has passed:
    for a computation off the GUI thread that a grab must show."""
    import time

    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
        QThread.msleep(10)


def _wait_for_tender(document) -> None:
    """Let the tender computation of steps 6-8 (off the GUI thread) finish, so a grabbed page
    shows its tables; the pages showed them empty before (the grab came first)."""
    from minigrid_app.ui.services.tender_service import tender_service

    service = tender_service(document)
    _wait_until(lambda: not service.pending)
    _settle_layouts()  # the tables fit their rows when the window is next idle (ui/pages/table_panel.py)


def _wait_for_signature_curves(document) -> None:
    """Let the signature curves (computed off the GUI thread) arrive, so the presentation's
    slide "Hoeveel van ons moeten tekenen?" is grabbed with its chart, not "Bezig met rekenen"."""
    from minigrid_app.ui.services.engine import EngineService

    arrived = []
    if EngineService(document).signature_curves(arrived.append, lambda _message: arrived.append(None)) is None:
        _wait_until(lambda: bool(arrived))


def render_screenshots(window, directory: str | Path) -> list[Path]:
    """Grab every step page of ``window`` and every presentation slide into ``directory``.

    Files: ``01-intake.png`` … ``08-decision.png`` and ``presentatie-NN.png``
    (a language suffix ``-en`` is added by the caller's folder choice, not here).
    """
    from minigrid_app.core.model import STEPS
    from minigrid_app.ui.presentation import PresentationWindow
    from minigrid_app.ui.widgets.charts import ChartWidget, wait_for_charts

    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    wait_for_charts()
    ChartWidget.synchronous = True  # a grabbed page must hold its finished charts
    paths = []
    for index, page in enumerate(window.pages):
        window.show_step(index)
        page.ensure_built()  # on screen, a page builds on the next turn of the event loop
        if STEPS[index] in ("tender", "quotes", "decision"):
            _wait_for_tender(window.document)
        render_charts = getattr(page, "render_charts_now", None)
        if render_charts is not None:
            render_charts()
        page.glossary.run()  # the glossary's words as links (done when the event loop is next free)
        _settle_layouts()
        for chart in page.findChildren(ChartWidget):
            if chart.pending:  # drawn before the page had its size: draw it at the real size
                chart.set_figure(chart.figure)
        path = target / f"{index + 1:02d}-{STEPS[index]}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        paths.append(path)
    window.show_step(0)
    _wait_for_signature_curves(window.document)
    presentation = PresentationWindow(window.document)
    try:
        paths += presentation.render_slides_to(target, *SCREENSHOT_SIZE)  # a laptop on the projector
    finally:
        presentation.deleteLater()
    return paths


def quit_after_first_paint(app, window):
    """Quit ``app`` as soon as ``window`` has painted for the first time; returns the filter.

    The start-up benchmark (``tests/benchmarks/test_startup.py``) sets the environment
    variable ``MINIGRID_EXIT_AFTER_PAINT=1`` to time start → first window painted; a bare
    PySide6 window is timed with the same filter. Keep a reference to the returned object.

    The filter watches the window itself, which paints first in the pass that paints it and its
    children: a filter on the whole application (as on the bare window, where it is the same)
    would hand every event of every widget to Python while the window is being made.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802  (Qt's name)
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)  # after this paint pass has been flushed
            return False

    first_paint = FirstPaint()
    window.installEventFilter(first_paint)
    return first_paint


def install_file_open_handler(app, controller):
    """Open a ``.minigrid`` file that the system hands over while the program runs.

    On macOS a double-clicked document arrives as a ``FileOpen`` event, not as a command-line
    argument. Unsaved changes are asked about first, as with Bestand → Openen. Keep a
    reference to the returned object.
    """
    from PySide6.QtCore import QEvent, QObject

    class FileOpen(QObject):
        def eventFilter(self, watched, event):  # noqa: N802  (Qt's name)
            if event.type() == QEvent.Type.FileOpen:
                path = event.file()
                if path:
                    controller.open_path(path)
                return True
            return False

    handler = FileOpen(app)
    app.installEventFilter(handler)
    return handler


def application_icon():
    """The program's icon (window, task bar), from resources/icons."""
    from PySide6.QtGui import QIcon

    from minigrid_app.paths import resource_dir

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = resource_dir() / "icons" / f"minigrid-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


#: notices of Qt's offscreen platform that say nothing to a user of the screenshot mode
_OFFSCREEN_NOTICES = ("This plugin does not support propagateSizeHints()",)


def _quiet_offscreen_notices() -> None:
    """Drop the offscreen platform's notices (one per window); pass every other message on."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message):
        if message in _OFFSCREEN_NOTICES:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def show_splash(app, language: str = "nl"):
    """A small start-up window with the icon and "Minigrid wordt geopend…", painted at once."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

    from minigrid_app.paths import resource_dir

    ratio = app.devicePixelRatio()
    pixmap = QPixmap(int(440 * ratio), int(200 * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#2ca02c"))
    painter.drawRect(QRect(0, 0, 439, 199))
    icon = QPixmap(str(resource_dir() / "icons" / "minigrid-128.png"))
    if not icon.isNull():
        painter.drawPixmap(QRect(28, 46, 108, 108), icon)
    painter.setPen(QColor("#222222"))
    title = QFont(app.font())
    title.setPointSizeF(title.pointSizeF() * 2.2)
    title.setBold(True)
    painter.setFont(title)
    painter.drawText(QRect(160, 50, 260, 56), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, APP_NAME)
    painter.setFont(app.font())
    painter.setPen(QColor("#555555"))
    text = "Opening…" if language == "en" else "Wordt geopend…"
    painter.drawText(QRect(162, 108, 260, 40), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, f"{text}\n{__version__}")
    painter.end()
    from minigrid_app.ui.widgets.whole_figures import Label

    # a plain frameless label, not QSplashScreen: that one waits up to a second for the
    # window system to confirm the window is on screen, which is the delay it should hide
    splash = Label()
    splash.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setPixmap(pixmap)
    splash.setFixedSize(440, 200)
    screen = app.primaryScreen()
    if screen is not None:
        splash.move(screen.availableGeometry().center() - splash.rect().center())
    splash.show()
    splash.repaint()  # painted now, before the imports that follow
    app.processEvents()
    return splash


def lighter_pyside_import_check() -> None:
    """Let PySide6 look at each module imported after it by reading its file, not through ``inspect``.

    PySide6 checks every module imported after it for the text "PySide6" (for its
    ``from __feature__ import ...``, which Minigrid does not use) with ``inspect.getsource``:
    finding the file, reading it line by line into the line cache, joining the lines. For the
    eighty-odd modules the window imports that took 15-20 ms of the start on the 2-core
    reference machine (issue 16); reading the file's bytes answers the same question in a
    fraction of that. PySide6's own check is kept for anything else (no ``.py`` file, a file
    that cannot be read) and wherever its internals differ from what is replaced here; in the
    frozen program, whose modules have no source, both say no (there PySide6's check went
    through ``inspect`` and ``linecache`` to the loader to find that out, module by module).
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "minigrid", False):
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not (isinstance(path, str) and path.endswith(".py")):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except FileNotFoundError:
            if type(getattr(module, "__loader__", None)).__name__ == "PyiFrozenLoader":
                return False  # the frozen program has no source: PySide6's own look finds none either
            return original(module)
        except OSError:
            return original(module)

    uses_pyside.minigrid = True
    feature._mod_uses_pyside = uses_pyside


def _warm_up_compute_process() -> None:
    """Start the engine's process (multiprocessing and the engine are imported after the first paint)."""
    from minigrid_app.ui.services import compute_process

    compute_process.warm_up()


def _shut_down_compute_process() -> None:
    compute_process = sys.modules.get("minigrid_app.ui.services.compute_process")
    if compute_process is not None:  # nothing to stop when it was never imported
        compute_process.shutdown()


def end_on_termination(window, end: Callable[[int], None] | None = None) -> Callable[[], None]:
    """End the program well when it is told to stop from outside: SIGTERM (log-out, shutdown,
    ``kill``), SIGHUP (its terminal closed), SIGINT (Ctrl+C there).

    Killed by the default handlers, the program lost the work since the last autosave and left
    the engine's process and its semaphores behind ('resource_tracker: There appear to be 8 leaked
    semaphore objects'). Now, at any moment (a start-up question open too): the open edit is
    taken, unsaved changes are autosaved and left for the next start to offer, the locks are let
    go, the window's state is written, the engine's process is shut down; then ``end(128 +
    signal)`` (default ``os._exit``: no question can be asked, and no nested event loop waits).

    Python runs a signal handler only when it runs code, and Qt's event loop is not Python: the
    signal's byte on a pipe (``signal.set_wakeup_fd``) wakes a QSocketNotifier. Returns the
    function that puts the previous handlers back; keep it while the window is open (it holds
    that pipe). Only on POSIX; elsewhere nothing is done.
    """
    import signal

    from PySide6.QtCore import QSocketNotifier

    names = [name for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)]
    if os.name != "posix" or not names:
        return lambda: None
    end = end or os._exit
    reader, writer = os.pipe()  # not a socket: no socket module at start
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)

    def ended(number, frame) -> None:
        try:
            window.finish_editing()
            window.save_window_state()
            window.settings.sync()
            window.controller.end_without_asking()
            _shut_down_compute_process()
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            end(128 + number)

    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, window)
    notifier.activated.connect(lambda *_args: os.read(reader, 64))  # the handler itself runs as Python gets control
    previous_fd = signal.set_wakeup_fd(writer)
    previous = {name: signal.signal(getattr(signal, name), ended) for name in names}

    def restore() -> None:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        os.close(reader)
        os.close(writer)

    return restore


def run_gui(path: str | None = None, example: str | None = None, screenshot_dir: str | None = None, language: str | None = None) -> int:
    """Open the program window; returns the exit code.

    Parameters
    ----------
    path : project file to open (``.minigrid``)
    example : name of a bundled example to open instead
    screenshot_dir : render every screen to PNG files in this folder and exit
    language : ``"nl"`` or ``"en"``; default: the last choice, else Dutch
    """
    code, window_closed = _open_window(path, example, screenshot_dir, language)
    if window_closed:
        _before_exit()
    return code


# The cyclic garbage collector and the start-up. Opening the window creates some hundred
# thousand objects that live as long as the program (modules, Qt's enums, widgets); the
# collector walked them again and again while they were made (about 20 ms of the start on the
# 2-core reference machine) and in the full passes of the interpreter's shutdown (another
# 20-40 ms), for almost no garbage. So it is paused from the import of Qt (PySide6's own
# modules and the splash included: the collector ran during them too) until the window has
# settled (_after_start), and at exit the objects still in use are exempted
# from the shutdown's passes (_before_exit). Garbage made meanwhile is collected once the
# collector runs again; at exit the operating system takes back the memory.


def _after_start() -> None:
    """The window has been open a moment: collect garbage again, then start the engine's process."""
    gc.enable()
    _warm_up_compute_process()


def _before_exit() -> None:
    """The window's event loop has ended and the program exits (see the note above).

    What a window leaves to do at exit is done when it closes (the lock released, the recovery
    file, the window state written to the settings: ``MainWindow.closeEvent``); Python runs the
    ``atexit`` functions and flushes its output as always. Objects still in cycles are not
    finalized, as Python never guarantees for objects alive at shutdown ("it is not guaranteed
    that __del__() methods are called for objects that still exist when the interpreter
    exits", the Python data model).
    """
    gc.freeze()


def _open_window(path, example, screenshot_dir, language) -> tuple[int, bool]:
    """:func:`run_gui`'s work: (exit code, whether the window was shown and has closed)."""
    if _no_display():
        if screenshot_dir:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        else:
            _say(
                "er is geen beeldscherm beschikbaar om Minigrid te tonen. Start het programma op een "
                "computer met een bureaublad, of gebruik de opdrachten 'minigrid compute' en "
                "'minigrid --example NAAM --screenshot MAP' zonder beeldscherm.",
                "no display is available to show Minigrid. Start it on a computer with a desktop, or use "
                "'minigrid compute' and 'minigrid --example NAME --screenshot DIR' without a display.",
            )
            return 1, False

    if not screenshot_dir:
        gc.disable()  # from Qt's import until the window has settled (see the note above run_gui)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    lighter_pyside_import_check()

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        _quiet_offscreen_notices()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # The engine computes on a worker thread in Python; every call from Qt into Python on the
    # GUI thread (a table cell, a paint) must then wait for the interpreter lock. A shorter
    # switch interval (default 5 ms) makes the worker hand it over sooner: in measurements on
    # straat-24 the longest stall of the window fell from ~250 ms to ~170 ms.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    app.setOrganizationName(APP_ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    app.setDesktopFileName("Minigrid")  # matches installers/linux Minigrid.desktop
    from minigrid_app.ui.widgets.links import use_link_colour

    use_link_colour(app)  # one link blue, also for a link drawn without a style of its own
    settings = QSettings()
    exit_after_paint = os.environ.get("MINIGRID_EXIT_AFTER_PAINT", "")
    splash = None
    if not screenshot_dir:
        # the engine, numpy and the five pages take a few tenths of a second to load: show at
        # once that the program is starting (QSplashScreen's documented show + processEvents)
        splash = show_splash(app, language or str(settings.value("language", "nl")))
        if exit_after_paint == "splash":  # start-up benchmark: time to the first window
            return 0, False

    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.i18n import Translations
    from minigrid_app.ui.main_window import MainWindow

    translations = Translations(app)
    # screenshots are Dutch unless asked otherwise, whatever the user chose last time
    chosen = language or ("nl" if screenshot_dir else settings.value("language", "nl"))
    if not translations.set_language(str(chosen)) and chosen != "nl":
        print("Let op: de Engelse vertaling kon niet worden geladen. / The English translation could not be loaded.", file=sys.stderr)

    # what to open before the window shows: (project, path); a bundled example has no path
    start: tuple | None = None
    if example:
        from minigrid_app.io.examples import load_example
        from minigrid_app.io.projectfile import ProjectFileError

        try:
            start = (load_example(example), None)
        except ProjectFileError as exc:
            _say(exc.problem.nl, exc.problem.en)
            gc.enable()
            return 2, False
    elif path and screenshot_dir:
        from minigrid_app.io.projectfile import load_project

        result = load_project(path)  # no dialogs in screenshot mode: a message and exit code 2
        if result.project is None:
            _say(result.problems[0].nl, result.problems[0].en)
            return 2, False
        start = (result.project, path)

    document = ProjectDocument()
    if not screenshot_dir:
        # the engine in its own process keeps the window smooth while a street is computed;
        # it is started once the window is up (below), not competing with its first paint
        document.compute_in_process = True
        app.aboutToQuit.connect(_shut_down_compute_process)
    if screenshot_dir:
        # the screenshots must not depend on the user's window size, text size or recent files
        settings = QSettings(str(Path(screenshot_dir) / ".minigrid-screenshot.ini"), QSettings.Format.IniFormat)
        settings.clear()
    if not screenshot_dir:
        from minigrid_app.ui.pages.base import DeferredLinker

        DeferredLinker.hold()  # the glossary's links once the window has painted (the window releases it)
    window = MainWindow(document, settings=settings, translations=translations)
    if start is not None:
        document.replace_project(*start)  # starts the calculation

    if screenshot_dir:
        # no one answers a message here: a fault of the program is logged and printed, and the
        # screenshots go on (a message box would wait for ever on the offscreen screen)
        window.last_resort.ask = False
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        run = ScreenshotRun(app, window, screenshot_dir)
        if start is None:
            document.recompute_now()
        code = app.exec()
        Path(screenshot_dir, ".minigrid-screenshot.ini").unlink(missing_ok=True)
        return code or run.exit_code, False

    paint_hook = quit_after_first_paint(app, window) if exit_after_paint else None  # noqa: F841
    # macOS hands a double-clicked document over as an event (only there: Qt's QFileOpenEvent);
    # elsewhere it comes as an argument, and a filter on the application would see every event
    file_open_handler = install_file_open_handler(app, window.controller) if sys.platform == "darwin" else None  # noqa: F841
    window.show()
    if splash is not None:
        splash.close()
        splash.deleteLater()
    from PySide6.QtCore import QTimer

    from minigrid_app.ui.main_window import AfterFirstPaint

    # counted from the first paint, not from show(): on a busy computer the paint can come later
    # than the delay (a calculation started above starts the process earlier)
    warm_up = AfterFirstPaint(window, lambda: QTimer.singleShot(WARM_UP_DELAY_MS, _after_start))  # noqa: F841
    restore_signals = end_on_termination(window)  # noqa: F841 - holds its pipe while the window is open
    if path and start is None:
        # a missing or broken file: the Dutch problem report in a dialog; nothing is overwritten
        window.controller.open_path(path, ask_first=False)
    elif start is None and not window.controller.offer_recovery():
        window.controller.reopen_last()  # where the user left off, on the step in progress
    window.controller.start_autosave()
    code = app.exec()
    settings.sync()  # written now: the settings object is not finalized at exit (_before_exit)
    return code, True
