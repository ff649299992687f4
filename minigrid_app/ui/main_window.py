"""The main window: step navigator on the left, the step's page in the centre, the group
summary at the bottom. Thin on purpose: file handling lives in :mod:`controller`, menus in
:mod:`actions`, and every page is its own module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from minigrid_app import APP_NAME
from minigrid_app.core.model import STEPS
from minigrid_app.core.steps import step_in_progress, step_state
from minigrid_app.ui.actions import MainActions
from minigrid_app.ui.controller import ProjectController
from minigrid_app.ui.locale import ui_language
from minigrid_app.ui.pages.base import DeferredLinker, PageServices, StepPage
from minigrid_app.ui.services.dialogs import DialogService
from minigrid_app.ui.services.engine import EngineService
from minigrid_app.ui.services.last_resort import LastResort
from minigrid_app.ui.services.last_resort import install as install_last_resort
from minigrid_app.ui.widgets.field_message import put_away
from minigrid_app.ui.widgets.fonts import rescale_fonts
from minigrid_app.ui.widgets.group_summary import GroupSummary
from minigrid_app.ui.widgets.step_navigator import StepNavigator
from minigrid_app.ui.widgets.whole_figures import Label

if TYPE_CHECKING:
    from minigrid_app.ui.dialogs.method_viewer import MethodViewer
    from minigrid_app.ui.widgets.glossary import GlossaryDialog

#: the step pages in order (module, class): a page's module is imported when the page is first
#: needed, so the window opens with the first step's module only (issue 16)
PAGE_MODULES = (
    ("minigrid_app.ui.pages.intake", "IntakePage"),
    ("minigrid_app.ui.pages.first_evening", "FirstEveningPage"),
    ("minigrid_app.ui.pages.quickscan", "QuickscanPage"),
    ("minigrid_app.ui.pages.business_case", "BusinessCasePage"),
    ("minigrid_app.ui.pages.second_evening", "SecondEveningPage"),
    ("minigrid_app.ui.pages.tender", "TenderPage"),
    ("minigrid_app.ui.pages.quotes", "QuotesPage"),
    ("minigrid_app.ui.pages.decision", "DecisionPage"),
)
#: the glossary's links and the other pages are made this long after the window's first paint, a
#: page per event-loop turn [ms]
IDLE_PAGES_DELAY_MS = 50
LARGER_TEXT_FACTOR = 1.25
#: the size the window opens at on a large screen [px]
PREFERRED_SIZE = (1360, 880)
#: room left for the window's title bar and frame, which the window system adds [px]
FRAME_ALLOWANCE = (16, 48)


def page_class(index: int) -> type[StepPage]:
    """The class of step page ``index`` (its module is imported now if it was not yet)."""
    import importlib

    module, name = PAGE_MODULES[index]
    return getattr(importlib.import_module(module), name)


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, on the event-loop turn after ``window`` first painted.

    Watches the window itself (it paints first in the pass that paints its children), not the
    whole application, whose every event would reach Python while the window is being made.
    """

    def __init__(self, window: QWidget, callback):
        super().__init__(window)
        self.window, self.callback = window, callback
        window.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802  (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)  # once this paint pass is over
        return False


def _heading(font: QFont) -> QFont:
    """The font of a page's question: bold, 1.6 times ``font``."""
    heading = QFont(font)
    heading.setPointSizeF(font.pointSizeF() * 1.6)
    heading.setBold(True)
    return heading


def fitted_size(available: QRect, preferred: tuple[int, int] = PREFERRED_SIZE) -> tuple[int, int]:
    """The first window's size on a screen with ``available`` room (without task bars) [px].

    Never wider or taller than the room, its frame included, so the step buttons and the
    summary bar at the bottom are in view on a 1366 × 768 or 1280 × 800 laptop.
    """
    width = min(preferred[0], available.width() - FRAME_ALLOWANCE[0])
    height = min(preferred[1], available.height() - FRAME_ALLOWANCE[1])
    return max(width, 640), max(height, 480)


class MainWindow(QMainWindow):
    """The program window around one :class:`ProjectDocument`."""

    def __init__(self, document, dialogs=None, settings: QSettings | None = None, translations=None, recovery_dir=None):
        super().__init__()
        self.document = document
        self.dialogs = dialogs or DialogService(self)
        self.settings = settings or QSettings()
        self.translations = translations
        self.engine = EngineService(document)
        self.controller = ProjectController(document, self.dialogs, self.settings, recovery_dir, self, engine=self.engine)
        self.controller.unadded = self.ask_unadded
        # a fault of the program in a slot: said in the window, a copy offered, the details logged
        self.last_resort = LastResort(self, self.controller.recovery_dir / "logs")
        install_last_resort(self.last_resort)
        self.presentation = None
        app = QApplication.instance()
        # let the larger-text setting reach widgets that have a style sheet (colours) too
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles, True)
        self._base_point_size = app.property("baseFontPointSize") or app.font().pointSizeF()
        app.setProperty("baseFontPointSize", self._base_point_size)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.navigator = StepNavigator()
        self.navigator.setMinimumWidth(230)
        self.navigator.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.navigator.setStyleSheet("#stepNavigator { background: #f3f5f7; }")
        self.navigator.stepSelected.connect(self.show_step)
        splitter.addWidget(self.navigator)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(16, 10, 16, 6)
        self.stack = QStackedWidget()
        self._services = PageServices(dialogs=self.dialogs, engine=self.engine, settings=self.settings)
        # a page is made when first needed (each builds its widgets when first shown): the window
        # opens with the first step only; the others are made after its first paint (AfterFirstPaint)
        self._pages: list[StepPage | None] = [None] * len(PAGE_MODULES)
        for _ in PAGE_MODULES:
            self.stack.addWidget(QWidget())  # stands in until the page is made
        self._heading_font: QFont | None = None
        right_layout.addWidget(self.stack, 1)
        # at the bottom of every page: back, what is still missing, "done", on to the next step
        footer = QFrame()
        footer.setObjectName("stepFooter")
        footer.setStyleSheet("#stepFooter { border-top: 1px solid #dddddd; }")
        footer_layout = QHBoxLayout(footer)
        footer_layout.setContentsMargins(0, 6, 0, 0)
        self.previous_button = QPushButton()
        self.previous_button.setMinimumHeight(34)
        self.previous_button.clicked.connect(lambda: self.show_step(self.current_step() - 1))
        footer_layout.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignTop)
        self.missing_label = Label()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #6b4e00;")
        footer_layout.addWidget(self.missing_label, 1)
        self.done_button = QPushButton()
        self.done_button.setMinimumHeight(34)
        self.done_button.clicked.connect(self.toggle_step_done)
        footer_layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTop)
        self.next_button = QPushButton()
        self.next_button.setMinimumHeight(34)
        self.next_button.clicked.connect(lambda: self.show_step(self.current_step() + 1))
        footer_layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        right_layout.addWidget(footer)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 1100])  # narrow enough for the tables at 1280 px
        outer.addWidget(splitter, 1)
        self.summary = GroupSummary(document)
        self.summary.setObjectName("summaryBar")
        self.summary.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.summary.setStyleSheet("#summaryBar { background: #eef3ee; border-top: 1px solid #cfd8cf; }")
        self.summary.setMinimumHeight(36)
        outer.addWidget(self.summary)
        self.controller.working.connect(self.summary.show_job)  # the workbook made in the background
        self.setCentralWidget(central)

        self.actions = MainActions(self)
        # a note next to a field speaks of the state it was shown in: an undo, a redo or another
        # project takes that away (a refused paste's note stayed over the form after its undo)
        for action in (self.actions.undo, self.actions.redo):
            action.triggered.connect(self._put_away_note)
        document.projectReplaced.connect(self._put_away_note)
        document.changed.connect(self._on_changed)
        document.projectReplaced.connect(self.show_step_in_progress)
        document.resultsChanged.connect(self._on_results)
        document.busyChanged.connect(self._on_busy)
        document.pathChanged.connect(self._on_path_changed)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.setMinimumSize(900, 600)
        self.fit_to_screen()
        self.restore_window_state()
        self._start_text_size(self.settings.value("larger_text", False, type=bool))
        self.actions.set_language_checked(self.language())
        self.retranslate()
        self.show_step_in_progress()
        self._idle_pages: AfterFirstPaint | None = None

    def _put_away_note(self, *_args) -> None:
        put_away(self)

    # ------------------------------------------------------------------ pages
    @property
    def pages(self) -> list[StepPage]:
        """Every step page, in order (those not made yet are made now)."""
        return [self.page(index) for index in range(len(PAGE_MODULES))]

    def page(self, index: int) -> StepPage:
        """Step page ``index``, made now if it was not yet (not built: see :meth:`StepPage.ensure_built`)."""
        page = self._pages[index]
        if page is None:
            page = page_class(index)(self.document, self._services, lazy=True)
            page.header.setStyleSheet("padding: 2px 0 8px 0;")
            if self._heading_font is not None:
                page.header.setFont(self._heading_font)
            self._pages[index] = page
            current = self.stack.currentIndex()
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.setCurrentIndex(current)
            if all(made is not None for made in self._pages):
                self._refresh_navigator()  # every step's tooltip says what it misses
        return page

    def pages_made(self) -> bool:
        """Whether every step page is made (they are, on idle turns, soon after the first paint)."""
        return None not in self._pages

    def _made_pages(self) -> list[StepPage]:
        return [page for page in self._pages if page is not None]

    def _make_next_page(self) -> None:
        """Read the default figures, then make one page not made yet per event-loop turn (the
        window stays responsive)."""
        if not shiboken6.isValid(self):
            return
        from minigrid_app.io.defaults import bundled_defaults

        if bundled_defaults.cache_info().currsize == 0:
            # first the default figures, read now rather than when the first project opens
            bundled_defaults()
            QTimer.singleShot(0, self._make_next_page)
            return
        for index, page in enumerate(self._pages):
            if page is None:
                self.page(index)
                QTimer.singleShot(0, self._make_next_page)
                return

    # ------------------------------------------------------------------ steps
    def step_titles(self) -> list[str]:
        return [
            self.tr("Intake"),
            self.tr("Eerste bewonersavond"),
            self.tr("Technische quickscan"),
            self.tr("Indicatieve businesscase"),
            self.tr("Tweede bewonersavond & intentieverklaring"),
            self.tr("Uitvraag"),
            self.tr("Offertes"),
            self.tr("Besluit"),
        ]

    def state_words(self) -> dict[str, str]:
        return {"not_started": self.tr("nog niet begonnen"), "in_progress": self.tr("bezig"), "done": self.tr("klaar"),
                "done_open": self.tr("klaar, nog iets te doen")}

    def step_state(self, index: int) -> str:
        """What the step list shows (:func:`minigrid_app.core.steps.step_state`): a step whose page
        shows something is at least "bezig"."""
        return step_state(STEPS[index], self.document.project, self.document.results)

    def current_step(self) -> int:
        return self.stack.currentIndex()

    def show_step(self, index: int) -> None:
        index = max(0, min(index, len(PAGE_MODULES) - 1))
        page = self.page(index)
        if not (self.isVisible() and page.build_in_turns):
            page.ensure_built()  # on screen, a page builds on the turn after it is first shown
        self.stack.setCurrentIndex(index)
        # an edit made now marks this step "in progress", and its undo takes that back
        self.document.working_step = STEPS[index]
        self.summary.show_step(STEPS[index])  # steps 6-8: the tender's figure, as their pages
        self.navigator.set_current(index)
        self._update_footer()

    def show_step_in_progress(self) -> None:
        """The step where the user last worked (:func:`minigrid_app.core.steps.step_in_progress`)."""
        self.show_step(step_in_progress(self.document.project, STEPS[: len(PAGE_MODULES)]))

    def toggle_step_done(self) -> None:
        """Mark the current step done and go on to the next one, or (when done) open it again; undoable."""
        index = self.current_step()
        key = STEPS[index]
        steps = dict(self.document.project.steps)
        steps[key] = "in_progress" if steps.get(key) == "done" else "done"
        text = self.tr("Stap klaar") if steps[key] == "done" else self.tr("Stap weer open")
        self.document.set_attr(lambda project: project, "steps", steps, text)
        if steps[key] == "done" and index + 1 < len(PAGE_MODULES):
            self.show_step(index + 1)

    def _refresh_navigator(self) -> None:
        states = [self.step_state(i) for i in range(len(STEPS))]
        self.navigator.set_steps(self.step_titles(), states, self.state_words())
        words = self.state_words()
        for row, page in enumerate(self._pages):
            if page is None:  # made after the first paint; its tooltip then
                continue
            missing = page.missing()
            tip = f"{self.step_titles()[row]}: {words[states[row]]}"
            if missing:
                tip += "\n" + "\n".join(f"• {m}" for m in missing)
            self.navigator.set_tooltip(row, tip)
        self.navigator.project_label.setText(self.controller.project_name())

    def _update_footer(self) -> None:
        page = self.page(self.current_step())
        missing = page.missing()
        if missing:
            self.missing_label.setText(self.tr("Nog te doen: {0}").format(" ".join(missing)))
        else:
            self.missing_label.setText(self.tr("Niets meer te doen in deze stap."))
        self._link_footer()
        index = self.current_step()
        done = self.document.project.steps.get(STEPS[index]) == "done"
        self.done_button.setText(self.tr("Stap weer openen") if done else self.tr("✓ Deze stap is klaar"))
        self.previous_button.setText(self.tr("← Vorige stap"))
        self.next_button.setText(self.tr("Volgende stap →"))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < len(PAGE_MODULES))
        titles = self.step_titles()
        self.previous_button.setToolTip(titles[index - 1] if index > 0 else "")
        self.next_button.setToolTip(titles[index + 1] if index + 1 < len(titles) else "")

    def _link_footer(self) -> None:
        """"voorlopig (vuistregel)": the glossary's words explain themselves (once the window
        has painted when it is being opened: :meth:`_after_first_paint`)."""
        if DeferredLinker.held():
            return
        from minigrid_app.ui.widgets.glossary import link_label

        link_label(self.missing_label)

    def _after_first_paint(self) -> None:
        """The window is on screen: a moment later the glossary's links of the first step and the
        footer, then the other steps' pages on idle turns (the delay counts from when the first
        paint pass is over)."""
        QTimer.singleShot(IDLE_PAGES_DELAY_MS, self._settle)

    def _settle(self) -> None:
        if not shiboken6.isValid(self):
            return
        if DeferredLinker.held():
            DeferredLinker.release()
            self._link_footer()
        self._make_next_page()

    def _on_changed(self) -> None:
        self._refresh_navigator()
        self._update_footer()
        self._update_title()

    def _on_results(self, _results) -> None:
        self._refresh_navigator()
        self._update_footer()

    def _on_busy(self, _busy: bool, _text: str) -> None:
        # before the first results, what a step misses reads "computing", then (stopped or
        # failed) what its input lacks
        if self.document.results is None:
            self._on_results(None)

    def _on_path_changed(self, _path: str) -> None:
        self._update_title()
        self._refresh_navigator()

    def _on_clean_changed(self, _clean: bool) -> None:
        if shiboken6.isValid(self.document.undo_stack):
            self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.controller.project_name()}{self.controller.window_title_note()}[*] – {APP_NAME}")
        self.setWindowModified(self.document.dirty)

    # ------------------------------------------------------------------ file actions
    def new_project(self) -> None:
        if self.controller.new_project():  # the window opens it on its first step (projectReplaced)
            # the keyboard in the project's name, where a new project starts: after Ctrl+N the
            # typing went nowhere, and Tab first reached the buttons at the bottom
            self.page(0).fields["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def open_project(self) -> None:
        self.controller.open_project()  # on the step in progress (projectReplaced)

    def make_documents(self) -> None:
        """Documents for the residents' evening: made by the second-evening page."""
        index = STEPS.index("second_evening")
        self.show_step(index)
        page = self.page(index)
        maker = getattr(page, "make_documents", None)
        if maker is None:
            self.dialogs.inform(
                self.tr("Documenten voor bewonersavond"),
                self.tr("Het maken van documenten voor de bewonersavond is in deze versie nog niet beschikbaar."),
            )
            return
        maker()

    def start_presentation(self) -> None:
        from minigrid_app.ui.presentation import PresentationWindow

        if self.presentation is not None:
            self.presentation.close()
        self.presentation = PresentationWindow(self.document)
        self.presentation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.presentation.closed.connect(self._presentation_closed)
        self.presentation.start()

    def _presentation_closed(self) -> None:
        self.presentation = None

    # ------------------------------------------------------------------ view
    def set_larger_text(self, larger: bool | None = None) -> None:
        if larger is None:
            larger = self.actions.larger_text.isChecked()
        (self.actions.larger_text if larger else self.actions.normal_text).setChecked(True)
        app = QApplication.instance()
        font = QFont(app.font())
        font.setPointSizeF(self._base_point_size * (LARGER_TEXT_FACTOR if larger else 1.0))
        app.setFont(font)  # for windows opened later (dialogs, presentation)
        self.setFont(font)  # this window now: the application font reaches open widgets only in exec()
        heading = self._heading_font = _heading(font)
        for page in self._made_pages():
            page.header.setFont(heading)
        rescale_fonts(self)  # the amounts and other emphasised texts keep their proportion
        self.settings.setValue("larger_text", bool(larger))

    def _start_text_size(self, larger: bool) -> None:
        """The text size the window opens with: :meth:`set_larger_text`, unless the text is the
        normal size and the application's font is that size already. Then every widget has its
        font and only the page questions' font is made: setting the same font again on the
        application and the window, and sizing the emphasised texts anew (which hands every
        widget of the window to Python), changed nothing on screen and took some 3 ms of the
        start (issue 16)."""
        app = QApplication.instance()
        if larger or app.font().pointSizeF() != self._base_point_size:
            self.set_larger_text(larger)
        else:
            self._heading_font = _heading(app.font())

    def language(self) -> str:
        return self.translations.language if self.translations is not None else "nl"

    def set_language(self, language: str) -> None:
        if self.translations is not None:
            if not self.translations.set_language(language):
                self.dialogs.warn(
                    "Vertaling / Translation",
                    "De vertaling kon niet (helemaal) worden geladen; sommige teksten blijven Nederlands.\n"
                    "The translation could not be loaded (completely); some texts stay in Dutch.",
                )
        else:
            QApplication.instance().setProperty("language", language)
        self.settings.setValue("language", language)
        self.actions.set_language_checked(language)
        self.retranslate()

    def retranslate(self) -> None:
        self.actions.retranslate()
        self.navigator.caption.setText(self.tr("Stappen"))
        for page in self._made_pages():  # a page made later is made in the language then chosen
            page.retranslate_when_shown()  # a page out of sight follows when it is shown
        self.summary.retranslate()
        if self.presentation is not None:  # the slides on the projector follow too, on the same slide
            self.presentation.retranslate()
        self._refresh_navigator()
        self._update_footer()
        self._update_title()
        self._retranslate_help()

    def _retranslate_help(self) -> None:
        """The glossary and the method, when open at a switch, follow at once (they stayed in the
        old language until opened again); a refusal's note next to a field, said in the old
        language, is put away."""
        put_away(self)
        glossary = getattr(self, "glossary_dialog", None)
        if glossary is not None and shiboken6.isValid(glossary) and glossary.isVisible():
            glossary.show_term(glossary.current or None)
        viewer = getattr(self, "method_viewer", None)
        if viewer is not None and shiboken6.isValid(viewer) and viewer.isVisible():
            viewer.load(ui_language())

    # ------------------------------------------------------------------ help
    def show_about(self) -> None:
        self.dialogs.inform(self.tr("Over {0}").format(APP_NAME), self.actions.about_text())

    def show_manual(self) -> GlossaryDialog:
        """Help → Handleiding en woordenlijst: the manual and the glossary in one scrolling window
        (a message box of 50 terms was taller than a laptop screen)."""
        return self.show_glossary(None)

    def show_glossary(self, key: str | None = None) -> GlossaryDialog:
        """Help → Woordenlijst, opened at the term ``key`` (one window, raised when already open)."""
        if not isinstance(key, str):  # the menu's triggered(bool) passes a flag
            key = None
        dialog = getattr(self, "glossary_dialog", None)
        if dialog is None:
            from minigrid_app.ui.widgets.glossary import GlossaryDialog

            dialog = self.glossary_dialog = GlossaryDialog(self, intro=self.actions.manual_intro)
        dialog.show_term(key)
        return dialog

    def show_method(self, anchor: str | None = None) -> MethodViewer:
        """Help → "Hoe rekent Minigrid?": the bundled method in the interface's language.

        ``anchor`` is a section id of the method (``"isde"``, ``"break-even"``…); the
        viewer opens at that section. One viewer window, raised when already open.
        """
        if not isinstance(anchor, str):  # the menu's triggered(bool) passes a flag
            anchor = None
        from minigrid_app.ui.dialogs.method_viewer import MethodViewer

        language = ui_language()
        viewer = getattr(self, "method_viewer", None)
        if viewer is None or not shiboken6.isValid(viewer):
            viewer = MethodViewer(language, self)
            self.method_viewer = viewer
        elif viewer.language != language:
            viewer.load(language)
        viewer.show()
        viewer.raise_()
        viewer.activateWindow()
        viewer.show_section(anchor)
        return viewer

    # ------------------------------------------------------------------ window state
    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Open at the preferred size, or as large as the screen allows (:func:`fitted_size`)."""
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is None:
                return
            available = screen.availableGeometry()
        width, height = fitted_size(available)
        self.setMinimumSize(min(900, width), min(600, height))
        self.resize(width, height)
        frame = self.frameGeometry().size() - self.geometry().size()  # known once shown before
        self.move(available.left() + max(0, (available.width() - width - frame.width()) // 2),
                  available.top() + max(0, (available.height() - height - frame.height()) // 2))

    def restore_window_state(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(geometry)  # Qt keeps a remembered window on the screen it has now
        state = self.settings.value("window_state")
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(state)

    def save_window_state(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("window_state", self.saveState())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._idle_pages is None:
            self._idle_pages = AfterFirstPaint(self, self._after_first_paint)
        super().showEvent(event)

    def finish_editing(self) -> None:
        """Keep what is being typed before an action reads or replaces the project.

        A field keeps its text when the focus leaves it (``editingFinished``; a table's editor
        commits its data). A shortcut or a menu leaves the focus where it is, so Ctrl+S, an
        export or closing the window right after typing would miss the last edit: the focus is
        taken away and given back, which keeps it as the field would."""
        widget = QApplication.focusWidget()
        if widget is not None and self.isAncestorOf(widget):
            widget.clearFocus()
            if shiboken6.isValid(widget) and widget.isVisible():  # a table's editor is closed by now
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        for page in self._pages:
            if page is not None:
                page.finish_editing()  # and what waits for a pause in the typing (step 8's terms)

    def ask_unadded(self):
        """Text typed into an "add" box but not added (step 2's new condition, step 7's supplier)
        is asked about before it is lost, as any unsaved edit: add it, throw it away or cancel.

        Returns None when the user cancels (or adding was refused: the step is shown with the
        reason next to the box), else what to do once the project is really left."""
        pending = [item for page in self._made_pages() for item in page.unadded()]
        if not pending:
            return lambda: None
        answer = self.dialogs.ask_choice(
            self.tr("Niet toegevoegd"),
            self.tr("Niet toegevoegd: {0}. Toevoegen, weggooien of annuleren?").format("; ".join(item.what for item in pending)),
            [("add", self.tr("Toevoegen")), ("discard", self.tr("Weggooien")), ("cancel", self.tr("Annuleren"))],
        )
        if answer == "add":
            for item in pending:
                if not item.add():
                    self.show_step(next(i for i, page in enumerate(self._pages) if page is not None and page.isAncestorOf(item.box)))
                    item.box.setFocus(Qt.FocusReason.OtherFocusReason)
                    return None
            return lambda: None
        if answer != "discard":
            return None

        def throw_away() -> None:  # once the project is really left, not before the next question
            for item in pending:
                if shiboken6.isValid(item.box):
                    item.box.clear()

        return throw_away

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.finish_editing()
        if not self.controller.may_close_while_writing() or not self.controller.maybe_save():
            event.ignore()
            return
        self.save_window_state()
        self.controller.close_cleanly()
        if self.presentation is not None:
            self.presentation.close()
        event.accept()
