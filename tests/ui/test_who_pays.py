"""Step 5, issue 17: the go/no-go rule tracked live, the signature curve, financing per home, the organisation models."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.core.glossary import plain_text
from minigrid_app.core.variant import Variant
from minigrid_app.ui.locale import format_money


@pytest.fixture
def page(shown_page):
    from minigrid_app.ui.pages.second_evening import SecondEveningPage

    return shown_page(SecondEveningPage)


def test_rule_is_set_undone_and_tracked_with_the_signatures(page):
    panel = page.signatures_panel
    document = page.document
    assert "Nog geen spelregel" in plain_text(panel.status_label.text())  # "spelregel" is a glossary link
    panel.street_share.setValue(50)
    panel.street_rule.setChecked(True)
    assert document.project.agreement.street_share == 0.5
    document.recompute_now()
    # 3 of 8 signed, 4 needed
    assert "Nog niet" in panel.status_label.text()
    assert panel.checks_table.item(0, 1).text() == "3 / 8" and panel.checks_table.item(0, 2).text() == "4"
    # a signature on the participation panel: tracked at once
    home = document.project.households[1]
    combo = page.participation_panel.participation_table.cellWidget(1, 1)
    combo.setCurrentIndex(combo.findData("signed"))
    assert home.participation == "signed"
    assert "Het gaat door" in panel.status_label.text()
    document.undo_stack.undo()  # the signature
    document.undo_stack.undo()  # the rule
    assert document.project.agreement.street_share is None
    assert "Nog geen spelregel" in plain_text(panel.status_label.text())  # "spelregel" is a glossary link


def test_curve_is_computed_by_the_engine_service_and_drawn(page):
    panel = page.signatures_panel
    assert panel.curve_results is not None and panel.curve_results.signatures is not None
    curve = panel.current_curve()
    assert curve.scope == "street" and curve.signed == 3
    assert [p.signers for p in curve.points] == list(range(2, 9))
    assert panel.scope_combo.count() == 1 + len(page.document.results.clusters)
    panel.scope_combo.setCurrentIndex(1)
    panel._show_curve()
    assert panel.current_curve().scope == "cluster"
    assert "handtekeningen" in panel.curve_label.text()
    assert panel.chart.figure is not None


def test_the_curves_figures_on_step_5_are_said_as_means(page, qapp):
    """'Met 3 handtekeningen: € 290 per maand …' was the mean per home that signs, said as one home's."""
    from minigrid_app.core.formatting import unbroken
    from minigrid_app.core.signatures import curve_costs

    panel = page.signatures_panel
    curve = panel.current_curve()
    now = curve.nearest(curve.signed)
    mean = format_money(now.monthly_costs_year1_eur).replace("€ ", "€\u00a0")  # kept whole where the label wraps
    assert f"Met {now.signers} handtekeningen gemiddeld {mean} per maand" in panel.curve_label.text()
    before = qapp.property("language")
    qapp.setProperty("language", "en")
    try:
        panel._show_curve()
        mean = format_money(now.monthly_costs_year1_eur, "en").replace("€ ", "€\u00a0")  # kept whole where it wraps
        assert f"With {now.signers} signatures on average {mean} a month" in panel.curve_label.text()
        assert unbroken(curve_costs(curve).en) in panel.curve_label.text()
    finally:
        qapp.setProperty("language", before)
        panel._show_curve()


def test_financing_choice_changes_monthly_costs(page):
    panel = page.financing_panel
    document = page.document
    home = document.project.households[0]
    before = document.results.household(home.id).variants[Variant.SHARED_LOOP]
    combo = panel.table.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findData("own"))
    assert home.financing == "own"
    document.recompute_now()
    after = document.results.household(home.id).variants[Variant.SHARED_LOOP]
    assert after.annual_loan_payment_eur == 0.0
    assert after.monthly_costs_year1_eur < before.monthly_costs_year1_eur
    assert panel.table.item(0, 6).text() != "€ 0"
    # a home without room to borrow is named for the advisor
    room = panel.table.cellWidget(1, 4)
    room.setCurrentIndex(room.findData(False))
    assert "Geen leenruimte" in panel.remarks.text()
    assert panel.set_amount(home.id, "twaalf") is False and "geen bedrag" in panel.message.text()
    # and next to the home's amount, in sight (walker, session 16: under 24 homes it was not)
    from minigrid_app.ui.widgets.field_message import field_message

    amount = panel.table.cellWidget(0, 2)
    note = field_message(amount)
    assert note.anchor is amount and "geen bedrag" in note.text()
    assert panel.set_amount(home.id, "12.000") is True and note.text() == ""
    # typed as people write amounts: '12 500' was € 12 (read as the program's own figures are read back)
    for typed, amount in (("12 500", 12500.0), ("€ 12.500,-", 12500.0), ("12500 euro", 12500.0)):
        assert panel.set_amount(home.id, typed) is True and home.loan_amount_eur == amount, typed
    assert panel.set_amount(home.id, "12 m³") is False and home.loan_amount_eur == 12500.0
    # taken with a doubt: said next to the amount (the middle of '10.000-12.000' stood without a word)
    for typed, amount, said in (("10.000-12.000", 11000.0, "is een bereik; het midden (€ 11.000) aangenomen"),
                                ("ca. 9.000", 9000.0, "is een schatting; € 9.000 aangenomen"),
                                ("12k", 12000.0, "‘12k’ gelezen als € 12.000")):
        assert panel.set_amount(home.id, typed) is True and home.loan_amount_eur == amount, typed
        assert said in note.text() and said in panel.message.text().replace("\u00a0", " "), typed  # kept whole there
    assert panel.set_amount(home.id, "12.000") is True and note.text() == ""


def test_a_home_that_declined_is_marked_where_its_financing_figures_stand(page, qapp):
    """Walking step 5 (session 16): 'Hoe betaalt elke woning?' listed homes that declined with a
    monthly figure, as if they paid it. Their figures are what they would pay if they joined now:
    the name is marked and the mark explained under the table, in both languages; its "hoe
    berekend?" says so too."""
    document = page.document
    panel = page.financing_panel
    home = document.project.households[3]
    assert not panel.what_if.isVisible()
    document.set_attr(lambda project: project.households[3], "participation", "declined", "afzeggen")
    document.recompute_now()
    shared = document.results.household(home.id).variants[Variant.SHARED_LOOP]
    assert shared.as_joiner
    assert panel.table.item(3, 0).text() == f"{home.label} *"
    assert panel.table.item(3, 5).text() == format_money(shared.monthly_costs_year1_eur)
    assert panel.table.item(2, 0).text() == document.project.households[2].label  # one that takes part: unmarked
    assert panel.what_if.isVisible()
    assert panel.what_if.text() == (
        f"* {home.label} doet nog niet mee: de bedragen zijn wat deze woning betaalt als die nu aansluit."
    )
    assert "als deze woning nu aansluit" in panel.explanation(home.id).title
    before = qapp.property("language")
    qapp.setProperty("language", "en")
    try:
        panel.show_results(document.results)
        assert panel.what_if.text().startswith(f"* {home.label} is not taking part yet: the amounts are what")
    finally:
        qapp.setProperty("language", before)
    document.undo_stack.undo()
    document.recompute_now()
    assert panel.table.item(3, 0).text() == home.label and not panel.what_if.isVisible()


def test_organisation_models_side_by_side_and_fee_explained(page):
    panel = page.organisation_panel
    assert panel.table.columnCount() == 4 and panel.table.rowCount() >= 3
    assert panel.table.item(0, 1).text().startswith("€")
    index = panel.model_combo.findData("cooperative")
    panel.model_combo.setCurrentIndex(index)
    panel.model_combo.activated.emit(index)
    assert page.document.project.agreement.organisation == "cooperative"
    page.document.recompute_now()
    assert "coöperatie" in panel.law_label.text().lower()
    dialog = panel.coop_explain.open_dialog()
    assert dialog is not None
    texts = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert any("Rente en aflossing" in t for t in texts) and any("Reserve" in t for t in texts)
    dialog.close()


def test_without_a_home_that_declined_nobody_is_said_to_join_later(page):
    """Walk of session 17: 'Alle woningen doen mee: niemand om later aan te sluiten' stood beside
    1 of 3 signed and 2 not decided; it is about the homes that declined, and says so."""
    panel = page.joiners_panel
    assert not panel.spins and not panel.empty_label.isHidden()
    assert panel.empty_label.text() == "Geen woning heeft afgezegd: er is niemand om later aan te sluiten."


def test_the_plan_of_later_joiners_is_set_undone_and_gets_its_entry_fee(page):
    """Issue 17: a home that does not take part is planned to join in year 3; the engine's entry
    fee and the founders' refunds appear next to it; one undo step takes it out again."""
    document = page.document
    panel = page.joiners_panel
    home = document.project.households[3]
    document.set_attr(lambda project: project.households[3], "participation", "declined", "afzeggen")
    document.recompute_now()
    spin = panel.spins[home.id]
    assert spin.value() == 0 and spin.text() == "niet gepland"
    panel.set_year(home.id, 3)
    assert [(j.household_id, j.year) for j in document.project.agreement.joiners] == [(home.id, 3)]
    document.recompute_now()
    (fee,) = document.results.entry_fees
    row = list(panel.spins).index(home.id)
    assert panel.table.item(row, 2).text() == fee.cluster_name
    assert panel.table.item(row, 3).text() == format_money(fee.fee_eur, decimals=2)
    assert all(format_money(v, decimals=2) in panel.table.item(row, 4).text() for v in fee.refunds_eur.values())
    document.undo_stack.undo()
    assert document.project.agreement.joiners == []
    assert panel.spins[home.id].value() == 0


def test_a_curve_chosen_later_keeps_its_figures_whole(page, qtbot):
    """The page's walk (26ac452) binds '€ 290' with a no-break space after each update, but the
    curve's words are set again when a cluster is chosen (and when the curves arrive from the
    engine's worker): 'gemiddeld €' could end a line above '290 per maand'. Kept whole too."""
    import re

    qtbot.wait(20)  # the page's own walk has run
    panel = page.signatures_panel
    panel.scope_combo.setCurrentIndex(1)
    panel.scope_combo.activated.emit(1)
    qtbot.wait(20)
    said = re.sub(r"<[^>]+>", "", panel.curve_label.text())
    assert panel.current_curve().scope == "cluster" and "€\u00a0" in said
    assert not re.search(r"€ \d", said), said  # no euro sign apart from its amount


def test_a_joiner_without_a_cluster_with_room_is_told_what_to_do(shown_page):
    """Walking step 5 on straat-24 (session 16): a home planned to join in year 3 showed only 'geen
    cluster met plaats' where the refunds go; now also where to make room, as the condition says."""
    from minigrid_app.ui.pages.second_evening import SecondEveningPage

    page = shown_page(SecondEveningPage, "straat-24")
    document, panel = page.document, page.joiners_panel
    home = next(iter(panel.spins))
    panel.set_year(home, 3)
    document.recompute_now()
    row = list(panel.spins).index(home)
    assert not document.results.entry_fees
    assert panel.table.item(row, 4).text() == "geen cluster met plaats: vul bij stap 3 ‘Ruimte voor latere deelnemers’ in"
