"""One decoding of every text file from outside (survey CSV, engineer's design, project file).

Before, a project file opened and saved in Windows Notepad as "Unicode" (UTF-16) or "ANSI"
(cp1252, with an é in a name) was "geen Minigrid-project: het bevat geen tekst"; the design
reader knew only UTF-8; only the survey reader knew the others.
"""

from __future__ import annotations

import pytest

from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import dumps_project, load_project
from minigrid_app.io.safe_read import decode_text


@pytest.mark.parametrize(("data", "text", "encoding"), [
    ("Gasverbruik;1.450\n".encode("utf-16"), "Gasverbruik;1.450\n", "utf-16"),
    ("Gasverbruik;1.450\n".encode("utf-16-le"), "Gasverbruik;1.450\n", "utf-16-le"),
    ("Gasverbruik;1.450\n".encode("utf-16-be"), "Gasverbruik;1.450\n", "utf-16-be"),
    ("Café;€ 5\n".encode("utf-8-sig"), "Café;€ 5\n", "utf-8"),
    ("Café;€ 5\n".encode("cp1252"), "Café;€ 5\n", "cp1252"),
    (b"\x81\x8d", "\x81\x8d", "latin-1"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, None),
    (b"PK\x03\x04\x14\x00\x00\x00", None, None),
])
def test_decode_text(data, text, encoding):
    decoded = decode_text(data)
    assert decoded == ((text, encoding) if text is not None else None)


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_a_project_saved_by_a_text_editor_opens(tmp_path, encoding):
    project = load_example("hofje-8")
    project.households[0].label = "Lindehof 1 (Renée)"
    path = tmp_path / "p.minigrid"
    path.write_bytes(dumps_project(project).encode(encoding))
    result = load_project(path)
    assert result.project is not None and not result.repaired
    assert result.project.households[0].label == "Lindehof 1 (Renée)"
    assert any(encoding in p.nl and "UTF-8" in p.nl for p in result.problems)
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert load_project(path).project is None
