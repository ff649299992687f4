"""Issue 16: a document's tables are mended on the pages from a forced break on (:mod:`minigrid_app.ui.page_tail`),
not on all pages each time, and come out as mended on the whole document each time.

Compared with the tails turned off: the same HTML (every split, every group name), the same pages
and zoom, for every document of the examples that has forced page breaks and for made-up
documents of chapters and long tables at many page heights (a table right above a chapter, a
near-empty page before one: the cases where the tail is not taken or the whole is looked at again).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSizeF

from minigrid_app.io.documents import DocumentContent
from minigrid_app.ui import page_tail
from minigrid_app.ui.pdf import PdfLayouts, _Laid, page_body
from tests.ui.all_documents import every_document


def _both_ways(monkeypatch, content: DocumentContent, body: QSizeF, device) -> tuple[_Laid, _Laid, list[str], int]:
    """``content`` laid out with tails and without; the HTML each load of the first read, and how
    many tails it looked at."""
    loads: list[str] = []
    tails: list[page_tail.Tail] = []
    load, placed = _Laid._load, page_tail.placed

    def counted(self, html, page=None):
        loads.append(html)
        return load(self, html, page)

    def placed_counted(document, tail):
        found = placed(document, tail)
        tails.extend([found] if found else [])
        return found

    with monkeypatch.context() as patched:
        patched.setattr(_Laid, "_load", counted)
        patched.setattr(page_tail, "placed", placed_counted)
        with_tails = _Laid(content, device, body)
    with monkeypatch.context() as patched:
        patched.setattr(page_tail, "choose", lambda *args: None)
        whole = _Laid(content, device, body)
    return with_tails, whole, loads, len(tails)


def _same(with_tails: _Laid, whole: _Laid) -> None:
    assert with_tails.html == whole.html
    assert (with_tails.pages, with_tails.zoom) == (whole.pages, whole.zoom)
    assert with_tails.document.toHtml() == whole.document.toHtml()


@pytest.mark.parametrize("example", ["straat-24", "hofje-8", "twee-onder-een-kap-4"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_document_with_chapters_is_mended_as_on_the_whole(qapp, monkeypatch, example, language):
    layouts = PdfLayouts()
    body = page_body(layouts.device)
    checked = 0
    for _name, content in every_document(example, language):
        if "page-break-before" not in content.html or content.max_pages:
            continue
        with_tails, whole, _loads, _looked = _both_ways(monkeypatch, content, body, layouts.device)
        _same(with_tails, whole)
        checked += 1
    assert checked >= 1  # the report (and the tender request and decision record, once signed)


def _rows(count: int, mix: int) -> str:
    rows = []
    for number in range(count):
        words = (number * mix) % 17
        rows.append(f"<tr><td>Post {number}</td><td>{' '.join(['woord'] * words)}</td><td>{number * 7 % 100}</td></tr>")
    return "".join(rows)


def _chapters(mix: int) -> str:
    """Chapters on new pages: text, small tables, long tables (one right above the next chapter)."""
    parts = ["<html><body><h1>Verslag</h1>", "<p>" + "Inleiding met wat tekst. " * 30 + "</p>"]
    for chapter in range(6):
        parts.append(f'<h2 style="page-break-before: always">Hoofdstuk {chapter}</h2>')
        parts.append("<p>" + "Een alinea over dit hoofdstuk. " * (5 + (chapter * mix) % 40) + "</p>")
        parts.append(f"<h3>Tabel {chapter}</h3><p>Wat de tabel laat zien.</p>")
        parts.append("<table width='100%' border='1'><tr><th>Post</th><th>Tekst</th><th>Getal</th></tr>"
                     + _rows(4 + (chapter * mix * 7) % 60, mix + chapter) + "</table>")
        if chapter % 2:
            parts.append("<p>" + "Nog een alinea na de tabel. " * ((chapter + mix) % 9) + "</p>")
    parts.append("</body></html>")
    return "".join(parts)


@pytest.mark.parametrize("mix", [3, 5, 11])
def test_made_up_chapters_are_mended_as_on_the_whole_at_every_page_height(qapp, monkeypatch, mix):
    device = PdfLayouts().device
    tails = 0
    for height in (420.0, 555.5, 700.0, 974.6):
        content = DocumentContent(kind="report", title="t", html=_chapters(mix))
        with_tails, whole, _loads, looked = _both_ways(monkeypatch, content, QSizeF(500.0, height), device)
        _same(with_tails, whole)
        tails += looked
    assert tails > 0


def test_the_report_is_loaded_whole_only_to_start_and_to_paint(qapp, monkeypatch):
    """The street's report: its tables mended on tails, the whole HTML read twice (was once per mend)."""
    layouts = PdfLayouts()
    content = dict(every_document("straat-24", "nl"))["report"]
    with_tails, whole, loads, looked = _both_ways(monkeypatch, content, page_body(layouts.device), layouts.device)
    _same(with_tails, whole)
    assert looked >= 2
    assert sum(html == whole.html or html == with_tails._original for html in loads) == 2


def test_a_tail_starts_at_the_lowest_forced_break_above_the_change(qapp):
    text = "<p>" + "Tekst om de pagina te vullen. " * 20 + "</p>"
    html = (f'<html><body>{text}<h2 style="page-break-before: always">B</h2>{text}'
            f'<h2 style="page-break-before: always">C</h2>{text}<table><tr><td>c</td></tr></table></body></html>')
    laid = _Laid(DocumentContent(kind="report", title="t", html=html), PdfLayouts().device, QSizeF(400, 300))
    changed = laid.html.index("<table")
    html = laid.html[:changed] + "<table style=x" + laid.html[changed + len("<table"):]
    chosen = page_tail.choose(laid.document, laid.html, None, html, changed + len("<table "))
    assert chosen is not None
    tail_html, tail = chosen
    assert laid.document.pageCount() == 3
    assert tail.text == "C" and tail.pages == 2 and tail_html.endswith(html[tail.start:])
    assert html[tail.start:].startswith('<h2 style="page-break-before: always">C')
    # loaded, its break lies where it lay on the whole
    laid._load(tail_html, QSizeF(laid.document.pageSize()))
    assert page_tail.placed(laid.document, tail) is not None
