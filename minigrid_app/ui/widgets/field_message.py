"""A refused edit, said next to the field where the eye is (issue 15).

One place for every page: a small calm note that floats just below the field (a line edit,
a button, or one cell of a table), on top of the window, so it is seen at any window size,
also when the page scrolls and a panel below the table is out of view. It stays until the
field is edited successfully (the caller shows "" then), another note replaces it, the user
clicks it or presses Esc (a click on the note also reaches what lies under it: the note sits on
the next row of a table, and that row's click must not be eaten), the page it points at is hidden, the window changes size or text
size (the field moves away from under it), or an undo, a redo or another project takes away
what it was about. When the page scrolls, the note moves with its field, and goes when the
field scrolls out of sight (a note left where it was shown lay over the next section's words,
pointing at nothing). A note never covers the field the keyboard is in: it goes above its own
field then ('zes' refused as the planned connections, Tab: the note below lay over the estimated
cost, where the user went on typing blind).

- :func:`show_field_message` ``(widget, text, rect=None, kind=REFUSED)``: show (or, with "",
  hide) the note at ``widget`` (``rect``: a part of it, e.g. a cell in a table's viewport);
- :func:`show_cell_message` ``(view, text, index=None)``: at a cell of an item view (the
  current cell by default);
- :func:`attach_to_view` ``(view, signal)``: every message of a model's refusal signal
  (``inputRefused``/``validationFailed``) shown at the view's current cell;
- :func:`put_away` ``(widget)``: hide the window's note (after an undo, redo or another project);
- :func:`field_message` ``(widget)``: the window's note (tests read it);
- :func:`listed` ``(lines)``: several notes as a list, one line each (a note of several
  messages joined into one paragraph could not be read).

The kinds: :data:`REFUSED` (nothing stored: red) and :data:`NOTED` (stored, with a doubt
worth a look: amber).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from minigrid_app.ui.widgets.typed_text import keep_refused
from minigrid_app.ui.widgets.whole_figures import Label

REFUSED, NOTED = "refused", "noted"
#: the widest a note grows before it wraps [px]
MAX_WIDTH = 460
_STYLES = {
    REFUSED: "#fieldMessage { background: #fdecea; border: 1px solid #c9473f; border-radius: 4px; }"
    " QLabel { color: #7f1d1d; }",
    NOTED: "#fieldMessage { background: #fff7e0; border: 1px solid #d6a21e; border-radius: 4px; }"
    " QLabel { color: #5c3b00; }",
}


class FieldMessage(QFrame):
    """The note of one window (see the module docstring)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("fieldMessage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # clicks pass through to the row or field under the note; the application filter
        # below sees them and puts the note away (a note on the next row ate that row's click)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = Label()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setObjectName("fieldMessageText")
        layout.addWidget(self.label)
        self.kind = REFUSED
        self.said = ""  # the note's text as given (shown with its figures kept whole)
        self.anchor: QWidget | None = None
        self._rect: QRect | None = None
        self._bars: list = []  # scroll bars followed while the note is shown
        self._watching_focus = False  # QApplication.focusChanged connected while shown
        self.hide()

    def show_at(self, widget: QWidget, text: str, rect: QRect | None = None, kind: str = REFUSED) -> None:
        if self.anchor is not None and self.anchor is not widget:
            self.anchor.removeEventFilter(self)
        self._stop_following()
        window = self.parentWidget()
        if not text:
            self.anchor = None
            self.hide()
            window.removeEventFilter(self)
            return
        self.kind = kind
        if kind == REFUSED and isinstance(widget, QLineEdit):
            keep_refused(widget)  # shown again by its page, the field keeps what was refused
        self.setStyleSheet(_STYLES.get(kind, _STYLES[REFUSED]))
        self.said = text
        self.label.setText(text)  # a Label: '900 m³', '€ 3.123' stay whole where the note wraps
        self.setAccessibleName(text)
        self.anchor = widget
        widget.installEventFilter(self)
        self._rect = QRect(rect) if rect is not None else None
        self._place(rect if rect is not None else widget.rect())
        self._follow_scrolling(widget, inner=rect is not None)
        # watched only while shown: a window that changes size or text size moves the field
        window.installEventFilter(self)
        self.show()
        self.raise_()
        app = QApplication.instance()
        app.installEventFilter(self)
        if not self._watching_focus:
            app.focusChanged.connect(self._focus_moved)
            self._watching_focus = True

    def _follow_scrolling(self, widget: QWidget, inner: bool) -> None:
        """Follow the scroll bars of every scroll area around ``widget``. A part of the widget
        (``inner``: a cell of a view) moves inside its own view's viewport when that view
        scrolls: the note goes then; a page that scrolls moves the whole field: the note follows."""
        parent = widget
        while parent is not None and parent is not self.parentWidget():
            if isinstance(parent, QAbstractScrollArea):
                own = inner and parent.viewport() is widget
                for bar in (parent.verticalScrollBar(), parent.horizontalScrollBar()):
                    handler = self._put_away if own else self._follow
                    bar.valueChanged.connect(handler)
                    self._bars.append((bar, handler))
            parent = parent.parentWidget()

    def _stop_following(self) -> None:
        for bar, handler in self._bars:
            with contextlib.suppress(RuntimeError, TypeError):  # the bar is gone with its page
                bar.valueChanged.disconnect(handler)
        self._bars = []

    def _put_away(self, *_args) -> None:
        if self.anchor is not None:
            self.show_at(self.anchor, "")

    def _follow(self, *_args) -> None:
        """The page scrolled: the note moves with its field; gone when the field is out of sight."""
        anchor = self.anchor
        if anchor is None or self.isHidden():
            return
        rect = self._rect if self._rect is not None else anchor.rect()
        if anchor.visibleRegion().intersected(rect).isEmpty():
            self._put_away()
        else:
            self._place(rect)

    def _focus_moved(self, _old, _new) -> None:
        """The keyboard went to another field: the note moves off it if it lay over it."""
        if self.anchor is not None and not self.isHidden():
            self._place(self._rect if self._rect is not None else self.anchor.rect())

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._stop_following()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            if self._watching_focus:
                with contextlib.suppress(RuntimeError, TypeError):
                    app.focusChanged.disconnect(self._focus_moved)
                self._watching_focus = False
        super().hideEvent(event)

    def _place(self, rect: QRect) -> None:
        window = self.parentWidget()
        width = min(MAX_WIDTH, max(200, window.width() - 24))
        self.label.setFixedWidth(width - 20)
        self.adjustSize()
        below = self.anchor.mapTo(window, rect.bottomLeft() + QPoint(0, 4))
        above = self.anchor.mapTo(window, rect.topLeft()) - QPoint(0, self.height() + 4)
        spot = below if below.y() + self.height() <= window.height() - 4 else above
        if spot is below and above.y() >= 4 and self._covers_focus(self._clamped(below)):
            spot = above  # the field below is where the user types now
        self.move(self._clamped(spot))

    def _clamped(self, spot: QPoint) -> QPoint:
        window = self.parentWidget()
        x = max(4, min(spot.x(), window.width() - self.width() - 4))
        y = max(4, min(spot.y(), window.height() - self.height() - 4))
        return QPoint(x, y)

    def _covers_focus(self, spot: QPoint) -> bool:
        """True when the note at ``spot`` would lie over the field that has the keyboard (not
        its own field, nor the view of its cell: the next cell of a table is typed in beside it)."""
        window, focus = self.parentWidget(), QApplication.focusWidget()
        anchor = self.anchor
        if focus is None or anchor is None or focus.window() is not window or focus is anchor:
            return False
        if focus.isAncestorOf(anchor) or anchor.isAncestorOf(focus):
            return False
        area = QRect(focus.mapTo(window, QPoint(0, 0)), focus.size())
        return QRect(spot, self.size()).intersects(area)

    def text(self) -> str:
        """What the note says; "" when it is put away."""
        return "" if self.isHidden() else self.said

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and self.isVisible():
            # Esc puts the note away wherever the keyboard is: the note itself never has it (the
            # refused cell's note lay over the next home's row and Esc did nothing); the key goes on
            self.show_at(self.anchor, "") if self.anchor is not None else self.hide()
            return False
        if event.type() == QEvent.Type.MouseButtonPress and watched is not self:
            # a click on the note puts it away and goes on to what lies under it
            if self.isVisible() and self.rect().contains(self.mapFromGlobal(event.globalPosition().toPoint())):
                self.show_at(self.anchor, "") if self.anchor is not None else self.hide()
            return False
        if watched is self.anchor and event.type() in (QEvent.Type.Hide, QEvent.Type.Close):
            self.show_at(self.anchor, "")
        elif watched is self.parentWidget() and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            # the field moved under the note ("Grotere tekst", a larger window): a note left
            # where it was pointed at another home's row
            self.show_at(self.anchor, "") if self.anchor is not None else self.hide()
        return False

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)


def listed(lines: Sequence[str], lead: str = "") -> str:
    """Notes as the program lists them, one a line, each after '• ' (as the import and the
    recovery list theirs), under ``lead`` when given; a single note without a lead as it is."""
    lines = [line for line in lines if line]
    if not lead and len(lines) <= 1:
        return "".join(lines)
    return "\n".join(([lead] if lead else []) + [f"• {line}" for line in lines])


def field_message(widget: QWidget) -> FieldMessage:
    """The note of ``widget``'s window (made the first time it is asked for)."""
    window = widget.window()
    note = window.findChild(FieldMessage, "fieldMessage", Qt.FindChildOption.FindDirectChildrenOnly)
    if note is None:
        note = FieldMessage(window)
    return note


def show_field_message(widget: QWidget, text: str, rect: QRect | None = None, kind: str = REFUSED) -> FieldMessage:
    """Show ``text`` just below ``widget`` (or ``rect`` of it); "" hides the note."""
    note = field_message(widget)
    note.show_at(widget, text, rect, kind)
    return note


def put_away(widget: QWidget) -> None:
    """Put away the note of ``widget``'s window, if any: what it said is about a state that an
    undo or another project took away."""
    window = widget.window()
    note = window.findChild(FieldMessage, "fieldMessage", Qt.FindChildOption.FindDirectChildrenOnly)
    if note is not None and not note.isHidden():
        note.show_at(note.anchor, "") if note.anchor is not None else note.hide()


def show_cell_message(view: QAbstractItemView, text: str, index=None, kind: str = REFUSED) -> FieldMessage:
    """Show ``text`` just below a cell of ``view`` (its current cell when ``index`` is None)."""
    index = view.currentIndex() if index is None else index
    rect = view.visualRect(index) if index is not None and index.isValid() else None
    if rect is not None and not rect.isValid():
        rect = None
    target = view.viewport() if rect is not None else view
    return show_field_message(target, text, rect, kind)


def attach_to_view(view: QAbstractItemView, signal, kind: str = REFUSED) -> None:
    """Show every message ``signal`` carries at the current cell of ``view``; "" hides it."""

    def show(text: str) -> None:
        if not text and field_message(view).anchor not in (view, view.viewport()):
            return  # another field's note stays
        show_cell_message(view, text, kind=kind)

    signal.connect(show)
