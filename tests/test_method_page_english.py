"""The English 'How does Minigrid calculate?' names the program's parts as the English window does:
it sent the reader to '*Uitgangspunten*' (the tab says 'Assumptions'), named the variants by their
Dutch labels first and quoted the glossary's Dutch words for the supply temperature."""

from __future__ import annotations

from pathlib import Path

from minigrid_app.core.variant import VARIANTS, variant_label

METHOD = Path(__file__).resolve().parents[1] / "docs" / "method.md"


def test_the_english_method_page_uses_the_english_names():
    text = METHOD.read_text(encoding="utf-8")
    assert "under *Assumptions*" in text and "under *Uitgangspunten*" not in text
    for variant in VARIANTS:
        assert f"| {variant_label(variant, 'en')} — *{variant_label(variant, 'nl')}* |" in text, variant
    assert "hoe heet het water" not in text


def test_the_english_method_page_quotes_the_english_window():
    """It quoted the Dutch screen: 'doet niet mee', 'gemiddeld per deelnemende woning', 'meteen', 'per maand'."""
    text = METHOD.read_text(encoding="utf-8")
    for dutch in ("doet niet mee", "gemiddeld per deelnemende", '"meteen"', "niet binnen 15 jaar", "per maand\"",
                  "goedkoper / duurder", "planning van de uitvraag", "ontwerp van de ingenieur"):
        assert dutch not in text, dutch
