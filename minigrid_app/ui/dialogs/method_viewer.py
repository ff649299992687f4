"""Help → "Hoe rekent Minigrid?": the program's own method, in the program's language.

The method travels with the program: ``docs/method.md`` (English) and ``docs/method.nl.md``
(Dutch) are bundled into ``resources/method/`` by the installer spec; a source checkout
reads them from ``docs/``. Both carry the same section ids (``<a id="heat-demand"></a>``
before a heading or at the start of a list item), so a "hoe berekend?" text can open the
viewer at a section: :meth:`MethodViewer.show_section` or ``MainWindow.show_method(anchor)``.

Qt's Markdown reader drops an empty ``<a id>``; :func:`for_qt` rewrites each one into a
named anchor Qt keeps (``<a name="…">`` around a zero-width space), placed inside the
heading it precedes, so :meth:`QTextBrowser.scrollToAnchor` finds it.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from minigrid_app.paths import resource_dir

#: file name of the method per language (English is the original, Dutch the twin)
METHOD_FILES = {"en": "method.md", "nl": "method.nl.md"}

_ANCHOR_BEFORE_HEADING = re.compile(r'<a id="([a-z0-9-]+)"></a>\n(#{1,6} )')
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


def for_qt(markdown: str) -> str:
    """Rewrite the section ids into anchors Qt's Markdown reader keeps; drop HTML comments."""
    text = _COMMENT.sub("", markdown)
    text = _ANCHOR_BEFORE_HEADING.sub(lambda m: f'{m.group(2)}<a name="{m.group(1)}">&#8203;</a>', text)
    return _ANCHOR.sub(lambda m: f'<a name="{m.group(1)}">&#8203;</a>', text)


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
        self.browser.setMarkdown(for_qt(text))

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
