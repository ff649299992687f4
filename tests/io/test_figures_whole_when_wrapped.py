"""A figure stays whole where a text is wrapped by textwrap: 'minigrid compute' for 60 homes ended a line with
'Eigen bodemlus €' above '1.247.681 investering'; the signature chart's title could do the same. The charts'
own titles already kept '€ 4.869' whole (:func:`minigrid_app.core.formatting.unbroken`)."""

from __future__ import annotations

import re

import pytest

from minigrid_app.io import report_text, signature_charts

#: a figure broken over two lines: '€' or a number at a line's end, its amount or unit on the next
BROKEN = re.compile(r"(€|\d)\n\s*(\d|m³|m|kWh|jaar|%)")


@pytest.mark.parametrize("shift", range(0, 40))
def test_the_command_lines_sentences_keep_figures_whole(shift):
    line = "x" * shift + " Samen: Gasketel (huidig) € 0 investering, € 2.025.848 over 15 jaar; Eigen bodemlus € 1.247.681 " \
        "investering, 1.200 m³ gas, 3.400 kWh stroom, 250 m boren, € 2.053.922 over 15 jaar."
    wrapped = report_text._wrapped(line)
    assert not BROKEN.search(wrapped), wrapped
    assert "\u00a0" not in wrapped and " ".join(wrapped.split()) == " ".join(line.split())


@pytest.mark.parametrize("shift", range(0, 30))
def test_the_signature_charts_title_keeps_figures_whole(shift):
    title = "y" * shift + " Met 4 woningen betaalt ieder gemiddeld € 290 per maand; met 3 woningen € 312 per maand."
    wrapped = signature_charts._wrapped(title, 4.0, 1.0)
    assert not BROKEN.search(wrapped.replace("\u00a0", " ")), wrapped
