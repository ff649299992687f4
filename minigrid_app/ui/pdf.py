"""Render the evening's documents to A4 PDF with Qt's own machinery (QTextDocument on QPdfWriter).

The HTML comes from :mod:`minigrid_app.io.documents` (no Qt there); this module lays it out
on A4 pages with margins, a footer with the page number ("pagina 2 van 5"), honours
``page-break-before`` and shrinks a document that must fit a page limit (the kitchen-table
handout: one page). Several documents can go into one file for printing; each keeps its own
page numbers. Writing is atomic: a temporary file is renamed into place when complete.

Works in a worker thread (QTextDocument and QPainter on a QPdfWriter are reentrant); it
needs a QGuiApplication to exist for fonts.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from minigrid_app import APP_NAME
from minigrid_app.io.documents import MARGIN_MM, PAGE_DPI, DocumentContent
from minigrid_app.io.projectfile import write_target

#: Height kept free at the bottom of every page for the footer [mm].
FOOTER_MM = 7.0
#: Smallest zoom a document is shrunk to when it must fit its page limit.
MIN_ZOOM = 0.55
BASE_FONT_PT = 10.0


class PdfError(Exception):
    """The PDF could not be written (folder missing, disk full, no permission)."""


def _mm_to_px(mm: float) -> float:
    return mm / 25.4 * PAGE_DPI


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

    def __init__(self, content: DocumentContent, writer: QPdfWriter, body: QSizeF):
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
        if content.css:
            self.document.setDefaultStyleSheet(content.css)
        for name, data in content.images.items():
            image = QImage.fromData(data, "PNG")
            self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        self.document.setHtml(content.html)
        self.body = body
        self._layout(1.0)
        if content.max_pages:
            zoom = 1.0
            while self.pages > content.max_pages and zoom > MIN_ZOOM:
                zoom = round(zoom - 0.04, 2)
                self._layout(zoom)

    def _layout(self, zoom: float) -> None:
        # a smaller zoom lays the text out on a larger page and paints it scaled down
        self.zoom = zoom
        self.document.setPageSize(QSizeF(self.body.width() / zoom, self.body.height() / zoom))
        self.pages = self.document.pageCount()

    def paint_page(self, painter: QPainter, index: int, origin_x: float, origin_y: float) -> None:
        page = self.document.pageSize()
        painter.save()
        painter.translate(origin_x, origin_y)
        painter.scale(self.zoom, self.zoom)
        painter.translate(0, -index * page.height())
        clip = QRectF(0, index * page.height(), page.width(), page.height())
        self.document.drawContents(painter, clip)
        painter.restore()


class PdfLayouts:
    """Documents laid out once for the A4 page, then painted into every PDF they go in.

    The evening's pack writes each declaration and handout in a file of its own and again in
    one file for printing; with one ``PdfLayouts`` for both, each is laid out once (the layout
    is half the cost of writing). The layouts are made on a PDF device of their own with the
    same page and resolution as every file's, so they paint the same into any of them. Keep
    one only as long as its documents are written (it holds them and their images).
    """

    def __init__(self) -> None:
        self._buffer = QBuffer()
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.device = _new_writer(self._buffer, "")
        self._laid: dict[int, tuple[DocumentContent, _Laid]] = {}

    def laid(self, content: DocumentContent, body: QSizeF) -> _Laid:
        found = self._laid.get(id(content))
        if found is None or found[0] is not content:
            found = (content, _Laid(content, self.device, body))
            self._laid[id(content)] = found
        return found[1]


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


def render_pdf(
    documents: DocumentContent | Sequence[DocumentContent],
    path: str | os.PathLike,
    *,
    language: str = "nl",
    title: str | None = None,
    layouts: PdfLayouts | None = None,
) -> int:
    """Write one or more documents to an A4 PDF; returns the number of pages written.

    Every document starts on a new page and numbers its own pages ("pagina 1 van 2").
    With ``layouts`` a document already laid out there is not laid out again.

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
    temporary = target.with_name(target.name + ".tmp")
    writer = _new_writer(str(temporary), title or documents[0].title)
    margin = _mm_to_px(MARGIN_MM)
    body = QSizeF(writer.width() - 2 * margin, writer.height() - 2 * margin - _mm_to_px(FOOTER_MM))
    if layouts is None:
        laid = [_Laid(content, writer, body) for content in documents]
    else:
        laid = [layouts.laid(content, body) for content in documents]
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfError(f"cannot write {target}")
    written = 0
    try:
        for item in laid:
            for index in range(item.pages):
                if written:
                    writer.newPage()
                item.paint_page(painter, index, margin, margin)
                _footer(painter, writer, item.content.footer, index + 1, item.pages, language)
                written += 1
    finally:
        painter.end()
    try:
        if not temporary.is_file() or temporary.stat().st_size == 0:
            raise PdfError(f"cannot write {target}")
        os.replace(temporary, target)
    except OSError as exc:
        raise PdfError(f"cannot write {target}: {exc}") from exc
    return written

