"""Shared test fixtures."""

from __future__ import annotations

import gc
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")


import pytest  # noqa: E402

from minigrid_app.io.defaults import install_bundled_defaults  # noqa: E402

# the engine reads no files: tests run with the bundled default figures unless they pass their own
install_bundled_defaults()


def _commands_make_a_widgets_application() -> None:
    """The commands that write PDFs (``minigrid intent``, ``tender``) make a QGuiApplication when
    none exists: all a command needs in its own process. Tests call them in the same process as
    window tests, and Qt cannot turn a QGuiApplication into the QApplication a window needs: a
    window test after a command test in the same worker aborted. Under tests, they make a
    QApplication (what ``qapp`` makes), so the order of the tests does not matter."""
    try:
        from minigrid_app.ui.services import intent_pack
    except ImportError:  # no Qt
        return

    def widgets_application():
        from PySide6.QtWidgets import QApplication

        return QApplication.instance() or QApplication(["minigrid"])

    intent_pack.ensure_gui_application = widgets_application


_commands_make_a_widgets_application()


_module_of_the_last_test: list[str] = [""]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before the first test of each test file (the last file's module fixtures are gone, this one's not
    yet made), what is still alive lives on (the program's and the tests' modules, pytest's items,
    session fixtures): the garbage collector stops walking it (``gc.freeze``). The teardown below runs
    a full collection after every test; walking those 200 000+ objects each time took 0.13-0.3 s CPU
    per test, most of the suite's time. Objects the tests make are collected after each test as before."""
    module = item.nodeid.split("::")[0]
    if module != _module_of_the_last_test[0]:
        _module_of_the_last_test[0] = module
        gc.collect()
        gc.freeze()


@pytest.fixture(autouse=True)
def _charts_drawn_at_once():
    """Charts are normally drawn on a background thread; tests draw them at once, so what a
    test reads from a chart is there when it looks (tests/ui/test_charts.py covers the thread)."""
    try:
        from minigrid_app.ui.widgets.charts import ChartWidget
    except ImportError:  # no Qt: core and io tests
        yield
        return
    ChartWidget.synchronous = True
    yield
    ChartWidget.synchronous = False


@pytest.fixture(autouse=True)
def _pages_built_at_once(request):
    """A step page first shown in a window on screen builds on the next turn of the event loop
    and fills its panels in turns; tests build it at once, so what a test reads from a page it
    showed is there when it looks (tests/ui/test_pages_in_turns.py covers the turns). The
    benchmarks measure the program as it runs."""
    try:
        from minigrid_app.ui.pages.base import StepPage
    except ImportError:  # no Qt: core and io tests
        yield
        return
    StepPage.build_in_turns = "benchmarks" in request.node.nodeid.split("::")[0]
    yield
    StepPage.build_in_turns = True


@pytest.fixture(autouse=True)
def _qt_objects_gone_between_tests():
    """Finish background work and destroy the last test's Qt objects before the next test.

    Otherwise Python's garbage collector frees windows, documents and their timers at some
    random moment of a later test, in the middle of its event processing, which made the
    suite crash now and then depending on the order of the tests.
    """
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    if QCoreApplication.instance() is None:
        return
    from minigrid_app.ui.document import stop_every_document
    from minigrid_app.ui.services.tasks import stop_all
    from minigrid_app.ui.widgets.charts import wait_for_charts

    # a recalculation waiting for a pause in the typing does not start in the next test
    stop_every_document()
    # a window's recalculation nobody reads any more ends at its next progress report; its end
    # reaches its document (which starts an edit that was waiting: stopped in the second round)
    for _round in range(2):
        stop_all()
        QThreadPool.globalInstance().waitForDone(30000)
        QCoreApplication.sendPostedEvents(None, 0)
    wait_for_charts()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def qtbot(qtbot):
    """pytest-qt's ``qtbot``, which also keeps every widget given to ``qtbot.addWidget`` alive
    until the test's teardown has closed it (pytest-qt then deletes it, and the fixture above
    finishes the deletion before the next test).

    pytest-qt holds only a weak reference. A page that a test made and no longer refers to was
    garbage the moment the test returned, while still on screen: the collector freed it at a
    random moment of the event processing after the test, once in the middle of a layout pass
    over the page's own widgets (a segmentation fault that depended on the order of the tests).
    """
    kept = []
    add_widget = qtbot.addWidget

    def keep_and_add(widget, *, before_close_func=None):
        kept.append(widget)
        add_widget(widget, before_close_func=before_close_func)

    qtbot.addWidget = keep_and_add
    yield qtbot
    kept.clear()
