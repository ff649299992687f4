"""The intake's number fields refuse a unit that is not theirs instead of dropping it: '1250 m3'
typed as the estimated cost was kept as € 1.250, and as the planned connections as 1250
(found by the walk of a new resident)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt

from minigrid_app.io.examples import load_example
from minigrid_app.ui.widgets.field_message import field_message


def _typed(page, field: str, text: str) -> str:
    edit = page.fields[field]
    edit.setText(text)
    edit.editingFinished.emit()
    note = field_message(edit)
    return note.label.text() if note.isVisible() and note.anchor is edit else ""


def test_a_foreign_unit_in_the_intake_form_is_refused_next_to_the_field(qtbot, quick_window):
    window = quick_window(load_example("hofje-8"))
    window.show_step(0)
    page = window.page(0)
    assert _typed(page, "estimated_cost_eur", "1250 m3") == "‘1250 m3’ is in m³, niet in €: reken het om of vul het in € in."
    assert window.document.project.intake.estimated_cost_eur == 160000
    assert _typed(page, "estimated_cost_eur", "€ 175.000,00") == ""
    assert window.document.project.intake.estimated_cost_eur == 175000
    assert _typed(page, "connections_planned", "10 m3") == "‘10 m3’ is in m³; vul hier alleen het getal in."
    assert window.document.project.intake.connections_planned == 8
    assert _typed(page, "connections_planned", "10") == ""
    assert window.document.project.intake.connections_planned == 10


def test_a_number_word_is_a_count_here_as_in_the_homes(qtbot, quick_window):
    """'zes' was read as a home's residents but refused as the planned connections: one reader,
    one rule for counts (core.reading.read_count)."""
    window = quick_window(load_example("hofje-8"))
    window.show_step(0)
    page = window.page(0)
    for typed, count in (("zes", 6), ("Twaalf woningen", 12)):
        assert (_typed(page, "connections_planned", typed), window.document.project.intake.connections_planned) == ("", count)
    assert _typed(page, "connections_planned", "zes m3") == "‘zes m3’ is in m³; vul hier alleen het getal in."


def _refused_then_tab(qtbot, quick_window):
    """hofje-8's step 1 with 'veel' typed as the planned connections and Tab pressed: (window,
    planned, cost, note); the refusal is said as the keyboard reaches the estimated cost. ('zes'
    was the refused entry until number words were read in every count, as for the residents.)"""
    window = quick_window(load_example("hofje-8"))
    window.show_step(0)
    page = window.page(0)
    planned, cost = page.fields["connections_planned"], page.fields["estimated_cost_eur"]
    window.activateWindow()
    planned.setFocus()
    qtbot.waitUntil(planned.hasFocus, timeout=10_000)
    planned.setText("veel")
    planned.setModified(True)  # typed
    cost.setFocus()
    qtbot.waitUntil(cost.hasFocus, timeout=10_000)
    note = field_message(planned)
    assert note.isVisible() and note.anchor is planned and "veel" in note.label.text()
    return window, planned, cost, note


def test_a_refusal_note_never_covers_the_field_the_user_tabbed_into(qtbot, quick_window):
    """'veel' as the planned connections, Tab: the note lay over the estimated cost below it, where
    the user went on typing blind; it goes above its own field then."""
    from PySide6.QtCore import QPoint, QRect

    window, planned, cost, note = _refused_then_tab(qtbot, quick_window)

    def area(widget) -> QRect:
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    assert not note.geometry().intersects(area(cost))
    assert note.geometry().bottom() < area(planned).top()  # above its own field, still next to it


def test_a_refused_entry_stays_while_another_field_is_kept(qtbot, quick_window):
    """'veel' as the planned connections (refused), then a cost typed in the next field: the page
    showed the project again and put '8' back in the planned connections, while the note beside it
    still said 'veel' was refused; what the user typed stays until they change it."""
    window, planned, cost, note = _refused_then_tab(qtbot, quick_window)
    cost.setText("175000")
    cost.setModified(True)
    cost.editingFinished.emit()
    assert window.document.project.intake.estimated_cost_eur == 175000
    assert planned.text() == "veel" and window.document.project.intake.connections_planned == 8
    window.document.undo_stack.undo()  # the cost again: the planned connections' entry stays
    assert window.document.project.intake.estimated_cost_eur == 160000 and planned.text() == "veel"
    # the note put away, the field still says it is not what the project holds (8)
    qtbot.keyClick(cost, Qt.Key.Key_Escape)
    assert not note.isVisible() and _marked(planned) == "‘veel’ is niet overgenomen; in het project staat 8."
    assert not _marked(cost)
    window.document.set_attr(lambda project: project.intake, "connections_planned", 6, "x")  # the project's own value changes
    assert planned.text() == "6" and not _marked(planned)
    # typed again and kept: the field follows the project as before
    planned.setText("7")
    planned.editingFinished.emit()
    assert window.document.project.intake.connections_planned == 7 and planned.text() == "7"
    window.document.undo_stack.undo()
    assert planned.text() == "6"
    # refused, then put right: the mark goes with the accepted edit
    assert _typed(window.page(0), "connections_planned", "enkele") and _marked(planned)
    assert _typed(window.page(0), "connections_planned", "7") == "" and not _marked(planned)


def _marked(edit) -> str:
    """What ``edit`` says of a refused entry it shows ("" when it is not marked); asserts the mark
    is seen too: a red frame at its left edge."""
    said = edit.accessibleDescription()
    colour = edit.grab().toImage().pixelColor(1, edit.height() // 2)
    red = colour.red() > 150 and colour.green() < 110 and colour.blue() < 110
    assert red == bool(said), (said, colour.name())
    return said
