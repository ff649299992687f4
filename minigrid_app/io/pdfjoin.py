"""Put PDF files one after another in one file, as they are: the pack's file for printing.

The evening's pack writes every declaration (and handout) in a file of its own and all of them
in one file for printing. Painting each document a second time for that file was a tenth of
the pack's time (issue 16); :class:`PdfJoin` copies the pages of the files already written
instead. Each file's objects (pages, their contents, fonts and images) are copied unchanged
under new object numbers, its pages hung under one page tree; the first file's catalogue,
information (its title names the whole) and metadata stay. What a page shows is what it
showed in its own file: the same bytes draw it.

It reads the PDF that Qt's ``QPdfWriter`` writes (one cross-reference table, no object
streams, a flat page tree): :class:`PdfJoinError` for anything else, before anything is added.
"""

from __future__ import annotations

import io
import re

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
        kids = b"\n".join(b"%d 0 R" % kid for kid in self._kids)
        pages = _KIDS.sub(lambda _found: b"/Kids \n[\n" + kids + b"\n]", first.pages_dictionary, count=1)
        pages = re.sub(rb"/Count\s+\d+", b"/Count %d" % len(self._kids), pages, count=1)
        self._offsets[self._pages_node] = self._out.tell()
        self._out.write(b"%d 0 obj\n" % self._pages_node + pages.rstrip() + b"\n")
        xref = self._out.tell()
        size = max(self._offsets) + 1
        table = [b"xref\n0 %d\n" % size, b"0000000000 65535 f \n"]
        for number in range(1, size):
            offset = self._offsets.get(number)
            table.append(b"%010d 00000 n \n" % offset if offset is not None else b"0000000000 65535 f \n")
        self._out.write(b"".join(table))
        identity = _ID.search(first.trailer)
        trailer = b"trailer\n<<\n/Size %d\n/Info %d 0 R\n/Root %d 0 R\n" % (size, first.info, first.root)
        if identity:
            trailer += identity.group(0) + b"\n"
        self._out.write(trailer + b">>\nstartxref\n%d\n%%%%EOF\n" % xref)
        return self._out.getvalue()
