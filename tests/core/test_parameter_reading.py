"""A percentage is read for an assumption that is a share or a rate, and only there, in every entry path.

'15%' for a borehole's radius (0,03–0,2 m) or resistance (mK/W) was 0,15 in the assumptions table (every figure of
at most 1 took a percentage), and a project file's '0,5 %' for a simultaneity was 0,5 (the percent sign dropped),
'15 procent' 15. Found by the breaker, session 17.
"""

from __future__ import annotations

import json

import pytest

from minigrid_app.core.parameter_reading import read_parameter
from minigrid_app.io.defaults import engine_defaults
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import dumps_project, loads_project


@pytest.mark.parametrize(("key", "typed", "value"), [
    ("simultaneity_base", "60 %", 0.6), ("simultaneity_base", "60 procent", 0.6), ("simultaneity_base", "0,6", 0.6),
    ("discount_rate", "3%", 0.03), ("loan_rate", "2,5 %", 0.025),
    ("borehole_radius_m", "15%", None), ("borehole_resistance_mk_w", "10 %", None), ("borehole_radius_m", "0,075", 0.075),
])
def test_a_percentage_is_a_share_only_where_the_assumption_is_one(key, typed, value):
    reading = read_parameter(typed, engine_defaults()[key])
    assert reading.value == pytest.approx(value) if value is not None else reading.value is None


def test_a_project_files_percentage_is_read_as_the_table_reads_it():
    data = json.loads(dumps_project(load_example("hofje-8")))
    data["parameter_overrides"] = {"simultaneity_base": "50 %", "borehole_radius_m": "7,5%"}
    result = loads_project(json.dumps(data))
    assert result.project.parameter_overrides.get("simultaneity_base") == pytest.approx(0.5)
    assert "borehole_radius_m" not in result.project.parameter_overrides
