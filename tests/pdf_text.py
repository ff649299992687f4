"""The text of a PDF as a reader's tools see it, by poppler's ``pdftotext`` (an independent route:
Qt writes the PDFs, poppler reads them). About forty times faster than pypdf's text extraction,
which made the intent-pack tests the slowest of the suite (the pack's 50 files read page by page).

Whitespace is collapsed to single spaces: Qt separates words with tabs in its PDFs.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_pages(path: str | Path, *, layout: bool = False) -> list[str]:
    """The text of every page of the PDF at ``path``, one string per page.

    Parameters
    ----------
    layout : bool
        Keep pdftotext's physical layout (``-layout``) and the lines as they are; otherwise the
        text in the order Qt wrote it (``-raw``: its default reading order glues "€ 0" in a
        right-aligned cell into "€0") with every page's whitespace collapsed to single spaces.

    Raises
    ------
    subprocess.CalledProcessError
        When pdftotext cannot read the file.
    """
    command = ["pdftotext", "-layout" if layout else "-raw", str(path), "-"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # pdftotext ends every page, the last one too, with a form feed
    return pages if layout else [" ".join(page.split()) for page in pages]


def pdf_text(path: str | Path) -> str:
    """The text of the whole PDF, whitespace collapsed to single spaces."""
    return " ".join(pdf_pages(path))
