"""Money and numbers in the user's language (€ 1.234; "€ 185 – € 215 per maand").

The texts come from :mod:`minigrid_app.core.formatting`, as in the documents and the workbook;
this module adds the interface's language and the label widget.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

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
    """'€ 185 – € 215 per maand'."""
    return formatting.euro_range(low, high, language or ui_language(), per_month=per_month)


class MoneyLabel(QLabel):
    """A label that shows an amount in euros, optionally big, with the exact value kept."""

    def __init__(self, amount: float | None = None, big: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.amount: float | None = None
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if big:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            self.setFont(font)
        self.set_amount(amount)

    def set_amount(self, amount: float | None, suffix: str = "") -> None:
        self.amount = amount
        self.setText(format_money(amount) + (suffix if amount is not None else ""))
