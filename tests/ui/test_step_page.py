"""The contract of a step page, tested with a dummy page and a dummy panel (as Vorta tests its
base tab): build once, texts, then the project and the results; the project after every edit,
the results when they arrive; everything again after a language switch; what is missing comes
from the engine, in the page's words. Then: every real page follows the contract."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from minigrid_app.core import steps
from minigrid_app.core.model import STEPS, Project
from minigrid_app.io.examples import load_example
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.pages.base import PageServices, Panel, StepPage
from minigrid_app.ui.services.dialogs import DialogService, ScriptedDialogs
from minigrid_app.ui.services.engine import EngineService
from minigrid_app.ui.services.tasks import SyncRunner


class DummyPanel(Panel):
    def __init__(self, document, services, calls):
        super().__init__(document, services)
        self.calls = calls

    def retranslate(self):
        self.calls.append("panel.retranslate")

    def show_project(self, project):
        self.calls.append(("panel.show_project", project))

    def show_results(self, results):
        self.calls.append(("panel.show_results", results))


class DummyPage(StepPage):
    step_key = "second_evening"

    def __init__(self, document, services=None, calls=None):
        self.calls = calls if calls is not None else []
        super().__init__(document, services)

    def question(self):
        return "Werkt het contract?"

    def build(self):
        self.calls.append("build")
        self.panel = self.add_panel(DummyPanel(self.document, self.services, self.calls))

    def set_texts(self):
        self.calls.append("set_texts")

    def show_project(self, project):
        self.calls.append(("show_project", project))
        super().show_project(project)

    def show_results(self, results):
        self.calls.append(("show_results", results))
        super().show_results(results)

    def missing_text(self, item):
        return f"{item.what}: {item.count}"


@pytest.fixture
def document():
    document = ProjectDocument(load_example("hofje-8"), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    document.recompute_now()
    yield document
    document.recompute_now()  # stops the debounce timer before the document is collected


def _services(document):
    return PageServices(dialogs=ScriptedDialogs(), engine=EngineService(document))


def test_built_once_then_texts_then_project_and_results(qtbot, document):
    services = _services(document)
    page = DummyPage(document, services)
    qtbot.addWidget(page)
    project, results = document.project, document.results
    assert page.calls == [
        "build",
        "set_texts",
        "panel.retranslate",
        ("show_project", project),
        ("panel.show_project", project),
        ("show_results", results),
        ("panel.show_results", results),
    ]
    assert page.header.text() == "Werkt het contract?"
    assert page.services is services and page.panel.services is services
    assert page.dialogs is services.dialogs
    assert page.panels == [page.panel]


def test_project_after_every_edit_undo_and_redo_results_when_they_arrive(qtbot, document):
    page = DummyPage(document, _services(document))
    qtbot.addWidget(page)
    page.calls.clear()
    document.set_attr(lambda p: p.intake, "name", "Ander hofje", "Naam wijzigen")
    assert page.calls == [("show_project", document.project), ("panel.show_project", document.project)]
    page.calls.clear()
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert [c[0] for c in page.calls] == ["show_project", "panel.show_project"] * 2
    page.calls.clear()
    document.recompute_now()  # the debounced recalculation, at once (the document reports it twice: quick, final)
    assert page.calls and len(page.calls) % 2 == 0
    assert page.calls[:2] == [("show_results", document.results), ("panel.show_results", document.results)]
    assert {call[0] for call in page.calls} == {"show_results", "panel.show_results"}


def test_retranslate_sets_every_text_and_shows_the_data_again(qtbot, document):
    page = DummyPage(document, _services(document))
    qtbot.addWidget(page)
    page.calls.clear()
    page.retranslate()
    assert page.calls[:2] == ["set_texts", "panel.retranslate"]
    assert [c[0] for c in page.calls[2:]] == ["show_project", "panel.show_project", "show_results", "panel.show_results"]


def test_missing_is_the_engines_decision_in_the_pages_words(qtbot, document):
    page = DummyPage(document, _services(document))
    qtbot.addWidget(page)
    expected = steps.missing("second_evening", document.project, document.results)
    assert expected  # hofje-8: homes of which it is not known yet whether they sign
    assert page.missing() == [f"{item.what}: {item.count}" for item in expected]


class LazyDummyPage(DummyPage):
    def __init__(self, document, services=None, calls=None):
        self.calls = calls if calls is not None else []
        StepPage.__init__(self, document, services, lazy=True)


def test_a_lazy_page_builds_when_first_shown_in_the_same_order(qtbot, document):
    page = LazyDummyPage(document, _services(document))
    qtbot.addWidget(page)
    assert page.calls == [] and not page.built
    assert page.header.text() == "Werkt het contract?"  # the question is there from the start
    assert page.missing()  # and what the step misses (for the step list)
    document.set_attr(lambda p: p.intake, "name", "Ander hofje", "Naam wijzigen")
    page.retranslate()
    assert page.calls == []  # an unbuilt page follows nothing
    page.show()
    project, results = document.project, document.results
    assert page.built and page.calls == [
        "build",
        "set_texts",
        "panel.retranslate",
        ("show_project", project),
        ("panel.show_project", project),
        ("show_results", results),
        ("panel.show_results", results),
    ]
    page.hide()
    page.show()
    assert page.calls.count("build") == 1


def test_a_lazy_page_builds_when_code_asks_for_a_widget(qtbot, document):
    page = LazyDummyPage(document, _services(document))
    qtbot.addWidget(page)
    assert page.panel.services is page.services  # made by build(), asked before the page was shown
    assert page.built and page.calls[0] == "build"
    with pytest.raises(AttributeError):
        page.no_such_widget  # noqa: B018


def test_a_deleted_page_hears_nothing_more(qtbot, document):
    calls = []
    page = DummyPage(document, _services(document), calls)
    calls.clear()
    shiboken6.delete(page)
    document.set_attr(lambda p: p.intake, "name", "Ander hofje", "Naam wijzigen")
    document.recompute_now()
    QApplication.processEvents()
    assert calls == []


def test_default_services_real_dialogs_and_the_documents_engine(qtbot):
    document = ProjectDocument(Project(), runner=SyncRunner())
    page = DummyPage(document)
    qtbot.addWidget(page)
    assert isinstance(page.services.dialogs, DialogService) and page.services.dialogs.parent is page
    assert isinstance(page.services.engine, EngineService) and page.services.engine.document is document
    assert page.calls[-1] == ("panel.show_results", None)  # no results yet


# ---------------------------------------------------------------- every real page


def _page_classes():
    from minigrid_app.ui.main_window import PAGE_MODULES, page_class

    return [page_class(index) for index in range(len(PAGE_MODULES))]


@pytest.mark.parametrize("index", range(len(STEPS)))
def test_every_page_follows_the_contract(qtbot, document, index):
    cls = _page_classes()[index]
    assert cls.step_key == STEPS[index]
    # widgets are made in build(); the base class constructs, connects and fills
    assert "__init__" not in vars(cls) and "retranslate" not in vars(cls)
    services = _services(document)
    page = cls(document, services)
    qtbot.addWidget(page)
    assert page.services is services
    assert all(panel.services is services for panel in page.panels)
    words = page.missing()
    assert all(isinstance(text, str) and text for text in words)
    assert len(words) == len(steps.missing(cls.step_key, document.project, document.results))


def test_every_page_words_everything_it_can_miss(qtbot):
    """An empty project misses (almost) everything: every item gets a sentence, not a code."""
    document = ProjectDocument(Project(), runner=SyncRunner())
    codes = {value for name, value in vars(steps).items() if name.isupper() and isinstance(value, str)}
    for cls in _page_classes():
        page = cls(document, _services(document))
        qtbot.addWidget(page)
        for text in page.missing():
            assert text not in codes and " " in text, text



def test_step_3_does_not_say_nothing_is_left_above_attention_points(qtbot):
    """The footer said 'Niets meer te doen in deze stap.' while 'Aandachtspunten' listed a home's
    missing gas use (found walking the program): the page's words for what is left (the footer's)
    and its panel come from one decision, core.steps."""
    from minigrid_app.core.model import Household
    from minigrid_app.ui.pages.quickscan.page import QuickscanPage

    homes = [Household(label=label, gas_m3_per_year=gas, build_year=1990, participation="signed")
             for label, gas in (("A", 1400), ("B", 1300), ("C", None))]
    document = ProjectDocument(Project(households=homes), runner=SyncRunner())
    document.sizing_method = "pygfunction"  # computed borefields: nothing provisional left to say
    document.full_analysis = False
    document.recompute_now()
    page = QuickscanPage(document, _services(document))
    qtbot.addWidget(page)
    assert page.warnings_panel.warnings() == ["C: gasverbruik ontbreekt: vul het jaarverbruik in of schat het uit de jaarafrekening."]
    assert page.missing() == ["Bekijk het aandachtspunt bovenaan deze stap."]
