"""A field shows the project again without wiping what is being typed in it, and without keeping
a value the project no longer has.

A page shows the project again after every edit. A field that simply took the project's text
wiped what the user was typing when an edit came from elsewhere meanwhile (step 8's terms are
kept 0.8 s after the typing pauses: the decision's date typed just after them was emptied, and
'2027', the rest of it, refused). A field that was never touched while it had the focus kept
showing a value after it was undone (Enter, then Bewerken → Ongedaan maken: the old date was back
in the project, the typed one still on screen).

What counts is whether the user typed in the field since it was last shown or kept
(``QLineEdit.isModified``): :func:`keep_typing` clears that mark when the field is kept, before
the page's own handler keeps it, and :func:`show_text` leaves a field alone only while it has the
focus and holds typing not kept yet.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def keep_typing(edit: QLineEdit) -> QLineEdit:
    """Mark ``edit`` as kept whenever it finishes (Enter, focus leaving); connect this before the
    handler that keeps its text, so the project shown again by that handler reaches the field
    (a typed '3-4-2026' is shown as 03-04-2026)."""
    edit.editingFinished.connect(lambda: edit.setModified(False))
    return edit


def show_text(edit: QLineEdit, text: str) -> bool:
    """Show ``text`` in ``edit`` unless the user is typing there; True when the text was set."""
    if edit.text() == text:
        return False
    if edit.hasFocus() and edit.isModified():
        return False  # being typed: kept when it finishes, never overwritten meanwhile
    edit.setText(text)
    return True
