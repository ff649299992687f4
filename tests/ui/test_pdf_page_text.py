"""Every line of a PDF's text is on one page only: a line that starts right at the top of a page
was also written, unseen, into the page before (Qt drew each line touching the page's clip, and
the clip hid it without leaving it out of the PDF); pdftotext showed the lines around each page
break twice, and so would a screen reader or a search in the PDF."""

from __future__ import annotations

import collections
import os
import re
import subprocess

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from minigrid_app.io.documents import DocumentContent
from minigrid_app.ui.pdf import render_pdf


def _page_texts(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")


def test_each_line_is_written_on_one_page_only(qapp, tmp_path):
    paragraphs = "".join(f"<p>Regel {number:03d}: een zin over de bodemlus.</p>" for number in range(1, 181))
    forced = '<h2 style="page-break-before: always">Tweede deel</h2>' + "".join(
        f"<p>Deel twee {number:03d}</p>" for number in range(1, 40))
    content = DocumentContent(kind="report", title="t", html=f"<h1>Verslag</h1>{paragraphs}{forced}", footer="voet")
    path = tmp_path / "t.pdf"
    pages = render_pdf(content, path)
    assert pages >= 3
    seen = collections.Counter()
    for text in _page_texts(path):
        for line in set(re.findall(r"(?:Regel|Deel twee) \d{3}", text)):
            seen[line] += 1
    assert len(seen) == 180 + 39
    assert [line for line, times in seen.items() if times > 1] == []

