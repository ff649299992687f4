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
