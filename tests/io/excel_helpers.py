"""Helpers for the Excel workbook tests: LibreOffice recalculation and reading tables back."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from minigrid_app.core.variant import labels

VARIANT_BY_LABEL = {label: code for code, label in labels("nl").items()}
HEADER_ROW = 4


def soffice() -> str | None:
    """Path of LibreOffice's command line program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def recalculate(files: list[Path], out_dir: Path, timeout: float = 180) -> list[Path]:
    """Let LibreOffice open, recalculate and save every workbook (one soffice call).

    A fresh user profile keeps the run independent of any other LibreOffice on the machine.
    The workbooks come from openpyxl without cached values, so LibreOffice has to compute
    every formula on load; tests check that a changed input really changes the output.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="minigrid-lo-") as profile:
        command = [
            soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out_dir),
            *[str(f) for f in files],
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=timeout)
    converted = [out_dir / f.name for f in files]
    missing = [str(f) for f in converted if not f.exists()]
    assert not missing, f"LibreOffice did not write {missing}"
    return converted


def read_table(ws, header_row: int = HEADER_ROW) -> tuple[dict[str, int], list[tuple]]:
    """Header text → column number, and the rows below the header until column A is empty."""
    headers = {}
    for cell in ws[header_row]:
        if cell.value is not None:
            headers[str(cell.value)] = cell.column
    rows = []
    for values in ws.iter_rows(min_row=header_row + 1, values_only=True):
        if values[0] is None:
            break
        rows.append(values)
    return headers, rows


def by_household_variant(
    ws, header_row: int = HEADER_ROW
) -> dict[tuple[int, str], dict[str, object]]:
    """(household number, variant code) → {header: value} of a long table (Investeringen, Jaarlasten)."""
    headers, rows = read_table(ws, header_row)
    table = {}
    for values in rows:
        record = {head: values[col - 1] for head, col in headers.items()}
        table[(int(record["Nr."]), VARIANT_BY_LABEL[record["Variant"]])] = record
    return table
