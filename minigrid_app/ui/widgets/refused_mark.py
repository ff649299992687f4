"""A field that keeps a refused entry is marked as such for as long as it shows it.

A refused entry stays in its field (:func:`minigrid_app.ui.widgets.typed_text.keep_refused`):
'zes' typed as the planned connections stays on screen while the project keeps 8. Once its note
was put away, nothing told that 'zes' was not what the project holds. The field now wears the
mark of a refused entry, the same red as the note and the critical icon of a refused cell in the
homes' table (never by colour alone), and says what the project holds in its tooltip and its
accessible description. The mark goes as soon as the field shows anything else: the next edit,
or the project's value shown again (an undo, an import).

The mark is a frame painted by a child widget over the field plus an icon action inside it, so
it never touches the field's own style sheet or tooltip (step 5's dates set both themselves:
amber for a date worth a look, its doubt as the tooltip); the tooltip shown while marked is the
mark's words above the field's own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QToolTip, QWidget

#: the red of a refused note's border (field_message.REFUSED)
MARK_COLOUR = "#c9473f"
_NAME = "refusedMark"


def refused_words(refused: str, project_text: str) -> str:
    """What a marked field says about itself: what was refused and what the project holds."""
    if project_text:
        return QCoreApplication.translate("RefusedMark", "‘{0}’ is niet overgenomen; in het project staat {1}.").format(
            refused, project_text)
    return QCoreApplication.translate("RefusedMark", "‘{0}’ is niet overgenomen; in het project staat hier nog niets.").format(refused)


class RefusedMark(QWidget):
    """The mark over one line edit (made once, shown and hidden as the field's entry is refused)."""

    def __init__(self, edit: QLineEdit):
        super().__init__(edit)
        self.setObjectName(_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.edit = edit
        self.refused = ""
        self.project_text = ""
        self._own_description = ""  # the field's accessible description before it was marked
        self.action = QAction(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical), "", self)
        edit.installEventFilter(self)
        edit.textChanged.connect(self._text_changed)
        self.hide()

    def show_for(self, refused: str, project_text: str) -> None:
        """Mark the field: it shows ``refused`` while the project holds ``project_text``."""
        if self.isHidden():
            self._own_description = self.edit.accessibleDescription()
            self.edit.addAction(self.action, QLineEdit.ActionPosition.TrailingPosition)
        self.refused, self.project_text = refused, project_text
        self._say()
        self.setGeometry(self.edit.rect())
        self.show()
        self.raise_()

    def clear(self) -> None:
        if self.isHidden():
            return
        self.hide()
        self.edit.removeAction(self.action)
        self.edit.setAccessibleDescription(self._own_description)

    def _say(self) -> None:
        words = refused_words(self.refused, self.project_text)
        self.action.setToolTip(words)
        self.edit.setAccessibleDescription(words)

    def _text_changed(self, text: str) -> None:
        if text != self.refused:
            self.clear()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(MARK_COLOUR), 2))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and not self.isHidden():
            self._say()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.edit and not self.isHidden():
            if event.type() == QEvent.Type.Resize:
                self.setGeometry(self.edit.rect())
            elif event.type() == QEvent.Type.ToolTip:
                own = self.edit.toolTip()
                words = refused_words(self.refused, self.project_text)
                QToolTip.showText(event.globalPos(), f"{words}\n{own}" if own else words, self.edit)
                return True
        return False


def refused_mark(edit: QLineEdit) -> RefusedMark | None:
    """The mark of ``edit`` when it is shown (tests read it), else None."""
    mark = edit.findChild(RefusedMark, _NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return mark if mark is not None and not mark.isHidden() else None


def mark_refused(edit: QLineEdit, refused: str, project_text: str) -> None:
    """Mark ``edit``, showing ``refused`` while the project holds ``project_text``."""
    mark = edit.findChild(RefusedMark, _NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    if mark is None:
        mark = RefusedMark(edit)
    mark.show_for(refused, project_text)


def clear_mark(edit: QLineEdit) -> None:
    """Take the mark off ``edit`` (if it has one)."""
    mark = edit.findChild(RefusedMark, _NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    if mark is not None:
        mark.clear()
