"""Where a laid-out QTextDocument needs a page break it does not have, or has one it should not.

Qt's rich text honours ``page-break-before`` and moves a line that does not fit to the next
page, but knows no keep-with-next, widows or orphans. :func:`first_loose_block` finds the
first place on the pages (top to bottom) where the layout breaks one of the rules a careful
typesetter keeps:

- a heading stays with what follows it: with the first two lines of the paragraph after it,
  the first rows of the table after it, or the image after it (a chain of headings, an ``h2``
  right above an ``h3``, goes on to the next page as one, also with a short introduction of at
  most :data:`INTRO_MAX_LINES` lines between them);
- a paragraph or list item does not leave its first line alone at the bottom of a page
  (orphan) nor its last line alone at the top of the next (widow); a paragraph longer than
  :data:`WIDOW_MAX_LINES` lines is left as it is (moving it whole would leave more white than
  the widow it fixes);
- a forced page break (``page-break-before: always``, a chapter starting on a new page) is
  not honoured when the page it ends would hold next to nothing (the tail of the section
  before it, less than :data:`NEAR_EMPTY` of a page): the chapter then follows on that page.

:func:`apply` makes the change on the document's block format (no new HTML, only a new
layout). Table rows are the business of :mod:`minigrid_app.ui.pdf` (kept whole there).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextTable

#: A page filled to less than this fraction of its height before a forced break is near empty.
NEAR_EMPTY = 0.2
#: A paragraph of at most this many lines goes to the next page whole to avoid a widow.
WIDOW_MAX_LINES = 6
#: A paragraph of at most this many lines between a heading and a subheading introduces the subsections.
INTRO_MAX_LINES = 3
#: A last page of at most this many lines takes the section above them along.
LAST_PAGE_MIN_LINES = 2
#: A block whose top is this close to a page's top [px] already starts that page.
AT_TOP_PX = 1.0

_ALWAYS = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
_AUTO = QTextFormat.PageBreakFlag.PageBreak_Auto


@dataclass(frozen=True)
class Fix:
    """A page break to add (``push``) before a block, or a forced one to drop; ``top`` orders fixes [px]."""

    block: int  # the block's number
    push: bool
    top: float
    reason: str


def key(document: QTextDocument, number: int) -> tuple[str, int]:
    """A block told apart by its text and the how-manieth block with that text it is.

    Block numbers change when a table is split in two (the HTML is loaded again); the text does not.
    """
    target = document.findBlockByNumber(number)
    text, seen = target.text(), 0
    block = document.begin()
    while block.isValid() and block.blockNumber() < number:
        seen += block.text() == text
        block = block.next()
    return text, seen


def forced(document: QTextDocument) -> set[tuple[str, int]]:
    """The blocks (:func:`key`) with a page break before them: those the HTML asks for when just loaded."""
    found, seen = set(), {}
    block = document.begin()
    while block.isValid():
        text = block.text()
        if block.blockFormat().pageBreakPolicy() & _ALWAYS:
            found.add((text, seen.get(text, 0)))
        seen[text] = seen.get(text, 0) + 1
        block = block.next()
    return found


def find(document: QTextDocument, wanted: tuple[str, int]) -> QTextBlock | None:
    """The block :func:`key` named, or None."""
    text, occurrence = wanted
    block = document.begin()
    while block.isValid():
        if block.text() == text:
            if occurrence == 0:
                return block
            occurrence -= 1
        block = block.next()
    return None


def apply(document: QTextDocument, block: QTextBlock, push: bool) -> None:
    """Give ``block`` a page break before it (``push``) or take its forced one away."""
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(_ALWAYS if push else _AUTO)
    cursor = QTextCursor(block)
    # Qt lays out again only around the change, leaving later blocks without lines: all of it.
    # In one edit block the change waits for its end, and marking all of it dirty takes the
    # change in and lays out once (not around the change first, then all: a full layout of the
    # report each time, a tenth of the pack's layout time, issue 16); the same layout
    cursor.beginEditBlock()
    cursor.setBlockFormat(fmt)
    document.markContentsDirty(0, document.characterCount())
    cursor.endEditBlock()


def _lines(document: QTextDocument, block: QTextBlock) -> list[tuple[float, float]]:
    """Top and bottom of each line of ``block`` in document coordinates [px]."""
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    found = []
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        found.append((top + line.y(), top + line.y() + line.height()))
    return found


def _table(block: QTextBlock) -> QTextTable | None:
    return QTextCursor(block).currentTable()


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0


def _page(y: float, height: float) -> int:
    return int(y // height)


def _follows(document: QTextDocument, block: QTextBlock, height: float) -> float | None:
    """The bottom [px] of what must share a page with heading ``block``: the first two lines of
    the paragraph after it, the first two rows of a table, an image; None when nothing follows."""
    following = block.next()
    while following.isValid() and not following.text().strip():
        following = following.next()
    if not following.isValid():
        return None
    table = _table(following)
    if table is not None:
        layout = document.documentLayout()
        bottom = float("-inf")
        head = table.format().headerRowCount()
        for row in range(min(table.rows(), head + 1)):
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                bottom = max(bottom, layout.blockBoundingRect(document.findBlock(cell.lastPosition())).bottom())
        return bottom
    lines = _lines(document, following)
    if not lines:
        return None
    if _is_heading(following):
        return lines[0][1]
    after = _next_text(following)
    if len(lines) <= INTRO_MAX_LINES and after is not None and _is_heading(after) and _table(after) is None:
        # a short introduction to the subsections below: the heading, it and the first subheading go as one
        return max(lines[-1][1], _lines(document, after)[0][1] if _lines(document, after) else lines[-1][1])
    return lines[min(1, len(lines) - 1)][1]


def _next_text(block: QTextBlock) -> QTextBlock | None:
    following = block.next()
    while following.isValid() and not following.text().strip():
        following = following.next()
    return following if following.isValid() else None


def _previous_text(block: QTextBlock) -> QTextBlock | None:
    previous = block.previous()
    while previous.isValid() and not previous.text().strip():
        previous = previous.previous()
    return previous if previous.isValid() else None


def _chain_start(document: QTextDocument, block: QTextBlock, height: float) -> QTextBlock:
    """``block``, or the first of the headings right above it on the same page (they go with it as one)."""
    layout = document.documentLayout()
    page = _page(layout.blockBoundingRect(block).top() + AT_TOP_PX, height)
    start = block
    previous = _previous_text(block)
    while previous is not None and _table(previous) is None:
        if not _is_heading(previous):
            # a heading's short introduction (a subheading follows it) goes with the heading above it
            above = _previous_text(previous)
            if not (_is_heading(start) and len(_lines(document, previous)) <= INTRO_MAX_LINES
                    and above is not None and _is_heading(above) and _table(above) is None):
                break
            previous = above
        if _page(layout.blockBoundingRect(previous).top() + AT_TOP_PX, height) != page:
            break
        start = previous
        previous = _previous_text(previous)
    return start


def _at_top(document: QTextDocument, block: QTextBlock, height: float) -> bool:
    lines = _lines(document, block)
    top = lines[0][0] if lines else document.documentLayout().blockBoundingRect(block).top()
    return bool(block.blockFormat().pageBreakPolicy() & _ALWAYS) or top % height < AT_TOP_PX or height - top % height < AT_TOP_PX


def first_loose_block(
    document: QTextDocument, forced: set[tuple[str, int]], settled: set[int], above: float | None = None
) -> Fix | None:
    """The first (highest on the pages) block that breaks a rule of this module, or None.

    ``forced`` names (:func:`key`) the blocks whose page break the document's own HTML asks for:
    only these may be dropped. ``settled`` holds the numbers of blocks already changed once;
    they are not changed again (so the search always ends). ``above`` [px]: only a fix higher
    than that is wanted; the search ends at the first block of the page's flow below it (a
    fix found there or later would not be higher: a fix moves its block or the headings right
    above it, never past a table), so the pages below need not be laid out (Qt lays out
    lazily, as far as it is asked about; issue 16).
    """
    height = document.pageSize().height()
    layout = document.documentLayout()
    root = document.rootFrame()
    block = document.begin()
    last_bottom = 0.0  # the bottom of the last line of text laid out so far
    while block.isValid():
        number = block.blockNumber()
        table = _table(block)
        if table is not None:
            # a table's text breaks none of these rules (its rows are pdf's business): only its
            # lowest line counts, for a forced break below it (issue 16: its blocks one by one
            # were most of this search's time in a report of long tables)
            after, bottom = _past_table(document, table)
            if after is not None:
                last_bottom = max(last_bottom, bottom)
                block = after
                continue
        in_table = table is not None
        lines = _lines(document, block) if block.text().strip() else []
        if above is not None and not in_table and layout.blockBoundingRect(block).top() > above and _in_flow(block, root):
            return None
        if not in_table and number not in settled and lines:
            first_page = _page(lines[0][0] + AT_TOP_PX, height)  # Qt may start a page a hair above it
            if block.blockFormat().pageBreakPolicy() & _ALWAYS and first_page > 0 and key(document, number) in forced:
                filled = last_bottom - (first_page - 1) * height
                if _page(last_bottom - 0.01, height) == first_page - 1 and 0 < filled < NEAR_EMPTY * height:
                    return Fix(number, False, lines[0][0], "near-empty page before a forced break")
            if _is_heading(block):
                bottom = _follows(document, block, height)
                if bottom is not None and _page(bottom - 0.01, height) != _page(lines[-1][1] - 0.01, height):
                    start = _chain_start(document, block, height)
                    if start.blockNumber() not in settled and not _at_top(document, start, height):
                        return Fix(start.blockNumber(), True, layout.blockBoundingRect(start).top(), "heading apart from its text")
            elif len(lines) >= 2:
                pages = [_page(bottom - 0.01, height) for _top, bottom in lines]
                orphan = pages[0] != pages[1]
                widow = pages[-1] != pages[-2] and len(lines) <= WIDOW_MAX_LINES
                start = _chain_start(document, block, height)
                if (orphan or widow) and start.blockNumber() not in settled and not _at_top(document, start, height):
                    return Fix(start.blockNumber(), True, layout.blockBoundingRect(start).top(), "orphan line" if orphan else "widow line")
        if lines:
            last_bottom = max(last_bottom, lines[-1][1])
        block = block.next()
    return _last_page_alone(document, settled)


def _past_table(document: QTextDocument, table: QTextTable) -> tuple[QTextBlock | None, float]:
    """The block after the outermost table around ``table`` and the bottom [px] of that table's lowest
    line of text (-inf: none); (None, -inf) when that cannot be told from its rows (a cell spanning rows).

    The rows are stacked, each below the one before: the lowest line is in the lowest row with
    text, when every cell of that row and of the rows of no text below it starts in it and spans no
    further (a cell from higher up may end lower than the row's own text). Every block of those
    cells counts, a table's within a cell too.
    """
    outer, parent = table, table.parentFrame()
    while parent is not None:
        if isinstance(parent, QTextTable):
            outer = parent
        parent = parent.parentFrame()
    bottom = float("-inf")
    for row in range(outer.rows() - 1, -1, -1):
        for column in range(outer.columns()):
            cell = outer.cellAt(row, column)
            if cell.row() != row or cell.rowSpan() != 1:
                return None, float("-inf")
            block, last = document.findBlock(cell.firstPosition()), cell.lastPosition()
            while block.isValid() and block.position() <= last:
                if block.text().strip():
                    lines = _lines(document, block)
                    if lines:
                        bottom = max(bottom, lines[-1][1])
                block = block.next()
        if bottom > float("-inf"):
            break
    return document.findBlock(outer.lastPosition() + 1), bottom


def _in_flow(block: QTextBlock, root) -> bool:
    """Whether ``block`` is in the root frame itself (in the page's flow, not in a frame of its own)."""
    return QTextCursor(block).currentFrame() == root


def _last_page_alone(document: QTextDocument, settled: set[int]) -> Fix | None:
    """The last page holding no more than :data:`LAST_PAGE_MIN_LINES` lines (a closing remark, the
    colophon): the section above them goes over with them (from its heading, when that is near)."""
    height = document.pageSize().height()
    if document.pageCount() < 2:
        return None
    last_page = document.pageCount() - 1
    first_there, count = None, 0
    block = document.lastBlock()
    while block.isValid():
        lines = _lines(document, block) if block.text().strip() else []
        there = [line for line in lines if _page(line[1] - 0.01, height) == last_page]
        if lines and not there:
            break
        if there:
            if _table(block) is not None:
                return None
            first_there, count = block, count + len(there)
        block = block.previous()
    if first_there is None or count > LAST_PAGE_MIN_LINES or not block.isValid() or _table(block) is not None:
        return None
    if first_there.blockFormat().pageBreakPolicy() & _ALWAYS:
        return None  # a chapter of its own, short as it is
    target = block
    candidate, steps = block, 0
    while candidate.isValid() and steps < 8 and _table(candidate) is None:
        if _is_heading(candidate):
            target = candidate
            break
        candidate, steps = candidate.previous(), steps + 1
    target = _chain_start(document, target, height)
    if target.blockNumber() in settled or _at_top(document, target, height):
        return None
    return Fix(target.blockNumber(), True, document.documentLayout().blockBoundingRect(target).top(), "last page near empty")
