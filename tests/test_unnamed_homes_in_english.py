"""A home the residents gave no name nor address is 'Home 3' in English, 'Woning 3' in Dutch: the English
output of 'minigrid compute --lang en' and 'minigrid tender --lang en' (and the tender request, the decision
record, the evening report) named it 'Woning 3', the one name core made in one language."""

from __future__ import annotations

import json
import re

import pytest

from minigrid_app.cli import main
from minigrid_app.core.home_labels import home_name, unnamed_home
from minigrid_app.core.model import Household
from minigrid_app.core.problems import in_language
from tests.pdf_text import pdf_text


def _nameless(tmp_path):
    """hofje-8 with every home's name and address left empty (a survey that asked neither)."""
    project = tmp_path / "h.minigrid"
    assert main(["example", "hofje-8", "-o", str(project)]) == 0
    data = json.loads(project.read_text(encoding="utf-8"))
    for household in data["households"]:
        household["label"] = household["address"] = ""
    project.write_text(json.dumps(data), encoding="utf-8")
    return project


def test_an_unnamed_home_in_either_language():
    assert in_language(unnamed_home(3), "en") == "Home 3" and in_language(unnamed_home(3), "nl") == "Woning 3"
    assert in_language(home_name(Household(), 4), "en") == "Home 4"
    assert home_name(Household(address="Lindehof 4, Zeist"), 4) == "Lindehof 4"


@pytest.mark.parametrize("language, own, other", [("en", "Home", "Woning"), ("nl", "Woning", "Home")])
def test_compute_names_an_unnamed_home_in_its_language(tmp_path, capsys, language, own, other):
    project = _nameless(tmp_path)
    capsys.readouterr()
    assert main(["compute", str(project), "--lang", language]) == 0
    printed = capsys.readouterr().out
    assert f"{own} 1 " in printed and f"{own} 8 " in printed
    assert not re.search(rf"\b{other} \d", printed)


@pytest.mark.parametrize("language, own, other", [("en", "Home", "Woning"), ("nl", "Woning", "Home")])
def test_the_tender_names_an_unnamed_home_in_its_language(tmp_path, capsys, language, own, other):
    project = _nameless(tmp_path)
    out = tmp_path / "tender"
    capsys.readouterr()
    assert main(["tender", str(project), "-o", str(out), "--lang", language, "--decision"]) == 0
    printed = capsys.readouterr()
    said = printed.out + printed.err
    # hofje-8: homes 1 and 3 signed in Cluster 1, home 7 alone in Cluster 2
    assert f"{own} 7 " in said and f"({own} 1, {own} 3)" in said
    assert not re.search(rf"\b{other} \d", said)
    request = pdf_text(next(out.glob("*.pdf")) if language == "nl" else out / "tender-request.pdf")
    assert f"{own} 1" in request and not re.search(rf"\b{other} \d", request)
    if language == "en":
        decision = pdf_text(out / "decision-record.pdf")
        assert "Home 2" in decision and not re.search(r"\bWoning \d", decision)


def test_the_english_evening_report_names_an_unnamed_home_in_english(tmp_path):
    project = _nameless(tmp_path)
    assert main(["intent", str(project), "-o", str(tmp_path / "pack"), "--lang", "en"]) == 0
    report = pdf_text(tmp_path / "pack" / "residents-evening-report.pdf")
    assert "Home 6" in report and not re.search(r"\bWoning \d", report)  # its own ground loop: summer sets the length


def test_how_calculated_names_an_unnamed_home_in_its_language():
    """Step 4's 'How calculated?' of a home without a name said '(Woning 3)' in English; the group's list and
    the verdict's basis too."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.core.explain import explain
    from minigrid_app.core.verdict import verdict_summary
    from minigrid_app.io.examples import load_example

    project = load_example("hofje-8")
    project.households[2].label = project.households[2].address = ""
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    home = project.households[2].id
    assert explain(results, home, "shared_loop", "monthly_costs_year1_eur", "en").title.endswith("(Home 3)")
    assert explain(results, home, "shared_loop", "monthly_costs_year1_eur", "nl").title.endswith("(Woning 3)")
    group = explain(results, None, "shared_loop", "monthly_costs_year1_eur", "en")
    assert "Home 3" in [line.label for line in group.lines]
    assert verdict_summary(results, home, "shared_loop", "en").basis.startswith("Home 3")


@pytest.mark.parametrize(("language", "own"), [("en", "Home 1"), ("nl", "Woning 1")])
def test_the_engineers_files_name_an_unnamed_home_in_their_language(tmp_path, language, own):
    """'minigrid handoff --lang en' wrote '"label": "Woning 1"' in the field's JSON for the engineer."""
    project = _nameless(tmp_path)
    assert main(["handoff", str(project), "--out", str(tmp_path / "engineer"), "--lang", language]) == 0
    homes = json.loads((tmp_path / "engineer" / "shared-C1.json").read_text(encoding="utf-8"))["homes"]
    assert [home["label"] for home in homes] == [own, own[:-1] + "3"]
