"""Issue 15: jargon on the screens and papers without an explanation ("Wcw-plichtig", "ACM",
"art. 7.22", "Vuistregel", "Laagste vloeistoftemperatuur", "Lage-temperatuurkosten",
"Rendement warmtepomp (η)"); the glossary had 8 words.

Fixed as a kind: the glossary is data (:mod:`minigrid_app.core.glossary`) and every term shown
on a step page explains itself where it is used. These tests walk every step page of every
bundled example in Dutch and English with the real widgets and check each visible text: a
term in a label is a link, a term in a panel title or a column title has its explanation
on hover and click. A click on a term opens the explanation in place, and from there the
glossary at that term."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QLabel

from minigrid_app.core.formatting import unbroken
from minigrid_app.core.glossary import TERMS, plain_text, term, terms_in
from minigrid_app.core.model import Project
from minigrid_app.io.examples import EXAMPLES, load_example
from minigrid_app.ui.widgets.glossary import TERMS_PROPERTY, TermPopup
from tests.ui.layout_checks import really_visible, settle
from tests.ui.test_main_window import make_window

#: the words the residents asked about, as the screens write them, and the English glossary's words
ASKED = {
    "Wcw-plichtig": "Wcw-bound",
    "ACM": "ACM",
    "Art. 7.22": "Art. 7.22",
    "Vuistregel": "Rule of thumb",
    "Laagste vloeistoftemperatuur": "Lowest fluid temperature",
    "Lage-temperatuurkosten": "Low-temperature costs",
    "Rendement (η)": "Efficiency (η)",
    "SCOP": "SCOP",
    "Gelijktijdigheid": "Simultaneity",
    "Ontwerpvermogen": "Design load",
}


def explained(text: str) -> dict[str, str]:
    """Each bold word of the glossary and the explanation after it."""
    return {word: rest.strip() for word, rest in re.findall(r"<b>(.*?)</b>:([^<]*)", text)}


def test_every_word_residents_asked_about_is_in_the_manual(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    try:
        dutch = explained(window.actions.manual_text())
        assert len(dutch) >= len(TERMS)
        for word in ASKED:
            assert len(dutch.get(word, "")) > 20, word  # a sentence, not a placeholder
        window.set_language("en")
        english = explained(window.actions.manual_text())
        for word in ASKED.values():
            assert len(english.get(word, "")) > 20, word
        assert not set(english) & {"Vuistregel", "Gelijktijdigheid", "Ontwerpvermogen"}  # no Dutch left
    finally:
        window.set_language("nl")
        window.document.undo_stack.setClean()


def on_page(widget) -> bool:
    """Shown on its page, whether or not the page is scrolled to it (a step page scrolls as a
    whole: its tables are as high as their rows, so much of a page lies below the fold)."""
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def unlinked(labels, language: str) -> list[str]:
    """Visible labels that show a glossary term without its link."""
    problems = []
    for label in labels:
        if not on_page(label) or label.textFormat() == Qt.TextFormat.PlainText:
            continue  # plain-text labels show the residents' own notes and messages verbatim
        shown = terms_in(plain_text(label.text()), language)
        missing = set(shown) - set(label.property(TERMS_PROPERTY) or [])
        if missing:
            problems.append(f"label {plain_text(label.text())[:60]!r}: {sorted(missing)}")
    return problems


def unexplained_on(page, language: str) -> list[str]:
    """Terms visible on ``page`` that are neither a link nor explained on hover/click."""
    problems = unlinked(page.findChildren(QLabel), language)
    for box in page.findChildren(QGroupBox):
        if on_page(box) and set(terms_in(box.title(), language)) - set(box.property(TERMS_PROPERTY) or []):
            problems.append(f"panel title {box.title()!r}")
    for view in page.findChildren(QAbstractItemView):
        header = view.header() if hasattr(view, "header") else getattr(view, "horizontalHeader", lambda: None)()
        if header is None or header.isHidden() or not on_page(view) or view.model() is None:
            continue
        titles = " · ".join(str(view.model().headerData(s, Qt.Orientation.Horizontal) or "") for s in range(header.count()))
        if set(terms_in(titles, language)) - set(header.property(TERMS_PROPERTY) or []):
            problems.append(f"column titles {titles[:80]!r}")
    return problems


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("example", EXAMPLES)
def test_every_term_on_every_step_explains_itself(qtbot, tmp_path, example, language):
    window = make_window(qtbot, tmp_path, load_example(example))
    window.resize(1280, 800)
    window.set_language(language)
    problems, seen = [], set()
    try:
        for step, page in enumerate(window.pages):
            window.show_step(step)
            settle()
            problems += [f"step {step + 1} {p}" for p in unexplained_on(page, language)]
            problems += [f"step {step + 1} footer {p}" for p in unlinked([window.missing_label], language)]
            for label in page.findChildren(QLabel):
                if on_page(label):
                    seen |= set(label.property(TERMS_PROPERTY) or [])
    finally:
        window.set_language("nl")
        window.document.undo_stack.setClean()
    assert problems == [], "\n".join(problems)
    # the walk saw the words residents asked about (it would pass vacuously on empty pages)
    assert {"supply-temperature", "payback"} <= seen


def link_point(label: QLabel, key: str) -> QPoint:
    """Where the link to ``key`` is drawn in ``label`` (laid out as the label lays out its rich text)."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    rect = label.contentsRect()
    if label.wordWrap():
        document.setTextWidth(rect.width())
    anchor_text = re.search(rf'<a href="glossary:{key}"[^>]*>(.*?)</a>', label.text()).group(1)
    cursor = document.find(plain_text(anchor_text))
    assert not cursor.isNull()
    position = cursor.selectionStart() + 1
    size = document.size()  # lays the document out
    block = document.findBlock(position)
    top = document.documentLayout().blockBoundingRect(block).top()
    line = block.layout().lineForTextPosition(position - block.position())
    assert line.isValid()
    x = line.cursorToX(position - block.position())[0] + 2
    y = top + line.y() + line.height() / 2
    if label.alignment() & Qt.AlignmentFlag.AlignVCenter:
        y += max(0.0, (rect.height() - size.height()) / 2)
    return QPoint(rect.left() + round(x), rect.top() + round(y))


def test_a_click_on_a_term_explains_it_in_place_and_opens_the_glossary_there(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, load_example("hofje-8"))
    window.resize(1280, 800)
    try:
        window.show_step(2)  # "Kan het technisch?": "De aanvoertemperatuur is hoe heet het water …"
        settle()
        label = next(
            lab for lab in window.pages[2].findChildren(QLabel)
            if really_visible(lab) and "supply-temperature" in (lab.property(TERMS_PROPERTY) or [])
        )
        assert 'href="glossary:supply-temperature"' in label.text()
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=link_point(label, "supply-temperature"))
        popup = label.property("glossaryPopup")
        assert isinstance(popup, TermPopup) and popup.isVisible()
        assert unbroken(term("supply-temperature").nl_text) in plain_text(popup.label.text())  # '45 °C' kept whole
        assert "Aanvoertemperatuur" in popup.label.text()
        # from the explanation on to the glossary, opened at that term
        qtbot.mouseClick(popup.label, Qt.MouseButton.LeftButton, pos=link_point_of_open(popup.label))
        dialog = window.glossary_dialog
        assert dialog.isVisible() and dialog.current == "supply-temperature"
        assert "Aanvoertemperatuur" in dialog.browser.toPlainText()
        assert dialog.browser.verticalScrollBar().value() > 0  # scrolled to the term, not at the top
    finally:
        window.document.undo_stack.setClean()


def link_point_of_open(label: QLabel) -> QPoint:
    """Where "Meer in de woordenlijst" is drawn in the popup's label."""
    text = label.text().replace('href="open:', 'href="glossary:')
    probe = QLabel(text, label.parentWidget())
    probe.setWordWrap(label.wordWrap())
    probe.setGeometry(label.geometry())
    probe.setFont(label.font())
    probe.setAlignment(label.alignment())
    key = re.search(r'href="glossary:([\w-]+)"', text).group(1)
    point = link_point(probe, key)
    probe.deleteLater()
    return point


def test_panel_and_column_titles_explain_their_terms(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, load_example("hofje-8"))
    window.resize(1280, 800)
    try:
        window.show_step(2)
        settle()
        page = window.pages[2]
        box = next(b for b in page.findChildren(QGroupBox) if "cluster" in (b.property(TERMS_PROPERTY) or []))
        assert "Clusters" in box.title()
        views = [v for v in page.findChildren(QAbstractItemView) if really_visible(v) and hasattr(v, "horizontalHeader")]
        keys = set().union(*(set(v.horizontalHeader().property(TERMS_PROPERTY) or []) for v in views))
        assert {"supply-temperature", "low-temperature-costs", "heat-demand"} <= keys
    finally:
        window.document.undo_stack.setClean()


def test_the_hoe_berekend_dialog_links_the_terms_of_its_explanation(qtbot, tmp_path):
    from minigrid_app.ui.widgets.explain_button import ExplainButton

    window = make_window(qtbot, tmp_path, load_example("hofje-8"))
    try:
        window.show_step(3)
        settle()
        linked = set()
        for button in window.pages[3].findChildren(ExplainButton):
            dialog = button.open_dialog()
            if dialog is None:
                continue
            for label in dialog.findChildren(QLabel):
                shown = set(terms_in(plain_text(label.text()), "nl"))
                assert shown <= set(label.property(TERMS_PROPERTY) or []), label.text()
                linked |= shown
            dialog.close()
        assert {"payback", "heat-pump"} & linked
    finally:
        window.document.undo_stack.setClean()


def test_a_table_cell_explains_its_terms_on_hover(qtbot, tmp_path):
    """The scorecard ('Afwegingskader') and other tables: hovering a cell adds the explanation."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    window = make_window(qtbot, tmp_path, load_example("straat-24"))
    window.resize(1280, 800)
    try:
        window.show_step(2)
        settle()
        table = window.pages[2].scorecard_panel.score_table
        cell = next(
            table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())
            if table.item(r, c) and terms_in(table.item(r, c).text(), "nl")
        )
        key = terms_in(cell.text(), "nl")[0]
        table.scrollToItem(cell)
        centre = table.visualItemRect(cell).center()
        event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
        QApplication.sendEvent(table.viewport(), event)
        assert term(key).nl_text in plain_text(QToolTip.text())
    finally:
        QToolTip.hideText()
        window.document.undo_stack.setClean()


def test_the_explanation_leads_on_to_the_method_and_the_glossary_speaks_english(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, load_example("hofje-8"))
    try:
        popup = TermPopup("simultaneity", window.missing_label)
        assert 'href="method:simultaneity"' in popup.label.text()
        popup.label.linkActivated.emit("method:simultaneity")  # the label's own signal, as a click sends it
        assert window.method_viewer.isVisible()
        window.method_viewer.close()
        window.set_language("en")
        dialog = window.show_glossary("simultaneity")
        assert "Simultaneity" in dialog.browser.toPlainText() and "Gelijktijdigheid" not in dialog.browser.toPlainText()
        assert "How Minigrid works" in dialog.browser.toPlainText()
    finally:
        window.set_language("nl")
        window.document.undo_stack.setClean()


def test_step_6_speaks_the_new_language_and_links_its_late_texts(qtbot, tmp_path):
    """The tender's scope and planning arrive after the page's last update (computed off the GUI
    thread); they were left in Dutch after a switch to English, and unlinked."""
    from minigrid_app.ui.app import _wait_for_tender

    window = make_window(qtbot, tmp_path, load_example("hofje-8"))
    window.resize(1280, 800)
    try:
        window.show_step(5)
        _wait_for_tender(window.document)
        settle()
        window.set_language("en")
        _wait_for_tender(window.document)
        settle()
        panel = window.pages[5].findChildren(QGroupBox)[0]
        who = plain_text(panel.who.text())
        assert who.startswith("The tender covers") and "uitvraag" not in who.lower()
        assert "Uitvraag verstuurd" not in plain_text(panel.planning.text())
        assert "tender" in (panel.who.property(TERMS_PROPERTY) or [])
    finally:
        window.set_language("nl")
        window.document.undo_stack.setClean()


def test_the_manuals_blue_words_are_in_the_one_link_colour_in_both_languages(quick_window, monkeypatch):
    """The manual said 'a word in blue explains itself' in a colour written into the translated
    text (#1f5fa8), which would not follow the link colour (glossary.LINK_COLOUR) if it changed."""
    from minigrid_app.ui.widgets import glossary

    window = quick_window(load_example("hofje-8"))
    monkeypatch.setattr(glossary, "LINK_COLOUR", "#123456")
    try:
        for language, word in (("en", "blue"), ("nl", "blauw")):
            window.set_language(language)
            assert f"<span style='color:#123456'>{word}</span>" in window.actions.manual_intro(), language
    finally:
        window.set_language("nl")


def test_no_translated_text_holds_a_colour_of_its_own():
    """Colours belong to the code (the link colour, the variants' colours), never to a text a
    translator edits: a colour in a .ts message is one that can drift from the program's."""
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "resources" / "translations"
    colour = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\brgba?\(")
    found = [
        f"{ts.name}:{number}"
        for ts in sorted(folder.glob("*.ts"))
        for number, line in enumerate(ts.read_text(encoding="utf-8").splitlines(), start=1)
        if colour.search(line)
    ]
    assert found == []


def test_the_manual_names_all_eight_steps_and_the_menu_commands_as_the_window_does(quick_window):
    """Help → Handleiding listed steps 1-5 of the 8 in the window, and said nothing of saving,
    undoing (Ctrl+Z), the Excel workbook or the evening's documents (found walking the program as
    a new resident). Each step and each command by the name the window gives it, in both languages."""
    window = quick_window(load_example("hofje-8"))
    try:
        for language in ("nl", "en"):
            window.set_language(language)
            manual = window.actions.manual_intro()
            for title in window.step_titles():
                assert f"<b>{title.split(' & ')[0]}</b>" in manual, (language, title)
            assert manual.count("<li>") == len(window.step_titles()) == 8
            for action in (window.actions.export, window.actions.documents, window.actions.save):
                assert action.text().replace("&", "").rstrip("…") in manual, (language, action.text())
            assert "Ctrl+Z" in manual
    finally:
        window.set_language("nl")


def test_each_help_window_is_titled_as_the_menu_item_that_opened_it(quick_window):
    """Help → 'Handleiding en woordenlijst' opened a window titled 'Woordenlijst' (found walking the
    program): a title that is not what was chosen. Every help command, in both languages."""
    window = quick_window(Project())
    actions = window.actions
    try:
        for language in ("nl", "en"):
            window.set_language(language)
            for action, shown in ((actions.manual, "glossary_dialog"), (actions.glossary, "glossary_dialog"),
                                  (actions.method, "method_viewer"), (actions.manual, "glossary_dialog")):
                action.trigger()
                title = getattr(window, shown).windowTitle()
                assert title == action.text().replace("&", ""), (language, title)
        assert window.show_glossary("cop").windowTitle() == "Glossary"  # opened at a term: the glossary
    finally:
        window.set_language("nl")
