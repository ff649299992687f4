"""Dutch-style number formatting for text output (the GUI uses QLocale instead)."""

from __future__ import annotations


def group_thousands(number: float, decimals: int = 0, language: str = "nl") -> str:
    """1234.5 → '1.234,5' (nl) or '1,234.5' (en)."""
    text = f"{number:,.{decimals}f}"
    if language == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def euro(amount: float | None, decimals: int = 0, language: str = "nl") -> str:
    """'€ 1.234' ; '–' for None."""
    if amount is None:
        return "–"
    sign = "-" if amount < 0 else ""
    return f"{sign}€ {group_thousands(abs(amount), decimals, language)}"


def number(value: float | None, decimals: int = 0, unit: str = "", language: str = "nl") -> str:
    if value is None:
        return "–"
    text = group_thousands(value, decimals, language)
    return f"{text} {unit}".strip()
