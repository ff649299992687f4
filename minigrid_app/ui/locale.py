"""The language of the interface, and numbers, money and dates as the screen shows them.

One place for every page, model, dialog and widget: which language the window speaks
(:func:`ui_language`), the matching ``QLocale`` (:func:`ui_locale`), euros and numbers
("€ 1.234", "1.234,5"), a price band ("€ 185 – € 215 per maand") and dates as typed and
shown (dd-mm-jjjj on screen, ISO 8601 in the project file).

The texts come from the engine's formatter (:mod:`minigrid_app.core.formatting`, as in the
documents and the workbook) and typed dates are read by :mod:`minigrid_app.core.reading`;
this module adds the interface's language.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from minigrid_app.core import formatting


def ui_language() -> str:
    """``"nl"`` or ``"en"``: the language the interface is shown in.

    The application property ``language`` wins when the main window sets it; otherwise the
    loaded translation decides (``minigrid_en_b`` translates this marker to "en").
    """
    app = QCoreApplication.instance()
    if app is not None:
        value = app.property("language")
        if value in ("nl", "en"):
            return value
    return "en" if QCoreApplication.translate("Language", "nl") == "en" else "nl"


def ui_locale(language: str | None = None) -> QLocale:
    """The ``QLocale`` of ``language`` (default: the interface's): Dutch (NL) or English (UK)."""
    if (language or ui_language()) == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def format_number(value: float | None, decimals: int = 0, language: str | None = None) -> str:
    """1234.5 → '1.234,5' (Dutch) or '1,234.5' (English); '–' for None (:func:`minigrid_app.core.formatting.number`)."""
    return formatting.number(value, decimals, language=language or ui_language())


def format_money(amount: float | None, language: str | None = None, decimals: int = 0) -> str:
    """'€ 1.234' (whole euros on screen); '−€ 56' for negative amounts; '–' for None."""
    return formatting.euro(amount, decimals, language or ui_language())


def format_range(low: float, high: float, language: str | None = None, per_month: bool = True) -> str:
    """'€ 185 – € 215 per maand' (lowest first, whatever the order given)."""
    return formatting.euro_range(low, high, language or ui_language(), per_month=per_month)


def parse_date(text: str) -> str | None:
    """A typed date as ISO 8601: '14-3-2025', '14-03-2025', '2025-03-14', '14/3/2025' or
    '1 maart 2025' → '2025-03-14' (:func:`minigrid_app.core.reading_dates.read_date`, day before month).

    Returns None for an empty text. Raises ValueError when the text is not a date.
    """
    text = text.strip()
    if not text:
        return None
    from minigrid_app.core.reading_dates import read_date  # when a date is typed, not at start

    date = read_date(text)
    if date is None:
        raise ValueError(text)
    return date.isoformat()


def show_date(iso: str | None) -> str:
    """An ISO 8601 date as shown on screen ('2025-03-14' → '14-03-2025'); '' for none.

    A text that is not an ISO date is shown as it is (:func:`minigrid_app.core.formatting.date_text`).
    """
    return formatting.date_text(iso)


def today_iso() -> str:
    """Today's date as ISO 8601 (the date a status change is given when it has none)."""
    return datetime.date.today().isoformat()
