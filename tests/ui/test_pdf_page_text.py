"""Every line of a PDF's text is on one page only: a line that starts right at the top of a page
was also written, unseen, into the page before (Qt drew each line touching the page's clip, and
the clip hid it without leaving it out of the PDF); pdftotext showed the lines around each page
break twice, and so would a screen reader or a search in the PDF."""

from __future__ import annotations

import collections
import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from minigrid_app.io.documents import DocumentContent
from minigrid_app.ui.pdf import render_pdf
from tests.pdf_text import pdf_pages


def test_each_line_is_written_on_one_page_only(qapp, tmp_path):
    paragraphs = "".join(f"<p>Regel {number:03d}: een zin over de bodemlus.</p>" for number in range(1, 181))
    forced = '<h2 style="page-break-before: always">Tweede deel</h2>' + "".join(
        f"<p>Deel twee {number:03d}</p>" for number in range(1, 40))
    content = DocumentContent(kind="report", title="t", html=f"<h1>Verslag</h1>{paragraphs}{forced}", footer="voet")
    path = tmp_path / "t.pdf"
    pages = render_pdf(content, path)
    assert pages >= 3
    seen = collections.Counter()
    for text in pdf_pages(path, layout=True):
        for line in set(re.findall(r"(?:Regel|Deel twee) \d{3}", text)):
            seen[line] += 1
    assert len(seen) == 180 + 39
    assert [line for line, times in seen.items() if times > 1] == []


def _group_rows(groups: int, per_group: int, words: int) -> str:
    from minigrid_app.io.documents import continued_cell

    rows = []
    for group in range(1, groups + 1):
        for item in range(per_group):
            name = f"<b>Groep {group}</b>"
            cell = name if item == 0 else continued_cell(f"{name} (vervolg)")
            text = " ".join(["werk"] * (words + item % 3 * 7))
            rows.append(f"<tr><td>{cell}</td><td>{text} {group}.{item}</td><td>bewoner</td></tr>")
    return "".join(rows)


def test_a_group_continued_on_a_next_page_is_named_there(qapp):
    """The tender's 'Wie doet wat': a group's rows on a next page began with an empty 'Onderdeel'
    cell, whether the page ended between rows or a row was moved whole to the next page."""
    from minigrid_app.ui.pdf import PdfLayouts, page_body, tables

    for words in (3, 20):  # short rows: the page ends between rows; long ones: rows are moved
        html = ('<h1>Wie doet wat</h1><table width="100%"><tr><th>Onderdeel</th><th>Werk</th><th>Wie</th></tr>'
                + _group_rows(3, 25, words) + "</table>")
        layouts = PdfLayouts()
        laid = layouts.laid(DocumentContent(kind="report", title="t", html=html), page_body(layouts.device))
        document = laid.document
        height = document.pageSize().height()
        assert laid.pages >= 2
        starts = []
        for table in tables(document.rootFrame()):
            first_body = table.format().headerRowCount()
            for row in range(first_body, table.rows()):
                top = document.documentLayout().blockBoundingRect(document.findBlock(table.cellAt(row, 1).firstPosition())).top()
                above = table.cellAt(row - 1, 1).firstPosition() if row > first_body else None
                new_page = above is None or int(top // height) != int(
                    document.documentLayout().blockBoundingRect(document.findBlock(above)).top() // height)
                if new_page:
                    starts.append(table.cellAt(row, 0).firstCursorPosition().block().text())
        assert len(starts) >= 2
        assert all(text.startswith("Groep ") for text in starts), (words, starts)
        assert any("(vervolg)" in text for text in starts), (words, starts)
