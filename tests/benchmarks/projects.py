"""Larger projects for the speed benchmarks, built from the bundled examples."""

from __future__ import annotations

import copy
import itertools

from minigrid_app.core.model import Project, new_id
from minigrid_app.io.examples import load_example


def street_of(count: int = 50) -> Project:
    """A project of ``count`` households: the straat-24 homes repeated with new ids and labels."""
    project = load_example("straat-24")
    template = project.households
    households = []
    for number, source in zip(range(1, count + 1), itertools.cycle(template), strict=False):
        household = copy.deepcopy(source)
        household.id = new_id("hh")
        household.label = f"Lange Straat {2 * number}"
        household.address = f"Lange Straat {2 * number}, Amersfoort"
        household.cluster = None
        households.append(household)
    project.households = households
    project.intake.name = f"Lange Straat ({count} woningen)"
    return project


def distinct_street(count: int = 50) -> Project:
    """``count`` households whose gas use all differ (no two fields alike: no cache hides the cost)."""
    project = street_of(count)
    for number, household in enumerate(project.households):
        if household.gas_m3_per_year:
            household.gas_m3_per_year = round(household.gas_m3_per_year * (0.9 + 0.2 * number / max(1, count)), 1)
    project.intake.name = f"Lange Straat ({count} verschillende woningen)"
    return project
