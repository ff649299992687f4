"""PDF files joined as they are (issue 16: the pack's file for printing copies the pages written)."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from minigrid_app.io.pdfjoin import PdfJoin, PdfJoinError, split


def _pdf(objects: dict[int, bytes], root: int = 1, info: int = 2) -> bytes:
    """A PDF laid out as QPdfWriter lays one out: objects, one cross-reference table, trailer."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in objects.items():
        offsets[number] = out.tell()
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    size = max(objects) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for number in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n")
    out.write(b"trailer\n<<\n/Size %d \n/Info %d 0 R\n/Root %d 0 R\n>>\nstartxref\n%d \n%%%%EOF\n" % (size, info, root, xref))
    return out.getvalue()


def _document(title: str, words: list[str]) -> bytes:
    """One page per word, each drawing its word (a content stream with its length in an object of its own)."""
    objects = {
        1: b"<<\n/Type /Catalog\n/Pages 3 0 R\n>>",
        2: b"<<\n/Title (%s)\n>>" % title.encode(),
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    kids = []
    number = 5
    for word in words:
        text = b"BT /F1 24 Tf 72 700 Td (%s) Tj ET" % word.encode()
        objects[number] = (
            b"<<\n/Type /Page\n/Parent 3 0 R\n/Contents %d 0 R\n/Resources << /Font << /F1 4 0 R >> >>\n"
            b"/MediaBox [0 0 595 842]\n>>" % (number + 1)
        )
        objects[number + 1] = b"<<\n/Length %d 0 R\n>>\nstream\n%s\nendstream" % (number + 2, text)
        objects[number + 2] = b"%d" % (len(text) + 1)
        kids.append(b"%d 0 R" % number)
        number += 3
    objects[3] = b"<<\n/Type /Pages\n/Kids \n[\n%s\n]\n/Count %d\n>>" % (b"\n".join(kids), len(kids))
    return _pdf(dict(sorted(objects.items())))


def _texts(data: bytes) -> list[str]:
    return [page.extract_text().strip() for page in pypdf.PdfReader(io.BytesIO(data), strict=True).pages]


def test_the_pages_of_each_file_follow_in_order_under_the_first_files_title():
    join = PdfJoin()
    assert join.add(_document("Eerste", ["een", "twee"])) == 2
    assert join.add(_document("Tweede", ["drie"])) == 1
    assert join.add(_document("Derde", ["vier", "vijf"])) == 2
    joined = join.finish()
    assert _texts(joined) == ["een", "twee", "drie", "vier", "vijf"]
    reader = pypdf.PdfReader(io.BytesIO(joined), strict=True)
    assert reader.metadata.title == "Eerste"
    assert len(reader.pages) == join.pages == 5


def test_a_file_that_cannot_be_read_adds_nothing():
    join = PdfJoin()
    join.add(_document("Eerste", ["een"]))
    for data in (b"%PDF-1.7 not as Qt writes it", _document("Kapot", ["twee"])[:-40] + b"startxref\n3\n%%EOF\n"):
        with pytest.raises(PdfJoinError):
            join.add(data)
    assert _texts(join.finish()) == ["een"]


def test_a_page_tree_of_more_levels_is_not_joined():
    # QPdfWriter writes one level; a file with another shape is painted instead (ui.pdf.PdfBook)
    nested = _pdf({
        1: b"<<\n/Type /Catalog\n/Pages 3 0 R\n>>",
        2: b"<<\n/Title (x)\n>>",
        3: b"<<\n/Type /Pages\n/Kids [4 0 R]\n/Count 1\n>>",
        4: b"<<\n/Type /Pages\n/Parent 3 0 R\n/Kids [5 0 R]\n/Count 1\n>>",
        5: b"<<\n/Type /Page\n/Parent 4 0 R\n/MediaBox [0 0 595 842]\n>>",
    })
    with pytest.raises(PdfJoinError):
        PdfJoin().add(nested)
    with pytest.raises(PdfJoinError):
        PdfJoin().finish()


def _with_metadata(data: bytes) -> bytes:
    """``data`` (from :func:`_document`) with XMP metadata naming its title, as QPdfWriter adds."""
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           b'xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:RDF><rdf:Description rdf:about=""><dc:title>\n<rdf:Alt>\n'
           b'<rdf:li xml:lang="x-default">Alles</rdf:li>\n</rdf:Alt>\n</dc:title></rdf:Description></rdf:RDF></x:xmpmeta>')
    parsed = {}
    for found in re.finditer(rb"(\d+) 0 obj\n(.*?)\nendobj", data, re.DOTALL):
        parsed[int(found.group(1))] = found.group(2)
    number = max(parsed) + 1
    parsed[number] = b"<<\n/Type /Metadata /Subtype /XML\n/Length %d\n>>\nstream\n%s\nendstream" % (len(xmp), xmp)
    parsed[1] = parsed[1].replace(b"/Pages 3 0 R", b"/Pages 3 0 R\n/Metadata %d 0 R" % number)
    return _pdf(parsed)


def test_a_file_is_cut_into_files_of_its_pages_each_with_its_title():
    book = _with_metadata(_document("Alles", ["een", "twee", "drie", "vier", "vijf"]))
    parts = split(book, [(2, "Eerste (1)"), (1, "Tweede – € 5 & <meer>"), (2, "Derde")])
    assert [_texts(part) for part in parts] == [["een", "twee"], ["drie"], ["vier", "vijf"]]
    for part, title in zip(parts, ["Eerste (1)", "Tweede – € 5 & <meer>", "Derde"], strict=True):
        reader = pypdf.PdfReader(io.BytesIO(part), strict=True)
        assert reader.metadata.title == title
        assert reader.xmp_metadata.dc_title == {"x-default": title}
    # a file holds what its pages use: not the other pages' contents
    assert b"(een)" in parts[0] and b"(drie)" not in parts[0] and b"(een)" not in parts[1]
    assert b"/Helvetica" in parts[1]


def test_parts_that_do_not_count_the_pages_are_refused():
    book = _document("Alles", ["een", "twee"])
    for parts in ([(1, "a")], [(1, "a"), (2, "b")], [(2, "a"), (0, "b")]):
        with pytest.raises(PdfJoinError):
            split(book, parts)
    with pytest.raises(PdfJoinError):
        split(b"%PDF-1.7 not as Qt writes it", [(1, "a")])
