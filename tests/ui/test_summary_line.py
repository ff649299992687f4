"""The summary line at the bottom is read whole, also while the program computes.

At 1280 × 800 the line for straat-24 ("…, over 15 jaar € 1.859 goedkoper dan gas") was cut to
"… € 1.859 g" whenever "Bezig met rekenen…" and its progress bar came up, after every edit.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.io.examples import load_example
from tests.ui.layout_checks import settle


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_summary_is_whole_while_busy_and_does_not_jump(qtbot, tmp_path, language, quick_window):
    window = quick_window(load_example("straat-24"))
    window.set_language(language)
    settle()
    summary = window.summary
    label = summary.label
    shapes = []
    for busy in (False, True, False):
        summary.set_busy(busy, "")
        settle()
        if label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height(), f"busy={busy}: more lines than shown"
        else:
            assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width(), f"busy={busy}: cut"
        shapes.append((label.width(), label.height(), window.stack.height()))
    assert shapes[0] == shapes[1] == shapes[2]  # nothing moves when the busy sign comes and goes
    window.set_language("nl")
    window.document.undo_stack.setClean()
