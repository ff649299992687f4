"""The short ways through a laid-out document's tables find what going through every row and block finds (issue 16).

:func:`~minigrid_app.ui.table_rows.split_rows` with ``stacked`` measures a few rows per page end
instead of every row; :func:`~minigrid_app.ui.page_breaks.first_loose_block` passes a table by its
lowest row instead of block by block. Checked against the long way on tables of rows of every
height, empty rows, a table in a cell, cells spanning rows, at many page heights, and on every
document of the street example.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable

from minigrid_app.ui import page_breaks
from minigrid_app.ui.pdf import PdfLayouts, page_body
from minigrid_app.ui.table_rows import row_span, split_rows, tables
from tests.ui.all_documents import every_document


def _row(number: int) -> str:
    words = (number * 7) % 23  # rows of one to several lines, some with no text
    text = " ".join(f"woord{number}" for _ in range(words))
    return f"<tr><td>Regel {number if number % 5 else ''}</td><td>{text}</td><td>{'x' * (number % 3)}</td></tr>"


HTML = (
    "<h1>Tabellen</h1><p>Inleiding.</p>"
    "<table width='100%' border='1'><tr><th>Nr</th><th>Tekst</th><th>Kort</th></tr>"
    + "".join(_row(number) for number in range(70))
    + "</table><p>Tussen de tabellen.</p>"
    "<table width='100%' border='1'><tr><td>buiten</td><td><table border='1'><tr><td>binnen 1</td></tr>"
    "<tr><td>binnen 2 met meer woorden dan er op een regel passen, en nog meer woorden</td></tr></table></td></tr>"
    + "".join(_row(number) for number in range(20))
    + "<tr><td></td><td></td><td></td></tr></table>"
    "<table width='100%' border='1'><tr><td rowspan='3'>" + "hoog " * 80 + "</td><td>a</td></tr>"
    "<tr><td>b</td></tr><tr><td>c</td></tr></table><p>Einde.</p>"
)


def _document(height: float) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(HTML)
    document.setPageSize(QSizeF(500, height))
    return document


def _outer_tables(document: QTextDocument) -> list[QTextTable]:
    return [table for table in document.rootFrame().childFrames() if isinstance(table, QTextTable)]


def _past_the_long_way(document: QTextDocument, table: QTextTable):
    """The block after ``table`` and its lowest line's bottom, block by block as the search went before."""
    block = document.findBlock(table.firstPosition())
    bottom = float("-inf")
    while block.isValid() and QTextCursor(block).currentTable() is not None:
        if block.text().strip():
            lines = page_breaks._lines(document, block)
            if lines:
                bottom = max(bottom, lines[-1][1])
        block = block.next()
    return block.blockNumber(), bottom


def _same_rows(document: QTextDocument, table: QTextTable) -> None:
    def plain(found):
        return [(row, top, bottom) for _table, row, top, bottom in found]

    assert plain(split_rows(document, [table], stacked=True)) == plain(split_rows(document, [table]))


@pytest.mark.parametrize("height", [97.0, 150.0, 233.5, 400.0, 611.0, 1000.0])
def test_the_short_ways_find_what_the_long_ways_find(qapp, height):
    document = _document(height)
    outer = _outer_tables(document)
    assert len(outer) == 3
    spanned = outer[2]
    for table in tables(document.rootFrame()):
        if table is not spanned:
            _same_rows(document, table)
    for table in outer:
        after, bottom = page_breaks._past_table(document, table)
        if table is spanned:  # a cell spanning rows: not told from the rows, the search goes block by block
            assert after is None
            continue
        assert (after.blockNumber(), bottom) == _past_the_long_way(document, table)
    # and the search itself, which passes the tables: the same fix as when it went through their blocks
    assert page_breaks.first_loose_block(document, set(), set()) == page_breaks.first_loose_block(_document(height), set(), set())


def test_rows_over_page_ends_are_found_by_halving(qapp):
    """Page ends in a long table: each row over one is found, most others are not measured."""
    document = _document(400.0)
    table = _outer_tables(document)[0]
    measured = []
    height = document.pageSize().height()
    found = split_rows(document, [table], stacked=True)
    everything = [row for row in range(table.rows()) if int(row_span(document, table, row)[0] // height)
                  != int((row_span(document, table, row)[1] - 0.01) // height)]
    assert [row for _table, row, _top, _bottom in found] == everything != []
    import minigrid_app.ui.table_rows as table_rows

    original = table_rows.row_span
    table_rows.row_span = lambda *args: measured.append(args[2]) or original(*args)
    try:
        split_rows(document, [table], stacked=True)
    finally:
        table_rows.row_span = original
    assert len(set(measured)) < table.rows() / 2


def test_every_document_of_the_street_the_same_both_ways(qapp):
    layouts = PdfLayouts()
    checked = 0
    for _name, content in every_document("straat-24", "nl"):
        document = layouts.laid(content, page_body(layouts.device)).document
        for table in tables(document.rootFrame()):
            _same_rows(document, table)
        for table in _outer_tables(document):
            after, bottom = page_breaks._past_table(document, table)
            assert after is not None
            assert (after.blockNumber(), bottom) == _past_the_long_way(document, table)
            checked += 1
        layouts.forget(content)
    assert checked > 100
