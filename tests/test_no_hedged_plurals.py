"""No text a resident reads hedges its plural: '1 regel(s) ontbreken', '2 woning(en)', 'home(s)'.

Every count is said in its form (``core.formatting.count`` in documents and the command line,
Qt's ``%n`` in the window). This walks every string literal of the program (f-strings too) and
every text of the translations and templates, so a new hedged plural fails here.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEDGED = re.compile(r"[A-Za-zë]\((en|s|e|n)\)")


def _string_literals(path: Path):
    with path.open("rb") as handle:
        for token in tokenize.tokenize(handle.readline):
            if token.type == tokenize.STRING:
                yield token.start[0], token.string


def test_no_string_of_the_program_hedges_its_plural():
    found = []
    for path in sorted((ROOT / "minigrid_app").rglob("*.py")):
        for line, text in _string_literals(path):
            if text.lstrip("rbfuRBFU").startswith(('"""', "'''")):
                continue  # docstrings: for developers, e.g. 'its own borehole(s)' in a module's notes
            if HEDGED.search(_words_of(text)):
                found.append(f"{path.relative_to(ROOT)}:{line}: {text[:90]}")
    assert found == []


def _words_of(literal: str) -> str:
    """The text of a string literal without an f-string's replacement fields (code, not words)."""
    if "f" not in literal.split(literal[-1], 1)[0].lower():
        return literal
    previous = None
    while previous != literal:
        previous, literal = literal, re.sub(r"\{[^{}]*\}", "", literal)
    return literal


def test_no_translation_or_template_hedges_its_plural():
    found = []
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.suffix not in (".ts", ".html", ".md", ".txt"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HEDGED.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:90]}")
    assert found == []


def test_the_check_sees_a_hedged_plural():
    assert HEDGED.search("nog open: 2 vergunning(en)") and HEDGED.search("1 line(s) missing")
    assert not HEDGED.search("f(x)") and not HEDGED.search("count(n, 'woning', 'woningen')")
    assert not HEDGED.search(_words_of('f"Row {n}: {_sentence(en)}"'))
    source = io.BytesIO(b'x = f"{n} regel(s) ontbreken"\n')
    assert any(HEDGED.search(t.string) for t in tokenize.tokenize(source.readline) if t.type == tokenize.STRING)
