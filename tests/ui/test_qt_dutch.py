"""Qt's own texts in Dutch (issue 15): every dialog the program shows, walked button by button.

Each prompt of :class:`DialogService` is shown for real (modal, as in the program) and, while
it is open, every text on it is read: buttons, labels, tool tips, menu actions, column titles.
The same dialog is then shown in English. A Qt text that reads the same in both languages is
one Qt's Dutch translation lacks ("Save", "Look in:"), unless it is a word Dutch shares.
The unsaved-changes question is reached the way a user does: closing the window.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from minigrid_app.ui.i18n import Translations
from minigrid_app.ui.services.dialogs import DialogService

#: texts Dutch and English write alike
SAME_IN_BOTH = {"OK", "Type", "Tonen Type", "1", "Computer", "Minigrid-project (*.minigrid)"}
#: Qt's English texts that must never be seen in the Dutch interface
ENGLISH = {"Save", "&Save", "Discard", "Cancel", "Yes", "&Yes", "No", "&No", "Open", "&Open", "&Look in:",
           "Look in:", "File &name:", "Files of &type:", "Choose", "&Choose", "Close", "Name", "Size"}


def shown_texts(widget: QWidget) -> set[str]:
    """Every text a user can read on ``widget`` (buttons, labels, tips, actions, column titles)."""
    texts = set()
    for button in widget.findChildren(QAbstractButton):
        texts |= {button.text(), button.toolTip()}
    for label in widget.findChildren(QLabel):
        texts.add(label.text())
    for action in widget.findChildren(QAction):
        texts |= {action.text(), action.toolTip()}
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            texts |= {str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())}
    for child in widget.findChildren(QWidget):
        texts.add(child.toolTip())
    return {t for t in texts if t}


def walk(ask, answer_with) -> tuple[set[str], object]:
    """Call ``ask()`` (which shows a modal dialog); read the dialog while it is open, then close it
    with ``answer_with(dialog)``. Returns the texts read and what ``ask`` returned."""
    seen: dict[str, set[str]] = {}

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet: look again on the next turn
            QTimer.singleShot(10, read_and_close)
            return
        seen["texts"] = shown_texts(dialog)
        answer_with(dialog)

    QTimer.singleShot(0, read_and_close)
    returned = ask()
    return seen.get("texts", set()), returned


def cancel(dialog: QDialog) -> None:
    if isinstance(dialog, QMessageBox):
        for which in (QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Ok):
            if dialog.button(which) is not None:
                dialog.button(which).click()
                return
        raise AssertionError("a message box without a way out")
    else:
        dialog.reject()


def every_prompt(dialogs: DialogService, folder: str) -> dict[str, tuple]:
    return {
        "save_discard_cancel": (lambda: dialogs.ask_save_discard_cancel("Niet opgeslagen wijzigingen", "Opslaan?"), cancel),
        "yes_no": (lambda: dialogs.ask_yes_no("Anonimiseren?", "Woningen anoniem tonen?"), cancel),
        "inform": (lambda: dialogs.inform("Klaar", "De werkmap is opgeslagen."), cancel),
        "warn": (lambda: dialogs.warn("Mislukt", "Opslaan mislukt."), cancel),
        "open": (lambda: dialogs.get_open_path("Project openen", folder, "Minigrid-project (*.minigrid)"), cancel),
        "save": (lambda: dialogs.get_save_path("Project opslaan als", folder, "Minigrid-project (*.minigrid)"), cancel),
        "directory": (lambda: dialogs.get_directory("Map kiezen", folder), cancel),
    }


@pytest.fixture
def translations(qapp):
    translations = Translations(qapp)
    yield translations
    translations.set_language("nl")


def test_every_prompt_speaks_dutch_and_english(translations, tmp_path, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = DialogService(parent)
    read = {}
    for language in ("nl", "en"):
        assert translations.set_language(language), language
        for name, (ask, answer) in every_prompt(dialogs, str(tmp_path)).items():
            texts, _ = walk(ask, answer)
            assert texts, name
            read[language, name] = texts
    for name in every_prompt(dialogs, str(tmp_path)):
        dutch, english = read["nl", name], read["en", name]
        assert not dutch & ENGLISH, (name, dutch & ENGLISH)
        untranslated = (dutch & english) - SAME_IN_BOTH - {"Niet opgeslagen wijzigingen", "Opslaan?", "Anonimiseren?",
                                                           "Woningen anoniem tonen?", "Klaar", "De werkmap is opgeslagen.",
                                                           "Mislukt", "Opslaan mislukt."}
        assert not untranslated, (name, untranslated)
    assert {"Opslaan", "Verwerpen", "Annuleren"} <= read["nl", "save_discard_cancel"]
    assert {"&Ja", "&Nee"} <= read["nl", "yes_no"]
    assert {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"} <= read["nl", "open"]
    assert {"Save", "Discard", "Cancel"} <= read["en", "save_discard_cancel"]


def test_file_dialogs_are_qt_own_where_the_system_would_speak_another_language(translations):
    dialogs = DialogService()
    dialog = dialogs.file_dialog("open", "Project openen")
    if not dialog.testOption(QFileDialog.Option.DontUseNativeDialog):
        pytest.skip("this system's own dialog speaks the interface's language")
    assert dialog.findChildren(QLabel)  # Qt's widgets, translated by qtbase_nl


def test_closing_the_window_asks_in_dutch(translations, tmp_path, qtbot):
    from minigrid_app.core.model import Project
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.main_window import MainWindow
    from minigrid_app.ui.services.tasks import SyncRunner

    document = ProjectDocument(Project(), runner=SyncRunner())
    window = MainWindow(
        document,
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        translations=translations,
        recovery_dir=tmp_path / "recovery",
    )
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.dialogs, DialogService)
    window.pages[0].add_household()  # an unsaved change
    texts, _ = walk(window.close, cancel)
    assert {"Opslaan", "Verwerpen", "Annuleren"} <= texts
    assert window.isVisible()  # cancelled: the window stays
    assert document.dirty
    document.undo_stack.setClean()
    window.close()
    # the edit's command refers to the document: delete it now, not in the garbage collector's order
    document.undo_stack.clear()
    document.recompute_now()  # its debounce timer stopped before the document becomes garbage



def test_a_file_dialog_without_a_folder_opens_in_the_home_folder(qtbot, tmp_path, monkeypatch):
    """'Importeren uit enquête…' opened in the folder the program was started from."""
    from pathlib import Path

    from minigrid_app.ui.services.dialogs import DialogService

    monkeypatch.chdir(tmp_path)
    for mode in ("open", "save", "directory"):
        dialog = DialogService(None).file_dialog(mode, "Importeren uit enquête")
        assert Path(dialog.directory().absolutePath()) == Path.home().resolve()
    # a file name without a folder (step 8's 'besluit.pdf' of a project not saved yet) too, the
    # name filled in (walker, session 16: it opened in the folder the program was started from)
    dialog = DialogService(None).file_dialog("save", "Besluit bewaren als PDF", "besluit.pdf", "PDF-bestand (*.pdf)")
    assert Path(dialog.directory().absolutePath()) == Path.home().resolve()
    assert [Path(f).name for f in dialog.selectedFiles()] == ["besluit.pdf"]
    assert Path(dialog.selectedFiles()[0]).parent.resolve() == Path.home().resolve()
