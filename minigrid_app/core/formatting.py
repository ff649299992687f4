"""Numbers, euros and dates as residents read them, in Dutch and English.

The one place where a figure becomes text: the screen, the documents, the charts, the
command line and the engine's own explanations all use these functions, so an amount
reads the same everywhere.

- thousands grouped: ``1.234,5`` (nl) or ``1,234.5`` (en);
- negative numbers with the minus sign U+2212 (``−€ 56``, ``−1,5``), never a hyphen;
- an amount that rounds to zero has no sign (``€ 0``);
- ``–`` (en dash) for a missing value;
- dates ``dd-mm-jjjj`` in both languages (as the forms ask for them).
"""

from __future__ import annotations

import datetime

#: The minus sign of every negative number shown (U+2212).
MINUS = "\u2212"
#: What a missing value shows.
MISSING = "–"


def group_thousands(number: float, decimals: int = 0, language: str = "nl") -> str:
    """1234.5 → '1.234,5' (nl) or '1,234.5' (en); −1234 → '−1.234'.

    Parameters
    ----------
    number : float
    decimals : int
        Digits after the decimal separator (rounded half to even, as Python formats).
    language : str
        ``nl`` or ``en``.
    """
    text = f"{abs(number):,.{decimals}f}"
    if language != "en":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    negative = number < 0 and any(ch not in "0.," for ch in text)
    return f"{MINUS}{text}" if negative else text


def number(value: float | None, decimals: int = 0, unit: str = "", language: str = "nl") -> str:
    """'1.234 kWh'; '–' for None."""
    if value is None:
        return MISSING
    return f"{group_thousands(value, decimals, language)} {unit}".strip()


def euro(amount: float | None, decimals: int = 0, language: str = "nl") -> str:
    """'€ 1.234'; '−€ 56' for a negative amount; '–' for None.

    Parameters
    ----------
    amount : float | None
        Amount [€].
    decimals : int
        0 for whole euros (screen, documents), 2 for cents.
    """
    if amount is None:
        return MISSING
    text = group_thousands(amount, decimals, language)
    if text.startswith(MINUS):
        return f"{MINUS}€ {text[1:]}"
    return f"€ {text}"


def euro_range(low: float, high: float, language: str = "nl", per_month: bool = False) -> str:
    """'€ 185 – € 215' (lowest first), with ' per maand' / ' per month' when asked."""
    text = f"{euro(min(low, high), 0, language)} – {euro(max(low, high), 0, language)}"
    if per_month:
        text += " per month" if language == "en" else " per maand"
    return text


def date_text(value: datetime.date | str | None) -> str:
    """A date as 'dd-mm-jjjj' (both languages); an ISO text ('2025-03-14') is read first.

    Returns '' for None or an empty text, and a text that is no ISO date as it is.
    """
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value)
        except ValueError:
            return value
    return value.strftime("%d-%m-%Y")
