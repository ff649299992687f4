"""Where a laid-out QTextDocument's table rows lie on the pages: the tables, each row's text span,
the rows whose text goes over a page end (:mod:`minigrid_app.ui.pdf` keeps those whole)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtGui import QTextDocument, QTextFrame, QTextTable


def tables(frame: QTextFrame) -> Iterator[QTextTable]:
    """Every table in ``frame`` and the frames within it, in document order."""
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from tables(child)


def row_span(document: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    """Top and bottom (px, document coordinates) of the text in the cells of ``row``, as laid out."""
    layout = document.documentLayout()
    top, bottom = float("inf"), float("-inf")
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row:  # a cell spanning down from a row above
            continue
        first = document.findBlock(cell.firstPosition())
        rect = layout.blockBoundingRect(first)
        top = min(top, rect.top())
        if cell.lastPosition() >= first.position() + first.length():  # more than one block: its last
            rect = layout.blockBoundingRect(document.findBlock(cell.lastPosition()))
        bottom = max(bottom, rect.bottom())
    return top, bottom


def split_rows(
    document: QTextDocument, among: Sequence[QTextTable] | None = None, *, stacked: bool = False
) -> list[tuple[QTextTable, int, float, float]]:
    """The table rows whose text begins on one page and ends on another: (table, row, top, bottom).

    ``among``: only these tables (default: all). ``stacked``: no cell of them spans rows, so each
    row's text lies below the row before's: only the last row beginning on a page can end on a
    later one, and those rows are found by halving (a few rows measured per page, not every row:
    the rows of the report's long tables, measured again after each split, issue 16).
    """
    height = document.pageSize().height()
    found = []
    for table in tables(document.rootFrame()) if among is None else among:
        for row in _rows_on_page_ends(document, table, height) if stacked else range(table.rows()):
            top, bottom = row_span(document, table, row)
            if bottom > top and int(top // height) != int((bottom - 0.01) // height):
                found.append((table, row, top, bottom))
    return found


def _rows_on_page_ends(document: QTextDocument, table: QTextTable, height: float) -> list[int]:
    """The rows of ``table`` (no cell spanning rows) that can go over a page end: for each page end
    within it, the last row beginning above it (:func:`split_rows`' ``stacked``)."""
    count = table.rows()
    if count == 0:
        return []
    tops: dict[int, float] = {}

    def page_of_top(row: int) -> int:
        if row not in tops:
            tops[row] = row_span(document, table, row)[0]
        return int(tops[row] // height)

    last_bottom = row_span(document, table, count - 1)[1]
    found: list[int] = []
    for page in range(page_of_top(0) + 1, int((last_bottom - 0.01) // height) + 1):
        low, high = 0, count - 1  # the last row beginning on a page before ``page``
        while low < high:
            middle = (low + high + 1) // 2
            if page_of_top(middle) < page:
                low = middle
            else:
                high = middle - 1
        if not found or found[-1] != low:
            found.append(low)
    return found
