"""Issue 15: every step fits a 1280 × 800 laptop, with the real widgets and the bundled examples.

- the first window is never wider or taller than the screen's free room;
- no visible column title, home name or field hint is cut off ("…") on any step, in Dutch or English;
- "Grotere tekst" makes every text larger, the amounts of the business case too.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel

from minigrid_app.io.examples import EXAMPLES, load_example
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.services.dialogs import ScriptedDialogs
from minigrid_app.ui.services.tasks import SyncRunner
from tests.ui.layout_checks import (
    elided_choices,
    elided_headers,
    elided_names,
    elided_placeholders,
    really_visible,
    settle,
)

_DOCUMENTS: list[ProjectDocument] = []


@pytest.fixture(autouse=True)
def _stop_document_timers():
    yield
    while _DOCUMENTS:
        _DOCUMENTS.pop().recompute_now()


def make_window(qtbot, tmp_path, project, size=(1280, 800)):
    from minigrid_app.ui.i18n import Translations
    from minigrid_app.ui.main_window import MainWindow

    document = ProjectDocument(project, runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    document.recompute_now()
    _DOCUMENTS.append(document)
    window = MainWindow(
        document,
        dialogs=ScriptedDialogs([]),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        translations=Translations(QApplication.instance()),
        recovery_dir=tmp_path / "recovery",
    )
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window


@pytest.mark.parametrize(
    ("available", "largest"),
    [((1280, 770), (1264, 722)), ((1366, 728), (1350, 680)), ((1920, 1040), (1360, 880)), ((1024, 600), (1008, 552))],
)
def test_the_first_window_fits_the_screen(available, largest):
    """Issue 15: the window opened 1360 × 880 on a 768 px high screen; the step buttons and the
    summary bar were hidden until the user maximised it."""
    from minigrid_app.ui.main_window import FRAME_ALLOWANCE, fitted_size

    width, height = fitted_size(QRect(0, 0, *available))
    assert (width, height) == largest
    assert width + FRAME_ALLOWANCE[0] <= available[0] and height + FRAME_ALLOWANCE[1] <= available[1]


def test_the_real_window_fits_a_small_screen(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, load_example("hofje-8"))
    window.fit_to_screen(QRect(0, 0, 1366, 728))
    assert window.width() <= 1366 and window.height() <= 728 - 40
    settle()
    footer = window.done_button.mapTo(window, window.done_button.rect().bottomLeft())
    assert footer.y() < window.height() and window.summary.geometry().bottom() <= window.height()
    window.document.undo_stack.setClean()


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("example", EXAMPLES)
def test_nothing_is_cut_off_at_1280_by_800(qtbot, tmp_path, example, language):
    window = make_window(qtbot, tmp_path, load_example(example))
    window.set_language(language)
    names = {h.label for h in window.document.project.households if h.label}
    problems = []
    try:
        for step, page in enumerate(window.pages):
            window.show_step(step)
            settle()
            for view in page.findChildren(QAbstractItemView):
                if not really_visible(view):
                    continue
                where = f"step {step + 1} {type(view).__name__} {view.objectName()}"
                problems += [f"{where}: title {t}" for t in elided_headers(view)]
                problems += [f"{where}: name {n}" for n in elided_names(view, names)]
            problems += [f"step {step + 1}: {h}" for h in elided_placeholders(page)]
            problems += [f"step {step + 1}: {c}" for c in elided_choices(page)]
    finally:
        window.set_language("nl")
        window.document.undo_stack.setClean()
    assert problems == [], "\n".join(problems)


def test_larger_text_makes_every_text_larger(qtbot, tmp_path):
    """Issue 15: "Grotere tekst" enlarged the labels but not the amounts of Eenmalig, Totaal and CO₂."""
    window = make_window(qtbot, tmp_path, load_example("hofje-8"))
    try:
        before = {}
        for page in window.pages:
            for label in page.findChildren(QLabel):
                before[label] = label.font().pointSizeF()
        window.set_larger_text(True)
        settle()
        smaller = [
            f"{type(label.parentWidget()).__name__}: {label.text()[:40]!r} {size} → {label.font().pointSizeF()}"
            for label, size in before.items()
            if label.font().pointSizeF() < size * 1.2
        ]
        assert smaller == []
        business = window.pages[3]
        for quantity in ("investment_net_eur", "tco_eur", "co2_kg_per_year"):
            cells = [c for (v, q), c in business.cells.items() if q == quantity]
            assert cells, quantity
            assert all(c.value.font().pointSizeF() > c.font().pointSizeF() for c in cells)
    finally:
        window.set_larger_text(False)
        window.document.undo_stack.setClean()
