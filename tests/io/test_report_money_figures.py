"""The evening report's appendix of default figures writes money as every amount: '€ 6,000', '€ 700/kW',
'€ 1,000 per borehole'. It wrote '6,000 €' and '700 €/kW' (seen in the English report of straat-24), the
euro sign behind the figure where every other amount on screen and paper has it in front."""

from __future__ import annotations

import html
import re

import pytest

from minigrid_app.core.formatting import figure_with_unit


@pytest.mark.parametrize(("value", "unit", "said"), [
    ("6,000", "€", "€\u00a06,000"), ("700", "€/kW", "€\u00a0700/kW"), ("1.000", "€ per boorgat", "€\u00a01.000 per boorgat"),
    ("1,800", "kWh/year", "1,800\u00a0kWh/year"), ("1990", "", "1990"),
])
def test_a_figure_and_its_unit(value, unit, said):
    assert figure_with_unit(value, unit) == said


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_report_writes_money_figures_with_the_euro_sign_in_front(language):
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io import documents
    from minigrid_app.io.examples import load_example

    project = load_example("hofje-8")
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    cells = [html.unescape(re.sub(r"<[^>]+>", "", cell)).replace("\u00a0", " ")
             for cell in re.findall(r'<td class="num">(.*?)</td>', documents.build_report(project, results, language=language).html)]
    assert not [cell for cell in cells if re.fullmatch(r"[\d.,]+ €.*", cell)]
    boiler = "€ 6,000" if language == "en" else "€ 6.000"  # an air heat pump's fixed part
    assert boiler in cells and [cell for cell in cells if re.fullmatch(r"€ [\d.,]+/kW", cell)]
