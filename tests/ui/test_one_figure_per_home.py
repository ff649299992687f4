"""Steps 6-8 show one "per woning" figure, over the homes in the tender, and say which homes.

On straat-24's step 8 the bottom bar read "gedeelde bodemlus gemiddeld per deelnemende woning ≈
€ 235 per maand" (step 4's mean over the 20 homes taking part) while step 7's table and the
decision record counted the 4 homes in the tender (€ 248 on average): two "per home" figures on
one screen. The figure is decided once, in core.tender_figure, and every view shows that one.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re

from minigrid_app.core.decision import decision_record
from minigrid_app.core.quotes import monthly_per_home, quote_case
from minigrid_app.core.tender_figure import decided_figure, mean_row, tender_figure
from minigrid_app.core.tender_model import Quote
from minigrid_app.io.examples import load_example
from minigrid_app.ui.services.tender_service import tender_service
from tests.signers_together import signers_together
from tests.ui.layout_checks import settle


def _quoted(tender) -> Quote:
    return Quote(id="q1", supplier="Boorbedrijf Oost",
                 amounts={line.id: line.indicative_amount_eur * 1.3 for line in tender.pack.lines if line.in_quote})


def _euros(text: str) -> list[int]:
    return [int(m.replace(".", "")) for m in re.findall(r"€\s?([\d.]+)", text)]


def test_the_figure_is_over_the_tendered_homes_and_is_the_mean_of_their_rows(quick_document):
    document = quick_document(signers_together(load_example("hofje-8")))
    tender_service(document).refresh()
    tender = tender_service(document).tendered
    case = quote_case(tender.scope.project, tender.results, tender.pack.lines, _quoted(tender))
    rows = monthly_per_home(tender.results, case)
    figure = tender_figure(tender.results, case)
    assert figure.homes == tuple(row.label for row in rows) == ("Lindehof 1", "Lindehof 3", "Lindehof 7")
    assert abs(figure.monthly_year1_eur - sum(r.quote_monthly_eur for r in rows) / len(rows)) < 1e-6  # same homes, same sum
    mean = mean_row(tender.results, case)
    assert abs(mean.indicative_monthly_eur - sum(r.indicative_monthly_eur for r in rows) / len(rows)) < 1e-6
    assert mean.label == "Gemiddeld over de 3 woningen van de uitvraag"
    assert "over the 3 homes in the tender, with the quote of Boorbedrijf Oost" in figure.text("en")
    # the decision record on paper: the same figure, its homes named, and the mean row under the homes
    from minigrid_app.io.tender_documents import build_decision_document

    document.set_attr(lambda p: p.tender, "quotes", [case.comparison.quote], "offerte")
    document.set_attr(lambda p: p.tender.decision, "quote_id", case.comparison.quote.id, "kiezen")
    tender = tender_service(document).tendered
    record = decision_record(tender.scope, tender.results, tender.pack)
    paper = build_decision_document(record).html.replace("\u00a0", " ")
    assert record.figure.text() == figure.text() and figure.text() in paper
    assert "(Lindehof 1, Lindehof 3, Lindehof 7)" in paper and "Gemiddeld over de 3 woningen van de uitvraag" in paper
    # step 4's mean is over every home taking part: another figure, which steps 6-8 no longer show
    assert document.results.group.households_counted > len(rows)


def test_steps_6_to_8_show_the_tenders_figure_in_the_summary_line_as_their_pages(qtbot, quick_window):
    window = quick_window(signers_together(load_example("hofje-8")))
    document = window.document
    service = tender_service(document)
    window.show_step(3)
    step4 = window.summary.label.text()
    assert "per deelnemende woning" in step4
    for index in (5, 6, 7):
        window.show_step(index)
        service.refresh()
        settle()
        line = window.summary.label.text()
        assert "gemiddeld over de 3\u00a0woningen van de uitvraag, indicatief" in line.replace(" ", "\u00a0") or \
            "gemiddeld over de 3 woningen van de uitvraag, indicatief" in line, line
        assert "per deelnemende woning" not in line
    tender = service.tendered
    quote = _quoted(tender)
    document.set_attr(lambda p: p.tender, "quotes", [quote], "offerte")
    document.set_attr(lambda p: p.tender.decision, "quote_id", quote.id, "kiezen")
    settle()
    line = window.summary.label.text().replace("\u00a0", " ")
    figure = decided_figure(service.tendered.scope.project, service.tendered.results, service.tendered.pack.lines)
    assert "met de offerte van Boorbedrijf Oost" in line
    # the same euros as step 8's record and step 7's mean row
    record = decision_record(service.tendered.scope, service.tendered.results, service.tendered.pack)
    assert record.figure.text() == figure.text()
    page = window.page(7)
    page.record_panel._show()
    assert figure.text() in page.record_panel.summary.text().replace("\u00a0", " ")
    quotes = window.page(6)
    quotes.case_panel.show_project(document.project)
    shown = quotes.case_panel.table.text().replace("\u00a0", " ")
    mean_line = shown[shown.index("Gemiddeld over de 3 woningen van de uitvraag"):].split("</tr>")[0]
    assert _euros(mean_line)[2] == round(figure.monthly_year1_eur)
    assert f"€ {round(figure.monthly_year1_eur)} per maand" in line
    window.show_step(3)
    assert window.summary.label.text() == step4  # step 4 keeps its own figure


def test_the_tender_command_says_the_same_figure_and_its_homes(tmp_path, capsys, monkeypatch):
    import minigrid_app.ui.services.tender_pack as tender_pack
    from minigrid_app.cli import main

    project = str(tmp_path / "s.minigrid")
    assert main(["example", "straat-24", "-o", project]) == 0
    monkeypatch.setattr(tender_pack, "write_tender", lambda *args, **kwargs: [])  # the figure, not the PDFs
    capsys.readouterr()
    assert main(["tender", project, "--out", str(tmp_path / "uit"), "--lang", "en"]) == 0
    printed = capsys.readouterr().out.replace("\u00a0", " ")
    assert ("Per home: shared ground loop on average over the 4 homes in the tender, indicative, ≈ € " in printed
            and "(Vogelstraat 12, Vogelstraat 18, Vogelstraat 42, Vogelstraat 48)" in printed), printed
