"""What the window loads at start (issue 16): neither numpy nor the engine; the compute
process loads them. Nor the glossary, whose links come after the first paint. The shipped g-function tables still reach the engine, whichever of the
engine and the io layer is imported first."""

from __future__ import annotations

import os
import subprocess
import sys

ENGINE = ("numpy", "minigrid_app.core.analysis", "minigrid_app.core.borefield", "minigrid_app.core.fieldsizing")

WINDOW = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
import minigrid_app.cli, minigrid_app.ui.app
from minigrid_app.io.defaults import install_bundled_defaults
install_bundled_defaults()
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import load_project
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.main_window import MainWindow
from minigrid_app.ui.pages.base import DeferredLinker
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
DeferredLinker.hold()  # as run_gui does: the glossary's links after the first paint
window = MainWindow(ProjectDocument(), settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
loaded = " ".join(sorted(sys.modules))  # before the pages made after the first paint
app.processEvents()
print(window.pages[0].built, any(page.built for page in window.pages[1:]), len(window.pages))
print(loaded)
QTimer.singleShot(1000, app.quit)  # the window settles: links, then the other pages
app.exec()
print(DeferredLinker.held(), "minigrid_app.ui.widgets.glossary" in sys.modules)
"""

#: the other steps' modules: made after the window's first paint (main_window.PAGE_MODULES); the
#: glossary's widgets and pattern (links made after the first paint); what only a saved project,
#: a new id, the tender steps, the first results, a typed cell, a project read, a home's first check
#: (the demand tables and their method), a home's first remark (and the variants), a tooltip,
#: a field's length said in metres (decimal) or a pasted table with quotes (csv) need
LATER = ("minigrid_app.ui.pages.business_case", "minigrid_app.ui.pages.decision", "minigrid_app.ui.pages.tender",
         "minigrid_app.ui.pages.second_evening", "minigrid_app.core.results", "minigrid_app.ui.services.compute_process",
         "minigrid_app.ui.widgets.glossary", "minigrid_app.core.glossary", "minigrid_app.core.tender_planning",
         "minigrid_app.core.verdict", "minigrid_app.core.finance", "uuid", "hashlib", "minigrid_app.core.reading",
         "minigrid_app.io.project_validation", "tomllib", "minigrid_app.core.demand", "minigrid_app.core.method",
         "minigrid_app.core.home_remarks", "minigrid_app.core.variant", "html",
         "decimal", "csv")


def test_the_window_opens_without_numpy_or_the_engine(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", WINDOW, str(tmp_path / "settings.ini")],
        capture_output=True, text=True, check=True, env=env,
    ).stdout.splitlines()
    first, others, count = out[0].split()
    assert (first, others) == ("True", "False"), out[0]  # only the first step is built
    assert int(count) > 1
    loaded = set(out[1].split())
    assert "minigrid_app.ui.main_window" in loaded
    assert not loaded & set(ENGINE), sorted(loaded & set(ENGINE))
    assert not loaded & set(LATER), sorted(loaded & set(LATER))
    assert out[2].split() == ["False", "True"], out[2]  # the hold is over and the words are links


def test_tables_reach_an_engine_imported_before_the_io_layer():
    code = (
        "from minigrid_app.core import gfunctions\n"
        "assert gfunctions.BANK.table_for(gfunctions.line(2, 6.0), 100.0) is None\n"
        "import minigrid_app.io\n"
        "print(gfunctions.BANK.table_for(gfunctions.line(2, 6.0), 100.0) is not None)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"
