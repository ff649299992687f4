"""Put PDF files one after another in one file, as they are: the pack's file for printing.

The evening's pack writes every declaration (and handout) in a file of its own and all of them
in one file for printing. Painting each document a second time for that file was a tenth of
the pack's time (issue 16); :class:`PdfJoin` copies the pages of the files already written
instead. Each file's objects (pages, their contents, fonts and images) are copied unchanged
under new object numbers, its pages hung under one page tree; the first file's catalogue,
information (its title names the whole) and metadata stay. What a page shows is what it
showed in its own file: the same bytes draw it.

The other way round, :func:`split` cuts one PDF into files of consecutive pages, each with
its own title: the pack paints every declaration (and handout) once into the file for
printing and cuts each one's own file from it, so each file is finished (its fonts written)
once, not once per household (issue 16). A file cut out holds the objects its pages use.

It reads the PDF that Qt's ``QPdfWriter`` writes (one cross-reference table, no object
streams, a flat page tree): :class:`PdfJoinError` for anything else, before anything is added.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Sequence

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_HEAD = re.compile(rb"xref\s+0\s+(\d+)\s")
_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.DOTALL)
_OBJ = re.compile(rb"(\d+) 0 obj\s")
_STREAM = re.compile(rb">>\s*stream\r?\n")
#: A reference ``12 0 R``, or a literal string (skipped: its text is never renumbered).
_REF_OR_STRING = re.compile(rb"\((?:\\.|[^\\()])*\)|(?<![\d.])(\d+) 0 R(?![A-Za-z0-9])", re.DOTALL)
_KEY_REF = {key: re.compile(rb"/" + key + rb"\s+(\d+) 0 R") for key in (b"Root", b"Info", b"Pages", b"Metadata", b"Names", b"Parent")}
_KIDS = re.compile(rb"/Kids\s*\[(.*?)\]", re.DOTALL)
_PAGE = re.compile(rb"/Type\s*/Page(?![a-z])")
_ID = re.compile(rb"/ID\s*\[.*?\]", re.DOTALL)
_TITLE = re.compile(rb"/Title\s*\((?:\\.|[^\\()])*\)", re.DOTALL)
_XMP_TITLE = re.compile(rb"(<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>)(.*?)(</rdf:li>)", re.DOTALL)
_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")


class PdfJoinError(ValueError):
    """A PDF this module cannot join (not as QPdfWriter writes it)."""


class _Parsed:
    """One PDF taken apart: its objects' bytes by number, trailer, catalogue and pages."""

    def __init__(self, data: bytes):
        found = _STARTXREF.search(data[-64:])
        if found is None:
            raise PdfJoinError("no startxref")
        xref = int(found.group(1))
        head = _XREF_HEAD.match(data, xref)
        if head is None:
            raise PdfJoinError("no single cross-reference table")
        count = int(head.group(1))
        entries = _ENTRY.findall(data, head.end(), head.end() + 20 * count + 20)[:count]
        if len(entries) != count:
            raise PdfJoinError("short cross-reference table")
        offsets = {number: int(offset) for number, (offset, _gen, kind) in enumerate(entries) if kind == b"n"}
        trailer = _TRAILER.search(data, xref)
        if trailer is None:
            raise PdfJoinError("no trailer")
        self.trailer = trailer.group(1)
        self.header = data[: min(offsets.values())] if offsets else b""
        ends = sorted(offsets.values()) + [xref]
        end_of = dict(zip(ends, ends[1:], strict=False))
        self.objects: dict[int, bytes] = {}
        for number, offset in offsets.items():
            chunk = data[offset: end_of[offset]]
            obj = _OBJ.match(chunk)
            if obj is None or int(obj.group(1)) != number or not chunk.rstrip().endswith(b"endobj"):
                raise PdfJoinError(f"object {number} not where the table says")
            self.objects[number] = chunk[obj.end():]
        self.root = self._ref(self.trailer, b"Root")
        self.info = self._ref(self.trailer, b"Info")
        catalogue = self.dictionary(self.root)
        self.pages_node = self._ref(catalogue, b"Pages")
        self.metadata = self._ref(catalogue, b"Metadata", required=False)
        self.names = self._ref(catalogue, b"Names", required=False)
        kids = _KIDS.search(self.dictionary(self.pages_node))
        if kids is None:
            raise PdfJoinError("no page list")
        self.pages = [int(n) for n in re.findall(rb"(\d+) 0 R", kids.group(1))]
        for page in self.pages:
            if page not in self.objects or not _PAGE.search(self.dictionary(page)):
                raise PdfJoinError("a page tree of more than one level")
        self.pages_dictionary = self.dictionary(self.pages_node)

    def dictionary(self, number: int) -> bytes:
        """The object's text before its stream (all of it when it has none)."""
        if number not in self.objects:
            raise PdfJoinError(f"object {number} missing")
        body = self.objects[number]
        stream = _STREAM.search(body)
        return body[: stream.end()] if stream else body

    def _ref(self, text: bytes, key: bytes, required: bool = True) -> int | None:
        found = _KEY_REF[key].search(text)
        if found is None:
            if required:
                raise PdfJoinError(f"no /{key.decode()}")
            return None
        return int(found.group(1))


class PdfJoin:
    """Files added one at a time (:meth:`add`), their pages in that order in :meth:`finish`'s PDF."""

    def __init__(self) -> None:
        self._out = io.BytesIO()
        self._offsets: dict[int, int] = {}
        self._next = 1
        self._kids: list[int] = []
        self._first: _Parsed | None = None
        self._pages_node = 0

    @property
    def pages(self) -> int:
        return len(self._kids)

    def add(self, data: bytes) -> int:
        """Append the pages of the PDF ``data``; returns how many. PdfJoinError (nothing added) if it cannot be read."""
        parsed = _Parsed(data)
        skipped = {parsed.pages_node}
        first = self._first is None
        if first:
            pages_node, next_free = parsed.pages_node, max(parsed.objects) + 1
            numbers = {number: number for number in parsed.objects if number not in skipped}
        else:  # the first file's catalogue, information and metadata name the whole
            pages_node, next_free = self._pages_node, self._next
            skipped |= {parsed.root, parsed.info, parsed.metadata, parsed.names}
            numbers = {}
            for number in sorted(parsed.objects):
                if number not in skipped:
                    numbers[number] = next_free
                    next_free += 1
        chunks = [(numbers[number], self._renumbered(parsed, number, numbers, pages_node)) for number in sorted(numbers)]
        if first:
            self._first = parsed
            self._out.write(parsed.header)
        self._pages_node, self._next = pages_node, next_free
        for number, chunk in chunks:
            self._offsets[number] = self._out.tell()
            self._out.write(b"%d 0 obj\n" % number)
            self._out.write(chunk)
        self._kids.extend(numbers[page] for page in parsed.pages)
        return len(parsed.pages)

    @staticmethod
    def _renumbered(parsed: _Parsed, number: int, numbers: dict[int, int], pages_node: int) -> bytes:
        body = parsed.objects[number]
        head = parsed.dictionary(number)

        def renumber(found: re.Match) -> bytes:
            if found.group(1) is None:  # a string
                return found.group(0)
            old = int(found.group(1))
            if old == parsed.pages_node:
                return b"%d 0 R" % pages_node
            if old not in numbers:
                raise PdfJoinError(f"object {number} refers to {old}, which is not copied")
            return b"%d 0 R" % numbers[old]

        return _REF_OR_STRING.sub(renumber, head) + body[len(head):]

    def finish(self) -> bytes:
        """The joined PDF (call once, after at least one :meth:`add`)."""
        first = self._first
        if first is None:
            raise PdfJoinError("nothing added")
        return _written(self._out, self._offsets, first, self._pages_node, self._kids, first.info, first.root)


def _written(
    out: io.BytesIO, offsets: dict[int, int], first: _Parsed, pages_node: int, kids: list[int], info: int, root: int
) -> bytes:
    """``out`` ended: the page tree of ``kids`` as object ``pages_node`` (the first file's page
    tree's dictionary), the cross-reference table of ``offsets`` and the trailer."""
    listed = b"\n".join(b"%d 0 R" % kid for kid in kids)
    pages = _KIDS.sub(lambda _found: b"/Kids \n[\n" + listed + b"\n]", first.pages_dictionary, count=1)
    pages = re.sub(rb"/Count\s+\d+", b"/Count %d" % len(kids), pages, count=1)
    offsets[pages_node] = out.tell()
    out.write(b"%d 0 obj\n" % pages_node + pages.rstrip() + b"\n")
    xref = out.tell()
    size = max(offsets) + 1
    table = [b"xref\n0 %d\n" % size, b"0000000000 65535 f \n"]
    for number in range(1, size):
        offset = offsets.get(number)
        table.append(b"%010d 00000 n \n" % offset if offset is not None else b"0000000000 65535 f \n")
    out.write(b"".join(table))
    identity = _ID.search(first.trailer)
    trailer = b"trailer\n<<\n/Size %d\n/Info %d 0 R\n/Root %d 0 R\n" % (size, info, root)
    if identity:
        trailer += identity.group(0) + b"\n"
    out.write(trailer + b">>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def split(data: bytes, parts: Sequence[tuple[int, str]]) -> list[bytes]:
    """The PDF ``data`` cut into files of consecutive pages: per part (pages, title) a PDF of
    that many pages, in order, titled ``title`` (its information and its XMP metadata).

    Each file holds its pages and the objects they use (fonts, images, contents: the same bytes
    draw them), the catalogue and metadata of ``data``. PdfJoinError when ``data`` cannot be
    read or the parts do not count its pages.
    """
    parsed = _Parsed(data)
    if any(count < 1 for count, _title in parts) or sum(count for count, _title in parts) != len(parsed.pages):
        raise PdfJoinError("the parts do not count the pages")
    files = []
    start = 0
    for count, title in parts:
        pages = parsed.pages[start: start + count]
        start += count
        files.append(_cut(parsed, pages, title))
    return files


def _used(parsed: _Parsed, start: list[int]) -> set[int]:
    """The objects ``start`` refer to, directly or through others (not through the page tree)."""
    found: set[int] = set()
    todo = list(start)
    while todo:
        number = todo.pop()
        if number in found or number == parsed.pages_node:
            continue
        found.add(number)
        for ref in _REF_OR_STRING.finditer(parsed.dictionary(number)):
            if ref.group(1) is not None:
                todo.append(int(ref.group(1)))
    return found


def _cut(parsed: _Parsed, pages: list[int], title: str) -> bytes:
    used = _used(parsed, [*pages, parsed.root])
    if parsed.info in used:
        raise PdfJoinError("the information is referred to from a page")
    numbers = {old: new for new, old in enumerate(sorted(used), start=1)}
    info, pages_node = len(numbers) + 1, len(numbers) + 2
    numbers[parsed.info] = info
    out = io.BytesIO()
    out.write(parsed.header)
    offsets: dict[int, int] = {}
    for old in sorted(used | {parsed.info}):
        chunk = PdfJoin._renumbered(parsed, old, numbers, pages_node)
        if old == parsed.info:
            chunk = _TITLE.sub(lambda _found: b"/Title " + _pdf_text(title), chunk, count=1)
        elif old == parsed.metadata:
            chunk = _titled_metadata(chunk, title)
        offsets[numbers[old]] = out.tell()
        out.write(b"%d 0 obj\n" % numbers[old])
        out.write(chunk)
    return _written(out, offsets, parsed, pages_node, [numbers[page] for page in pages], info, numbers[parsed.root])


def _pdf_text(text: str) -> bytes:
    """``text`` as a PDF text string, as QPdfWriter writes one: UTF-16 with its byte-order mark."""
    raw = b"\xfe\xff" + text.encode("utf-16-be")
    return b"(" + re.sub(rb"([()\\])", rb"\\\1", raw) + b")"


def _titled_metadata(chunk: bytes, title: str) -> bytes:
    """The XMP metadata stream object ``chunk`` with ``title`` as its title (its length set again)."""
    length = _LENGTH.search(chunk)
    stream = _STREAM.search(chunk)
    if length is None or stream is None:
        raise PdfJoinError("metadata without a stream of known length")
    content = chunk[stream.end(): stream.end() + int(length.group(1))]
    named = html.escape(title, quote=False).encode("utf-8")
    content = _XMP_TITLE.sub(lambda found: found.group(1) + named + found.group(3), content, count=1)
    head = chunk[: length.start()] + b"/Length %d" % len(content) + chunk[length.end(): stream.end()]
    return head + content + chunk[stream.end() + int(length.group(1)):]
