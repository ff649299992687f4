"""The pages of every PDF look set by a careful person: a heading never ends a page apart from its
text (the declaration's "Wat betekent uw handtekening?" did), no paragraph leaves one line alone
at a page end or start, no page but the last is near empty, the last holds more than two lines (the tender request had pages of one
or two lines after forced page breaks), and no text goes missing on the way.

Checked line by line on the real layout (the QTextDocument painted into the PDF), with checks
written here independently of :mod:`minigrid_app.ui.page_breaks`, and in the PDF's text.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QTextCursor, QTextDocument

from minigrid_app.io.documents import DocumentContent
from minigrid_app.ui import page_breaks
from minigrid_app.ui.pdf import PdfLayouts, page_body, render_pdf
from tests.pdf_text import pdf_pages
from tests.ui.all_documents import every_document

#: no page but the last may be filled to less than this fraction of its height
NEAR_EMPTY = 0.2


def _laid(content: DocumentContent):
    layouts = PdfLayouts()
    return layouts.laid(content, page_body(layouts.device))


def _lines(document, block) -> list[tuple[int, int]]:
    """(page of the line's top, page of its bottom) for each line of ``block``."""
    height = document.pageSize().height()
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    found = []
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        found.append((int((top + line.y() + 0.5) // height), int((top + line.y() + line.height() - 0.5) // height)))
    return found


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def page_faults(laid) -> list[str]:
    """What a careful typesetter would not let through on the pages of a laid-out document."""
    document = laid.document
    height = document.pageSize().height()
    faults = []
    blocks = [block for block in _blocks(document) if block.text().strip()]
    fill: dict[int, float] = {}
    count: dict[int, int] = {}
    for number, block in enumerate(blocks):
        lines = _lines(document, block)
        if not lines:
            faults.append(f"text not laid out (lost): {block.text()[:40]!r}")
            continue
        top = document.documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        last = layout.lineAt(layout.lineCount() - 1)
        bottom = top + last.y() + last.height()
        page = int((bottom - 0.5) // height)
        fill[page] = max(fill.get(page, 0.0), bottom / height - page)
        for _top_page, bottom_page in lines:
            count[bottom_page] = count.get(bottom_page, 0) + 1
        in_table = QTextCursor(block).currentTable() is not None
        if in_table:
            continue
        if block.blockFormat().headingLevel() > 0 and number + 1 < len(blocks):
            following = _lines(document, blocks[number + 1])
            if following and following[0][1] != lines[-1][1]:
                faults.append(f"heading at a page end apart from its text: {block.text()!r}")
        elif len(lines) >= 2 and block.blockFormat().headingLevel() == 0:
            pages = [bottom_page for _top, bottom_page in lines]
            if pages[0] != pages[1]:
                faults.append(f"orphan (one line at a page end): {block.text()[:40]!r}")
            if pages[-1] != pages[-2] and len(lines) <= 6:
                faults.append(f"widow (one line at a page start): {block.text()[:40]!r}")
    for page in range(laid.pages - 1):
        if fill.get(page, 0.0) < NEAR_EMPTY:
            faults.append(f"page {page + 1} of {laid.pages} near empty ({fill.get(page, 0.0):.0%} filled)")
    if laid.pages > 1 and count.get(laid.pages - 1, 0) <= 2:
        faults.append(f"last page holds only {count.get(laid.pages - 1, 0)} line(s)")
    return faults


def test_every_document_of_every_example_is_set_with_care(qapp):
    """All three examples, both languages, every document (declarations, handouts, report, tender, decision)."""
    problems, documents = [], 0
    for example in ("straat-24", "hofje-8", "twee-onder-een-kap-4"):
        for language in ("nl", "en"):
            layouts = PdfLayouts()
            for name, content in every_document(example, language):
                laid = layouts.laid(content, page_body(layouts.device))
                problems += [f"{example} {language} {name}: {fault}" for fault in page_faults(laid)]
                layouts.forget(content)
                documents += 1
    assert documents > 60
    assert problems == [], "\n".join(problems)


def test_the_declarations_signature_heading_stays_with_its_text(qapp, tmp_path):
    """hofje-8's declaration for Lindehof 1 ended page 1 with "Wat betekent uw handtekening?"."""
    content = dict(every_document("hofje-8", "nl"))["declaration Lindehof 1"]
    path = tmp_path / "verklaring.pdf"
    render_pdf(content, path)
    pages = pdf_pages(path)
    holding = [page for page in pages if "Wat betekent uw handtekening?" in page]
    # (the PDF's text also holds a line that a page end clips: the page with the heading must hold
    # the section's second paragraph, not only the clipped first line of its first)
    assert len(holding) == 1 and "u spreekt uit dat u mee wilt doen" in holding[0]
    assert "Niet: u koopt nog niets" in holding[0]


def _filler(count: int) -> str:
    return "".join(f"<p>Regel {number} met wat tekst om de pagina te vullen.</p>" for number in range(count))


def test_a_heading_never_ends_a_page_wherever_it_falls(qapp):
    """A heading slid down a line at a time past the page end: it always shares a page with its text."""
    for count in range(20, 45):
        html = _filler(count) + "<h2>Kop die bij zijn tekst hoort</h2><p>" + "tekst " * 80 + "</p><p>slot</p>"
        laid = _laid(DocumentContent(kind="report", title="t", html=html, footer="f"))
        assert laid.pages >= 2 or count < 35
        faults = [fault for fault in page_faults(laid) if "heading" in fault or "lost" in fault]
        assert faults == [], (count, faults)


def test_a_chain_of_headings_goes_on_as_one(qapp):
    """An h2 right above an h3: both go to the next page, not the h2 left behind."""
    for count in range(25, 45):
        html = _filler(count) + "<h2>Hoofdstuk</h2><h3>Paragraaf</h3><p>" + "tekst " * 80 + "</p>"
        laid = _laid(DocumentContent(kind="report", title="t", html=html, footer="f"))
        assert [fault for fault in page_faults(laid) if "heading" in fault] == [], count


def test_no_orphan_or_widow_line(qapp):
    """A paragraph of four lines slid past the page end: never one line alone on either side."""
    for count in range(25, 45):
        html = _filler(count) + "<p>" + "woorden " * 55 + "</p>" + _filler(20)
        laid = _laid(DocumentContent(kind="report", title="t", html=html, footer="f"))
        assert [fault for fault in page_faults(laid) if "orphan" in fault or "widow" in fault or "lost" in fault] == [], count


def test_a_forced_page_break_leaves_no_near_empty_page(qapp, tmp_path):
    """A section two lines longer than a page, then a chapter that starts a new page: the two lines
    do not get a page of their own; the chapter follows them on that page."""
    for count in range(36, 41):  # a page holds about 35 of these lines
        html = _filler(count) + '<h2 style="page-break-before: always">Hoofdstuk twee</h2><p>tekst</p>'
        laid = _laid(DocumentContent(kind="report", title="t", html=html, footer="f"))
        assert [fault for fault in page_faults(laid) if "near empty" in fault] == [], count
    # a chapter after a page well filled still starts a page of its own
    html = _filler(30) + '<h2 style="page-break-before: always">Hoofdstuk twee</h2><p>tekst</p>'
    path = tmp_path / "hoofdstuk.pdf"
    assert render_pdf(DocumentContent(kind="report", title="t", html=html, footer="f"), path) == 2
    assert pdf_pages(path)[1].startswith("Hoofdstuk twee")


def test_forced_page_breaks_are_looked_for_only_where_the_document_asks_for_one(qapp, monkeypatch):
    """The pack's handouts and declarations ask for no page break: their blocks are not walked for
    forced ones (issue 16). One asked for in the style sheet alone is found as one in the HTML."""
    walked = []
    real = page_breaks.forced
    monkeypatch.setattr(page_breaks, "forced", lambda document: walked.append(document) or real(document))
    assert _laid(DocumentContent(kind="declaration", title="t", html=_filler(60), footer="f"))._forced == set()
    assert walked == []
    html = _filler(38) + '<h2>Hoofdstuk twee</h2><p>tekst</p>'
    for css, style in (("h2 { PAGE-BREAK-BEFORE: always }", ""), ("", ' style="page-break-before: always"')):
        laid = _laid(DocumentContent(kind="report", title="t", html=html.replace("<h2>", f"<h2{style}>"), css=css, footer="f"))
        assert laid._forced == {("Hoofdstuk twee", 0)}
        assert [fault for fault in page_faults(laid) if "near empty" in fault] == []
    assert len(walked) == 2


def test_the_last_page_is_not_a_line_or_two(qapp):
    """hofje-8's tender request ended on a page holding only "Minigrid 0.1.0 · made on …": the
    note above it goes over with it, from its heading."""
    for count in range(25, 45):
        html = _filler(count) + "<h3>Let op</h3><ul><li>Eerste punt</li><li>Tweede punt</li></ul><p>Minigrid · gemaakt op</p>"
        laid = _laid(DocumentContent(kind="report", title="t", html=html, footer="f"))
        assert [fault for fault in page_faults(laid) if "last page" in fault or "heading" in fault] == [], count


def test_a_heading_and_its_short_introduction_go_with_the_first_subsection(qapp):
    """The tender request's "De bron per cluster" and its three-line introduction ended a page, the
    clusters all on the next: a short introduction to subsections keeps with the first of them."""
    for count in range(20, 45):
        html = (_filler(count) + "<h2>Hoofdstuk</h2><p>Een inleiding van een regel.</p><h3>Paragraaf</h3><p>"
                + "tekst " * 80 + "</p>")
        laid = _laid(DocumentContent(kind="report", title="t", html=html, footer="f"))
        document = laid.document
        pages = {}
        for block in _blocks(document):
            if block.text() in ("Hoofdstuk", "Paragraaf"):
                pages[block.text()] = _lines(document, block)[0][1]
        assert pages["Hoofdstuk"] == pages["Paragraaf"], count
        assert [fault for fault in page_faults(laid) if "heading" in fault or "near empty" in fault] == [], count


def test_the_first_loose_block_above_a_height_is_found_without_laying_out_the_pages_below(qapp):
    """A paragraph slid past the end of page 1 of a six-page text until a line of it is alone: asked
    for a fix above that paragraph, the search gives none and lays out no further than there (Qt
    lays out lazily); asked for one above a lower height, it gives the fix a search of the whole
    document gives."""
    def document(count: int) -> QTextDocument:
        found = QTextDocument()
        found.setDocumentMargin(0)
        found.setHtml(_filler(count) + "<p>" + "woorden " * 55 + "</p>" + _filler(200))
        found.setPageSize(page_body(PdfLayouts().device))
        return found

    fixes = {count: page_breaks.first_loose_block(document(count), set(), set()) for count in range(25, 45)}
    count, fix = next((count, fix) for count, fix in fixes.items() if fix is not None and fix.reason in ("orphan line", "widow line"))
    lazily = document(count)
    assert page_breaks.first_loose_block(lazily, set(), set(), above=fix.top - 1) is None
    assert lazily.lastBlock().layout().lineCount() == 0 and lazily.pageCount() >= 6  # the last page was not laid out
    assert page_breaks.first_loose_block(document(count), set(), set(), above=fix.top) == fix
