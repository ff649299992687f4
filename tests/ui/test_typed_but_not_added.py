"""Text typed into an "add" box but not added is asked about before it is lost.

Walking the program: an advisor typed a new condition at step 2 (or a supplier's name at step 7)
and closed the window, or opened another project, without pressing the button beside it; the
text was gone without a word (it was no edit of the project, so nothing counted as unsaved).
Now the window asks "Niet toegevoegd: …. Toevoegen, weggooien of annuleren?" first, as it asks
about any unsaved edit.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from minigrid_app.core.model import Household, Project
from minigrid_app.ui.services.dialogs import CANCEL, DISCARD
from tests.ui.person import active_window, retype


def _window(qtbot, quick_window):
    project = Project(households=[Household(id="h1", label="nr 1", gas_m3_per_year=1200)])
    window = active_window(qtbot, quick_window(project))
    window.document.undo_stack.setClean()
    return window


def _condition_box(window):
    window.show_step(1)
    return window._pages[1].new_condition_edit


def _asked(window):
    return [(method, text) for method, _title, text in window.controller.dialogs.asked]


def test_closing_with_a_condition_typed_but_not_added_asks_and_cancel_keeps_it(qtbot, quick_window):
    window = _window(qtbot, quick_window)
    box = _condition_box(window)
    retype(qtbot, box, "geen graafwerk in mei")
    window.controller.dialogs.answers.append(None)  # the box closed: as cancel
    window.close()
    assert _asked(window) == [("ask_choice", "Niet toegevoegd: de voorwaarde ‘geen graafwerk in mei’ (stap 2). "
                                             "Toevoegen, weggooien of annuleren?")]
    assert window.isVisible() and box.text() == "geen graafwerk in mei"
    box.clear()


def test_add_adds_it_and_then_asks_to_save_it(qtbot, quick_window):
    window = _window(qtbot, quick_window)
    retype(qtbot, _condition_box(window), "geen graafwerk in mei")
    window.controller.dialogs.answers.extend(["add", CANCEL])
    window.close()
    assert [method for method, _text in _asked(window)] == ["ask_choice", "ask_save_discard_cancel"]
    assert [c.text for c in window.document.project.conditions] == ["geen graafwerk in mei"]
    assert window.isVisible()  # cancelled at the second question


def test_throw_away_at_another_project_leaves_no_text_behind(qtbot, quick_window):
    window = _window(qtbot, quick_window)
    window.show_step(6)
    supplier = window._pages[6].quotes_panel.supplier_edit
    retype(qtbot, supplier, "Bodemwerk BV")
    window.controller.dialogs.answers.append("discard")
    assert window.controller.new_project()
    assert _asked(window) == [("ask_choice", "Niet toegevoegd: de offerte van ‘Bodemwerk BV’ (stap 7). "
                                             "Toevoegen, weggooien of annuleren?")]
    assert supplier.text() == ""  # not carried into the new project's box
    assert window.document.project.tender.quotes == []


def test_throw_away_then_cancel_at_the_save_question_keeps_the_text(qtbot, quick_window):
    window = _window(qtbot, quick_window)
    box = _condition_box(window)
    retype(qtbot, box, "geen graafwerk in mei")
    window.document.set_attr(lambda p: p.first_evening, "notes", "druk bezocht", "Opmerkingen wijzigen")
    window.controller.dialogs.answers.extend(["discard", CANCEL])
    window.close()
    assert window.isVisible() and box.text() == "geen graafwerk in mei"  # nothing lost on cancel
    window.controller.dialogs.answers.extend(["discard", DISCARD])
    window.close()
    assert not window.isVisible()
