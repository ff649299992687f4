"""The contract of the five process step pages, and of the panels they are made of.

A step page is ``StepPage(document, services)``. The base class builds the page in a fixed
order and keeps it current; a subclass fills in the hooks:

- :meth:`StepPage.build` makes the widgets, once (panels through :meth:`StepPage.add_panel`);
- :meth:`StepPage.set_texts` sets every fixed text in the current language;
- :meth:`StepPage.show_project` shows the project; the base class calls it after every
  edit, undo and redo (``document.changed``);
- :meth:`StepPage.show_results` shows the results (None before the first calculation); the
  base class calls it whenever new results arrive (``document.resultsChanged``);
- :meth:`StepPage.missing_text` words what the step still misses; *what* is missing is
  decided in the engine, :func:`minigrid_app.core.steps.missing`.

After building, and after every language switch (:meth:`StepPage.retranslate`), the base
class calls ``set_texts``, then ``show_project`` and ``show_results``. The default
``show_project``/``show_results`` pass the call on to every panel.

A page made with ``lazy=True`` (the main window's) builds when it is first shown (or when
code asks for one of its widgets): until then it has only its question and follows no
edits, so the window opens as fast as a bare one (issue 16). The order above is the same.
Shown in a window on screen, it builds in turns of the event loop (:meth:`StepPage.ensure_built`).

A page writes every change through ``document.edit``/``document.set_attr`` (one undo step),
never mutating the project directly, and asks ``services`` for prompts, file dialogs and the
engine, never calling them inline (tests pass scripted dialogs and a synchronous runner).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from minigrid_app.core.formatting import name_separator, names_listed
from minigrid_app.core.steps import COMPUTING, Missing, missing
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.services.dialogs import DialogService
from minigrid_app.ui.services.engine import EngineService
from minigrid_app.ui.widgets.field_message import REFUSED, field_message, show_field_message
from minigrid_app.ui.widgets.whole_figures import Label

#: the most CPU time a page spends filling its panels in one turn of the event loop when it is
#: first shown on screen [s] (:meth:`StepPage.ensure_built`)
FILL_TURN_S = 0.005

# The glossary (its widgets, and the pattern of every term it compiles) is loaded when the first
# words are linked, after the window's first paint (DeferredLinker.hold), not at start.


class DeferredLinker(QObject):
    """Links the glossary's terms in one widget once the event loop is free (many updates, one
    walk: :func:`minigrid_app.ui.widgets.glossary.link_terms_in`).

    While the main window is being opened (:meth:`hold` until :meth:`release`, after its first
    paint), a scheduled walk waits: the first page shows at once and its words turn into links
    on the next turn of the event loop.
    """

    #: linkers scheduled during a hold (None: no hold)
    _waiting: list[DeferredLinker] | None = None

    def __init__(self, root: QWidget):
        super().__init__(root)
        self.root = root
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.run)

    def schedule(self) -> None:
        waiting = DeferredLinker._waiting
        if waiting is not None:
            if self not in waiting:
                waiting.append(self)
            return
        self.timer.start()

    def run(self) -> None:
        if shiboken6.isValid(self.root):
            link_terms_in(self.root)

    @classmethod
    def held(cls) -> bool:
        """Whether walks wait for :meth:`release`."""
        return cls._waiting is not None

    @classmethod
    def hold(cls) -> None:
        """Let scheduled walks wait until :meth:`release`."""
        if cls._waiting is None:
            cls._waiting = []

    @classmethod
    def release(cls) -> None:
        """End the hold: the walks scheduled meanwhile start (on the next free turn)."""
        waiting, cls._waiting = cls._waiting or [], None
        for linker in waiting:
            if shiboken6.isValid(linker):
                linker.schedule()


def link_terms_in(root: QWidget) -> None:
    """Link or explain the glossary's terms under ``root`` (:func:`minigrid_app.ui.widgets.glossary.link_terms_in`)."""
    from minigrid_app.ui.widgets import glossary

    glossary.link_terms_in(root)


@dataclass
class Unadded:
    """Text typed into an "add" box (a new condition, a supplier's name) but not added yet:
    the window asks before it would be lost (closing, another project)."""

    #: what it is, in the current language ("de voorwaarde ‘geen graafwerk in mei’")
    what: str
    #: adds it as the button would; False when refused (the reason is said next to the box)
    add: Callable[[], bool]
    #: the box it was typed into (emptied when thrown away; in sight when adding was refused)
    box: QWidget


def bring_into_view(widget: QWidget) -> None:
    """Scroll the page that holds ``widget`` so that it is in sight, once the layout has placed
    it: when the event loop is next free, after the layouts waiting to be redone (a row just
    added above it moves it only then, through a chain of layout requests up to the page)."""

    def scroll() -> None:
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None or not widget.isVisible():
            return
        for _ in range(4):  # each pass lays out one level further up
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        area.ensureWidgetVisible(widget, 20, 40)

    QTimer.singleShot(0, widget, scroll)


def scrolling_content() -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless scroll area whose content grows with its width, and the content's layout."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    content = QWidget()
    layout = QVBoxLayout(content)
    scroll.setWidget(content)
    return scroll, layout


@dataclass
class PageServices:
    """What a page may ask of the program besides the document.

    Attributes
    ----------
    dialogs : DialogService
        Prompts and file dialogs (tests: :class:`~minigrid_app.ui.services.dialogs.ScriptedDialogs`).
    engine : EngineService
        Every computation: the task runner and the engine's worker process.
    settings : QSettings, optional
        The window's settings, where a page remembers how the user left a view ("Meer
        kolommen"); None for a page on its own (nothing remembered).
    """

    dialogs: DialogService
    engine: EngineService
    settings: QSettings | None = None


class SaidLabel(Label):
    """A label for what a panel says after something happened (a refused entry, a failure): it
    remembers how it was worded, so that :meth:`say_again` words it in the language chosen since
    (a refusal set once in Dutch stayed Dutch after a switch to English)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._words: Callable[[], str] | None = None

    def say(self, words: Callable[[], str] | None) -> None:
        """Show ``words()``; None clears the label."""
        self._words = words
        self.setText(words() if words is not None else "")

    def say_again(self) -> None:
        """After a language switch: the same message in the new language."""
        if self._words is not None:
            self.setText(self._words())

    def say_at(self, field: QWidget, words: Callable[[], str] | None, kind: str = REFUSED) -> None:
        """:meth:`say` ``words``, and next to ``field`` where the eye is (None: neither): a refused
        date or amount said only here, under a form or a long table, left the field unmarked
        (``kind`` NOTED: a value taken with a doubt)."""
        self.say(words)
        if words is not None:
            show_field_message(field, words(), kind=kind)
        elif field_message(field).anchor is field:
            show_field_message(field, "")


def first_names(names: list[str], shown: int = 3) -> str:
    """'Lindehof 1, Lindehof 4, Lindehof 7, …': the first ``shown`` names, and '…' when there are more
    (which homes a sentence is about: in a street of 24 the marked row can be screens away)."""
    return names_listed(names[:shown]) + (name_separator(names[:shown]) + "…" if len(names) > shown else "")


def computing_text() -> str:
    """'Bezig met rekenen…': shown where results go while the project's first results are computed."""
    return QCoreApplication.translate("StepPage", "Bezig met rekenen…")


class Panel(QGroupBox):
    """One feature of a step page, in a titled box.

    The page calls :meth:`retranslate`, :meth:`show_project` and :meth:`show_results` (see the
    module docstring); the panel writes through the document and asks ``services`` like a page.
    """

    def __init__(self, document: ProjectDocument, services: PageServices, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.services = services

    def retranslate(self) -> None:
        """Set every fixed text (title, labels, headers) in the current language."""

    def show_project(self, project) -> None:
        """Show the project (called after every edit, undo and redo)."""

    def show_results(self, results) -> None:
        """Show the results (``None`` before the first calculation)."""

    def finish_editing(self) -> None:
        """Keep what is typed but not kept yet (a pause before keeping it is still running); the
        window asks before an action reads or replaces the project (Ctrl+S, export, closing)."""

    def unadded(self) -> list[Unadded]:
        """What is typed into the panel's "add" boxes but not added (asked about before it is lost)."""
        return []

    def without_results(self, text: str) -> str:
        """What to show where results go when there are none: ``text`` (why there are none), or
        'Bezig met rekenen…' while the first results are computed (``text`` would blame the input)."""
        return computing_text() if self.document.awaiting_results else text

    def link_glossary(self, *_args) -> None:
        """Link the glossary's words in the panel now: for texts set when a result arrives off the
        GUI thread, after the page's last update (connect it after the slot that sets them)."""
        link_terms_in(self)


class StepPage(QWidget):
    """One step of the process (Picard-style contract; see the module docstring).

    Subclasses set ``step_key`` (one of ``minigrid_app.core.model.STEPS``) and implement
    :meth:`question`, :meth:`step_title`, :meth:`build`, :meth:`set_texts`,
    :meth:`missing_text` and, unless their panels do it, :meth:`show_project` and
    :meth:`show_results`.

    Parameters
    ----------
    document : ProjectDocument
        The open project.
    services : PageServices, optional
        Dialogs and engine; by default real dialogs parented to the page and the document's
        engine (a page shown on its own).
    lazy : bool
        Build when first shown (:meth:`ensure_built`) instead of now.
    """

    step_key = ""
    #: a page first shown in a window on screen builds on the next turn of the event loop and
    #: fills its panels in turns (:meth:`showEvent`); tests set False: built and filled at once
    build_in_turns = True

    def __init__(
        self,
        document: ProjectDocument,
        services: PageServices | None = None,
        parent: QWidget | None = None,
        *,
        lazy: bool = False,
    ):
        super().__init__(parent)
        self._built = False
        #: builds the page on the turn after it is first shown on screen, then fills its panels
        #: (made when first needed)
        self._build_timer: QTimer | None = None
        self._stage_timer: QTimer | None = None
        self._fill_timer: QTimer | None = None
        #: the stages of a build in turns still to come (None: no build under way)
        self._stages = None
        #: panels not filled yet on a page that fills in turns (they follow no edits until then)
        self._unfilled: list[Panel] = []
        #: widgets built on a page on screen, shown on the next turn (:meth:`ensure_built`)
        self._held_back: list[QWidget] = []
        #: the project / results changed while the page was out of sight: shown when it is shown
        self._stale_project = self._stale_results = False
        #: the language changed while the page was out of sight: its texts follow when it is shown
        self._stale_language = False
        self.document = document
        self.services = services or PageServices(DialogService(self), EngineService(document))
        self.panels: list[Panel] = []
        self.page_layout = QVBoxLayout(self)
        self.header = Label(self.question())
        self.header.setObjectName("pageQuestion")
        self.header.setWordWrap(True)
        self.page_layout.addWidget(self.header)
        #: glossary terms on the page become links once the event loop is free after each update
        self.glossary = DeferredLinker(self)
        # bound methods of this QObject: Qt drops the connections when the page is deleted
        document.changed.connect(self._project_changed)
        document.resultsChanged.connect(self._results_changed)
        document.busyChanged.connect(self._busy_changed)
        document.projectReplaced.connect(self._to_the_top)
        if not lazy:
            self.ensure_built()

    @property
    def built(self) -> bool:
        """Whether :meth:`build` has run (a lazy page builds when first shown)."""
        return self._built

    def ensure_built(self) -> bool:
        """Build the page now if it was not yet (or finish a build in turns under way): build,
        texts, project and results; True when it built."""
        if self._built:
            return False
        if self._stages is None:
            self._stages = self._start_build()
        for _stage in self._stages:
            pass
        self._stages = None
        self._built = True
        held, self._held_back = self._held_back, []
        for widget in held:
            widget.show()
        self.retranslate()
        return True

    def _start_build(self):
        """Start :meth:`build`: the stages still to come (none unless it yields)."""
        stages = self.build()
        return stages if stages is not None else iter(())

    # A page on screen (shown in a window on screen) is built in turns of the event loop:
    # building, showing and filling step 4 or step 5 in one go held the window for longer than
    # 100 ms (issue 16). Each stage of its build (a build() that yields: one stage per yield) is
    # a turn, its widgets kept out of sight; they are shown on the next turn; then a page made
    # of panels that shows the project and results through them (the default show_project and
    # show_results) fills them panel by panel, as many in one turn as fit in FILL_TURN_S. Every
    # text is set at once. Until the last stage the page counts as not built: it follows no
    # edits (it shows them when filled) and code that asks for its widgets finishes the build.
    def _build_in_turns(self) -> None:
        if self._built:
            return
        if self._stages is None:
            self._stages = self._start_build()
        try:
            next(self._stages)
        except StopIteration:
            self._stages = None
        self._held_back += self._hold_back_new_widgets()
        if self._stages is not None:
            self._next_turn("_stage_timer", self._build_in_turns)
            return
        self._built = True
        if self._fills_through_panels():
            self._set_all_texts()
            self._stale_project = self._stale_results = False
            self._unfilled = list(self.panels)
        else:
            self.retranslate()
        self._next_turn("_fill_timer", self._fill_some)

    def _hold_back_new_widgets(self) -> list[QWidget]:
        """Keep the widgets just built out of sight (Qt would show them, all at once, on the
        same turn); :meth:`_fill_some` shows them once the build is over."""
        held = []
        for widget in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            explicit = widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
            hidden_on_purpose = widget.isHidden() and explicit
            if widget is not self.header and not hidden_on_purpose and not widget.isWindow():
                widget.hide()
                held.append(widget)
        return held

    def _fills_through_panels(self) -> bool:
        cls = type(self)
        return (
            len(self.panels) > 1
            and cls.show_project is StepPage.show_project
            and cls.show_results is StepPage.show_results
        )

    def _fill_some(self) -> None:
        """Show the widgets held back (one turn), then fill the next panels not filled yet (each
        with the project and results as they are now)."""
        if self._held_back:
            held, self._held_back = self._held_back, []
            for widget in held:
                if shiboken6.isValid(widget):
                    widget.show()
            self._next_turn("_fill_timer", self._fill_some)
            return
        started = time.thread_time()
        while self._unfilled:
            panel = self._unfilled.pop(0)
            panel.show_project(self.document.project)
            panel.show_results(self.document.results)
            if time.thread_time() - started >= FILL_TURN_S:
                break
        if self._unfilled:
            self._next_turn("_fill_timer", self._fill_some)
        else:
            self.glossary.schedule()

    def _next_turn(self, name: str, slot: Callable[[], None]) -> None:
        """Call ``slot`` on the next turn of the event loop, through the page's zero timer ``name``.

        A timer, not QTimer.singleShot(0): that is a posted call, run in the same pass as the
        events posted before it, so nothing else (a timer, a paint) would come in between.
        """
        timer = getattr(self, name)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(0)
            timer.timeout.connect(slot)
            setattr(self, name, timer)
        timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._built and self.build_in_turns and self._on_screen():
            # first shown in a window on screen: the page shows its question at once and builds on
            # the next turn of the event loop, so its widgets are shown and painted in turns of
            # their own; building, showing and painting a page in one go held the window for
            # longer than 100 ms when a project was opened (issue 16)
            self._next_turn("_build_timer", self._build_if_shown)
        elif not self.ensure_built():
            self._catch_up()
        self.glossary.schedule()
        super().showEvent(event)

    def _on_screen(self) -> bool:
        """Part of a window on screen (a page on its own, or in a window not yet shown: False)."""
        window = self.window()
        return window is not self and window.isVisible()

    def _build_if_shown(self) -> None:
        """Build now if the page is still shown (a step passed over builds when next shown)."""
        if self.isVisible():
            self._build_in_turns()

    def _out_of_sight(self) -> bool:
        """Another step of a window on screen is shown: this page can wait until it is shown.

        A page on its own (tests, screenshots) or in a window not yet shown keeps up at once.
        """
        window = self.window()
        return window is not self and window.isVisible() and not self.isVisible()

    def _catch_up(self) -> None:
        """Show what changed while the page was out of sight (from :meth:`showEvent`)."""
        if self._stale_language:
            self.retranslate()  # the texts, then the project and results again
            return
        if self._stale_project:
            self._stale_project = False
            self.show_project(self.document.project)
        if self._stale_results:
            self._stale_results = False
            self.show_results(self.document.results)

    def __getattr__(self, name: str):
        # only for names not found: a widget that build() makes, asked for before the page was
        # shown (a test, a menu action): build now and look again
        if name.startswith("__") or self.__dict__.get("_built", True):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.ensure_built()
        return getattr(self, name)

    @property
    def dialogs(self):
        """Prompts and file dialogs (``services.dialogs``)."""
        return self.services.dialogs

    # ------------------------------------------------------------------ hooks
    def question(self) -> str:
        """The one question this page answers, in plain Dutch (translatable)."""
        return ""

    def step_title(self) -> str:
        """Short name in the step navigator."""
        return ""

    def build(self):
        """Make the widgets below the question header (called once, from ``__init__`` or, for a
        lazy page, when it is first shown). A build may ``yield`` between its parts: on screen,
        each part is then made on a turn of the event loop of its own; else all at once."""

    def set_texts(self) -> None:
        """Set every fixed text of the page in the current language."""

    def show_project(self, project) -> None:
        """Show the project; by default every panel shows it (a panel not filled yet shows it,
        with the results, on its turn: :meth:`ensure_built`)."""
        for panel in self.panels:
            if panel not in self._unfilled:
                panel.show_project(project)

    def show_results(self, results) -> None:
        """Show the results (None before the first calculation); by default every panel does."""
        for panel in self.panels:
            if panel not in self._unfilled:
                panel.show_results(results)

    def missing_text(self, item: Missing) -> str:
        """The words for one thing this step still misses (translatable)."""
        return item.what

    def finish_editing(self) -> None:
        """Every panel keeps what is typed but not kept yet (:meth:`Panel.finish_editing`)."""
        if self._built:
            for panel in self.panels:
                panel.finish_editing()

    def unadded(self) -> list[Unadded]:
        """What is typed into the page's "add" boxes but not added; by default its panels'."""
        return [item for panel in self.panels for item in panel.unadded()] if self._built else []

    # ------------------------------------------------------------------ contract
    def add_panel(self, panel: Panel, layout=None) -> Panel:
        """Add ``panel`` to ``layout`` (default: the page) and pass the page's calls on to it."""
        (layout if layout is not None else self.page_layout).addWidget(panel)
        self.panels.append(panel)
        return panel

    def add_scroll_area(self) -> QVBoxLayout:
        """A scroll area filling the page below the question; returns the layout of its content."""
        scroll, layout = scrolling_content()
        self.page_layout.addWidget(scroll, 1)
        return layout

    def missing(self) -> list[str]:
        """What is still missing or doubtful in this step, in words (plain Dutch, translatable)."""
        document = self.document
        items = missing(self.step_key, document.project, document.results, computing=document.awaiting_results)
        return [computing_text() if item.what == COMPUTING else self.missing_text(item) for item in items]

    def refresh(self) -> None:
        """Show the current project and results again."""
        self._stale_project = self._stale_results = False
        self._unfilled = []  # every panel is filled now
        self.show_project(self.document.project)
        self.show_results(self.document.results)
        self.glossary.schedule()

    def retranslate(self) -> None:
        """After a language switch (and once after building): every text, then the data again."""
        self._set_all_texts()
        if self._built:
            self.refresh()

    def _set_all_texts(self) -> None:
        """The question and, once built, every fixed text of the page and its panels."""
        self._stale_language = False
        self.header.setText(self.question())
        if not self._built:
            return
        self.set_texts()
        for panel in self.panels:
            panel.retranslate()

    def retranslate_when_shown(self) -> None:
        """After a language switch, for a page out of sight: its question now, every other text
        (and the data shown in the new language's words) when the page is next shown, or now
        when it is not out of sight (filling every page at once stalled the switch, issue 16)."""
        if not self._built or not self._out_of_sight():
            self.retranslate()
            return
        self.header.setText(self.question())
        self._stale_language = True

    # A page out of sight only notes that it is behind: filling the tables and charts of every
    # page each time results arrive froze the window (issue 16); it catches up when shown.
    def _project_changed(self) -> None:
        if not self._built:
            return
        if self._out_of_sight():
            self._stale_project = True
            return
        self.show_project(self.document.project)
        self.glossary.schedule()

    def _to_the_top(self) -> None:
        """Another project was opened: it is read from the top, not where the last one was left."""
        for area in self.findChildren(QScrollArea):
            area.verticalScrollBar().setValue(0)
            area.horizontalScrollBar().setValue(0)

    def _busy_changed(self, _busy: bool, _text: str) -> None:
        # before the first results, the page says why it has none: computing, or (computing
        # stopped or failed) what its input lacks
        if self.document.results is None:
            self._results_changed(None)

    def _results_changed(self, results) -> None:
        if not self._built:
            return
        if self._out_of_sight():
            self._stale_results = True
            return
        self.show_results(results)
        self.glossary.schedule()
