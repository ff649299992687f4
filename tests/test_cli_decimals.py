"""Dutch text shows numbers with a decimal comma and a thousands dot ('8,0 °C', '1.200 m').

Before, f-string formats gave a decimal point in Dutch messages ('de vloeistof moet boven 8.0 °C
blijven', 'minigrid handoff --design': '2 × 80.0 m, 3.0 °C') and long lengths without the
thousands dot ('1200 m × € 60 per m'). These tests scan what the engine and the command line say
in Dutch for the bundled examples and the real cases, and check a few messages word for word.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.cli import main
from minigrid_app.core.analysis import compute_project
from minigrid_app.core.costs import _per_metre
from minigrid_app.core.fieldmessages import infeasible_warning
from minigrid_app.core.problems import Problem
from minigrid_app.core.signatures import _percent
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import load_project, save_project

UNIT = r"\s?(?:°C|m³|m|kWh|kW|kg|MB|%|jaar|maanden)(?![\w³])"
#: a point followed by other than exactly three digits (a decimal point, not the Dutch thousands dot)
DECIMAL_POINT = re.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})" + UNIT)
#: four or more digits without the thousands dot
UNGROUPED = re.compile(r"(?<![\d.,\-])\d{4,}" + UNIT)
EXAMPLES = ("twee-onder-een-kap-4", "hofje-8", "straat-24")
CASES = Path(__file__).resolve().parent / "data" / "cases"  # the residents' files that made the program fail


def english_figures(text: str) -> list[str]:
    """The figures of a Dutch text written the English way."""
    return [m.group(0) for m in DECIMAL_POINT.finditer(text)] + [m.group(0) for m in UNGROUPED.finditer(text)]


def test_the_scan_finds_what_it_should():
    assert english_figures("boven 8.0 °C blijven; 2 × 80.0 m; 1200 m × € 60; 12.5 %") == [
        "8.0 °C", "80.0 m", "12.5 %", "1200 m"]
    assert english_figures("8,0 °C; 1.200 m; 1.234,5 kWh; op 01-12-2026; versie 1.2; −1,5 °C") == []


def _dutch_texts(value, seen=None):
    """Every Dutch text in a result tree: strings (a Bilingual is its Dutch) and problems' Dutch."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, Problem):
        yield value.nl
    elif isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name.endswith("_en") or f.name == "en":
                continue  # the English of a text
            if f.name == "formula_nl":
                continue  # '25.4% van € 23.371 …' (field_costs): the golden examples hold this text as it is
            yield from _dutch_texts(getattr(value, f.name), seen)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _dutch_texts(key, seen)
            yield from _dutch_texts(item, seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _dutch_texts(item, seen)


def _projects():
    for name in EXAMPLES:
        yield name, load_example(name)
    for path in sorted(CASES.glob("*.minigrid")):
        loaded = load_project(path)
        if loaded.project is not None:
            yield path.name, loaded.project


@pytest.mark.parametrize(("name", "project"), list(_projects()), ids=lambda v: v if isinstance(v, str) else "")
def test_engine_messages_write_dutch_figures(name, project):
    results = compute_project(project, break_even=False, sensitivity=False)
    texts = list(_dutch_texts(results))
    assert texts  # the walk reaches the messages
    assert [(t, english_figures(t)) for t in texts if english_figures(t)] == []


def test_cli_prints_dutch_figures(tmp_path, capsys):
    project = tmp_path / "hofje.minigrid"
    assert main(["example", "hofje-8", "-o", str(project)]) == 0
    assert main(["compute", str(project), "--quick"]) == 0
    out = tmp_path / "ingenieur"
    assert main(["handoff", str(project), "--out", str(out)]) == 0
    template = json.loads((out / "ontwerp-sjabloon.json").read_text(encoding="utf-8"))
    template["engineer"] = "Bronadvies BV"
    template["fields"][0]["boreholes"] = 2
    template["fields"][0]["depth_m"] = 80.55  # said as the tender says it: was '2 × 80,5 m' beside the tender's 2 × 80,55 m = 161,1 m
    design = tmp_path / "ontwerp.json"
    design.write_text(json.dumps(template), encoding="utf-8")
    assert main(["handoff", str(project), "--design", str(design)]) == 0
    printed = capsys.readouterr()
    assert "2 × 80,55 m, laagste vloeistoftemperatuur " in printed.out
    assert english_figures(printed.out) == [] and english_figures(printed.err) == []


def test_cli_prints_english_figures_with_lang_en(tmp_path, capsys):
    project = tmp_path / "hofje.minigrid"
    save_project(load_example("hofje-8"), project)
    out = tmp_path / "engineer"
    assert main(["handoff", str(project), "--out", str(out), "--lang", "en"]) == 0
    template = json.loads((out / "design-template.json").read_text(encoding="utf-8"))
    template["fields"][0]["boreholes"] = 2
    template["fields"][0]["depth_m"] = 80.55
    design = tmp_path / "design.json"
    design.write_text(json.dumps(template), encoding="utf-8")
    assert main(["handoff", str(project), "--design", str(design), "--lang", "en"]) == 0
    assert "2 × 80.55 m, lowest fluid temperature " in capsys.readouterr().out


def _ground(**figures):
    base = {"min_fluid_temp_c": 8.0, "max_fluid_temp_c": 25.0, "undisturbed_temp_c": 10.5, "max_depth_m": 1200.0}
    return SimpleNamespace(**(base | figures))


def test_ground_wide_message_word_for_word():
    warning = infeasible_warning("limit_above_ground", _ground(undisturbed_temp_c=7.5), "Cluster 1")
    assert "de vloeistof moet boven 8,0 °C blijven, maar de bodem zelf is maar 7,5 °C. " in str(warning)
    assert "the fluid must stay above 8.0 °C, but the ground itself is only 7.5 °C. " in warning.en


def test_no_fit_message_word_for_word():
    warning = infeasible_warning("no_fit", _ground(min_fluid_temp_c=-1.5), "Cluster 1", count=12)
    assert str(warning) == (
        "Cluster 1 past niet: ook 12 boorgaten van 1.200 m houden de vloeistof niet binnen de grenzen (−1,5 °C). "
        "Wat helpt: een grotere maximale diepte of minder woningen per bron.")
    assert "even 12 boreholes of 1,200 m do not keep the fluid within its limits (−1.5 °C)." in warning.en


def test_cost_line_and_percent_word_for_word():
    assert _per_metre(1200, 60) == ("1.200 m × € 60 per m", "1,200 m × € 60 per m")
    assert (_percent(2 / 3), _percent(2 / 3, "en"), _percent(0.5)) == ("66,7 %", "66.7 %", "50 %")


def test_the_residents_cases_are_read_here():
    """The scan above walks the files that made the program fail: they are in the repository (on a
    fresh machine too), so the walk cannot pass by finding none."""
    assert {"limit-above-ground.minigrid", "manual-cluster-named-C1.minigrid"} <= {p.name for p in CASES.glob("*.minigrid")}
