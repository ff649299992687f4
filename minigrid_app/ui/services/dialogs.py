"""Prompts and file dialogs behind one small service (Mu's "humble view").

Pages, dialogs and the main window ask ``DialogService`` for every interaction with the
user that would otherwise be a ``QFileDialog``/``QMessageBox`` static; tests replace it
with :class:`ScriptedDialogs`, which answers from a script and records what was asked.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

#: answers of :meth:`DialogService.ask_save_discard_cancel`
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class DialogService:
    """Real dialogs, parented to ``parent``."""

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def get_open_path(self, title: str, directory: str = "", filter_text: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, directory, filter_text)
        return path or None

    def get_save_path(self, title: str, directory: str = "", filter_text: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, directory, filter_text)
        return path or None

    def get_directory(self, title: str, directory: str = "") -> str | None:
        path = QFileDialog.getExistingDirectory(self.parent, title, directory)
        return path or None

    def ask_yes_no(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        return answer == QMessageBox.Yes

    def ask_save_discard_cancel(self, title: str, text: str) -> str:
        box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, self.parent)
        box.setDefaultButton(QMessageBox.Save)
        answer = box.exec()
        if answer == QMessageBox.Save:
            return SAVE
        if answer == QMessageBox.Discard:
            return DISCARD
        return CANCEL

    def ask_choice(self, title: str, text: str, choices: list[tuple[str, str]]) -> str | None:
        """One of several answers: ``choices`` are (key, button text); the last one is the escape (cancel).

        Returns the chosen key, or None when the box was closed.
        """
        box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.NoButton, self.parent)
        buttons = {}
        for index, (key, label) in enumerate(choices):
            last = index == len(choices) - 1
            role = QMessageBox.RejectRole if last else QMessageBox.AcceptRole
            buttons[box.addButton(label, role)] = key
            if index == 0:
                box.setDefaultButton(list(buttons)[0])
            if last:
                box.setEscapeButton(list(buttons)[-1])
        box.exec()
        return buttons.get(box.clickedButton())

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)


@dataclass
class ScriptedDialogs:
    """Test double: answers are taken from ``answers`` in order; every call is recorded.

    ``answers`` holds paths (str or None), booleans or SAVE/DISCARD/CANCEL, in the order the
    code under test will ask. ``asked`` records ``(method, title, text)`` tuples.
    """

    answers: deque = field(default_factory=deque)
    asked: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.answers = deque(self.answers)

    def _next(self, method: str, title: str, text: str = "", default=None):
        self.asked.append((method, title, text))
        return self.answers.popleft() if self.answers else default

    def get_open_path(self, title, directory="", filter_text=""):
        return self._next("get_open_path", title, filter_text)

    def get_save_path(self, title, directory="", filter_text=""):
        return self._next("get_save_path", title, filter_text)

    def get_directory(self, title, directory=""):
        return self._next("get_directory", title)

    def ask_yes_no(self, title, text):
        return self._next("ask_yes_no", title, text, default=False)

    def ask_save_discard_cancel(self, title, text):
        return self._next("ask_save_discard_cancel", title, text, default=CANCEL)

    def ask_choice(self, title, text, choices):
        return self._next("ask_choice", title, text, default=None)

    def inform(self, title, text):
        self.asked.append(("inform", title, text))

    def warn(self, title, text):
        self.asked.append(("warn", title, text))
