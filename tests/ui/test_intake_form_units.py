"""The intake's number fields refuse a unit that is not theirs instead of dropping it: '1250 m3'
typed as the estimated cost was kept as € 1.250, and as the planned connections as 1250
(found by the walk of a new resident)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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


def test_a_refusal_note_never_covers_the_field_the_user_tabbed_into(qtbot, quick_window):
    """'zes' as the planned connections, Tab: the note lay over the estimated cost below it, where
    the user went on typing blind; it goes above its own field then."""
    from PySide6.QtCore import QPoint, QRect

    window = quick_window(load_example("hofje-8"))
    window.show_step(0)
    page = window.page(0)
    planned, cost = page.fields["connections_planned"], page.fields["estimated_cost_eur"]
    window.activateWindow()
    planned.setFocus()
    qtbot.waitUntil(planned.hasFocus, timeout=2000)
    planned.setText("zes")
    cost.setFocus()  # Tab: the refusal is said as the keyboard reaches the next field
    qtbot.waitUntil(cost.hasFocus, timeout=2000)
    note = field_message(planned)
    assert note.isVisible() and note.anchor is planned and "zes" in note.label.text()

    def area(widget) -> QRect:
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    assert not note.geometry().intersects(area(cost))
    assert note.geometry().bottom() < area(planned).top()  # above its own field, still next to it
