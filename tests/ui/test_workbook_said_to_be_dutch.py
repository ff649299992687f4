"""An English user is told the Excel workbook is in Dutch, before and after exporting it.

The workbook follows the Province of Utrecht's model and is Dutch in either language ('Toelichting',
'Uitgangspunten', 'Woningen'); 'minigrid export --lang en', File → Export to Excel and the manual in
English said nothing of it, so an English user opened a Dutch workbook unprepared.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from minigrid_app.cli import main
from minigrid_app.paths import resource_path
from minigrid_app.ui.i18n import compile_ts


def test_the_command_says_the_workbook_is_dutch(tmp_path, capsys):
    project = tmp_path / "h.minigrid"
    assert main(["example", "hofje-8", "-o", str(project)]) == 0
    assert main(["export", str(project), "-o", str(tmp_path / "h.xlsx"), "--lang", "en"]) == 0
    assert "(in Dutch, as the Province of Utrecht's model it follows)" in capsys.readouterr().out


@pytest.mark.parametrize(("name", "context", "source_starts", "said"), [
    ("minigrid_en_a", "ProjectController", "De werkmap is opgeslagen:", "(in Dutch, as the Province of Utrecht's model"),
    ("minigrid_en_glossary", "MainActions", "<h3>Zo werkt Minigrid</h3>", "Province of Utrecht model and, like it, in Dutch"),
])
def test_the_window_says_the_workbook_is_dutch(qapp, tmp_path, name, context, source_starts, said):
    import xml.etree.ElementTree as ElementTree

    path = resource_path("translations") / f"{name}.ts"
    source = next(m.findtext("source") for m in ElementTree.parse(path).iter("message")
                  if (m.findtext("source") or "").startswith(source_starts))
    qm = tmp_path / f"{name}.qm"
    assert compile_ts(path, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert said in translator.translate(context, source)
