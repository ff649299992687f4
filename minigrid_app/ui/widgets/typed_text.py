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

A field holding a refused entry wears a mark saying what the project holds (:mod:`refused_mark`)
for as long as it shows that entry.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from minigrid_app.ui.widgets.refused_mark import mark_refused


def keep_typing(edit: QLineEdit) -> QLineEdit:
    """Mark ``edit`` as kept whenever it finishes (Enter, focus leaving); connect this before the
    handler that keeps its text, so the project shown again by that handler reaches the field
    (a typed '3-4-2026' is shown as 03-04-2026)."""
    edit.editingFinished.connect(lambda: edit.setModified(False))
    return edit


#: the dynamic properties of a field holding a refused entry (:func:`keep_refused`)
REFUSED_ENTRY, REFUSED_OVER = "minigridRefusedEntry", "minigridRefusedOver"
#: the dynamic property holding the project's text last given to a field (:func:`show_text`)
PROJECT_TEXT = "minigridProjectText"


def keep_refused(edit: QLineEdit) -> None:
    """Mark the text in ``edit`` as refused (its note says why): the page showing the project again
    after an edit elsewhere leaves it (:func:`show_text`). A refused 'zes' as the planned
    connections was replaced by the project's 8 when the next field was kept, while the note beside
    it still quoted 'zes': what the user typed was gone without a word.

    A field that shows the project's value (:func:`show_text`) is marked as long as it shows the
    refused entry: once the note was put away, 'zes' looked like what the project holds."""
    refused = edit.text()
    edit.setProperty(REFUSED_ENTRY, refused)
    edit.setProperty(REFUSED_OVER, None)
    project_text = edit.property(PROJECT_TEXT)
    if project_text is not None and project_text != refused:
        mark_refused(edit, refused, project_text)


def _kept_refused(edit: QLineEdit, text: str) -> bool:
    """Whether ``edit`` holds a refused entry to leave as it is while the project's text is ``text``:
    until the user changes it, or the project's own value for it changes (an undo, an import)."""
    refused = edit.property(REFUSED_ENTRY)
    if refused is None:
        return False
    over = edit.property(REFUSED_OVER)
    if edit.text() == refused and over in (None, text):
        edit.setProperty(REFUSED_OVER, text)  # the project's text it stands over
        return True
    edit.setProperty(REFUSED_ENTRY, None)
    edit.setProperty(REFUSED_OVER, None)
    return False


def show_text(edit: QLineEdit, text: str) -> bool:
    """Show ``text`` in ``edit`` unless the user is typing there or it holds a refused entry
    (:func:`keep_refused`); True when the text was set."""
    edit.setProperty(PROJECT_TEXT, text)
    if edit.text() == text:
        return False
    if edit.hasFocus() and edit.isModified():
        return False  # being typed: kept when it finishes, never overwritten meanwhile
    if _kept_refused(edit, text):
        return False
    edit.setText(text)
    return True
