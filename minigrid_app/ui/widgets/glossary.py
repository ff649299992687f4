"""Glossary words on screen: every term a link that explains itself where it is used.

The terms and their explanations are data in :mod:`minigrid_app.core.glossary`; this module
shows them:

- :func:`link_terms_in` walks a widget (a step page, the "hoe berekend?" dialog) and makes
  the first occurrence of each term in a label a quiet link (the app's link blue, no
  underline); hovering shows the explanation, a click opens :class:`TermPopup` in place.
  Panel titles and column titles cannot hold links: hovering them shows the explanation
  and a click on the title opens the same popup. Hovering a table cell (the scorecard,
  the conditions, the quotes) adds the explanation of its terms to the cell's tooltip.
- :class:`TermPopup` shows the term and its explanation, with links to the whole glossary
  at that term and, where there is one, to the method section behind it.
- :class:`GlossaryDialog` is the glossary (Help → Woordenlijst), opened at a term.

A widget that was given links or explanations carries the keys in the dynamic property
``glossaryTerms`` (the tests walk the screens and check it).
"""

from __future__ import annotations

import html
import re

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionGroupBox,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from minigrid_app.core.glossary import (
    LINK_SCHEME,
    find_terms,
    glossary_html,
    link_terms,
    plain_text,
    term,
    terms_in,
)
from minigrid_app.ui.locale import ui_language
from minigrid_app.ui.widgets.links import LINK_COLOUR
from minigrid_app.ui.widgets.whole_figures import Label

#: the look of a term: the program's link blue, no underline (a quiet hint, not a shout)
LINK_STYLE = f"color:{LINK_COLOUR}; text-decoration:none"
#: dynamic property with the keys of the terms a widget links or explains
TERMS_PROPERTY = "glossaryTerms"
_LINKED = re.compile(re.escape(LINK_SCHEME) + r"([\w-]+)")
_HOOKED = "glossaryHooked"
_DONE_TEXT = "glossaryDoneText"


def explanation_html(key: str, language: str | None = None) -> str:
    """The term in bold and its explanation, for a tooltip or the popup."""
    entry = term(key)
    language = language or ui_language()
    return f"<b>{html.escape(entry.name(language))}</b><br>{html.escape(entry.text(language))}"


def explanations_html(keys: list[str], language: str | None = None) -> str:
    return "<br><br>".join(explanation_html(key, language) for key in keys)


class TermPopup(QFrame):
    """The explanation of one term, opened in place; links to the glossary and the method."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.key = key
        self.setObjectName("glossaryPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#glossaryPopup { background: #ffffff; border: 1px solid #8a9bb0; }")
        layout = QVBoxLayout(self)
        language = ui_language()
        entry = term(key)
        more = [f'<a href="open:{key}" style="{LINK_STYLE}">{self.tr("Meer in de woordenlijst")}</a>']
        if entry.section:
            more.append(f'<a href="method:{entry.section}" style="{LINK_STYLE}">{self.tr("Hoe rekent Minigrid?")}</a>')
        self.label = Label(f"{explanation_html(key, language)}<br><br>{' · '.join(more)}")
        self.label.setObjectName("glossaryExplanation")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.label.linkActivated.connect(self._follow)
        layout.addWidget(self.label)
        self.setFixedWidth(380)
        self.adjustSize()

    def _follow(self, link: str) -> None:
        kind, _colon, value = link.partition(":")
        host = self.parentWidget().window() if self.parentWidget() is not None else None
        self.close()
        if kind == "open":
            show_glossary(value, host)
        elif kind == "method" and host is not None and hasattr(host, "show_method"):
            host.show_method(value)

    def show_at(self, point: QPoint) -> None:
        screen = QApplication.screenAt(point) or QApplication.primaryScreen()
        room = screen.availableGeometry()
        x = min(point.x(), room.right() - self.width())
        y = point.y() + 12
        if y + self.height() > room.bottom():
            y = point.y() - self.height() - 12
        self.move(max(room.left(), x), max(room.top(), y))
        self.show()


class GlossaryDialog(QDialog):
    """Help → Handleiding en woordenlijst: the manual (``intro()``, HTML) and every term,
    alphabetical, in one scrolling window, opened at the top or at one term."""

    def __init__(self, parent: QWidget | None = None, intro=None):
        super().__init__(parent)
        self.intro = intro
        self.setObjectName("glossaryDialog")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        self.language = ""
        self.current = ""
        self.resize(640, 560)
        self.load()

    def load(self) -> None:
        self.language = ui_language()
        self._set_title()
        self.close_button.setText(self.tr("Sluiten"))
        intro = self.intro() if self.intro else f"<h3>{self.tr('Woordenlijst')}</h3>"
        self.browser.setHtml(f"{intro}{glossary_html(self.language)}")

    def show_term(self, key: str | None) -> None:
        if self.language != ui_language():
            self.load()
        self.show()
        self.raise_()
        self.current = key or ""
        self._set_title()
        if key:
            self.browser.scrollToAnchor(key)
        else:
            self.browser.verticalScrollBar().setValue(0)


    def _set_title(self) -> None:
        """The title of what was chosen: the manual (opened at its top), or the glossary (at a term)."""
        manual = self.intro is not None and not self.current
        self.setWindowTitle(self.tr("Handleiding en woordenlijst") if manual else self.tr("Woordenlijst"))


def show_glossary(key: str | None = None, host: QWidget | None = None) -> GlossaryDialog:
    """Open the glossary at ``key``: the main window's (``host.show_glossary``) or one of its own."""
    if host is not None and hasattr(host, "show_glossary"):
        return host.show_glossary(key)
    global _OWN_DIALOG
    if _OWN_DIALOG is None or not shiboken6.isValid(_OWN_DIALOG):
        _OWN_DIALOG = GlossaryDialog(host)
    _OWN_DIALOG.show_term(key)
    return _OWN_DIALOG


_OWN_DIALOG: GlossaryDialog | None = None


def open_term(key: str, anchor: QWidget, at: QPoint | None = None) -> TermPopup:
    """Open the explanation of ``key`` next to ``anchor`` (at ``at`` in global coordinates, default: the cursor)."""
    popup = TermPopup(key, anchor)
    popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    popup.show_at(at if at is not None else QCursor.pos())
    anchor.setProperty("glossaryPopup", popup)  # tests find it here
    return popup


class _TitleExplainer(QObject):
    """Hover and click on a panel title or a column title: the explanation of its terms."""

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.ToolTip, QEvent.Type.MouseButtonRelease):
            return False
        keys, rect_hit = self._keys_at(watched, event.position().toPoint() if kind != QEvent.Type.ToolTip else event.pos())
        if not keys or not rect_hit:
            return False
        if kind == QEvent.Type.ToolTip:
            own = self._own_tooltip(watched, event.pos())
            QToolTip.showText(event.globalPos(), (f"{own}<br><br>" if own else "") + explanations_html(keys), watched)
            return True
        if event.button() == Qt.MouseButton.LeftButton:
            open_term(keys[0], watched, event.globalPosition().toPoint())
        return False

    @staticmethod
    def _keys_at(watched, pos: QPoint) -> tuple[list[str], bool]:
        if isinstance(watched, QGroupBox):
            if watched.isCheckable():
                return [], False
            option = QStyleOptionGroupBox()
            watched.initStyleOption(option)
            rect = watched.style().subControlRect(
                QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, watched
            )
            return terms_in(watched.title(), ui_language()), rect.contains(pos)
        header = watched.parentWidget()
        if isinstance(header, QHeaderView) and header.model() is not None:
            section = header.logicalIndexAt(pos)
            if section < 0:
                return [], False
            title = str(header.model().headerData(section, header.orientation()) or "")
            return terms_in(title, ui_language()), True
        return [], False

    @staticmethod
    def _own_tooltip(watched, pos: QPoint) -> str:
        header = watched.parentWidget()
        if isinstance(header, QHeaderView) and header.model() is not None:
            section = header.logicalIndexAt(pos)
            tip = header.model().headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole)
            return html.escape(str(tip)) if tip else ""
        return html.escape(watched.toolTip()) if watched.toolTip() else ""


_TITLES = _TitleExplainer()


class _CellExplainer(QObject):
    """Hover over a table cell: its own tooltip, then the explanation of the terms in it (at most three)."""

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ToolTip:
            return False
        view = watched.parentWidget()
        if not isinstance(view, QAbstractItemView):
            return False
        index = view.indexAt(event.pos())
        text = index.data() if index.isValid() else None
        keys = terms_in(text, ui_language())[:3] if isinstance(text, str) else []
        if not keys:
            return False
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        own = html.escape(str(own)).replace("\n", "<br>") if own and str(own) != text else ""
        QToolTip.showText(event.globalPos(), (f"{own}<br><br>" if own else "") + explanations_html(keys), watched)
        return True


_CELLS = _CellExplainer()


def _label_link(label: QLabel, link: str) -> None:
    if link.startswith(LINK_SCHEME):
        open_term(link[len(LINK_SCHEME):], label)


def _label_hover(label: QLabel, link: str) -> None:
    if link.startswith(LINK_SCHEME):
        QToolTip.showText(QCursor.pos(), explanation_html(link[len(LINK_SCHEME):]), label)


def _style_for(label: QLabel, text: str, language: str) -> str:
    """The link blue, except for a label that is only the term (a variant's name over its column,
    "Gedeelde bodemlus"): that keeps its own colour, so headings do not turn blue next to the
    variants' colours; hovering and clicking explain it all the same."""
    plain = plain_text(text).strip()
    found = find_terms(plain, language)
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(plain):
        return f"color:{label.palette().color(label.foregroundRole()).name()}; text-decoration:none"
    return LINK_STYLE


def link_label(label: QLabel, language: str | None = None) -> list[str]:
    """Make the terms in ``label`` links (first occurrence each); returns the keys linked or already linked."""
    if label.textFormat() == Qt.TextFormat.PlainText or label.objectName() == "glossaryExplanation":
        return []
    text = label.text()
    if not text:
        return []
    if label.property(_DONE_TEXT) == text:  # nothing changed since the last walk
        return list(label.property(TERMS_PROPERTY) or [])
    already = _LINKED.findall(text)
    language = language or ui_language()
    new_text, linked = link_terms(text, language, _style_for(label, text, language), seen=set(already))
    if linked:
        label.setText(new_text)
    keys = [*already, *linked]
    if keys and not label.property(_HOOKED):
        label.setProperty(_HOOKED, True)
        # Tab reaches each term and Enter opens it, as a click does (keyboard users could not)
        label.setTextInteractionFlags(
            label.textInteractionFlags()
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(lambda link, lab=label: _label_link(lab, link))
        label.linkHovered.connect(lambda link, lab=label: _label_hover(lab, link))
    label.setProperty(TERMS_PROPERTY, keys)
    label.setProperty(_DONE_TEXT, label.text())
    return keys


def _explain_titles(widget: QWidget, title: str, language: str) -> None:
    keys = terms_in(title, language)
    widget.setProperty(TERMS_PROPERTY, keys)
    if not widget.property(_HOOKED):
        widget.setProperty(_HOOKED, True)
        widget.installEventFilter(_TITLES)


def link_terms_in(root: QWidget) -> None:
    """Link or explain every glossary term in the labels, panel titles and column titles under ``root``."""
    language = ui_language()
    labels = root.findChildren(QLabel)
    if isinstance(root, QLabel):
        labels.append(root)
    for label in labels:
        link_label(label, language)
    for box in root.findChildren(QGroupBox):
        _explain_titles(box, box.title(), language)
    window = root.window()
    for view in root.findChildren(QAbstractItemView):
        if view.window() is not window:
            continue  # the list of a combo box: a popup of its own, with the words of the field
        model = view.model()
        if not view.viewport().property(_HOOKED):
            view.viewport().setProperty(_HOOKED, True)
            view.viewport().installEventFilter(_CELLS)
        headers = [getattr(view, "horizontalHeader", None), getattr(view, "header", None)]
        for header in (h() for h in headers if h is not None):
            if header is None or model is None:
                continue
            titles = " · ".join(str(model.headerData(s, header.orientation()) or "") for s in range(header.count()))
            _explain_titles(header.viewport(), titles, language)
            header.setProperty(TERMS_PROPERTY, header.viewport().property(TERMS_PROPERTY))
