"""The tables in a document's HTML: a table's head row marked as its head, and a table going on
to a new page at a row (split in two, or moved whole with its heading), for
:mod:`minigrid_app.ui.pdf` (plain text work on the HTML, no Qt)."""

from __future__ import annotations

import re

#: A table's first row made of header cells only (``<tr><th>…</th>…</tr>``): its head.
_HEAD_ROW = re.compile(
    r"(<table\b[^>]*>)\s*(<tr\b[^>]*>(?:\s*<th\b[^>]*>(?:(?!<td\b|</tr>).)*?</th>)+\s*</tr>)",
    re.DOTALL | re.IGNORECASE,
)


def with_table_heads(html: str) -> str:
    """``html`` with each table's first row of header cells only in ``<thead>``.

    Qt makes a ``<thead>`` the table's header rows (``QTextTableFormat.headerRowCount``) and
    repeats them at the top of every page the table goes on to. A table already with a
    ``<thead>``, or whose first row has a data cell (a table of "label | value" rows), is left as is.
    """
    return _HEAD_ROW.sub(r"\1<thead>\2</thead>", html)



#: A group's empty cell in a row after the group's first (:func:`~minigrid_app.io.documents.continued_cell`).
_CONTINUED = re.compile(r"<!--continued:(.*?)-->", re.DOTALL)
TABLE = re.compile(r"<table\b[^>]*>.*?</table>", re.DOTALL | re.IGNORECASE)
TABLE_OPEN = re.compile(r"<table\b[^>]*>", re.IGNORECASE)
_THEAD = re.compile(r"<thead\b[^>]*>.*?</thead>", re.DOTALL | re.IGNORECASE)
ROW = re.compile(r"<tr\b.*?</tr>", re.DOTALL | re.IGNORECASE)
_HEADING_OPEN = re.compile(r"<h[1-6]\b[^>]*>", re.IGNORECASE)
_HEADING_CLOSE = re.compile(r"</h[1-6]\s*>", re.IGNORECASE)
_TABLE_TAG = re.compile(r"</?table\b", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
#: What asks Qt for a page break before a block: the only way a loaded document gets one.
BREAK_BEFORE = re.compile(r"page-break-before", re.IGNORECASE)
#: The most text [characters] between a heading and its table that goes to the next page with
#: them (a sentence introducing the table).
LEAD_IN_CHARS = 400
#: A table at most this fraction of a page high is never split over two pages.
SMALL_TABLE = 0.3


def _heading_before(html: str, end: int) -> re.Match | None:
    """The opening tag of the heading over the table at ``end``: the last heading before it
    with no other table and at most a short lead-in (:data:`LEAD_IN_CHARS`) in between."""
    start = max(0, end - 8 * LEAD_IN_CHARS - 4000)
    heads = list(_HEADING_OPEN.finditer(html, start, end))
    found = None
    while heads and _leads_in(html[heads[-1].end(): end if found is None else found.start()]):
        # the heading over it, and the heading over that one with its short introduction
        # (page_breaks keeps them as one)
        found = heads.pop()
    return found


def _leads_in(between: str) -> bool:
    """``between`` (after a heading's opening tag) closes the heading, then holds no table and at
    most a short lead-in."""
    close = _HEADING_CLOSE.search(between)
    if close is None or _TABLE_TAG.search(between):
        return False
    return len(_TAG.sub("", between[close.end():]).strip()) <= LEAD_IN_CHARS


def _page_break_before(tag: str) -> str:
    """An opening tag (``<table …>``, ``<h2 …>``) with ``page-break-before: always`` added."""
    found = re.search(r'style="', tag, re.IGNORECASE)
    if found:
        return tag[: found.end()] + "page-break-before: always; " + tag[found.end():]
    return tag[:-1].rstrip("/ ") + ' style="page-break-before: always">'


def split_table(html: str, index: int, row: int, with_heading: bool = True) -> str | None:
    """``html`` with table ``index`` (in document order) going on to a new page at ``row``.

    The rows from ``row`` on become a table of their own that starts a page, under the same
    head (``<thead>``). When ``row`` is the first after the head, the whole table starts a new
    page instead, with the heading above it (and a short lead-in between them) when ``with_heading``. None when the table's
    HTML is not a plain list of rows (nothing is then changed).
    """
    found = list(TABLE.finditer(html))
    if index >= len(found) or TABLE_OPEN.search(found[index].group(0), 1):  # missing or nested
        return None
    table = found[index]
    text = table.group(0)
    opening = TABLE_OPEN.match(text).group(0)
    inner = text[len(opening): -len("</table>")]
    head = _THEAD.search(inner)
    head_html = head.group(0) if head else ""
    body = inner.replace(head_html, "", 1) if head else inner
    rows = ROW.findall(body)
    if ROW.sub("", body).strip():
        return None
    first = row - len(ROW.findall(head_html))
    if first <= 0:
        before = _heading_before(html, table.start()) if with_heading else None
        if before and "page-break-before" not in before.group(0):
            return html[: before.start()] + _page_break_before(before.group(0)) + html[before.end():]
        if "page-break-before" in opening:
            return None
        return html[: table.start()] + _page_break_before(opening) + html[table.start() + len(opening):]
    if first >= len(rows):
        return None
    # the row that starts the page names its group (empty in a group's later rows)
    rows[first] = _CONTINUED.sub(lambda found: found.group(1), rows[first], count=1)
    parts = (
        opening + head_html + "".join(rows[:first]) + "</table>"
        + _page_break_before(opening) + head_html + "".join(rows[first:]) + "</table>"
    )
    return html[: table.start()] + parts + html[table.end():]


def name_group(html: str, index: int, row: int) -> str | None:
    """``html`` with row ``row`` (counted as Qt does, head rows included) of table ``index``
    showing its group's name (:data:`_CONTINUED`); None when that row holds no such cell."""
    found = list(TABLE.finditer(html))
    if index >= len(found):
        return None
    table = found[index]
    rows = list(ROW.finditer(table.group(0)))
    if row >= len(rows) or not _CONTINUED.search(rows[row].group(0)):
        return None
    start, end = table.start() + rows[row].start(), table.start() + rows[row].end()
    named = _CONTINUED.sub(lambda marker: marker.group(1), html[start:end], count=1)
    return html[:start] + named + html[end:]
