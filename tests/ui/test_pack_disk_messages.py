"""A full disk while the evening's pack or the tender is written: the message says what to do once.
The pack's said 'de schijf of USB-stick is vol; maak ruimte vrij of kies een andere plek. Kies een
andere map.'; a reason that asks a question ended in '?.'."""

from __future__ import annotations

import errno
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.io.examples import load_example
from minigrid_app.io.os_errors import with_advice
from minigrid_app.ui.pdf import PdfError
from minigrid_app.ui.services import intent_pack
from minigrid_app.ui.services.intent_pack import PackError, write_pack


def _full(code: int):
    def render(*_args, **_kwargs):
        raise PdfError("cannot write") from OSError(code, os.strerror(code))

    return render


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG])
def test_the_pack_on_a_full_disk_advises_once(qapp, tmp_path, monkeypatch, code):
    project = load_example("twee-onder-een-kap-4")
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    monkeypatch.setattr(intent_pack, "render_pdf", _full(code))
    with pytest.raises(PackError) as caught:
        write_pack(project, results, tmp_path / "avond", method="rule_of_thumb")
    problem = caught.value.problem
    for text, place, other in ((problem.nl, "plek", "Kies een andere map"), (problem.en, "place", "Choose another folder")):
        assert "?." not in text and ".." not in text and text.endswith((".", "?")), text
        assert not (place in text and other in text), text  # the advice once
        assert (other in text) == (code == errno.EFBIG), text  # advice only where the reason gives none


def test_with_advice_keeps_a_reason_that_advises():
    assert with_advice(("de schijf is vol; maak ruimte vrij", "the disk is full; free some space"),
                       ("Kies een andere map.", "Choose another folder.")) == (
        "de schijf is vol; maak ruimte vrij.", "the disk is full; free some space.")
    assert with_advice(("te groot", "too large"), ("Kies een andere map.", "Choose another folder.")) == (
        "te groot. Kies een andere map.", "too large. Choose another folder.")
    assert with_advice(("nog aangesloten?", "still connected?"), ("", "")) == ("nog aangesloten?", "still connected?")
