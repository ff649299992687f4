"""Drop-down lists and number boxes that change only when the user means it: the mouse wheel
scrolls the page over them unless they have the keyboard focus (clicked or reached with Tab).

Qt's own boxes take the wheel whenever the pointer is over them. The steps are pages that
scroll, so a resident scrolling down step 5 changed "Vogelstraat 4" from "Geïnteresseerd" to
"Doet niet mee" (dated today) without noticing, and the same wheel changed a condition's
amount on step 2 and the homes per cluster on step 3.

The number boxes also read a typed number whole, as every field of the program does ('12,5',
'1.250,00', '20.000'), or refuse it with a note next to the box. Qt's own box dropped each key it
could not take: '12,5' typed as a condition's euros per month became € 125 without a word, and
'1.250,00' € 12.500.

A box that shows a word for "nothing yet" ('–', 'niet gepland', 'hele straat') takes a typed number
in its place: a click on the word selects it, so typing replaces it, and a number typed next to it
(the cursor after '–') is read without it. Before, a click on '–' and '23' gave '–23', refused as
"'–23' ligt niet tussen – en 5000".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox


class _WheelOnlyWhenFocused:
    """Mixin: no focus from the wheel, and an unfocused box passes the wheel on to the page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Qt's default (WheelFocus) focuses on a wheel turn

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # Qt hands an ignored wheel to the parent: the page scrolls


class SteadyComboBox(_WheelOnlyWhenFocused, QComboBox):
    """A :class:`QComboBox` that the mouse wheel changes only while it has the focus."""


class _ReadsWhatIsTyped:
    """Mixin for number boxes: in the interface's notation, keys not dropped one by one while
    typing; when the box is left (Enter, Tab, a click elsewhere) the text is read as a number as
    every field reads it, kept when it fits the box, else refused with a note next to the box and
    the value it had is shown again."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._refused_now = False
        self.editingFinished.connect(self._after_editing)
        self._follow_language()
        # a click on the text reaches the box's line edit, not the box (mousePressEvent below only
        # sees clicks on its frame): 'niet gepland' clicked in its middle was not selected
        self.lineEdit().installEventFilter(self)

    def _follow_language(self) -> None:
        from minigrid_app.ui.locale import ui_locale  # noqa: PLC0415

        self.setLocale(ui_locale())  # '1.250' and '12,5' in Dutch, whatever the computer's own setting

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_language()
        super().changeEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().mousePressEvent(event)
        if self._shows_word():
            self.lineEdit().selectAll()  # typing replaces the word for "nothing yet"

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.MouseButtonRelease and watched is self.lineEdit()
                and self._shows_word() and not watched.hasSelectedText()):
            watched.selectAll()  # typing replaces the word for "nothing yet"
        return super().eventFilter(watched, event)

    def _shows_word(self) -> bool:
        special = self.specialValueText()
        return bool(special) and self.lineEdit().text().strip() == special.strip()

    def _body(self, text: str) -> str:
        """``text`` without the box's prefix and suffix, and without the word for "nothing yet"
        when a number was typed next to it."""
        for part in (self.prefix(), self.suffix()):
            if part.strip():
                text = text.replace(part, "").replace(part.strip(), "")
        special = self.specialValueText().strip()
        if special and text.strip() != special:
            text = text.replace(special, "") if special in text else _typed_into(text.strip(), special)
        return text.strip()

    def _read(self, body: str) -> float | None:
        from minigrid_app.core.reading import read_number  # noqa: PLC0415 - not at start-up

        return read_number(body, notation="nl" if self.locale().decimalPoint() == "," else "en").value

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt override
        state = super().validate(text, pos)
        status = state[0] if isinstance(state, tuple) else state
        if status == QValidator.State.Invalid:
            return QValidator.State.Intermediate, text, pos  # kept as typed, read when the box is left
        body = self._body(text)
        if status == QValidator.State.Acceptable and body and not body.lstrip("-").isdigit() and body != self.specialValueText():
            value = self._read(body)  # Qt takes '12,5' as 125 where ',' groups thousands
            if value is None or abs(value - self.valueFromText(body)) > 1e-9:
                return QValidator.State.Intermediate, text, pos
        return state

    def fixup(self, text: str) -> str:  # noqa: D102 - Qt override
        body = self._body(text)
        if not body or body == self.specialValueText():
            return text
        value = self._read(body)
        decimals = self.decimals() if isinstance(self, QDoubleSpinBox) else 0
        translate = QCoreApplication.translate
        if value is None:
            self._refuse(translate("SteadySpinBox", "‘{0}’ is geen getal; het blijft {1}."), body)
        elif abs(value * 10**decimals - round(value * 10**decimals)) > 1e-6:
            self._refuse(translate("SteadySpinBox", "‘{0}’: vul een heel getal in; het blijft {1}.") if decimals == 0
                         else translate("SteadySpinBox", "‘{0}’ heeft te veel cijfers achter de komma; het blijft {1}."), body)
        elif not self.minimum() <= value <= self.maximum():
            self._refuse(translate("SteadySpinBox", "‘{0}’ ligt niet tussen {2} en {3}; het blijft {1}."), body)
        else:
            return self.prefix() + self.textFromValue(value if decimals else int(round(value))) + self.suffix()
        return text  # not taken: Qt shows the value the box had

    def _shown(self, value) -> str:
        if value == self.minimum() and self.specialValueText():
            return self.specialValueText()
        return (self.prefix() + self.textFromValue(value) + self.suffix()).strip()

    def _lowest_number(self):
        """The smallest number the box takes: the minimum stands for the word for "nothing yet"
        where the box has one, so the range reads '0 en 5000', not '– en 5000'."""
        return self.minimum() + self.singleStep() if self.specialValueText() else self.minimum()

    def _refuse(self, words: str, typed: str) -> None:
        from minigrid_app.ui.widgets.field_message import show_field_message  # noqa: PLC0415

        self._refused_now = True
        lowest = (self.prefix() + self.textFromValue(self._lowest_number()) + self.suffix()).strip()
        show_field_message(self, words.format(typed, self._shown(self.value()), lowest, self._shown(self.maximum())))

    def _after_editing(self) -> None:
        if self._refused_now:
            self._refused_now = False
            return
        from minigrid_app.ui.widgets.field_message import FieldMessage  # noqa: PLC0415

        note = self.window().findChild(FieldMessage, "fieldMessage", Qt.FindChildOption.FindDirectChildrenOnly)
        if note is not None and note.anchor is self:
            note.show_at(self, "")  # taken: the note about an earlier try goes


def _typed_into(text: str, word: str) -> str:
    """What was typed at one place inside ``word`` ('niet g3epland' → '3'); ``text`` when it is not
    ``word`` with one insertion."""
    extra = len(text) - len(word)
    if extra > 0:
        for start in range(len(word) + 1):
            if text[:start] + text[start + extra:] == word:
                return text[start:start + extra]
    return text


class SteadySpinBox(_ReadsWhatIsTyped, _WheelOnlyWhenFocused, QSpinBox):
    """A :class:`QSpinBox` that the mouse wheel changes only while it has the focus."""


class SteadyDoubleSpinBox(_ReadsWhatIsTyped, _WheelOnlyWhenFocused, QDoubleSpinBox):
    """A :class:`QDoubleSpinBox` that the mouse wheel changes only while it has the focus."""
