"""Widgets a test shows stay alive until its teardown: never freed by the collector mid-event.

A step page made by a test and no longer referred to is cyclic garbage (its services point back
at it) while it is still on screen. Freed by the collector in the middle of the event processing
after the test, inside a layout pass over its own widgets, it crashed the suite (a segmentation
fault in ``QWidget::graphicsEffect`` under ``QBoxLayout::setGeometry``, depending on test order).
"""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6

from minigrid_app.io.examples import load_example


def test_a_shown_page_the_test_dropped_lives_until_teardown(qtbot):
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.pages.quickscan import QuickscanPage
    from minigrid_app.ui.services.tasks import SyncRunner

    document = ProjectDocument(load_example("hofje-8"), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    document.recompute_now()
    page = QuickscanPage(document)
    qtbot.addWidget(page)
    page.show()
    header = page.header  # a child: C++ owned, its wrapper does not keep the page alive
    del page
    gc.collect()
    assert shiboken6.isValid(header)
    assert header.window().isVisible()
