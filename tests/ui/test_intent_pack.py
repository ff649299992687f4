"""The pack for the second residents' evening as PDF: files, pages, figures equal to the engine's."""

from __future__ import annotations

import copy
import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app import cli
from minigrid_app.core.analysis import compute_project
from minigrid_app.core.formatting import euro
from minigrid_app.core.variant import variant_label
from minigrid_app.io import documents
from minigrid_app.io.examples import EXAMPLES, example_path, load_example
from minigrid_app.io.projectfile import save_project
from minigrid_app.ui.pdf import render_pdf
from minigrid_app.ui.services.intent_pack import PackError, write_pack
from tests.pdf_text import pdf_pages, pdf_text

LONG_STREET = "Burgemeester Van Der Hoeven-Van Lennep Van Oudshoorn Tot Zuylen Kruisherenstraat"


def _quick(project):
    return compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")


@pytest.fixture(scope="module")
def packs(qapp, tmp_path_factory):
    """Every example's pack, written once (rule-of-thumb sizing keeps it fast)."""
    out = {}
    for name in EXAMPLES:
        project = load_example(name)
        results = _quick(project)
        folder = tmp_path_factory.mktemp(name)
        seen = []
        paths = write_pack(project, results, folder, method="rule_of_thumb", progress=lambda f, _t, seen=seen: seen.append(f))
        out[name] = (project, results, folder, paths, seen)
    return out


@pytest.mark.parametrize("name", EXAMPLES)
def test_files_written(packs, name):
    project, results, folder, paths, seen = packs[name]
    declarants = documents.declaration_households(results)
    handouts = documents.handout_households(results)
    assert len(paths) == len(declarants) + 1 + len(handouts) + 1 + 1
    assert all(path.is_file() and path.stat().st_size > 1000 for path in paths)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in paths)  # no temporary files left
    assert (folder / "intentieverklaringen-alle.pdf") in paths
    assert paths[-1].name == "bewonersavond-verslag.pdf"
    assert seen[-1] == 1.0 and seen == sorted(seen)


@pytest.mark.parametrize("name", EXAMPLES)
def test_declarations_match_the_engine(packs, name):
    project, results, folder, _paths, _seen = packs[name]
    combined = pdf_text(folder / "intentieverklaringen-alle.pdf")
    for result in documents.declaration_households(results):
        household = project.household(result.id)
        path = folder / f"intentieverklaring-{documents.file_stem(household, result.row, 'house_number')}.pdf"
        text = pdf_text(path)
        cluster = next(c for c in results.clusters if c.id == result.cluster_id)
        assert household.label in text
        assert f"Uw woning komt in {cluster.name}" in text
        for other in cluster.households:
            if other != result.id:
                assert f"nr. {documents.house_number(project.household(other))}" in text
        shared, gas = result.variants["shared_loop"], result.variants["gas"]
        for amount in (shared.monthly_costs_year1_eur, shared.investment_net_eur, gas.monthly_costs_year1_eur):
            assert euro(amount) in text
        assert "Handtekening:" in text
        assert f"Intentieverklaring · {household.label}" in combined
    pages = pdf_pages(folder / "intentieverklaringen-alle.pdf")
    # every declaration restarts its page numbers
    assert sum(1 for page in pages if "pagina 1 van" in page) == len(documents.declaration_households(results))


@pytest.mark.parametrize("name", EXAMPLES)
def test_handouts_one_page_with_my_figures(packs, name):
    project, results, folder, _paths, _seen = packs[name]
    for result in documents.handout_households(results):
        household = project.household(result.id)
        pages = pdf_pages(folder / f"keukentafelblad-{documents.file_stem(household, result.row, 'house_number')}.pdf")
        assert len(pages) == 1
        text = pages[0]
        assert household.label in text and "pagina 1 van 1" in text
        for variant, variant_result in result.variants.items():
            assert variant_label(variant) in text
            if variant_result is not None:
                assert euro(variant_result.monthly_costs_year1_eur) in text
                assert euro(variant_result.investment_net_eur) in text
        assert "✓" in text or "✗" in text or "deze woning doet (nog) niet mee" in text
    combined = pdf_pages(folder / "keukentafelbladen-alle.pdf")
    assert len(combined) == len(documents.handout_households(results))


def test_report_pages_and_contents(packs):
    project, results, folder, _paths, _seen = packs["straat-24"]
    pages = pdf_pages(folder / "bewonersavond-verslag.pdf")
    # the appendix lists every default figure with its public source (105 figures since the
    # review of the defaults, docs/defaults-review.md, 9 more for the organisation models);
    # issue 17 adds the signature curve (a chart and two tables) and the organisation models
    # side by side (figures, risks, the law): three pages more
    assert 5 <= len(pages) <= 16
    text = " ".join(pages)
    assert "In het kort" in text and "Uitgangspunten en bronnen" in text
    assert "Wet collectieve warmte" in text and "Marktpartij" in text
    assert f"{results.group.signed} van {results.group.households_total} woningen hebben getekend" in text
    assert all(cluster.name in text for cluster in results.clusters)
    assert "Hoeveel van ons moeten tekenen?" in text and "luchtwarmtepomp vanaf" in text  # the curve, thresholds
    assert "Lokale energiecoöperatie" in text and "Per maand, jaar 1" in text  # the organisation models with numbers
    assert all(f"pagina {i} van {len(pages)}" in page for i, page in enumerate(pages, start=1))


def test_anonymous_pack_names_no_neighbour(qapp, tmp_path):
    project = load_example("hofje-8")
    results = _quick(project)
    # told once when every figure is computed and no document is drawn yet (the command line frees the engine's caches there)
    computed = []
    paths = write_pack(
        project, results, tmp_path, privacy="anonymous", language="en", method="rule_of_thumb",
        computed=lambda: computed.append(sorted(p.name for p in tmp_path.iterdir())),
    )
    assert computed == [[]]
    assert all("lindehof" not in path.name for path in paths)
    report = pdf_text(tmp_path / "residents-evening-report.pdf")
    assert "Lindehof" not in report.replace("Lindehof 1-8", "")  # the location may stay, the homes not
    assert "Home A" in report


def test_real_sizing_matches_minigrid_compute_json(qapp, tmp_path, capsys):
    """The documents of the command line equal ``minigrid compute --json`` (pygfunction sizing)."""
    source = str(example_path("twee-onder-een-kap-4"))
    assert cli.main(["compute", source, "--json", "--quick"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert cli.main(["intent", source, "--out", str(tmp_path)]) == 0
    assert "documenten geschreven" in capsys.readouterr().out
    project = load_example("twee-onder-een-kap-4")
    for household in data["households"]:
        shared = household["variants"]["shared_loop"]
        stem = documents.file_stem(project.household(household["id"]), household["row"], "house_number")
        declaration = pdf_text(tmp_path / f"intentieverklaring-{stem}.pdf")
        handout = pdf_text(tmp_path / f"keukentafelblad-{stem}.pdf")
        for text in (declaration, handout):
            assert euro(shared["monthly_costs_year1_eur"]) in text
            assert euro(shared["investment_net_eur"]) in text
        assert "voorlopig" not in declaration  # real sizing, not the rule of thumb
        for variant in ("gas", "air_hp", "ground_hp"):
            assert euro(household["variants"][variant]["monthly_costs_year1_eur"]) in handout


def test_cli_bad_project_file(tmp_path, capsys):
    bad = tmp_path / "kapot.minigrid"
    bad.write_text("{ dit is geen project", encoding="utf-8")
    assert cli.main(["intent", str(bad), "--out", str(tmp_path / "uit")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fout: ") and "beschadigd" in err and "Traceback" not in err
    assert not (tmp_path / "uit").exists()


def test_folder_that_cannot_be_written(qapp, tmp_path):
    project = load_example("twee-onder-een-kap-4")
    results = _quick(project)
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(PackError) as caught:
        write_pack(project, results, blocker / "map", method="rule_of_thumb")
    assert "kan niet worden gemaakt" in caught.value.problem.nl


def _fifty_homes():
    project = load_example("straat-24")
    extra = copy.deepcopy(project.households)
    for index, household in enumerate(extra + copy.deepcopy(project.households[:2])):
        household.id = f"extra-{index}"
        household.label = f"Vogelstraat {50 + 2 * index}"
        project.households.append(household)
    assert len(project.households) == 50
    return project


def test_long_street_name_and_fifty_homes_fit(qapp, tmp_path):
    project = _fifty_homes()
    for household in project.households:
        number = documents.house_number(household)
        household.label = f"{LONG_STREET} {number}"
        household.address = f"{LONG_STREET} {number}, Amersfoort"
    project.intake.location = f"{LONG_STREET} 2-148, Amersfoort"
    results = _quick(project)
    for result in (results.households[0], results.households[-1]):
        household = project.household(result.id)
        handout = tmp_path / f"handout-{result.row}.pdf"
        assert render_pdf(documents.build_handout(project, results, result.id), handout) == 1
        text = pdf_text(handout)
        assert household.label in text  # on the page, not cut off
        assert euro(result.variants["gas"].monthly_costs_year1_eur) in text
    declarant = documents.declaration_households(results)[-1]
    declaration = tmp_path / "declaration.pdf"
    pages = render_pdf(documents.build_declaration(project, results, declarant.id), declaration)
    assert pages <= 3
    assert project.household(declarant.id).address in pdf_text(declaration)
    report = tmp_path / "report.pdf"
    # 14 before issue 17's organisation models side by side (one page more for 13 clusters)
    assert render_pdf(documents.build_report(project, results), report) <= 15
    assert "50 woningen" in pdf_text(report)


def test_html_typed_by_residents_prints_as_text(qapp, tmp_path):
    project = load_example("hofje-8")
    first = project.households[0]
    first.label = "<b>Lindehof 1</b> <script>x()</script>"
    project.intake.name = "Hofje <i>De Linde</i>"
    results = _quick(project)
    path = tmp_path / "verklaring.pdf"
    render_pdf(documents.build_declaration(project, results, first.id), path)
    text = pdf_text(path)
    assert "<b>Lindehof 1</b>" in text and "<script>x()</script>" in text
    assert "Hofje <i>De Linde</i>" in text


def test_saved_project_through_the_command_line_in_english(qapp, tmp_path, capsys):
    source = tmp_path / "hofje.minigrid"
    save_project(load_example("hofje-8"), source)
    out = tmp_path / "pack"
    code = cli.main(["intent", str(source), "--out", str(out), "--lang", "en", "--privacy", "anonymous"])
    assert code == 0
    names = sorted(p.name for p in out.iterdir())
    assert "residents-evening-report.pdf" in names and "declarations-of-intent-all.pdf" in names
    assert all(name.startswith(("declaration", "kitchen", "residents")) for name in names)


def test_cli_project_without_computable_homes(tmp_path, capsys):
    project = load_example("hofje-8")
    for household in project.households:
        household.gas_m3_per_year = None
    source = tmp_path / "leeg.minigrid"
    save_project(project, source)
    assert cli.main(["intent", str(source), "--out", str(tmp_path / "uit")]) == 2
    err = capsys.readouterr().err
    assert "Fout: Geen enkele woning kan worden berekend" in err and "Traceback" not in err


@pytest.mark.parametrize("name", EXAMPLES)
def test_dutch_papers_write_figures_the_dutch_way(packs, name):
    """Every paper of the evening, as a resident reads it, writes '8,0 °C' and '1.200 m³', never
    '8.0 °C' or '1200 m³' (the scan of tests/test_cli_decimals.py, on the PDFs' text)."""
    from tests.test_cli_decimals import english_figures

    _project, _results, folder, paths, _seen = packs[name]
    found = {path.name: english_figures(pdf_text(path)) for path in paths}
    assert {name: figures for name, figures in found.items() if figures} == {}
    assert english_figures("vanaf 1260 m³ gas, 12.5 %") == ["12.5 %", "1260 m³"]  # the scan sees them


def test_freed_memory_goes_back_before_the_report(qapp, tmp_path, monkeypatch):
    # the handouts' layouts, PDFs and figures freed lie between what lives; given back before the
    # report's charts are drawn, those do not grow the memory above them (the pack's peak, issue 16)
    from minigrid_app.ui.services import intent_pack

    seen = []
    monkeypatch.setattr(intent_pack, "return_freed_memory", lambda: seen.append("given back"))
    build_report, build_handout = documents.build_report, documents.build_handout
    monkeypatch.setattr(documents, "build_report", lambda *a, **k: seen.append("report") or build_report(*a, **k))
    monkeypatch.setattr(documents, "build_handout", lambda *a, **k: seen.append("handout") or build_handout(*a, **k))
    project = load_example("hofje-8")
    write_pack(project, _quick(project), tmp_path, method="rule_of_thumb")
    assert seen[-2:] == ["given back", "report"] and seen.count("given back") == 1 and "handout" in seen


def test_command_gives_the_engines_freed_memory_back(monkeypatch):
    from minigrid_app.io import os_memory

    seen = []
    monkeypatch.setattr(os_memory, "return_freed_memory", lambda: seen.append(True))
    monkeypatch.setattr(cli.gc, "freeze", lambda: None)  # this process's objects stay as they are
    cli._forget_engine_caches()
    assert seen == [True]
