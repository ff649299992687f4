"""Prompts and file dialogs behind one small service (Mu's "humble view").

Pages, dialogs and the main window ask ``DialogService`` for every interaction with the
user that would otherwise be a ``QFileDialog``/``QMessageBox`` static; tests replace it
with :class:`ScriptedDialogs`, which answers from a script and records what was asked.
"""

from __future__ import annotations

import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from minigrid_app.ui.locale import ui_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

# QFileDialog and QMessageBox are imported by the methods that make one: loading those classes
# (and their enums) is left for the first dialog, not done when the window opens.

#: answers of :meth:`DialogService.ask_save_discard_cancel`
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def native_file_dialogs() -> bool:
    """Whether the system's own file dialog may be used.

    Only on Windows and macOS, and only when the system speaks the interface's language: the
    system's dialog is in the system's language, Qt's own one in the program's (translated by
    ``qtbase_<lang>``). Elsewhere Qt's own dialog is used.
    """
    from PySide6.QtCore import QLocale

    if not sys.platform.startswith(("win", "darwin")):
        return False
    return QLocale.system().name().split("_")[0] == ui_language()


#: Widest a message box grows for its title [px]: a longer title may still be cut, its text is not
TITLE_WIDTH_MAX = 640


def title_fits(box: QMessageBox) -> QMessageBox:
    """``box`` made wide enough to show its title whole: a box with a short text is as narrow as that
    text, and the window's title bar cut its title ('Documents for t…sidents' evening' above '47
    documents written to …'). The title bar's own font is bolder and holds its buttons: some room."""
    from PySide6.QtWidgets import QSizePolicy, QSpacerItem

    # a spacer under the text, not a least width of the text's label: with one, the box no longer
    # wrapped a long text and cut it off ('Do you want to show the')
    layout = box.layout()
    wanted = min(int(box.fontMetrics().horizontalAdvance(box.windowTitle()) * 1.2) + 110, TITLE_WIDTH_MAX)
    spacer = QSpacerItem(wanted, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
    layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
    return box


class DialogService:
    """Real dialogs, parented to ``parent``.

    Every dialog is made by a ``*_dialog``/``*_box`` method and then shown, so a test can make
    each one and read its buttons and labels without showing it (``tests/ui/test_qt_dutch.py``).
    """

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    # ------------------------------------------------------------------ the dialogs, made
    def file_dialog(self, mode: str, title: str, directory: str = "", filter_text: str = "") -> QFileDialog:
        """A file dialog: ``mode`` "open", "save" or "directory"; without ``directory``, or with a
        file name without a folder, it opens in the user's home folder (not the folder the program
        was started from, which for a resident is where it is installed)."""
        from PySide6.QtWidgets import QFileDialog

        if directory and not Path(directory).is_absolute():
            # a file name alone ('besluit.pdf' of a project not saved yet) is one in the home folder:
            # Qt took it from the folder the program was started from
            directory = str(Path.home() / directory)
        dialog = QFileDialog(self.parent, title, directory or str(Path.home()), filter_text)
        if not native_file_dialogs():
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if mode == "save":
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        elif mode == "directory":
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if mode != "directory" and directory and not Path(directory).is_dir():
            dialog.setDirectory(str(Path(directory).parent))
            dialog.selectFile(Path(directory).name)
        return dialog

    def yes_no_box(self, title: str, text: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.Yes | QMessageBox.No, self.parent)
        box.setDefaultButton(QMessageBox.Yes)
        return title_fits(box)

    def save_discard_cancel_box(self, title: str, text: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, self.parent)
        box.setDefaultButton(QMessageBox.Save)
        return title_fits(box)

    def message_box(self, kind: str, title: str, text: str) -> QMessageBox:
        """An information (``kind`` "inform") or warning ("warn") with one OK button."""
        from PySide6.QtWidgets import QMessageBox

        icon = QMessageBox.Icon.Warning if kind == "warn" else QMessageBox.Icon.Information
        return title_fits(QMessageBox(icon, title, text, QMessageBox.Ok, self.parent))

    # ------------------------------------------------------------------ asked
    def _path(self, mode: str, title: str, directory: str, filter_text: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        dialog = self.file_dialog(mode, title, directory, filter_text)
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return dialog.selectedFiles()[0] or None

    def get_open_path(self, title: str, directory: str = "", filter_text: str = "") -> str | None:
        return self._path("open", title, directory, filter_text)

    def get_save_path(self, title: str, directory: str = "", filter_text: str = "") -> str | None:
        return self._path("save", title, directory, filter_text)

    def get_directory(self, title: str, directory: str = "") -> str | None:
        return self._path("directory", title, directory, "")

    def ask_yes_no(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        return self.yes_no_box(title, text).exec() == QMessageBox.Yes

    def ask_save_discard_cancel(self, title: str, text: str) -> str:
        from PySide6.QtWidgets import QMessageBox

        answer = self.save_discard_cancel_box(title, text).exec()
        if answer == QMessageBox.Save:
            return SAVE
        if answer == QMessageBox.Discard:
            return DISCARD
        return CANCEL

    def choice_box(self, title: str, text: str, choices: list[tuple[str, str]]) -> tuple[QMessageBox, dict]:
        """The box of :meth:`ask_choice` and its buttons (button → key)."""
        from PySide6.QtWidgets import QMessageBox

        box = title_fits(QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.NoButton, self.parent))
        buttons = {}
        for index, (key, label) in enumerate(choices):
            last = index == len(choices) - 1
            role = QMessageBox.RejectRole if last else QMessageBox.AcceptRole
            buttons[box.addButton(label, role)] = key
            if index == 0:
                box.setDefaultButton(list(buttons)[0])
            if last:
                box.setEscapeButton(list(buttons)[-1])
        return box, buttons

    def ask_choice(self, title: str, text: str, choices: list[tuple[str, str]]) -> str | None:
        """One of several answers: ``choices`` are (key, button text); the last one is the escape (cancel).

        Returns the chosen key, or None when the box was closed.
        """
        box, buttons = self.choice_box(title, text, choices)
        box.exec()
        return buttons.get(box.clickedButton())

    def inform(self, title: str, text: str) -> None:
        self.message_box("inform", title, text).exec()

    def warn(self, title: str, text: str) -> None:
        self.message_box("warn", title, text).exec()


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
