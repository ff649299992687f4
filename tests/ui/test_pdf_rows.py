"""Issue 15: PDF tables split a row across pages and broke words ("Eenhei|d"). Every table row
of every PDF the program writes stays on one page, a table that goes on to the next page repeats
its head there, and no line ends inside a word.

Checked on the real layout (the QTextDocument that is painted into the PDF, line by line) for
every bundled example and document in both languages, and in the PDF text (pdftotext).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QTextTable

from minigrid_app.io.documents import DocumentContent
from minigrid_app.io.examples import EXAMPLES, load_example
from minigrid_app.io.tender_documents import build_tender_document
from minigrid_app.ui.pdf import PdfLayouts, page_body, render_pdf, split_table, with_table_heads
from minigrid_app.ui.services.tender_pack import tendered
from tests.pdf_text import pdf_pages
from tests.signers_together import signers_together
from tests.ui.all_documents import TODAY, every_document


def _cut_rows(document) -> list[str]:
    """Rows whose text lines lie on more than one page, found line by line (not by block)."""
    height = document.pageSize().height()
    layout = document.documentLayout()
    cut = []
    frames = [document.rootFrame()]
    while frames:
        frame = frames.pop()
        frames += frame.childFrames()
        if not isinstance(frame, QTextTable):
            continue
        for row in range(frame.rows()):
            pages = set()
            for column in range(frame.columns()):
                cell = frame.cellAt(row, column)
                block = document.findBlock(cell.firstPosition())
                while block.isValid() and block.position() <= cell.lastPosition():
                    top = layout.blockBoundingRect(block).top()
                    lines = block.layout()
                    for number in range(lines.lineCount()):
                        line = lines.lineAt(number)
                        pages.add(int((top + line.y()) // height))
                        pages.add(int((top + line.y() + line.height() - 0.5) // height))
                    block = block.next()
            if len(pages) > 1:
                texts = [frame.cellAt(row, c).firstCursorPosition().block().text()[:30] for c in range(frame.columns())]
                cut.append(f"row {row} on pages {sorted(pages)}: {texts}")
    return cut


#: a line may end after these (a soft hyphen, a hyphen, a slash ...) inside a run of letters
_BREAKS_AFTER = set(" \u00ad-/\u2011\u2013\u2014")


def _broken_words(document) -> list[str]:
    """Lines that end inside a word ("Eenhei|d"), on the real layout."""
    broken = []
    block = document.begin()
    while block.isValid():
        text, lines = block.text(), block.layout()
        for number in range(lines.lineCount() - 1):
            line = lines.lineAt(number)
            end = line.textStart() + line.textLength()
            inside = 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum() and text[end - 1] not in _BREAKS_AFTER
            if inside or text[:end].rstrip().endswith("€"):  # or an amount cut from its euro sign ("€ 201 – €|286")
                broken.append(text[max(0, end - 20): end] + "|" + text[end: end + 10])
        block = block.next()
    return broken


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("example", EXAMPLES)
def test_no_table_row_cut_by_a_page_end_and_no_word_broken(qapp, example, language):
    layouts = PdfLayouts()
    problems, pages = [], 0
    for name, content in every_document(example, language):
        laid = layouts.laid(content, page_body(layouts.device))
        pages += laid.pages
        problems += [f"{name}: {cut}" for cut in _cut_rows(laid.document)]
        problems += [f"{name}: word broken {word!r}" for word in _broken_words(laid.document)]
        width = laid.document.documentLayout().documentSize().width()
        assert width <= laid.document.pageSize().width() + 3, name  # whole words, yet nothing past the margin
    assert pages > 10  # the report, the tender request ... laid out on several pages each
    assert problems == [], "\n".join(problems)


def test_a_row_that_was_cut_is_whole_on_the_next_page_under_the_head(qapp, tmp_path):
    """straat-24's tender request: a row of the bill of quantities lost its last line to the next
    page (Vogelstraat 42's low-temperature measures). Each heat pump row begins
    "Water-waterwarmtepomp" and ends "inregelen en opleveren"; each low-temperature row begins
    "…temperatuurmaatregelen" and ends "°C aanvoer": on every page as many beginnings as ends."""
    # the seven homes that signed, the tender of the cut row, kept together in one cluster
    tender = tendered(signers_together(load_example("straat-24")), method="rule_of_thumb", today=TODAY)
    content = build_tender_document(tender.pack, language="nl", today=TODAY)
    path = tmp_path / "uitvraag.pdf"
    render_pdf(content, path)
    pages = pdf_pages(path)
    for first, last in (("Water-waterwarmtepomp", "inregelen en opleveren"), ("temperatuurmaatregelen", "°C aanvoer")):
        counts = [(page.count(first), page.count(last)) for page in pages]
        assert sum(begun for begun, _ in counts) >= 6
        assert all(begun == ended for begun, ended in counts), (first, counts)
    # the table goes on over a page: its head is repeated above the rows there
    continued = [page for page in pages if page.count("Omschrijving") and not page.count("Staat van hoeveelheden")]
    assert continued and all(all(title in page for title in ("Nr.", "Eenheid", "Hoeveelheid", "Bedrag incl. btw"))
                             for page in continued)


def _rows(n: int, words: int) -> str:
    return "".join(f"<tr><td>Regel {i}</td><td>{'woord ' * words} einde{i}</td></tr>" for i in range(n))


def test_long_rows_each_whole_with_the_head_on_every_page(qapp, tmp_path):
    """Rows of six lines in a long table: every row whole on one page, the head on every page."""
    html = ("<h1>Lang</h1><h2>Tabel</h2><table class='grid' width='100%'><tr><th>Nr</th><th>Tekst</th></tr>"
            + _rows(60, 60) + "</table><p>Na de tabel</p>")
    content = DocumentContent(kind="report", title="Lang", html=html, footer="voet")
    path = tmp_path / "lang.pdf"
    pages = render_pdf(content, path)
    texts = pdf_pages(path)[:pages]
    assert pages >= 4
    for number in range(60):
        holding = [page for page, text in enumerate(texts) if f"Regel {number} " in text + " "]
        ending = [page for page, text in enumerate(texts) if f"einde{number} " in text + " "]
        assert holding == ending and len(holding) == 1, number
    assert all("Nr Tekst" in text for text in texts), [t[:40] for t in texts]
    assert _cut_rows(PdfLayouts().laid(content, page_body(PdfLayouts().device)).document) == []


def test_table_heads_and_splits_in_the_html():
    head = "<tr><th>A</th><th>B</th></tr>"
    assert with_table_heads(f"<table x='1'>{head}<tr><td>1</td></tr></table>") == (
        f"<table x='1'><thead>{head}</thead><tr><td>1</td></tr></table>"
    )
    label_rows = "<table><tr><th>Naam</th><td>Jan</td></tr></table>"  # a "label | value" table has no head
    assert with_table_heads(label_rows) == label_rows
    html = f"<h2>Kop</h2><table class='grid'><thead>{head}</thead><tr><td>1</td></tr><tr><td>2</td></tr></table>"
    split = split_table(html, 0, 2)
    assert split == (
        f"<h2>Kop</h2><table class='grid'><thead>{head}</thead><tr><td>1</td></tr></table>"
        f"<table class='grid' style=\"page-break-before: always\"><thead>{head}</thead><tr><td>2</td></tr></table>"
    )
    # the first row after the head: the heading and its table go on to a new page together
    assert split_table(html, 0, 1) == html.replace("<h2>", '<h2 style="page-break-before: always">')
    assert split_table(html, 0, 1, with_heading=False).startswith(
        "<h2>Kop</h2><table class='grid' style=\"page-break-before: always\">"
    )
    assert split_table(html, 1, 1) is None
