"""Issue 14, failure 7: the privacy export (--anonymise) kept the project name on the first sheet.

Every free-text field the project holds gets a unique marker; the anonymised workbook is
unzipped and every XML part (cells, shared strings, charts, document properties, headers)
is searched for every marker. The list of fields that are *not* free text lives here, apart
from the implementation's, so a free-text field added later is caught by this test.
"""

from __future__ import annotations

import dataclasses
import errno
import gc
import itertools
import os
import subprocess
import sys
import zipfile

import openpyxl
import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.model import Condition, ManualCluster
from minigrid_app.core.tender_model import PermitStatus, Quote
from minigrid_app.io.examples import load_example
from minigrid_app.io.excel import ExcelExportError, export_workbook
from minigrid_app.io.projectfile import save_project

#: codes, ids and dates: the only text fields that may stay in an anonymised workbook
CODES = {
    "id", "cluster", "house_type", "participation", "participation_date", "network_type", "heat_sources", "financing",
    "kind", "layout", "allocation_key", "date", "created", "modified", "status", "contracting", "organisation_model",
    "quote_id", "household_id", "field_id", "issued_on", "quotes_due", "valid_until", "decided_on", "steps",
    "scope_overrides", "households", "organisation", "market_billing",
}  # fmt: skip


def mark_every_free_text(project) -> list[str]:
    """Put a unique marker into every free-text field of ``project``; returns the markers."""
    counter = itertools.count(1)
    markers = []

    def walk(obj) -> None:
        for item in dataclasses.fields(obj):
            value = getattr(obj, item.name)
            if item.name in CODES:
                continue
            if isinstance(value, str):
                marker = f"PRIVx{next(counter)}x{item.name}"
                markers.append(marker)
                setattr(obj, item.name, f"{marker} tekst")
            elif dataclasses.is_dataclass(value):
                walk(value)
            elif isinstance(value, list):
                for element in value:
                    if dataclasses.is_dataclass(element):
                        walk(element)

    walk(project)
    return markers


def marked_project():
    project = load_example("hofje-8")
    project.conditions.append(Condition(kind="custom", text="x"))
    project.clusters.manual = [ManualCluster(id="cl-noord", name="Noord")]
    project.households[2].cluster = project.households[3].cluster = "cl-noord"
    project.tender.quotes.append(Quote(supplier="x", notes="x"))
    project.tender.settings.permits.append(PermitStatus(kind="ground_loop", note="x"))
    markers = mark_every_free_text(project)
    return project, markers


def workbook_text(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def test_7_anonymised_workbook_holds_no_free_text_of_the_project(tmp_path):
    project, markers = marked_project()
    assert len(markers) > 30  # every part of the project took part
    results = compute_project(project, method="rule_of_thumb", break_even=False, sensitivity=False)
    plain = workbook_text(export_workbook(project, results, tmp_path / "plain.xlsx"))
    assert sum(marker in plain for marker in markers) > 10  # the test can fail: they are there normally
    anonymous = workbook_text(export_workbook(project, results, tmp_path / "anon.xlsx", anonymise=True))
    leaked = [marker for marker in markers if marker in anonymous]
    assert leaked == []
    assert "PRIVx" not in anonymous


def test_7_cli_anonymise_leaves_out_the_project_name_and_place(tmp_path):
    project = load_example("hofje-8")
    save_project(project, tmp_path / "p.minigrid")
    out = tmp_path / "anon.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "minigrid_app", "export", str(tmp_path / "p.minigrid"), "--xlsx", str(out), "--anonymise"],
        capture_output=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = workbook_text(out)
    for secret in (project.intake.name, project.intake.location, "Lindehof", project.intake.contact_person,
                   project.first_evening.notes, *[c.text for c in project.conditions if c.text]):  # fmt: skip
        assert secret not in text, secret


def test_7_full_disk_during_export_is_one_message_without_a_traceback(tmp_path, monkeypatch, capfd):
    project = load_example("twee-onder-een-kap-4")
    results = compute_project(project, method="rule_of_thumb", break_even=False, sensitivity=False)
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.stream, name)

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    with pytest.raises(ExcelExportError) as caught:
        export_workbook(project, results, tmp_path / "out.xlsx")
    gc.collect()
    assert "vol" in caught.value.problem.nl and "No space" not in caught.value.problem.nl
    assert list(tmp_path.iterdir()) == []  # no half file, no temporary file
    captured = capfd.readouterr()
    assert "Exception ignored" not in captured.err and "Traceback" not in captured.err


FILE_SIZE_LIMIT = r"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000))
from minigrid_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="file size limits as on Linux")
def test_7_export_that_hits_a_disk_limit_prints_no_zipfile_traceback(tmp_path):
    save_project(load_example("hofje-8"), tmp_path / "p.minigrid")
    done = subprocess.run(
        [sys.executable, "-c", FILE_SIZE_LIMIT, "export", str(tmp_path / "p.minigrid"), "--xlsx", str(tmp_path / "o.xlsx")],
        capture_output=True, timeout=600,
    )  # fmt: skip
    message = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, message
    assert "te groot voor deze schijf" in message
    assert "Traceback" not in message and "Exception ignored" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.minigrid"]


def test_7_codes_of_the_project_are_not_scrubbed_from_what_minigrid_wrote(tmp_path):
    """straat-24, anonymised: Uitgangspunten's 'Naam in formules' read '[weggelaten]ly_outdoor_temp_c';
    the organisation's code 'month' (market_billing) was taken for a resident's text."""
    from minigrid_app.core.model import Project
    from minigrid_app.io.excel.privacy import private_texts

    assert private_texts(Project()) == []  # a new project holds nothing anyone typed
    project = load_example("hofje-8")
    project.households[0].label = "Index"  # a resident's text that is also a spreadsheet function
    results = compute_project(project, method="rule_of_thumb", break_even=False, sensitivity=False)
    anonymous = workbook_text(export_workbook(project, results, tmp_path / "anon.xlsx", anonymise=True))
    assert "monthly_outdoor_temp_c" in anonymous and "[weggelaten]ly" not in anonymous
    # no formula is touched: 'INDEX(hdd_month,1)' read 'INDEX(hdd_[weggelaten],1)' (Err:508 in LibreOffice)
    formulas = [cell.value for ws in openpyxl.load_workbook(tmp_path / "anon.xlsx").worksheets
                for row in ws.iter_rows() for cell in row if cell.data_type == "f"]
    assert len(formulas) > 1000
    assert [f for f in formulas if "[weggelaten]" in f] == []
    assert any("INDEX(hdd_month," in f for f in formulas)
