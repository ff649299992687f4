"""While a project's first results are computed, no page blames its input for having none.

Opening hofje-8 (complete: 8 homes with gas use) showed for a few seconds, on step 3,
"Geen aandachtspunten: de invoer is compleet en de clusters passen." above an empty table and
"Nog te doen: Nog geen clusters: er zijn (nog) geen deelnemende woningen met compleet
gasverbruik." in the footer: both untrue, the figures were being computed (here shown on the
smaller complete example). Until they arrive the pages say "Bezig met rekenen…"; when a
calculation ends without results they say why."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.core import steps
from minigrid_app.core.model import Project
from minigrid_app.io.examples import load_example
from minigrid_app.ui.services.tasks import SyncRunner

QUICKSCAN, BUSINESS_CASE, SECOND_EVENING = 2, 3, 4


def plain(text: str) -> str:
    """A label's text without the glossary's links."""
    return re.sub(r"<[^>]+>", "", text)


class HeldRunner(SyncRunner):
    """Holds each job until :meth:`release` (a calculation under way for as long as the test likes)."""

    def __init__(self):
        self.held = []

    def run(self, work, on_done, on_error=None, on_progress=None, on_stopped=None):
        self.held.append((work, on_done, on_error, on_progress, on_stopped))
        return len(self.held)

    def release(self):
        while self.held:
            super().run(*self.held.pop(0))


@pytest.fixture
def held_window(quick_window):
    """The window on a complete project whose first calculation is held (under way)."""
    runner = HeldRunner()
    window = quick_window(load_example("twee-onder-een-kap-4"), runner=runner)
    yield window, runner
    runner.held.clear()  # nothing left to compute after the test
    window.set_language("nl")


def test_step_three_says_computing_not_complete_or_missing_while_the_first_results_are_computed(held_window):
    window, runner = held_window
    assert window.document.awaiting_results
    window.show_step(QUICKSCAN)
    page = window.page(QUICKSCAN)
    page.ensure_built()
    page.refresh()
    footer = plain(window.missing_label.text())
    warnings = page.warnings_panel.warnings_label.text()
    assert footer == "Nog te doen: Bezig met rekenen…"
    assert warnings == "Bezig met rekenen…"
    assert page.wcw_panel.wcw_label.text() == "Bezig met rekenen…"

    runner.release()
    assert not window.document.awaiting_results
    assert "Bezig met rekenen" not in window.missing_label.text()
    assert "Bezig met rekenen" not in page.warnings_panel.warnings_label.text()
    assert "Bezig met rekenen" not in page.wcw_panel.wcw_label.text()


def test_business_case_and_second_evening_say_computing_in_english_too(held_window):
    window, runner = held_window
    window.set_language("en")
    window.show_step(BUSINESS_CASE)
    assert plain(window.missing_label.text()) == "Still to do: Calculating…"
    window.show_step(SECOND_EVENING)
    page = window.page(SECOND_EVENING)
    page.ensure_built()
    page.refresh()
    labels = [plain(label.text()) for label in page.findChildren(type(window.missing_label))]
    assert "Calculating…" in labels
    assert not any("No clusters yet" in text for text in labels)


def test_a_calculation_that_ends_without_results_says_why_again(held_window):
    """Failed (or stopped) before any results: back to what the input lacks, not 'computing'."""
    window, runner = held_window
    window.show_step(QUICKSCAN)
    page = window.page(QUICKSCAN)
    page.ensure_built()
    work, _done, on_error, _progress, _stopped = runner.held.pop(0)
    on_error("Traceback: kapot")  # the document's own failure path
    assert not window.document.busy
    assert page.warnings_panel.warnings_label.text() == "Nog geen berekening."
    assert "Bezig met rekenen" not in window.missing_label.text()
    assert "Nog geen clusters: er zijn (nog) geen deelnemende woningen" in plain(window.missing_label.text())


def test_core_says_computing_only_for_the_steps_read_off_the_results():
    project = load_example("hofje-8")
    assert steps.missing("quickscan", project, None, computing=True) == [steps.Missing(steps.COMPUTING)]
    assert steps.missing("business_case", project, None, computing=True) == [steps.Missing(steps.COMPUTING)]
    assert steps.missing("quickscan", project, None) == [steps.Missing(steps.NO_CLUSTERS)]
    # the intake's own findings do not wait for any calculation
    assert steps.missing("intake", Project(), None, computing=True) == steps.missing("intake", Project(), None)
    with pytest.raises(KeyError):
        steps.missing("nonsense", project, None, computing=True)



def test_making_the_evening_documents_while_computing_says_so(held_window):
    """'Er is nog niets berekend: vul eerst de woningen … in' blamed the input of a complete project."""
    window, runner = held_window
    window.show_step(SECOND_EVENING)
    page = window.page(SECOND_EVENING)
    page.ensure_built()
    panel = page.documents_panel
    panel.make_documents("/nonexistent-never-written")
    assert panel.services.dialogs.asked[-1][2] == "De cijfers worden nog berekend; maak de documenten zodra ze er zijn."


def test_exporting_or_presenting_while_computing_says_so(held_window, qtbot):
    """The workbook export said 'Vul eerst de woningen en hun gasverbruik in' and the slides too."""
    from minigrid_app.ui.presentation import PresentationWindow

    window, runner = held_window
    assert not window.controller.export_excel()
    assert window.controller.dialogs.asked[-1][2] == "De cijfers worden nog berekend; exporteer zodra ze er zijn."
    slides = PresentationWindow(window.document)
    qtbot.addWidget(slides)
    slides.show_slide(1)
    assert slides.message_label.text() == "Bezig met rekenen…"
