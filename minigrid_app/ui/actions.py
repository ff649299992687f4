"""The menu bar of the main window: Bestand, Bewerken, Beeld, Help.

``MainActions`` builds the QActions and menus and connects them to the controller and
the window; ``retranslate()`` re-sets every text after a language switch. The help
texts (the manual, with the glossary of :mod:`minigrid_app.core.glossary`) live here too.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from minigrid_app import APP_NAME, __version__
from minigrid_app.ui.i18n import LANGUAGE_NAMES, LANGUAGES
from minigrid_app.ui.locale import ui_language


class MainActions(QObject):
    """Every menu action of the main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        controller = window.controller
        document = window.document
        menu_bar = window.menuBar()

        # -- Bestand
        self.file_menu = menu_bar.addMenu("")
        self.new = self._action(self.file_menu, QKeySequence.StandardKey.New, window.new_project)
        self.open = self._action(self.file_menu, QKeySequence.StandardKey.Open, window.open_project)
        self.recent_menu = self.file_menu.addMenu("")
        self.file_menu.addSeparator()
        self.save = self._action(self.file_menu, QKeySequence.StandardKey.Save, controller.save)
        self.save_as = self._action(self.file_menu, QKeySequence.StandardKey.SaveAs, controller.save_as)
        self.file_menu.addSeparator()
        self.export = self._action(self.file_menu, None, controller.export_excel)
        self.documents = self._action(self.file_menu, None, window.make_documents)
        self.file_menu.addSeparator()
        self.quit = self._action(self.file_menu, QKeySequence.StandardKey.Quit, window.close)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        controller.recentChanged.connect(self.fill_recent)

        # -- Bewerken
        self.edit_menu = menu_bar.addMenu("")
        stack = document.undo_stack
        self.undo = self._action(self.edit_menu, QKeySequence.StandardKey.Undo, stack.undo)
        self.redo = self._action(self.edit_menu, QKeySequence.StandardKey.Redo, stack.redo)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(self._update_undo_texts)
        stack.redoTextChanged.connect(self._update_undo_texts)

        # -- Beeld
        self.view_menu = menu_bar.addMenu("")
        self.presentation = self._action(self.view_menu, QKeySequence(Qt.Key.Key_F5), window.start_presentation)
        # two choices, one checked: Ctrl++ pressed twice stays larger (it toggled back to normal) and
        # Ctrl+- goes back to the normal size (it did nothing)
        self.larger_text = self._action(self.view_menu, QKeySequence.StandardKey.ZoomIn, lambda: window.set_larger_text(True))
        self.normal_text = self._action(self.view_menu, QKeySequence.StandardKey.ZoomOut, lambda: window.set_larger_text(False))
        self.text_size_group = QActionGroup(self)
        for action in (self.larger_text, self.normal_text):
            action.setCheckable(True)
            self.text_size_group.addAction(action)
        self.normal_text.setChecked(True)
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for language in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[language], self)
            action.setCheckable(True)
            action.setData(language)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action
        self.language_group.triggered.connect(self._language_chosen)

        # -- Help
        self.help_menu = menu_bar.addMenu("")
        self.manual = self._action(self.help_menu, QKeySequence.StandardKey.HelpContents, window.show_manual)
        self.glossary = self._action(self.help_menu, None, lambda: window.show_glossary("glossary"))
        self.method = self._action(self.help_menu, None, window.show_method)
        self.help_menu.addSeparator()
        self.about = self._action(self.help_menu, None, window.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.retranslate()

    def _action(self, menu, shortcut, slot) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: self._run(slot))
        menu.addAction(action)
        return action

    def _run(self, slot) -> None:
        """An action acts on the project as the user sees it: a field being typed in keeps its text first."""
        self.window.finish_editing()
        slot()

    def _update_undo_texts(self, _text: str = "") -> None:
        """'Ongedaan maken: Woning toevoegen', so the user sees what will be undone."""
        stack = self.window.document.undo_stack
        if not shiboken6.isValid(stack):  # the document is being deleted
            return
        language = ui_language()
        for action, label, index, enabled in (
            (self.undo, self.tr("&Ongedaan maken"), stack.index() - 1, stack.canUndo()),
            (self.redo, self.tr("O&pnieuw"), stack.index(), stack.canRedo()),
        ):
            command = stack.command(index) if enabled else None
            # an edit is described in the words it was made in: after a language switch the
            # menu says only "Undo", not "Undo: Aanvoertemperatuur van … wijzigen"
            what = command.text() if command is not None and getattr(command, "language", language) == language else ""
            action.setText(f"{label}: {what}" if what else label)
            action.setEnabled(enabled)

    def _language_chosen(self, action: QAction) -> None:
        self._run(lambda: self.window.set_language(action.data()))

    def set_language_checked(self, language: str) -> None:
        action = self.language_actions.get(language)
        if action is not None:
            action.setChecked(True)

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.window.controller.recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(self._open_recent)
        if files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Lijst wissen"))
            clear.triggered.connect(self.window.controller.clear_recent)
        else:
            empty = self.recent_menu.addAction(self.tr("(nog geen bestanden)"))
            empty.setEnabled(False)

    def _open_recent(self) -> None:
        action = self.sender()
        self.window.finish_editing()  # what is typed counts when asked whether to save first
        if isinstance(action, QAction):
            self.window.controller.open_path(action.data())

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Bestand"))
        self.new.setText(self.tr("&Nieuw"))
        self.open.setText(self.tr("&Openen…"))
        self.recent_menu.setTitle(self.tr("&Recent geopend"))
        self.save.setText(self.tr("Op&slaan"))
        self.save_as.setText(self.tr("Opslaan &als…"))
        self.export.setText(self.tr("&Exporteren naar Excel…"))
        self.documents.setText(self.tr("&Documenten voor bewonersavond…"))
        self.quit.setText(self.tr("A&fsluiten"))
        self.edit_menu.setTitle(self.tr("Be&werken"))
        self._update_undo_texts()
        self.view_menu.setTitle(self.tr("Bee&ld"))
        self.presentation.setText(self.tr("&Presentatie"))
        self.larger_text.setText(self.tr("&Grotere tekst"))
        self.normal_text.setText(self.tr("&Normale tekst"))
        self.language_menu.setTitle(self.tr("&Taal"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.manual.setText(self.tr("&Handleiding en woordenlijst"))
        self.glossary.setText(self.tr("&Woordenlijst"))
        self.method.setText(self.tr("Hoe &rekent Minigrid?"))
        self.about.setText(self.tr("&Over {0}").format(APP_NAME))
        self.fill_recent()


    def about_text(self) -> str:
        return self.tr(
            "<h3>{0} {1}</h3><p>Past een klein warmtenet met gedeelde bodemlussen bij onze straat? "
            "Minigrid vergelijkt per woning vier mogelijkheden: de huidige gasketel, een eigen "
            "luchtwarmtepomp, een eigen bodemlus en een gedeelde bodemlus.</p>"
            "<p>Alle berekeningen zijn indicatief. Minigrid werkt zonder internet; uw gegevens "
            "blijven op deze computer.</p><p>Licentie: EUPL-1.2</p>"
        ).format(APP_NAME, __version__)

    def manual_text(self) -> str:
        """The manual and the whole glossary, as HTML."""
        from minigrid_app.core.glossary import glossary_html  # when the manual opens, not at start

        return self.manual_intro() + glossary_html(ui_language(), anchors=False)

    def manual_intro(self) -> str:
        """The manual, ending in the glossary's heading (the entries follow: :mod:`minigrid_app.core.glossary`).

        The words in blue are in the one colour of every link (:data:`glossary.LINK_COLOUR`), not
        a colour written into the translated text."""
        # when the manual opens, not at start
        from minigrid_app.ui.widgets.glossary import LINK_COLOUR

        return self.tr(
            "<h3>Zo werkt Minigrid</h3>"
            "<p>Links staan de acht stappen van het proces. U mag vrij heen en weer gaan; wat nog ontbreekt staat onderaan elke stap. Alles rekent vanzelf opnieuw na elke wijziging.</p>"
            "<ol><li><b>Intake</b>: wie doen er mee? Het projectformulier en de woningen met hun gasverbruik (of ingelezen uit een enquête met de knop 'Importeren uit enquête…' in deze stap).</li>"
            "<li><b>Eerste bewonersavond</b>: wat vinden we belangrijk? De voorwaarden van de bewoners.</li>"
            "<li><b>Technische quickscan</b>: kan het technisch? Temperaturen, clusters en bodemlussen.</li>"
            "<li><b>Indicatieve businesscase</b>: wat kost het mij? Per maand, eenmalig en over 15 jaar. Bij elk getal staat 'hoe berekend?': daar ziet u waar het vandaan komt.</li>"
            "<li><b>Tweede bewonersavond</b>: wie tekent? Voorwaarden getoetst, deelname en intentieverklaring per woning.</li>"
            "<li><b>Uitvraag</b>: de vraag aan installateurs en boorbedrijven, met de staat van hoeveelheden.</li>"
            "<li><b>Offertes</b>: de offertes naast elkaar en de businesscase met hun bedragen.</li>"
            "<li><b>Besluit</b>: de gekozen offerte, de organisatievorm en wie de bindende overeenkomst tekent.</li></ol>"
            "<p><b>Opslaan en terugdraaien.</b> Bestand → Opslaan bewaart het project in één bestand. Elke wijziging kunt u terugdraaien met Ctrl+Z (Bewerken → Ongedaan maken). Minigrid bewaart elke minuut een herstelkopie: na een storing biedt het die bij de volgende start aan.</p>"
            "<p><b>Delen.</b> Bestand → Exporteren naar Excel maakt het werkboek met werkende formules, naar het model van de Provincie Utrecht. Bestand → Documenten voor bewonersavond maakt de PDF's: per woning een keukentafelblad en een intentieverklaring, en het verslag.</p>"
            "<p>Met F5 start de presentatie voor de beamer; Esc stopt.</p>"
            "<p>Een woord in <span style='color:{1}'>blauw</span> legt zichzelf uit: wijs het aan of klik erop.</p>"
            "<h3>{0}</h3>"
        ).format('<a name="glossary"></a>' + self.tr("Woordenlijst"), LINK_COLOUR)
