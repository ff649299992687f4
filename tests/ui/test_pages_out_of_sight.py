"""Pages out of sight catch up when shown (issue 16: filling every page's tables and charts each
time results arrived froze the window). What a user looks at is never stale."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.io.examples import load_example
from tests.ui.test_main_window import _stop_document_timers, make_window  # noqa: F401 - the fixture is used

GAS_CELL = ("gas", "monthly_costs_year1_eur")  # its figure shown kept whole: "€\u00a0192"


@pytest.fixture
def window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, load_example("hofje-8"))
    yield window
    window.document.undo_stack.setClean()


def _page(window, step_key):
    return next(page for page in window.pages if page.step_key == step_key)


def test_new_results_are_shown_when_a_page_is_shown_again(window, qtbot):
    business = _page(window, "business_case")
    for index in range(len(window.pages)):  # every page built and shown once
        window.show_step(index)
    window.show_step(window.pages.index(business))
    household_id = window.document.results.households[0].id
    business.select_household(household_id)
    before = business.cells[GAS_CELL].value.text()
    old_cost = window.document.results.household(household_id).variants["gas"].monthly_costs_year1_eur
    assert before == f"€\u00a0{round(old_cost)}"

    window.show_step(0)  # the intake: the business case is out of sight
    document = window.document
    document.edit(
        "gasprijs",
        lambda project: project.parameter_overrides.__setitem__("gas_price_eur_m3", 2.50),
        lambda project: project.parameter_overrides.pop("gas_price_eur_m3"),
    )
    document.recompute_now()  # SyncRunner: the results are there now
    new_cost = document.results.household(household_id).variants["gas"].monthly_costs_year1_eur
    assert round(new_cost) != round(old_cost)
    assert business.cells[GAS_CELL].value.text() == before  # out of sight: not drawn for nothing

    for index, page in enumerate(window.pages):  # each page, when shown, is up to date
        window.show_step(index)
        assert page.isVisible()
        assert not page._stale_results and not page._stale_project
    window.show_step(window.pages.index(business))
    assert business.cells[GAS_CELL].value.text() == f"€\u00a0{round(new_cost)}"


def test_a_page_on_screen_follows_at_once(window):
    business = _page(window, "business_case")
    window.show_step(window.pages.index(business))
    household_id = window.document.results.households[0].id
    business.select_household(household_id)
    document = window.document
    document.edit(
        "gasprijs",
        lambda project: project.parameter_overrides.__setitem__("gas_price_eur_m3", 2.50),
        lambda project: project.parameter_overrides.pop("gas_price_eur_m3"),
    )
    document.recompute_now()
    new_cost = document.results.household(household_id).variants["gas"].monthly_costs_year1_eur
    assert business.cells[GAS_CELL].value.text() == f"€\u00a0{round(new_cost)}"
