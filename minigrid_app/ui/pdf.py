"""Render the evening's documents to A4 PDF with Qt's own machinery (QTextDocument on QPdfWriter).

The HTML comes from :mod:`minigrid_app.io.documents` (no Qt there); this module lays it out
on A4 pages with margins, a footer with the page number ("pagina 2 van 5"), honours
``page-break-before``, keeps every table row whole on one page (a table that goes on to the
next page repeats its head there; a small table is not split at all), keeps headings with their
text, paragraphs free of orphan and widow lines and drops a forced page break that would leave a
page near empty (:mod:`minigrid_app.ui.page_breaks`), and shrinks a document that must fit a page limit (the
kitchen-table handout: one page). Lines break between words only, never inside one. Several
documents can go into one file for printing; each keeps its own page numbers. Writing is
atomic: the PDF is painted in memory, then written to a temporary file that is renamed into
place when complete (Qt does not report a failed write to a file: a full disk left a
cut-off PDF).

Works in a worker thread (QTextDocument and QPainter on a QPdfWriter are reentrant); it
needs a QGuiApplication to exist for fonts.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFrameFormat,
    QTextOption,
    QTextTable,
)

from minigrid_app import APP_NAME
from minigrid_app.core.formatting import unbroken
from minigrid_app.io.documents import MARGIN_MM, PAGE_DPI, DocumentContent, Pixels
from minigrid_app.io.pdfjoin import PdfJoin, PdfJoinError, split
from minigrid_app.io.projectfile import atomic_write_files, write_target
from minigrid_app.ui import page_breaks, page_tail
from minigrid_app.ui.html_tables import (  # noqa: F401  (split_table, with_table_heads: read here by tests)
    BREAK_BEFORE,
    ROW,
    SMALL_TABLE,
    TABLE,
    name_group,
    split_table,
    with_table_heads,
)
from minigrid_app.ui.table_rows import row_span, split_rows, tables

#: Height kept free at the bottom of every page for the footer [mm].
FOOTER_MM = 7.0
#: Smallest zoom a document is shrunk to when it must fit its page limit.
MIN_ZOOM = 0.55
#: The zoom is tried in steps of this from 1 down.
ZOOM_STEP = 0.04
BASE_FONT_PT = 10.0
#: How far past a page's end a row is pushed so that Qt starts it on the next page [px]
#: (more than a cell's top padding and border; Qt then puts it right below the repeated head).
ROW_PUSH_PX = 8.0
#: How far inside a page's top and bottom edge a line must reach to be drawn on it [px]
#: (a line that only touches the edge belongs to the page before or after).
PAGE_EDGE_PX = 0.5


class PdfError(Exception):
    """The PDF could not be written (folder missing, disk full, no permission)."""


def _mm_to_px(mm: float) -> float:
    return mm / 25.4 * PAGE_DPI


def amounts_whole(html: str) -> str:
    """``html`` with every figure kept whole where a line wraps (:func:`minigrid_app.core.formatting.unbroken`):
    a narrow table column broke a price band as '€ 201 – €' | '286'; now it breaks at the dash,
    and '250 m', '50 %', '15 jaar' stay on one line too."""
    return unbroken(html, html=True)


def qimage(image: bytes | Pixels) -> QImage:
    """A document's image for Qt: a PNG read, or a chart's pixels.

    A chart is opaque (drawn on white): it is kept as 8-bit RGB, a quarter less memory than
    the ARGB Qt reads a PNG into, and the PDF's image is the same (it holds the same pixels).
    """
    if isinstance(image, Pixels):
        if image.packed:
            rows = image.rgba()
            found = QImage(rows, image.width, image.height, 4 * image.width, QImage.Format.Format_RGBA8888)
            found = found.convertToFormat(QImage.Format.Format_RGB888)  # a copy: ``rows`` may go
        else:
            # read in place (:func:`~minigrid_app.io.documents.charts_drawn_once`): a chart drawn on
            # white is opaque, so RGBX has its pixels, without a copy (Qt keeps the bytes while any
            # copy of the image lives)
            found = QImage(image.data, image.width, image.height, 4 * image.width, QImage.Format.Format_RGBX8888)
        found.setDotsPerMeterX(round(image.dpi / 0.0254))
        found.setDotsPerMeterY(round(image.dpi / 0.0254))
        return found
    return QImage.fromData(image, "PNG")


def _new_writer(path: str | QIODevice, title: str) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(PAGE_DPI)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    return writer


class _Laid:
    """One document laid out for a page size: the QTextDocument, its zoom and page count."""

    def __init__(
        self, content: DocumentContent, writer: QPdfWriter, body: QSizeF, zoom_hint: float | None = None, hint_first: bool = False
    ):
        self.content = content
        self.zoom = 1.0
        self.document = QTextDocument()
        self.document.setUseDesignMetrics(True)
        self.document.documentLayout().setPaintDevice(writer)
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(BASE_FONT_PT)
        self.document.setDefaultFont(font)
        self.document.setDocumentMargin(0)
        # lines break between words only: Qt's default also breaks a word that is wider than
        # its table column ("Eenhei|d", "Warmtepompinstal|lateur"); now the column is made as
        # wide as its longest word (the variant names' compounds carry soft hyphens)
        option = self.document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.document.setDefaultTextOption(option)
        if content.css:
            self.document.setDefaultStyleSheet(content.css)
        self._images = [(QUrl(name), qimage(data)) for name, data in content.images.items()]
        self._original = with_table_heads(amounts_whole(content.html))
        self.html = ""
        self._load(self._original)
        self.body = body
        if content.max_pages:
            self._shrink(content.max_pages, zoom_hint, hint_first)
        else:
            self._layout(1.0)

    def _fits(self, zoom: float, limit: int) -> bool:
        """Lay out at ``zoom``; True when it fits ``limit`` pages with its rows kept whole.

        Rows are kept whole only at a zoom where the text may fit: keeping them whole only ever
        pushes text down, so a zoom too large without it is too large with it.
        """
        self._layout(zoom, whole_rows=False)
        if self.pages > limit:
            return False
        if self.pages > 1:  # one page has nothing to keep together
            self._keep_together()
        self.pages = self.document.pageCount()
        return self.pages <= limit

    def _shrink(self, limit: int, hint: float | None = None, hint_first: bool = False) -> None:
        """The largest zoom of 1, 0.96, 0.92, … at which the document fits ``limit`` pages (else MIN_ZOOM's).

        A smaller zoom gives the text a wider and taller page, so it fits wherever a larger zoom
        fits. The zooms are tried from the top; with ``hint`` (the zoom a document of the same
        kind needed: the pack's 24 handouts need about the same) from there: when the zoom one
        step above the hint does not fit and the hint does, the hint is the zoom, found in two
        layouts instead of one per step from the top. When the zoom above fits, the zooms above
        that are tried until one does not fit or the text, laid out on one page, is taller than
        the next zoom's page (:meth:`_taller_than_page`: that zoom cannot fit, no layout needed).

        ``hint_first`` (one page): the hint is tried first, and when the text laid out there is
        taller than the page of the zoom above, that zoom cannot fit: the hint is the zoom, found
        in one layout. When the hint does not fit, the search goes on below it; when the text leaves
        room for the zoom above, that one is tried as without (:meth:`PdfLayouts.zoom_hint`: used
        where the one of the hint was found so). The zoom found is the same either way.
        """
        zoom = 1.0
        if hint is not None and MIN_ZOOM < hint < 1.0 and hint_first and limit == 1:
            if not self._fits(hint, limit):
                hint, zoom = None, round(hint - ZOOM_STEP, 2)  # neither the zoom above fits
            elif self._taller_than_page(round(hint + ZOOM_STEP, 2), limit):
                return
        if hint is not None and MIN_ZOOM < hint < 1.0:
            above = round(hint + ZOOM_STEP, 2)
            if self._fits(above, limit):
                while above < 1.0:
                    larger = round(above + ZOOM_STEP, 2)
                    if self._taller_than_page(larger, limit) or not self._fits(larger, limit):
                        break
                    above = larger
                if self.zoom != above:
                    self._fits(above, limit)
                return
            zoom = hint
        while not self._fits(zoom, limit):
            if zoom <= MIN_ZOOM:
                self._keep_together()
                self.pages = self.document.pageCount()
                return
            zoom = round(zoom - ZOOM_STEP, 2)

    def _taller_than_page(self, zoom: float, limit: int) -> bool:
        """Whether the document, laid out on one page now, cannot fit one page at the larger ``zoom``.

        At a larger zoom the page is narrower (its lines break sooner, no block gets shorter) and
        shorter: text already lower than that page's height ends lower still, on a second page.
        False when that cannot be told (more than one page allowed or laid out).
        """
        if limit != 1 or self.pages != 1:
            return False
        bottom = self.document.documentLayout().blockBoundingRect(self.document.lastBlock()).bottom()
        return bottom > self.body.height() / zoom

    def _load(self, html: str, page: QSizeF | None = None) -> None:
        """Read ``html`` into the document, laid out on ``page`` (default: the page it had; 0 × 0:
        none yet, nothing laid out until a page is set).

        The HTML is read with no page (a size of 0 × 0): on a page, even a new document's
        unbounded one, Qt starts laying the text out while reading it, a layout the page set
        next threw away (two thirds of reading a handout, issue 16).
        """
        page = QSizeF(self.document.pageSize()) if page is None else page
        self.document.setPageSize(QSizeF(0, 0))
        for url, image in self._images:
            self.document.addResource(QTextDocument.ResourceType.ImageResource, url, image)
        self.document.setHtml(html)
        if page.width() > 0 and page.height() > 0:
            self.document.setPageSize(page)
        self.html = html
        self._changed = False  # page breaks changed on the document, not in ``html``
        if html is self._original:
            # a document whose HTML and style sheet ask for no page break has none (the handouts and
            # declarations): its blocks need not be walked for them (issue 16)
            asks = BREAK_BEFORE.search(html) or BREAK_BEFORE.search(self.content.css or "")
            self._forced = page_breaks.forced(self.document) if asks else set()

    def _layout(self, zoom: float, whole_rows: bool = True) -> None:
        # a smaller zoom lays the text out on a larger page and paints it scaled down
        self.zoom = zoom
        page = QSizeF(self.body.width() / zoom, self.body.height() / zoom)
        if self.html != self._original or self._changed:
            self._load(self._original, page)
        else:
            self.document.setPageSize(page)
        if whole_rows:
            self._keep_together()
        self.pages = self.document.pageCount()

    def _cuts(self, skipped: set[tuple[int, int]], offset: int = 0) -> list[tuple[int, int, QTextTable, float, bool]] | None:
        """Tables to split, first on the pages first: (index in the HTML, row, table, top [px], only named).

        A row Qt cut in two (row: that row), and a small table (:data:`SMALL_TABLE`) going over
        a page end (row 0: the whole table moves); a row that starts a page in a group's empty
        cell is not split but only shows its group's name there (only named: True). None when the HTML's tables cannot be told
        apart in order (tables within tables). ``offset``: the tables of the whole HTML above the
        document's (:mod:`~minigrid_app.ui.page_tail`), added to the index.

        The first is what counts: the tables are read top to bottom and no further than the
        first table in the page's flow that starts below the highest cut found (every cut of it and
        of the tables after it is lower). Qt lays a document out only as far as it is asked
        about, so the pages below are not laid out for it (issue 16).
        """
        height = self.document.pageSize().height()
        found = list(tables(self.document.rootFrame()))
        htmls = TABLE.findall(self.html)
        if len(found) != len(htmls):
            return None
        rows_cut, named, small = [], [], []  # in this order, as one list sorted by top (ties keep it)
        highest = float("inf")
        for number, table in enumerate(found):
            index = number + offset  # in the whole HTML (:mod:`~minigrid_app.ui.page_tail`: ``offset`` tables above)
            top = row_span(self.document, table, 0)[0]
            parent = table.parentFrame()
            in_flow = table.frameFormat().position() == QTextFrameFormat.Position.InFlow
            if top > highest and in_flow and parent is not None and parent.parentFrame() is None:
                break
            rows_cut += [
                (index, row, table, row_top, False)
                for _table, row, row_top, bottom in split_rows(self.document, [table], stacked="rowspan" not in htmls[number].lower())
                if bottom - row_top < 0.9 * height and (index, row) not in skipped
            ]
            named += [(*found, True) for found in self._unnamed_group(index, table, htmls[number], height) if found[:2] not in skipped]
            if table.rows() >= 2 and (index, 0) not in skipped:
                bottom = row_span(self.document, table, table.rows() - 1)[1]
                if bottom - top < SMALL_TABLE * height and int(top // height) != int((bottom - 0.01) // height):
                    small.append((index, 0, table, top, False))
            highest = min((cut[3] for cut in rows_cut + named + small), default=highest)
        return sorted(rows_cut + named + small, key=lambda found: found[3])

    def _unnamed_group(self, index: int, table: QTextTable, html: str, height: float):
        """The rows of ``table`` (``html``, number ``index``) that start a page in a group's empty cell
        (:data:`_CONTINUED`): split there, so that the row shows its group's name ((index, row, table, top [px]))."""
        if "<!--continued:" not in html:
            return
        rows = ROW.findall(html)
        for row in range(1, min(table.rows(), len(rows))):
            if "<!--continued:" not in rows[row]:
                continue
            top = row_span(self.document, table, row)[0]
            if int(top // height) != int((row_span(self.document, table, row - 1)[1] - 0.01) // height):
                yield index, row, table, top

    def _keep_together(self, limit: int = 60) -> None:
        """Break the pages where a careful typesetter would, top to bottom, one change at a time.

        A table row that Qt cut in two starts on the next page (:func:`split_table`; Qt starts
        a row on the next page only when none of its cells' first lines fits, otherwise the
        rest of the row flows on); so does a small table that went over a page end, with its
        heading. A row taller than most of a page is left to flow on. Headings keep with their
        text, paragraphs lose no orphan or widow line and a forced break leaves no near-empty
        page (:mod:`minigrid_app.ui.page_breaks`; changed on the document itself, and again
        after a table split loads the HTML anew). After a table split the next look is taken on
        the pages from the forced break above it on (:mod:`minigrid_app.ui.page_tail`: the same
        pages, not laid out again from the first; the whole is loaded at the end), while no
        block was changed on the document.
        """
        skipped: set[tuple[int, int]] = set()
        fixes: list[tuple[tuple[str, int], bool]] = []
        settled: set[int] = set()
        whole, tail, tails = self.html, None, not BREAK_BEFORE.search(self.content.css or "")
        attempt = misplaced = 0
        while attempt < limit:
            attempt += 1
            # the highest broken rule first: Qt lays the document out only as far as it is asked
            # about, so finding the first cut and then a loose block above it lays out the pages
            # down to there, not all of them (a full layout per change, seven for the report, was
            # most of its layout time, issue 16); a document of one page breaks no rule
            cuts = self._cuts(skipped, tail.tables if tail else 0)
            forced = page_tail.Droppable(tail.key) if tail else self._forced
            loose = page_breaks.first_loose_block(self.document, forced, settled, cuts[0][3] if cuts else None)
            cut = cuts[0] if cuts and (loose is None or cuts[0][3] <= loose.top) else None
            if tail is not None and (cuts is None or loose is not None and cut is None):
                # not a table row to mend, seen on the tail alone: looked at again on the whole
                attempt, tail, tails = attempt - 1, None, False
                self._load(whole, QSizeF(self.document.pageSize()))
                continue
            if cut is not None:
                index, row, table, _top, only_named = cut
                html = self._change(whole, index, row, table, only_named, tail)
                if html is None or html == whole:
                    skipped.add((index, row))
                    continue
                # the page breaks found before go in again while the document has no page (each
                # was a layout of its own), then it is laid out on its page once
                page = QSizeF(self.document.pageSize())
                chosen = page_tail.choose(self.document, self.html, tail, html, page_tail.first_difference(whole, html)) if tails and not fixes else None
                whole, tail = html, None
                if chosen is not None:
                    self._load(chosen[0], page)
                    tail = page_tail.placed(self.document, chosen[1])
                    if tail is None:  # not where it lay: the whole
                        misplaced += 1
                        tails = misplaced < 2
                        self._load(whole, page)
                    continue
                self._load(html, QSizeF(0, 0))
                settled = set()
                for name, push in fixes:
                    block = page_breaks.find(self.document, name)
                    if block is not None:
                        self._changed = True
                        page_breaks.apply(self.document, block, push)
                        settled.add(block.blockNumber())
                self.document.setPageSize(page)
            elif loose is not None:
                self._changed = True
                fixes.append((page_breaks.key(self.document, loose.block), loose.push))
                settled.add(loose.block)
                page_breaks.apply(self.document, self.document.findBlockByNumber(loose.block), loose.push)
            else:
                break
        if tail is not None:  # the whole, for painting
            self._load(whole, QSizeF(self.document.pageSize()))

    def _change(self, html: str, index: int, row: int, table: QTextTable, only_named: bool, tail: page_tail.Tail | None) -> str | None:
        """``html`` (the whole) with the cut of row ``row`` of table ``index`` (``table`` as laid out, on ``tail``) mended."""
        if only_named:  # the row already starts the page: it gets its group's name, nothing moves
            return name_group(html, index, row)
        height = self.document.pageSize().height()
        heading = self.document.findBlock(table.firstPosition()).previous()
        if tail is not None and heading.position() < tail.position:
            top = tail.above  # the block above the tail's break, as it lay on the whole
        else:
            top = self.document.documentLayout().blockBoundingRect(heading).top() if heading.isValid() else None
        return split_table(html, index, row, with_heading=top is None or top % height >= 1)

    def paint_page(self, painter: QPainter, index: int, origin_x: float, origin_y: float) -> None:
        page = self.document.pageSize()
        painter.save()
        painter.translate(origin_x, origin_y)
        painter.scale(self.zoom, self.zoom)
        painter.translate(0, -index * page.height())
        clip = QRectF(0, index * page.height(), page.width(), page.height())
        painter.setClipRect(clip)
        # Qt draws every line that touches the clip, and the clip only hides what falls outside it
        # (the PDF still holds that text): a line that starts right at the next page's top was
        # also in this page's PDF text, unseen ('pdftotext' showed it twice); the lines drawn
        # are those within the page, kept off its edges by a hair
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip.adjusted(0, PAGE_EDGE_PX, 0, -PAGE_EDGE_PX)
        self.document.documentLayout().draw(painter, context)
        painter.restore()


class PdfLayouts:
    """Documents laid out once for the A4 page, then painted into every PDF they go in.

    The evening's pack writes each declaration and handout in a file of its own and again in
    one file for printing; with one ``PdfLayouts`` for both, each is laid out once (the layout
    is half the cost of writing). The layouts are made on a PDF device of their own with the
    same page and resolution as every file's, so they paint the same into any of them. A
    document that must fit a page limit starts its search for the zoom at the zoom that one of
    its kind with about as much HTML needed (:meth:`zoom_hint`, :meth:`_Laid._shrink`). Keep one
    only as long as its documents are written (it holds them and their images).
    """

    def __init__(self) -> None:
        self._buffer = QBuffer()
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.device = _new_writer(self._buffer, "")
        self._laid: dict[int, tuple[DocumentContent, _Laid]] = {}
        # kind of document → (length of its HTML, zoom needed, whether its text there was taller than the page above)
        self._zooms: dict[str, list[tuple[int, float, bool]]] = {}

    def laid(self, content: DocumentContent, body: QSizeF) -> _Laid:
        found = self._laid.get(id(content))
        if found is None or found[0] is not content:
            nearest = self._nearest(content)
            hint, tall = (None, False) if nearest is None else nearest[1:]
            laid = _Laid(content, self.device, body, hint, hint_first=tall)
            found = (content, laid)
            self._laid[id(content)] = found
            if content.max_pages:
                tall = laid.zoom < 1.0 and laid._taller_than_page(round(laid.zoom + ZOOM_STEP, 2), content.max_pages)
                self._zooms.setdefault(content.kind, []).append((len(content.html), laid.zoom, tall))
        return found[1]

    def zoom_hint(self, content: DocumentContent) -> float | None:
        """The zoom the document of ``content``'s kind laid out here with the length of HTML nearest
        to its own needed (the latest of equals); None when none was.

        Only where the search for the zoom starts, not what it finds (:meth:`_Laid._shrink`). The
        pack's 24 handouts need 0.8 to 0.88, the longer ones the smaller zoom: started at the zoom
        of the one before, they took 64 layouts, at the zoom of the one most alike in length 53 (issue 16).
        Where that one's text at its zoom was taller than the page of the zoom above (it could not
        fit there, seen without laying it out), the search tries the hint first (``hint_first``):
        one layout where that holds again (straat-24's handouts: 53 -> 43 layouts, nl).
        """
        nearest = self._nearest(content)
        return None if nearest is None else nearest[1]

    def _nearest(self, content: DocumentContent) -> tuple[int, float, bool] | None:
        """What the document of ``content``'s kind with the length of HTML nearest to its own left
        (the latest of equals): (length, zoom, taller than the page above); None when none was laid out."""
        done = self._zooms.get(content.kind)
        if not done:
            return None
        length = len(content.html)
        return min(reversed(done), key=lambda found: abs(found[0] - length))

    def forget(self, content: DocumentContent) -> None:
        """Let the layout of ``content`` go (written everywhere it goes)."""
        self._laid.pop(id(content), None)


def page_body(writer: QPdfWriter) -> QSizeF:
    """The room for a document's text on a page of ``writer`` [px]: A4 minus margins and footer."""
    margin = _mm_to_px(MARGIN_MM)
    return QSizeF(writer.width() - 2 * margin, writer.height() - 2 * margin - _mm_to_px(FOOTER_MM))


def _footer(painter: QPainter, writer: QPdfWriter, text: str, page: int, pages: int, language: str) -> None:
    margin = _mm_to_px(MARGIN_MM)
    width = writer.width() - 2 * margin
    top = writer.height() - margin - _mm_to_px(FOOTER_MM) + _mm_to_px(2.5)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(7.5)
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(QColor("#bbbbbb"), 0.6))
    painter.drawLine(margin, top - _mm_to_px(1.2), margin + width, top - _mm_to_px(1.2))
    painter.setPen(QColor("#666666"))
    rect = QRectF(margin, top, width, _mm_to_px(4.5))
    number = f"page {page} of {pages}" if language == "en" else f"pagina {page} van {pages}"
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), number)
    painter.drawText(
        QRectF(margin, top, width * 0.75, _mm_to_px(4.5)),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width * 0.75)),
    )
    painter.restore()


def _paint(painter: QPainter, writer: QPdfWriter, laid: Sequence[_Laid], language: str, written: int) -> int:
    """Paint the pages of ``laid`` after the ``written`` pages already on ``writer``; returns the new count."""
    margin = _mm_to_px(MARGIN_MM)
    # images go in as they are (Flate), not as JPEG: the charts' own pixels, in half the bytes
    # (flat colours pack well) and a little less time than the JPEG encoding (issue 16)
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    for item in laid:
        for index in range(item.pages):
            if written:
                writer.newPage()
            item.paint_page(painter, index, margin, margin)
            _footer(painter, writer, item.content.footer, index + 1, item.pages, language)
            written += 1
    return written


def _memory() -> QBuffer:
    """Where a PDF is painted: Qt does not report a failed write to a file (a full disk left a
    cut-off PDF in place, said to be written); the bytes go to the file by our own write."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return buffer


def _finish(buffer: QBuffer, target: os.PathLike) -> bytes:
    """Put the painted PDF in place atomically (the old file stays when the write fails); returns its bytes."""
    data = bytes(buffer.data())
    buffer.close()
    _put(data, target)
    return data


def _put(data: bytes, target: os.PathLike) -> None:
    _put_all([(target, data)])


def _put_all(files: Sequence[tuple[os.PathLike, bytes]]) -> None:
    """Put each PDF (target, bytes) in place atomically, in order (:func:`~minigrid_app.io.projectfile.atomic_write_files`)."""
    for target, data in files:
        if not data:
            raise PdfError(f"cannot write {target}")
    try:
        atomic_write_files(files)
    except OSError as exc:
        where = files[0][0] if len(files) == 1 else f"{len(files)} files in {os.path.dirname(os.fspath(files[0][0])) or '.'}"
        raise PdfError(f"cannot write {where}: {exc}") from exc


def render_pdf(
    documents: DocumentContent | Sequence[DocumentContent],
    path: str | os.PathLike,
    *,
    language: str = "nl",
    title: str | None = None,
    layouts: PdfLayouts | None = None,
    book: PdfBook | None = None,
) -> int:
    """Write one or more documents to an A4 PDF; returns the number of pages written.

    Every document starts on a new page and numbers its own pages ("pagina 1 van 2").
    With ``layouts`` a document already laid out there is not laid out again. With ``book``
    the pages written also go into that book (:meth:`PdfBook.add`; not painted again).

    Raises
    ------
    PdfError
        When the file cannot be written.
    """
    if isinstance(documents, DocumentContent):
        documents = [documents]
    documents = list(documents)
    if not documents:
        raise ValueError("nothing to render")
    target = write_target(path)  # a link: write the document it points to, keep the link
    buffer = _memory()
    writer = _new_writer(buffer, title or documents[0].title)
    body = page_body(writer)
    if layouts is None:
        laid = [_Laid(content, writer, body) for content in documents]
    else:
        laid = [layouts.laid(content, body) for content in documents]
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfError(f"cannot write {target}")
    try:
        written = _paint(painter, writer, laid, language, 0)
    finally:
        painter.end()
    data = _finish(buffer, target)
    if book is not None:
        book.add(documents, layouts, written=data)
    return written


class PdfBook:
    """One PDF written a document at a time: the pack's file of every declaration (or handout) for printing.

    The same pages as ``render_pdf(all_documents, path)``, without holding every document
    until the end. :meth:`add` with the PDF a document was just written to (``render_pdf(...,
    book=)``) copies its pages (:class:`~minigrid_app.io.pdfjoin.PdfJoin`: each page painted
    once, issue 16); without, it paints the document (laid out in ``layouts``, so the file of
    its own and this one share the layout), and :meth:`close` can cut each document's own file
    from the book (what the pack does: each page painted once, the file finished once). Either
    way the caller can let the document go. :meth:`close` puts the file in place (atomic, as
    :func:`render_pdf`); a book not closed leaves no file.

    Raises
    ------
    PdfError
        From :meth:`add` or :meth:`close` when the file cannot be written.
    """

    def __init__(self, path: str | os.PathLike, *, language: str = "nl"):
        self.target = write_target(path)
        self._buffer: QBuffer | None = None
        self.language = language
        self.pages = 0
        self._writer: QPdfWriter | None = None
        self._painter: QPainter | None = None
        self._join: PdfJoin | None = None

    def add(
        self,
        content: DocumentContent | Sequence[DocumentContent],
        layouts: PdfLayouts | None = None,
        *,
        written: bytes | None = None,
    ) -> int:
        """Put ``content`` after the documents already in the book (the first one's title names the
        file); returns the number of its pages.

        ``written``: the PDF of just ``content`` (:func:`render_pdf`'s), whose pages are copied.
        A book whose first document came painted paints the next ones too (and one whose first
        came copied copies), and so does one given a PDF it cannot read (not Qt's).
        """
        contents = [content] if isinstance(content, DocumentContent) else list(content)
        before = self.pages
        if written is not None and self._painter is None:
            joined = self._join or PdfJoin()
            try:
                joined.add(written)
            except PdfJoinError:
                if self._join is not None:  # a file of the same writer read before: never happens
                    raise PdfError(f"cannot write {self.target}") from None
            else:
                self._join = joined
                self.pages = joined.pages
                return self.pages - before
        if self._join is not None:
            raise PdfError(f"cannot write {self.target}: a document without its PDF")
        if self._writer is None:
            self._buffer = _memory()
            self._writer = _new_writer(self._buffer, contents[0].title)
            self._painter = QPainter()
            if not self._painter.begin(self._writer):
                self._painter = None
                raise PdfError(f"cannot write {self.target}")
        body = page_body(self._writer)
        laid = [layouts.laid(item, body) if layouts is not None else _Laid(item, self._writer, body) for item in contents]
        self.pages = _paint(self._painter, self._writer, laid, self.language, self.pages)
        return self.pages - before

    def close(self, cut: Sequence[tuple[str | os.PathLike, str, int]] = ()) -> int:
        """End the file and put it in place; returns its number of pages (0: nothing added, no file).

        ``cut``: files cut from the book first, each (path, title, pages) its next pages
        (:func:`~minigrid_app.io.pdfjoin.split`): the pack paints each declaration once, into the
        book, and its own file is cut from it (one file finished instead of one per household,
        issue 16). The parts must count every page of a painted book.
        """
        if self._join is not None:
            if cut:
                raise PdfError(f"cannot write {self.target}: only a painted book is cut")
            joined, self._join = self._join, None
            _put(joined.finish(), self.target)
            return self.pages
        if self._painter is None:
            return 0
        self._painter.end()
        self._painter = None
        data = bytes(self._buffer.data())
        self._buffer.close()
        self._buffer = None
        parts = []
        if cut:
            try:
                files = split(data, [(pages, title) for _path, title, pages in cut])
            except PdfJoinError as exc:
                raise PdfError(f"cannot write {self.target}: {exc}") from exc
            parts = [(path, part) for (path, _title, _pages), part in zip(cut, files, strict=True)]
        _put_all([*parts, (self.target, data)])  # each file as before, the folder looked at and synced once
        return self.pages

    def discard(self) -> None:
        """End without a file (an error on the way): what was painted is let go."""
        self._join = None
        if self._painter is not None:
            self._painter.end()
            self._painter = None
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
