"""Issue 15: jargon on the screens and papers without an explanation ("Wcw-plichtig", "ACM",
"art. 7.22", "Vuistregel", "Laagste vloeistoftemperatuur", "Lage-temperatuurkosten",
"Rendement warmtepomp (η)"); the glossary had 8 words. Each is now explained in Help →
Handleiding en woordenlijst, in Dutch and in English."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re

from tests.ui.test_main_window import make_window

#: the words the residents asked about, as the screens write them, and the English glossary's words
ASKED = {
    "Wcw-plichtig": "Wcw-plichtig",
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


def test_every_word_residents_asked_about_is_explained(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    try:
        dutch = explained(window.actions.manual_text())
        assert len(dutch) >= 8 + len(ASKED)
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
