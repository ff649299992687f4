"""The second residents' evening: conditions per variant, who signs, clusters complete, drop-out effect."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.services.tasks import SyncRunner
from minigrid_app.ui.widgets.field_message import field_message


@pytest.fixture
def page(shown_page):
    from minigrid_app.ui.pages.second_evening import SecondEveningPage

    return shown_page(SecondEveningPage)


def test_question_and_conditions_with_symbols_and_words(page):
    assert page.step_key == "second_evening"
    assert page.header.text() == "Wie tekent?"
    table = page.conditions_panel.conditions_table
    assert table.rowCount() == len([c for c in page.document.project.conditions if c.enabled])
    outdoor = next(r for r in range(table.rowCount()) if "buitenunit" in table.item(r, 0).text())
    air = table.item(outdoor, 2).text()
    assert air.startswith("✗ niet voldaan")
    assert table.item(outdoor, 4).text().startswith("✓ voldaan")
    assert all(
        table.item(r, c).text()[0] in "✓✗?" for r in range(table.rowCount()) for c in range(1, 5)
    )


def test_status_change_is_dated_and_undoable(page):
    from minigrid_app.ui.locale import show_date

    document = page.document
    row = 1
    household = document.project.households[row]
    combo = page.participation_panel.participation_table.cellWidget(row, 1)
    combo.setCurrentIndex(combo.findData("signed"))
    assert household.participation == "signed"
    assert household.participation_date is not None
    assert page.participation_panel.participation_table.cellWidget(row, 2).text() == show_date(household.participation_date)
    signed = sum(1 for h in document.project.households if h.participation == "signed")
    assert page.participation_panel.rate_label.text().startswith(f"Getekend: {signed} van 8 woningen")
    document.undo_stack.undo()
    assert household.participation == "interested" and household.participation_date is None
    assert page.participation_panel.participation_table.cellWidget(row, 1).currentData() == "interested"


def test_typing_a_date(page, qtbot):
    household = page.document.project.households[0]
    editor = page.participation_panel.participation_table.cellWidget(0, 2)
    editor.clear()
    qtbot.keyClicks(editor, "14-3-2025")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert household.participation_date == "2025-03-14"
    assert not page.participation_panel.set_date(household.id, "gisteren")
    assert "geen datum" in field_message(page).text() and field_message(page).anchor is editor
    assert editor.accessibleDescription() == ""  # the field still shows the project's date
    editor.setText("gisteren")
    assert not page.participation_panel.set_date(household.id, "gisteren")
    page.participation_panel.show_project(page.document.project)  # shown again: the entry stays, marked
    assert editor.text() == "gisteren"  # the page's own marks of a doubtful date (before the intake) left alone
    assert editor.styleSheet() == "QLineEdit { background: #fff7e0; }" and "vóór de start" in editor.toolTip()
    assert editor.accessibleDescription() == "‘gisteren’ is niet overgenomen; in het project staat 14-03-2025."


def test_a_signing_date_in_the_future_is_kept_and_said(page, qtbot):
    # '14-3-2062' for 2026: kept as typed (nothing lost), with a note where it was typed; a past date clears it
    import datetime

    household = page.document.project.households[0]
    editor = page.participation_panel.participation_table.cellWidget(0, 2)
    future = datetime.date.today() + datetime.timedelta(days=400)
    assert page.participation_panel.set_date(household.id, future.strftime("%d-%m-%Y"))
    assert household.participation_date == future.isoformat()
    assert field_message(page).text() == f"Let op: {future:%d-%m-%Y} ligt in de toekomst; klopt het jaar?"
    assert field_message(page).anchor is editor
    assert page.participation_panel.set_date(household.id, "14-3-2025")  # before the intake of 15-09-2026
    assert field_message(page).text() == ("Let op: 14-03-2025 ligt vóór de start van het project (de datum van de "
                                          "intake, 15-09-2026); klopt het jaar?")
    assert page.participation_panel.set_date(household.id, "14-10-2026")
    assert household.participation_date == "2026-10-14" and not field_message(page).text()


def test_a_doubtful_date_a_project_file_brought_is_shown_where_the_dates_are(qtbot, quick_document):
    """A signing date in the future loaded from a file was said once, in the opening message; step 5 showed it
    like any other. It is marked in its cell (its doubt in the tooltip) and said above the table."""
    import datetime
    import json

    from minigrid_app.io.examples import load_example
    from minigrid_app.io.projectfile import dumps_project, loads_project
    from minigrid_app.ui.pages.base import PageServices
    from minigrid_app.ui.pages.second_evening.participation import ParticipationPanel
    from minigrid_app.ui.services.dialogs import ScriptedDialogs
    from minigrid_app.ui.services.engine import EngineService

    future = datetime.date.today() + datetime.timedelta(days=400)
    data = json.loads(dumps_project(load_example("hofje-8")))
    data["households"][0]["participation_date"] = future.isoformat()
    loaded = loads_project(json.dumps(data))
    said = f"Let op: {future:%d-%m-%Y} ligt in de toekomst; klopt het jaar?"
    assert any(said.removeprefix("Let op: ") in p.nl for p in loaded.problems)  # the opening message, once
    document = quick_document(loaded.project)
    panel = ParticipationPanel(document, PageServices(ScriptedDialogs(), EngineService(document)))
    qtbot.addWidget(panel)
    panel.retranslate()
    panel.show_project(document.project)
    panel.show()
    assert panel.dates_note.isVisible() and panel.dates_note.text() == f"Datum van Lindehof 1: {said}"
    editor = panel.participation_table.cellWidget(0, 2)
    assert editor.toolTip() == said and editor.styleSheet()
    assert panel.set_date(loaded.project.households[0].id, "14-10-2026")  # put right: the marks go
    panel.show_project(document.project)  # as its page does on the edit
    assert not panel.dates_note.isVisible() and editor.toolTip() == "" and editor.styleSheet() == ""


def test_rate_against_the_utrecht_benchmark(page, qtbot):
    label = page.participation_panel.benchmark_label
    # the page's walk after each update keeps each figure whole where the label wraps: no '50' at
    # a line's end above '%' (a no-break space, U+00A0)
    qtbot.waitUntil(lambda: "50\u00a0%" in label.text(), timeout=10_000)
    assert "50 %" not in label.text()
    assert "Utrechtse pilots" in label.text()
    assert "u zit daaronder" in label.text()  # 3 of 8 signed: 38 %
    # the fourth signature: 50 % signed against an average of 50 % read "u zit daarboven"
    panel = page.participation_panel
    unsigned = next(h for h in page.document.project.households if h.participation != "signed")
    panel.set_participation(unsigned.id, "signed")
    panel.show_project(page.document.project)  # as its page does on the edit
    assert panel.rate_bar.text() == "50 % getekend"
    qtbot.waitUntil(lambda: "gemiddeld 50\u00a0% mee; u zit er precies op." in label.text(), timeout=10_000)


def test_clusters_complete_when_everyone_signed(page):
    document = page.document
    first = document.results.clusters[0]
    for household_id in first.households:
        page.participation_panel.set_participation(household_id, "signed")
    document.recompute_now()
    assert "✓" in page.clusters_panel.clusters_label.text()
    assert f"{first.name}</b>: alle {len(first.households)} woningen hebben getekend" in page.clusters_panel.clusters_label.text()


def test_drop_out_effect_shown(page):
    document = page.document
    leaving = document.results.clusters[0].households[1]
    page.dropout_panel.select_drop_out(leaving)
    assert page.dropout_panel.effect is not None and page.dropout_panel.effect.household_id == leaving
    assert page.dropout_panel.dropout_table.rowCount() == len(page.dropout_panel.effect.affected) > 0
    assert "niet meedoet" in page.dropout_panel.dropout_summary.text()
    # each change is the difference of the two figures beside it, and the words say the largest
    table, rises = page.dropout_panel.dropout_table, [0]
    for row in range(table.rowCount()):
        before, after = table.item(row, 2).text(), table.item(row, 3).text()
        shown, _, change = after.partition("  (")
        difference = _euros(shown) - _euros(before)
        assert (change.rstrip(")") if change else "") == (
            f"{'+' if difference > 0 else '−'}€ {abs(difference)}" if difference else ""), (before, after)
        rises.append(difference)
    if max(rises) > 0:
        assert f"hooguit €\u00a0{max(rises)} per maand meer" in page.dropout_panel.dropout_summary.text()
    # the project itself is untouched
    assert document.project.household(leaving).participation != "declined"


def _euros(text: str) -> int:
    """'€ 190' → 190 (whole euros as shown)."""
    return (-1 if text.startswith("−") else 1) * int(text.lstrip("−€ ").replace(".", ""))


def test_parse_date():
    from minigrid_app.ui.locale import parse_date

    assert parse_date("1-2-2025") == "2025-02-01"
    assert parse_date("2025-02-01") == "2025-02-01"
    assert parse_date("") is None
    with pytest.raises(ValueError):
        parse_date("31-31-2025")


# ---------------------------------------------------------------- documents for the evening (issue 6)


def test_documents_button_asks_a_folder_and_writes_the_pack(page, tmp_path, qtbot):
    from minigrid_app.io.documents import declaration_households, handout_households
    from minigrid_app.ui.services.dialogs import ScriptedDialogs

    page.services.dialogs = ScriptedDialogs([str(tmp_path)])
    assert page.documents_panel.documents_button.text() == "Documenten voor de bewonersavond…"
    steps = []
    page.documents_panel.documents_progress.valueChanged.connect(steps.append)
    qtbot.mouseClick(page.documents_panel.documents_button, Qt.MouseButton.LeftButton)
    asked = [entry[0] for entry in page.dialogs.asked]
    assert asked == ["get_directory", "inform"]
    results = page.document.results
    expected = len(declaration_households(results)) + len(handout_households(results)) + 3
    assert len(page.documents_panel.documents_written) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in page.documents_panel.documents_written)
    assert str(tmp_path) in page.dialogs.asked[-1][2] and f"{expected} documenten" in page.dialogs.asked[-1][2]
    assert steps and steps[-1] == 100
    assert page.documents_panel.documents_button.isEnabled() and not page.documents_panel.documents_progress.isVisible()


def test_documents_cancelled_folder_writes_nothing(page, tmp_path):
    from minigrid_app.ui.services.dialogs import ScriptedDialogs

    page.services.dialogs = ScriptedDialogs([None])
    page.make_documents()
    assert [entry[0] for entry in page.dialogs.asked] == ["get_directory"]
    assert page.documents_panel.documents_written == []


def test_documents_anonymous_to_a_given_folder(page, tmp_path):
    from minigrid_app.ui.services.dialogs import ScriptedDialogs

    page.services.dialogs = ScriptedDialogs()
    page.documents_panel.privacy_combo.setCurrentIndex(page.documents_panel.privacy_combo.findData("anonymous"))
    page.make_documents(str(tmp_path / "avond"))
    names = [p.name for p in page.documents_panel.documents_written]
    assert names and all("lindehof" not in name for name in names)
    assert [entry[0] for entry in page.dialogs.asked] == ["inform"]


def test_documents_folder_that_cannot_be_written_warns_in_dutch(page, tmp_path):
    from minigrid_app.ui.services.dialogs import ScriptedDialogs

    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    page.services.dialogs = ScriptedDialogs()
    page.make_documents(str(blocker / "map"))
    method, _title, text = page.dialogs.asked[-1]
    assert method == "warn" and "kan niet worden gemaakt" in text
    assert page.documents_panel.documents_button.isEnabled()


def test_documents_without_results_explains(qtbot):
    from minigrid_app.core.model import Project
    from minigrid_app.ui.pages.second_evening import SecondEveningPage
    from minigrid_app.ui.services.dialogs import ScriptedDialogs

    document = ProjectDocument(Project(), runner=SyncRunner())
    widget = SecondEveningPage(document)
    qtbot.addWidget(widget)
    widget.services.dialogs = ScriptedDialogs()
    widget.make_documents()
    assert widget.dialogs.asked[0][0] == "inform" and "nog niets berekend" in widget.dialogs.asked[0][2]


def test_incomplete_cluster_links_to_what_a_missing_signature_does(page, qtbot):
    document = page.document
    cluster = next(c for c in document.results.clusters if not c.complete)
    waiting = next(h for h in cluster.households if document.project.household(h).participation != "signed")
    label = document.results.household(waiting).label
    assert f"Wat als {label} niet tekent?" in page.clusters_panel.clusters_label.text()
    assert f'href="dropout:{waiting}"' in page.clusters_panel.clusters_label.text()
    answer = page.dropout_panel.dropout_summary
    assert answer.visibleRegion().isEmpty()  # at the foot of the page, out of sight
    page.clusters_panel.clusters_label.linkActivated.emit(f"dropout:{waiting}")
    assert page.dropout_panel.effect is not None and page.dropout_panel.effect.household_id == waiting
    assert page.dropout_panel.dropout_combo.currentData() == waiting
    # and the page goes there: the link seemed to do nothing
    qtbot.waitUntil(lambda: not answer.visibleRegion().isEmpty(), timeout=10_000)


def test_what_if_links_are_the_blue_of_the_glossary_links(page, qapp):
    """'Wat als … niet tekent?' was drawn in Qt's own link blue beside the glossary's terms."""
    import re

    from PySide6.QtGui import QPalette

    from minigrid_app.ui.widgets.links import LINK_COLOUR, use_link_colour

    page.clusters_panel.link_glossary()
    text = page.clusters_panel.clusters_label.text()
    links = re.findall(r"<a [^>]*>", text)
    assert any("dropout:" in link for link in links)
    for link in links:
        assert f"color:{LINK_COLOUR}" in link.replace(" ", ""), link
    palette = qapp.palette()
    try:
        use_link_colour(qapp)  # and a link drawn without a style of its own (the program calls this at start)
        assert qapp.palette().color(QPalette.ColorRole.Link).name() == LINK_COLOUR
    finally:
        qapp.setPalette(palette)


def test_document_strings_in_english(page, qapp):
    from minigrid_app.ui.i18n import Translations

    translations = Translations(qapp)
    try:
        assert translations.set_language("en")
        page.retranslate()
        assert page.documents_panel.documents_button.text() == "Documents for the residents' evening…"
        assert page.documents_panel.title() == "Documents for the residents' evening"
        assert page.documents_panel.privacy_combo.itemText(1) == "anonymous (Home 1, 2, …)"
        assert "does not sign?" in page.clusters_panel.clusters_label.text()
    finally:
        translations.set_language("nl")
        page.retranslate()
    assert page.documents_panel.documents_button.text() == "Documenten voor de bewonersavond…"


# ---------------------------------------------------------------- every computation through the engine (issue 10)


def test_drop_out_and_documents_compute_through_the_engine_service(page, monkeypatch, tmp_path):
    """The drop-out "what if" and the documents' what-if figures recalculate like every other
    computation: in the engine's worker process when the program uses one (here a recorder in
    its place), never with a private call of compute_project on a thread of the page."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.ui.services import compute_process

    seen = []

    def worker_process(project, progress=None, **options):
        seen.append([h.participation for h in project.households])
        return compute_project(project, progress=progress, **options)

    monkeypatch.setattr(compute_process, "compute", worker_process)
    document = page.document
    document.compute_in_process = True
    leaving = document.results.clusters[0].households[1]
    page.dropout_panel.select_drop_out(leaving)
    row = [h.id for h in document.project.households].index(leaving)
    assert len(seen) == 1 and seen[0][row] == "declined"
    assert page.dropout_panel.effect.household_id == leaving
    assert document.project.household(leaving).participation != "declined"  # only the copy

    seen.clear()
    from minigrid_app.ui.services.dialogs import ScriptedDialogs

    page.services.dialogs = ScriptedDialogs()
    page.documents_panel.make_documents(str(tmp_path))
    incomplete = [c for c in document.results.clusters if not c.complete]
    # one what-if per incomplete cluster, then the signature curves of the project as it is
    # (issue 17: the report, the declaration and the handout show them)
    assert len(seen) == len(incomplete) + 1 and len(incomplete) > 0
    assert seen[-1] == [h.participation for h in document.project.households]
    assert page.documents_panel.documents_written


def test_a_first_visit_makes_only_the_editors_in_sight_the_rest_when_needed(quick_window):
    """Step 5 made a status, a date and four financing editors for every home when it was first
    shown (300 widgets on a street of 50, about 234 ms), most of them below the fold. Now the
    rows in sight are made at once and the others a few at a time while the window is idle, or
    when they are needed; every editor then shows its home, and Tab goes through them in order."""
    from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

    from tests.benchmarks.projects import street_of

    window = quick_window(street_of(50))
    page = next(p for p in window.pages if p.step_key == "second_evening")
    window.show_step(window.pages.index(page))
    QApplication.sendPostedEvents()
    window.repaint()  # the first paint, before the window is idle
    participation = page.participation_panel.participation_table
    financing = page.financing_panel.table
    assert participation.rowCount() == financing.rowCount() == 50
    assert len(page.findChildren(QComboBox)) < 60  # was 200: one status and three financing choices a home
    made = sum(1 for r in range(50) if participation.made(r)), sum(1 for r in range(50) if financing.made(r))
    assert made[0] < 25 and made[1] == 1, made  # the financing table is far below the fold: its first row only
    # the columns are as wide as their editors from the first paint on, not once the rest are made
    # (measured without editors, the status and date columns were 47 px and cut "Getekend")
    widths = [[t.horizontalHeader().sectionSize(c) for c in (1, 2)] for t in (participation, financing)]
    status = participation.cellWidget(0, 1)
    assert widths[0][0] >= status.sizeHint().width() > 60
    # idle: the others follow; each shows its home
    for _ in range(200):
        QApplication.processEvents()
        if financing.made(49) and participation.made(49):
            break
    assert financing.made(49) and participation.made(49)
    assert [[t.horizontalHeader().sectionSize(c) for c in (1, 2)] for t in (participation, financing)] == widths
    households = window.document.project.households
    for row in (0, 37, 49):
        assert participation.cellWidget(row, 1).currentData() == households[row].participation
        assert financing.cellWidget(row, 1).currentData() == households[row].financing
    order, widget = [], participation
    for _ in range(6):
        widget = widget.nextInFocusChain()
        while not isinstance(widget, (QComboBox, QLineEdit)):
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [participation.cellWidget(r, c) for r in (0, 1, 2) for c in (1, 2)]
    window.document.undo_stack.setClean()


def test_a_drop_out_chosen_later_keeps_its_figures_whole(page, qtbot):
    """The page's walk (26ac452) binds '€ 7' with a no-break space after each update, but the
    drop-out's words arrive later, when a home is chosen (from the engine's worker): 'hooguit €'
    could end a line above '7 per maand meer'. The words that arrive are kept whole too."""
    qtbot.wait(20)  # the page's own walk has run
    panel = page.dropout_panel
    panel.select_drop_out(page.document.results.clusters[0].households[1])
    qtbot.wait(20)
    said = panel.dropout_summary.text()
    assert "niet meedoet" in said and "€\u00a0" in said
    assert not re.search(r"€ \d", re.sub(r"<[^>]+>", "", said)), said  # no euro sign apart from its amount


def test_with_no_home_in_a_cluster_the_drop_out_says_why_there_is_nothing_to_choose(quick_window):
    """Every home declined: the list held only 'kies een woning…' while the words said 'Kies een
    woning om te zien wat er voor de buren verandert…'."""
    from minigrid_app.io.examples import load_example

    project = load_example("hofje-8")
    for household in project.households:
        household.participation = "declined"
    window = quick_window(project)
    window.show_step(4)
    page = window.page(4)
    page.ensure_built()
    page.refresh()
    panel = page.dropout_panel
    assert panel.dropout_combo.count() == 1
    assert panel.dropout_summary.text().startswith("Er zit nog geen woning in een cluster")
