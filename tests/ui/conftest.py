"""UI tests run with the program's Dutch translations installed, as the program does at start:
Qt's own Dutch (``qtbase_nl``) and the plural forms of the messages that count (``minigrid_nl_*``)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def _dutch_as_the_program_starts(qapp):
    from minigrid_app.ui.i18n import Translations

    translations = Translations(qapp)
    translations.set_language("nl")
    yield translations


@pytest.fixture
def shown_page(qtbot):
    """Make a step page on a bundled example, computed with the quick sizing, shown at 1200 × 900:
    ``shown_page(SecondEveningPage)`` or ``shown_page(QuickscanPage, "straat-24")``."""
    from minigrid_app.io.examples import load_example
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.services.tasks import SyncRunner

    def make(page_class, example: str = "hofje-8", size: tuple[int, int] = (1200, 900)):
        document = ProjectDocument(load_example(example), runner=SyncRunner())
        document.sizing_method = "rule_of_thumb"
        document.full_analysis = False
        document.recompute_now()
        widget = page_class(document)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        return widget

    return make
