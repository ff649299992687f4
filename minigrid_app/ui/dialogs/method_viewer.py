"""Help → "Hoe rekent Minigrid?": the program's own method, in the program's language.

The method travels with the program: ``docs/method.md`` (English) and ``docs/method.nl.md``
(Dutch) are bundled into ``resources/method/`` by the installer spec; a source checkout
reads them from ``docs/``. Both carry the same section ids (``<a id="heat-demand"></a>``
before a heading or at the start of a list item), so a "hoe berekend?" text can open the
viewer at a section: :meth:`MethodViewer.show_section` or ``MainWindow.show_method(anchor)``.

Qt's Markdown reader drops an empty ``<a id>`` (and inline HTML at the start of a heading
turns the heading into plain text), so :func:`set_method_markdown` replaces each id by a
marker of two private-use characters around the name, lets Qt read the Markdown, then
turns every marker into an anchor name on the character that follows it. Headings stay
headings, nothing extra is shown, and :meth:`QTextBrowser.scrollToAnchor` finds them.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRegularExpression, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from minigrid_app.paths import resource_dir

#: file name of the method per language (English is the original, Dutch the twin)
METHOD_FILES = {"en": "method.md", "nl": "method.nl.md"}

_ANCHOR_BEFORE_HEADING = re.compile(r'<a id="([a-z0-9-]+)"></a>\n(#{1,6} )')
_ANCHOR_BEFORE_LINE = re.compile(r'<a id="([a-z0-9-]+)"></a>\n(?=\S)')
_ANCHOR = re.compile(r'<a id="([a-z0-9-]+)"></a>')
_COMMENT = re.compile(r"<!--.*?-->\n*", re.DOTALL)


def method_path(language: str) -> Path:
    """Where the method text in ``language`` (``"nl"`` or ``"en"``) is.

    Raises
    ------
    FileNotFoundError
        When neither the bundled copy nor the source checkout's ``docs/`` has it.
    """
    name = METHOD_FILES.get(language, METHOD_FILES["nl"])
    resources = resource_dir()
    for candidate in (resources / "method" / name, resources.parent / "docs" / name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"method text {name} not found next to the program's resources")


def method_markdown(language: str) -> str:
    """The method text in ``language`` as Markdown (UTF-8)."""
    return method_path(language).read_text(encoding="utf-8")


def section_ids(markdown: str) -> list[str]:
    """The stable section ids (``<a id="…">``) of a method text, in order."""
    return _ANCHOR.findall(markdown)


_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use characters: never in the method text
#: the space between groups of three digits ("2 711,4", "1 800 kWh"), where a line may not break
_DIGIT_GROUP_SPACE = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")


def for_qt(markdown: str) -> str:
    """The Markdown with HTML comments dropped, each section id replaced by a marker and the
    spaces inside numbers made non-breaking.

    An id on the line before a heading moves to the start of the heading text; one on the
    line before a paragraph joins that paragraph.
    """
    text = _COMMENT.sub("", markdown)
    # a number stays on one line: "ΣGD = 2" at the end of one line and "711,4" on the next
    text = _DIGIT_GROUP_SPACE.sub("\u00a0", text)
    text = _ANCHOR_BEFORE_HEADING.sub(lambda m: f"{m.group(2)}{_OPEN}{m.group(1)}{_CLOSE}", text)
    # an id on its own line joins the paragraph it precedes (no line break shown before it)
    text = _ANCHOR_BEFORE_LINE.sub(lambda m: f"{_OPEN}{m.group(1)}{_CLOSE}", text)
    return _ANCHOR.sub(lambda m: f"{_OPEN}{m.group(1)}{_CLOSE}", text)


def set_method_markdown(document: QTextDocument, markdown: str) -> None:
    """Show ``markdown`` in ``document`` with every section id as a named anchor."""
    document.setMarkdown(for_qt(markdown))
    pattern = QRegularExpression(f"{_OPEN}([a-z0-9-]+){_CLOSE}")
    cursor = document.find(pattern)
    while not cursor.isNull():
        name = pattern.match(cursor.selectedText()).captured(1)
        cursor.removeSelectedText()
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
        char_format = cursor.charFormat()
        char_format.setAnchor(True)
        char_format.setAnchorNames([*char_format.anchorNames(), name])
        cursor.mergeCharFormat(char_format)
        cursor = document.find(pattern, cursor)


class MethodViewer(QDialog):
    """A window with the method, its links between sections working, opened at a section.

    Parameters
    ----------
    language : str
        ``"nl"`` or ``"en"``: which text to show.
    parent : QWidget, optional
    """

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("methodViewer")
        self.language = language
        self.ids: list[str] = []
        self.resize(820, 640)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("methodText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.load(language)

    def load(self, language: str) -> None:
        """Show the method in ``language``; a missing file gives a calm sentence instead."""
        self.language = language
        self.setWindowTitle(self.tr("Hoe rekent Minigrid?"))
        try:
            text = method_markdown(language)
        except (OSError, UnicodeDecodeError):
            self.ids = []
            self.browser.setPlainText(
                self.tr(
                    "De uitleg van de rekenmethode is niet gevonden bij dit programma. "
                    "Installeer Minigrid opnieuw; de berekeningen zelf werken gewoon."
                )
            )
            return
        self.ids = section_ids(text)
        set_method_markdown(self.browser.document(), text)

    def show_section(self, anchor: str | None) -> bool:
        """Scroll to the section with id ``anchor`` (top when None); False if there is none."""
        if not anchor:
            self.browser.verticalScrollBar().setValue(0)
            return True
        if anchor not in self.ids:
            return False
        self.browser.scrollToAnchor(anchor)
        return True

    def _follow(self, url: QUrl) -> None:
        # links between sections ("#isde", "method.md#isde"); nothing leaves the program
        fragment = url.fragment()
        if fragment:
            self.show_section(fragment)
