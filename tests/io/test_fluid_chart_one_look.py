"""The fluid-temperature chart looks the same in step 3, the report and the slides: the report's (and
the slide's) drew no summer limit with passive cooling, so its title said 'blijven boven de ondergrens'
where step 3 said 'blijft binnen de grenzen van −1,5 °C en 17,0 °C' (walker, session 16). All three draw
from io.charts.fluid_chart_inputs."""

from __future__ import annotations

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.variant import Variant
from minigrid_app.io import charts
from minigrid_app.io.documents import common
from minigrid_app.io.documents.report import build_report
from minigrid_app.io.examples import load_example


@pytest.fixture(scope="module")
def hofje():
    project = load_example("hofje-8")  # homes that want cooling: the shared fields take their heat back
    return project, compute_project(project, break_even=False, sensitivity=False)


def _shared(results):
    return [f for f in results.fields if f.variant == Variant.SHARED_LOOP and f.sizing.feasible]


def test_the_report_draws_the_summer_limit_as_step_3_does(hofje, monkeypatch):
    project, results = hofje
    fields = _shared(results)
    assert all(f.sizing.max_fluid_temp_c is not None for f in fields), "hofje-8's shared fields are cooled"
    drawn = []
    real = charts.fluid_temperature_figure

    def recorded(*args, **kwargs):
        drawn.append((args, kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr(charts, "fluid_temperature_figure", recorded)
    monkeypatch.setattr(common, "_KEEP_CHARTS", False)  # drawn now, not taken from an earlier test's image
    build_report(project, results)
    ((_monthly, limit), options), = drawn
    assert limit == results.parameters["min_fluid_temp_c"]
    assert options["max_limit_c"] == results.parameters["max_fluid_temp_c"]
    assert options["injection_peak_temps_c"] and options["loops"] == len(fields)
    # the title speaks for the warmest summer of every field it stands for, not the coldest field's only
    assert options["warmest_c"] == max(max(f.sizing.monthly_peak_injection_fluid_temp_c) for f in fields)
    figure = real(*drawn[0][0], **options)
    assert figure.minigrid_title[1].startswith("De bodemlussen blijven binnen de grenzen van")


def test_one_field_is_drawn_alike_wherever_it_is_shown(hofje):
    _project, results = hofje
    field = _shared(results)[0]
    monthly, limit, options = charts.fluid_chart_inputs([field], results.parameters)
    assert monthly == tuple(field.sizing.monthly_fluid_temp_c) and options["loops"] == 1
    title = charts.fluid_temperature_figure(monthly, limit, **options).minigrid_title[1]
    assert title.startswith("De bodemlus blijft binnen de grenzen van")
