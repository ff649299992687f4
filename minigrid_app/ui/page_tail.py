"""The pages of a document from a forced page break on, laid out without the pages above it.

:meth:`minigrid_app.ui.pdf._Laid._keep_together` mends a document's tables one at a time, top
to bottom, each on a new layout of the HTML with the changes before it; each layout went
through every page from the first down to the next table to mend (the report: 58 pages laid
out for its 14, issue 16). A change leaves the pages above it as they were, and a forced page
break above it (a chapter starting on a new page, a table already split) starts its page as
before: from there on the new layout is the one of that break's HTML on its own, started on
the same page at the same height. So the next look is taken on a :class:`Tail`: the document's
head (its style), as many empty pages as lie above the break, and the HTML from the break on;
its text lies at the very heights of the whole document's, so every page and rule reads as on
the whole. That it does is checked where the tail is loaded (the break's first line lies where
it lay); when not, or when the look finds anything but a table row to mend (a loose block, whose
fix is kept on the whole document), the whole document is loaded again and looked at as before.
The whole is loaded once more at the end, for painting.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument, QTextFormat, QTextTable

from minigrid_app.ui import page_breaks
from minigrid_app.ui.html_tables import BREAK_BEFORE, TABLE, TABLE_OPEN

_ALWAYS = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
_BODY = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
#: Elements that hold others: a break within one (and what its style passes on) cannot start a tail.
_CONTAINERS = ("div", "ul", "ol", "dl", "blockquote", "center", "section", "article", "pre")
#: A page of nothing before the tail's break (the first page has no break of its own).
_EMPTY_PAGE = '<p style="page-break-before: always">&nbsp;</p>'
_NO_BREAK = re.compile(r"page-break-before:\s*always;?\s*", re.IGNORECASE)


class Droppable:
    """The blocks whose forced break may go (:func:`minigrid_app.ui.page_breaks.first_loose_block`'s
    ``forced``) on a tail: every one but the tail's own (what lies above it is not there; that one
    was kept on the layout the tail was cut from). So any break that might go is found, and sends
    the look back to the whole."""

    def __init__(self, kept: tuple[str, int]):
        self.kept = kept

    def __contains__(self, key) -> bool:
        return key != self.kept


def forced_breaks(document: QTextDocument) -> list[tuple[int, str]]:
    """Every forced page break in the page's flow (before a block or a table, not within one): the
    position and text of its first block, top to bottom."""
    found = []
    root = document.rootFrame()
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        if table is not None:
            outer, parent = table, table.parentFrame()
            while parent is not None:
                if isinstance(parent, QTextTable):
                    outer = parent
                parent = parent.parentFrame()
            if outer.parentFrame() == root and outer.frameFormat().pageBreakPolicy() & _ALWAYS:
                first = document.findBlock(outer.firstPosition())
                found.append((first.position(), first.text()))
            block = document.findBlock(outer.lastPosition() + 1)
            continue
        if cursor.currentFrame() == root and block.blockFormat().pageBreakPolicy() & _ALWAYS:
            found.append((block.position(), block.text()))
        block = block.next()
    return found


def first_difference(old: str, new: str) -> int:
    """The first index at which ``old`` and ``new`` differ."""
    low, high = 0, min(len(old), len(new))
    while low < high:  # halving on slices: each comparison runs in C
        middle = (low + high + 1) // 2
        if old[:middle] == new[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


@dataclass(frozen=True)
class Tail:
    """What a document holds when it holds a tail: the whole HTML from ``start`` on (a forced break's
    tag), after ``base`` characters of head and ``pages`` empty pages; ``tables``: the tables of
    the whole above it, less the empty pages' own (a table's last row); ``text`` and ``top`` [px]:
    the break's first block as it lies, ``above`` [px] the block above it (None: none);
    ``position`` and ``key`` (:func:`~minigrid_app.ui.page_breaks.key`):
    where it is in the tail (once loaded)."""

    start: int
    base: int
    tables: int
    pages: int
    text: str
    top: float
    above: float | None
    position: int = -1
    key: tuple[str, int] = ("", -1)

    def whole(self, offset: int) -> int | None:
        """The place in the whole HTML of ``offset`` in the tail's (None: in its head or empty pages)."""
        return None if offset < self.base else offset - self.base + self.start


def _tags(html: str, body: int) -> list[int]:
    """Where the tag of each page break the HTML asks for starts, top to bottom (after ``body``)."""
    found = [html.rfind("<", 0, match.start()) for match in BREAK_BEFORE.finditer(html, body)]
    return sorted(set(found))  # a tag may ask twice (a table split again)


def choose(document: QTextDocument, loaded: str, tail: Tail | None, html: str, changed_at: int) -> tuple[str, Tail] | None:
    """The tail of ``html`` (the whole, just changed at ``changed_at``) from the lowest forced break
    above the change in ``document`` (laid out from ``loaded``, itself a tail when ``tail``): its
    HTML and :class:`Tail`; None when there is none (the break on the first page, a break within
    a container, breaks not told apart)."""
    body = _BODY.search(html)
    head = html[: body.end()] if body else ""
    breaks = forced_breaks(document)
    loaded_body = _BODY.search(loaded)
    tags = _tags(loaded, loaded_body.end() if loaded_body else 0)
    if len(tags) != len(breaks):
        return None
    chosen = None
    for (position, text), tag in zip(breaks, tags, strict=True):
        start = tag if tail is None else tail.whole(tag)
        if start is None or start < len(head):
            continue
        if html.find(">", start) >= changed_at:
            break
        chosen = (position, text, start)
    if chosen is None:
        return None
    position, text, start = chosen
    for tag in ("table", *_CONTAINERS):
        if html.count(f"<{tag}", 0, start) != html.count(f"</{tag}", 0, start):
            return None  # within a table, a list, …
    height = document.pageSize().height()
    layout = document.documentLayout()
    top = layout.blockBoundingRect(document.findBlock(position)).top()
    block = document.findBlock(position).previous()  # what stands above the break on the whole
    if tail is not None and block.position() < tail.position:
        above = tail.above  # the tail's own break again: what is above it is not here
    else:
        above = layout.blockBoundingRect(block).top() if block.isValid() else None
    pages = round(top / height)
    if pages < 1:
        return None
    spacer = "<p>&nbsp;</p>" + _EMPTY_PAGE * (pages - 1)  # (Qt drops an empty paragraph)
    # what stands right above the break sets the room above its first line (Qt lets margins
    # meet): a table's last row stands above it again, text a paragraph
    after_table = html[:start].rstrip().lower().endswith("</table>")
    if after_table:
        opening = TABLE_OPEN.search(html, html.rfind("<table", 0, start))
        row = html.rfind("<tr", 0, start)
        spacer += _NO_BREAK.sub("", opening.group(0)) + html[row: html.find("</tr>", row) + len("</tr>")] + "</table>"
    tables = len(TABLE.findall(html, 0, start)) - after_table
    return head + spacer + html[start:], Tail(start, len(head) + len(spacer), tables, pages, text, top, above)


def placed(document: QTextDocument, tail: Tail) -> Tail | None:
    """``tail`` as loaded into ``document``: its break's first block where it lay on the whole (then
    with its position here), else None."""
    breaks = forced_breaks(document)
    if len(breaks) < tail.pages or any(text.strip() for _position, text in breaks[: tail.pages - 1]):
        return None
    position, text = breaks[tail.pages - 1]  # after the empty pages' own breaks
    top = document.documentLayout().blockBoundingRect(document.findBlock(position)).top()
    if text != tail.text or top != tail.top:
        return None
    return dataclasses.replace(tail, position=position, key=page_breaks.key(document, document.findBlock(position).blockNumber()))
