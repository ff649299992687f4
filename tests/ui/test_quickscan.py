"""The quick scan page: editing per household, moving homes between clusters, borefields, Wcw, warnings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDropEvent

from minigrid_app.ui.widgets.field_message import field_message


@pytest.fixture
def page(shown_page):
    from minigrid_app.ui.pages.quickscan import QuickscanPage

    return shown_page(QuickscanPage)


def _cluster_of(document, household_id):
    result = document.results.household(household_id)
    return next(c.name for c in document.results.clusters if c.id == result.cluster_id)


def test_question_and_suggested_supply_temperature(page):
    from minigrid_app.ui.models.households_tech_model import COL_SUPPLY

    assert page.step_key == "quickscan"
    assert page.header.text() == "Kan het technisch?"
    model = page.households_panel.households_model
    assert model.rowCount() == 8
    assert "°C (voorstel)" in model.index(0, COL_SUPPLY).data()


def test_edit_supply_temperature_and_distance_undoable(page, qtbot):
    from minigrid_app.ui.models.households_tech_model import COL_DISTANCE, COL_SUPPLY

    model = page.households_panel.households_model
    household = page.document.project.households[0]
    assert model.setData(model.index(0, COL_SUPPLY), "35")
    assert household.supply_temp_c == 35
    assert model.index(0, COL_SUPPLY).data() == "35 °C"
    assert not model.setData(model.index(0, COL_DISTANCE), "ver weg")
    assert "geen getal" in field_message(page).text()
    assert not model.setData(model.index(0, COL_DISTANCE), "5000")
    assert model.setData(model.index(0, COL_DISTANCE), "25")
    page.document.recompute_now()
    assert "⚠" in model.index(0, COL_DISTANCE).data()
    assert any("20 m" in w for w in page.warnings_panel.warnings())
    page.document.undo_stack.undo()
    page.document.undo_stack.undo()
    assert page.document.project.households[0].supply_temp_c is None


def test_typing_in_the_table(page, qtbot):
    from minigrid_app.ui.models.households_tech_model import COL_LT

    view = page.households_panel.households_view
    index = page.households_panel.households_model.index(1, COL_LT)
    view.setCurrentIndex(index)
    view.edit(index)
    from PySide6.QtWidgets import QLineEdit

    editor = view.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "4.000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: page.document.project.households[1].lt_measures_cost_eur == 4000, timeout=10_000)


def test_move_household_with_the_menu(page):
    document = page.document
    first = document.results.clusters[0]
    second = document.results.clusters[1]
    moving = first.households[0]
    menu = page.clusters_panel.move_menu(moving)
    sub = menu.actions()[0].menu()
    assert menu.actions()[0].text() == "Verplaats naar cluster…"
    target = next(a for a in sub.actions() if a.text() == second.name)
    target.trigger()
    document.recompute_now()
    assert _cluster_of(document, moving) == second.name
    pinned = document.project.clusters.manual_names()
    assert pinned[document.project.household(moving).cluster] == second.name  # an id, the name is a label
    after = next(c for c in document.results.clusters if c.name == second.name)
    assert len(after.households) == len(second.households) + 1
    document.undo_stack.undo()
    document.recompute_now()
    assert _cluster_of(document, moving) == first.name
    assert all(h.cluster is None for h in document.project.households)
    assert document.project.clusters.manual == []


def test_move_to_new_cluster_and_back_to_automatic(page):
    document = page.document
    moving = document.results.clusters[0].households[-1]
    page.clusters_panel.move_household(moving, "__new__")
    document.recompute_now()
    assert _cluster_of(document, moving) == "Cluster 3"
    assert len(document.results.clusters) == 3
    page.clusters_panel.automatic_clusters()
    document.recompute_now()
    assert len(document.results.clusters) == 2


def test_drag_and_drop_between_clusters(page, qtbot):
    document = page.document
    tree = page.clusters_panel.cluster_tree
    source_cluster = tree.topLevelItem(0)
    target_cluster = tree.topLevelItem(1)
    child = source_cluster.child(0)
    moving = child.data(0, Qt.ItemDataRole.UserRole + 1)
    target_id = target_cluster.data(0, Qt.ItemDataRole.UserRole + 2)  # the cluster's id, not its name
    target_name = next(c.name for c in document.results.clusters if c.id == target_id)
    tree.setCurrentItem(child)
    position = tree.visualItemRect(target_cluster).center()
    event = QDropEvent(
        position.toPointF() if hasattr(position, "toPointF") else QPoint(position),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(tree.moveRequested) as blocker:
        tree.dropEvent(event)
    assert blocker.args[0] == moving
    document.recompute_now()
    assert _cluster_of(document, moving) == target_name


def test_cluster_settings_edit_the_project(page):
    document = page.document
    page.clusters_panel.size_spin.setValue(2)
    assert document.project.clusters.size == 2
    document.recompute_now()
    assert len(document.results.clusters) == 4
    page.clusters_panel.reserve_spin.setValue(1)
    page.clusters_panel.key_combo.setCurrentIndex(page.clusters_panel.key_combo.findData("equal"))
    assert document.project.clusters.allocation_key == "equal"
    assert document.project.clusters.reserve_joiners == 1
    document.undo_stack.undo()
    assert document.project.clusters.allocation_key == "extraction"


def test_borefields_and_chart(page):
    results = page.document.results
    assert page.fields_panel.fields_table.rowCount() == len(results.fields)
    assert page.fields_panel.fields_table.item(0, 0).text().startswith("Gedeelde bodemlus")
    page.fields_panel.fields_table.selectRow(2)
    assert page.fields_panel.selected_field_id() is not None
    assert "ondergrens" in page.fields_panel.fluid_chart.title()
    assert "vuistregel" in page.fields_panel.rule_note.text()


def test_borefield_length_tooltip_is_how_it_was_calculated(page):
    """The total length's tooltip (made when first asked) is the field's "hoe berekend?" text,
    for a shared loop and for a home's own loop."""
    from minigrid_app.core.explain import explain
    from minigrid_app.core.variant import Variant

    results = page.document.results
    table = page.fields_panel.fields_table
    kinds = set()
    for row, field_id in enumerate(page.fields_panel._field_ids):
        field = results.field(field_id)
        variant = Variant.SHARED_LOOP if field.cluster_id is not None else Variant.GROUND_HP
        expected = explain(results, field.households[0], variant, "borefield_length_m", "nl").as_text()
        assert table.item(row, 4).toolTip() == expected
        assert table.model().index(row, 4).data(Qt.ItemDataRole.ToolTipRole) == expected
        assert table.item(row, 3).toolTip() == ""
        kinds.add(variant)
    assert kinds == {Variant.SHARED_LOOP, Variant.GROUND_HP}


def test_wcw_with_organisation_models(page):
    text = page.wcw_panel.wcw_label.text()
    assert "Beperkt gereguleerd" in text
    assert "Zelfbeheer" in text


def test_heat_demand_and_size_explain_themselves(page):
    from minigrid_app.ui.models.households_tech_model import COL_HEAT, COL_SIZE

    model = page.households_panel.households_model
    household = page.document.results.households[0]
    assert model.index(0, COL_HEAT).data().endswith("kWh")
    assert model.index(0, COL_SIZE).data() == f"{household.variants['air_hp'].heat_pump_size_kw} kW"
    tooltip = model.index(0, COL_HEAT).data(Qt.ItemDataRole.ToolTipRole)
    assert "gasverbruik" in tooltip.lower() and "Witteveen" in tooltip


def test_scorecard_has_eight_factors_with_symbols(page):
    from minigrid_app.core.scorecard import scorecard

    rows = scorecard(page.document.project, page.document.results)
    assert len(rows) == 8
    assert rows[0][0] == "Geschikte bron"
    assert page.scorecard_panel.score_table.rowCount() == 8
    assert all(page.scorecard_panel.score_table.item(r, 1).text()[0] in "✓?✗" for r in range(8))
    english = scorecard(page.document.project, page.document.results, "en")
    assert english[1][0] == "Density"


def test_the_street_is_drawn_with_every_borehole(page):
    from minigrid_app.core.streetview import street_view

    view = street_view(page.document.results)
    assert view is not None and len(view.homes) == 8
    page.fields_panel.fields_table.selectRow(0)
    assert page.fields_panel.street_chart.title().startswith("Elk een eigen bodemlus")
    field = page.document.results.field(page.fields_panel.selected_field_id())
    if field.sizing.neighbours:
        count = len(field.sizing.neighbours)
        words = "1 ander veld" if count == 1 else f"{count} andere velden"  # never '1 andere velden'
        assert f"de boorgaten van {words} in de buurt" in page.fields_panel.rule_note.text()


def test_room_for_the_fields_is_entered_per_street_and_per_cluster(page):
    from minigrid_app.core.streetview import street_view

    panel, document = page.clusters_panel, page.document
    panel.street_spin.setValue(40)
    assert document.project.clusters.street_length_m == 40.0
    panel.street_spin.setValue(0)
    assert document.project.clusters.street_length_m is None
    cluster = document.results.clusters[0].id
    dialog = panel.strip_dialog(cluster)
    dialog.length_spin.setValue(12)
    dialog.width_spin.setValue(8)
    dialog.accept()
    assert document.project.clusters.strip_lengths_m == {cluster: 12.0}
    assert document.project.clusters.strip_widths_m == {cluster: 8.0}
    document.recompute_now()
    strip = next(m.strip for m in street_view(document.results).fields if m.field_id == f"shared-{cluster}")
    assert strip[2:] == (12.0, 8.0)
    document.undo_stack.undo()  # one step
    assert document.project.clusters.strip_lengths_m == {} and document.project.clusters.strip_widths_m == {}


def test_no_suggestion_is_promised_for_a_home_that_cannot_be_computed(qtbot):
    """A home without gas use said 'voorstel volgt' for its supply temperature after the calculation,
    a suggestion that never came (found walking the program): '–', as its heat demand says."""
    from minigrid_app.core.model import Household, Project
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.models.households_tech_model import (
        COL_HEAT,
        COL_SUPPLY,
        HouseholdsTechModel,
    )
    from minigrid_app.ui.services.tasks import SyncRunner

    homes = [Household(label="A", gas_m3_per_year=1400.0), Household(label="B", gas_m3_per_year=None)]
    document = ProjectDocument(Project(households=homes), runner=SyncRunner())
    document.sizing_method, document.full_analysis = "rule_of_thumb", False
    model = HouseholdsTechModel(document)
    assert model.index(1, COL_SUPPLY).data() == "voorstel volgt"  # not computed yet: it is on its way
    document.recompute_now()
    model = HouseholdsTechModel(document)
    assert "°C (voorstel)" in model.index(0, COL_SUPPLY).data()
    assert model.index(1, COL_SUPPLY).data() == "–" == model.index(1, COL_HEAT).data()


def test_the_borefields_depths_add_up_to_their_lengths(page):
    """'2 boorgaten, 160 m diep, 319 m' in step 3's borefields (found walking the program): the
    boreholes times the depth shown, in whole metres, is the length shown, for every field."""
    table = page.fields_panel.fields_table

    def metres(text):
        return float(text.removesuffix(" m").replace(".", "").replace(",", "."))

    for row in range(table.rowCount()):
        holes, depth, total = (table.item(row, column).text() for column in (2, 3, 4))
        assert round(int(holes) * metres(depth)) == metres(total), (holes, depth, total)



def test_a_clusters_remark_in_the_tree_is_read_whole(qtbot):
    """'⚠ Cluster 1: maar één woning; een gedeelde bodemlus is da…' was cut in the cluster tree
    (found walking the program): every line of the tree is as high as its wrapped text, also after
    the tree got narrower."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication, QTreeWidgetItem

    from minigrid_app.ui.pages.quickscan.clusters import ClusterTree

    tree = ClusterTree()
    qtbot.addWidget(tree)
    top = QTreeWidgetItem(["Cluster 1: 1 woning, 8 m leiding"])
    text = "⚠ Cluster 1: maar één woning; een gedeelde bodemlus is dan hetzelfde als een eigen bodemlus. Voeg deze woning bij een buurcluster."
    top.addChildren([QTreeWidgetItem(["Kerkstraat 1"]), QTreeWidgetItem([text])])
    tree.addTopLevelItem(top)
    tree.expandAll()
    for width in (700, 420):
        tree.resize(width, 300)
        tree.show()
        QApplication.processEvents()
        rect = tree.visualItemRect(top.child(1))
        needed = tree.fontMetrics().boundingRect(QRect(0, 0, rect.width() - 8, 100_000), Qt.TextFlag.TextWordWrap, text)
        assert needed.height() > tree.fontMetrics().lineSpacing()  # it does not fit on one line
        assert rect.height() >= needed.height(), (width, rect, needed)
