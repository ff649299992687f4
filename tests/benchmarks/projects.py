"""Larger projects for the speed benchmarks, built from the bundled examples.

``python -m tests.benchmarks.projects DIR`` writes them as project files (for timing the
command line as a whole process, e.g. ``minigrid compute DIR/distinct-200.minigrid``).
"""

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


#: build years, house types and supply temperatures the distinct homes cycle through (different cycle
#: lengths, so the combinations repeat only after their product, far beyond 200 homes)
BUILD_YEARS = (1932, 1955, 1968, 1974, 1981, 1995, 2004)
HOUSE_TYPES = ("tussenwoning", "hoekwoning", "twee-onder-een-kap", "vrijstaand", "tussenwoning")
SUPPLY_TEMPS = (None, 45.0, 55.0, None, 50.0, 40.0, None, 60.0, 35.0, 70.0, None)


def distinct_homes(count: int = 200) -> Project:
    """``count`` households no two of which are alike (issue 16).

    Every home has its own gas use (from 900 m³ up, no two alike) and a mix of
    build year, house type, supply temperature, cooking, insulation and distance to the next
    home, so every own loop, every cluster and every break-even search is a sizing of its
    own: no cache can hide the cost, as it can for :func:`street_of`, which repeats
    straat-24's 24 homes.
    """
    project = street_of(count)
    for number, household in enumerate(project.households):
        household.gas_m3_per_year = round(900.0 + (number * 7.3) % 1800.0 + number * 0.013, 1)
        household.build_year = BUILD_YEARS[number % len(BUILD_YEARS)]
        household.house_type = HOUSE_TYPES[number % len(HOUSE_TYPES)]
        household.supply_temp_c = SUPPLY_TEMPS[number % len(SUPPLY_TEMPS)]
        household.cooks_on_gas = number % 3 != 0
        household.insulation_savings = (0.0, 0.1, 0.0, 0.2, 0.05, 0.0)[number % 6]
        household.distance_to_next_m = 8.0 + (number * 3.1) % 9.0
        household.participation = ("interested", "interested", "signed", "unknown", "interested", "declined")[number % 6]
    project.intake.name = f"Lange Straat ({count} verschillende woningen)"
    return project


def write_projects(folder) -> list:
    """Write the benchmark projects into ``folder``; returns their paths."""
    from pathlib import Path

    from minigrid_app.io.projectfile import save_project

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in ("hofje-8", "straat-24"):
        paths.append(target / f"{name}.minigrid")
        save_project(load_example(name), paths[-1])
    paths.append(target / "distinct-200.minigrid")
    save_project(distinct_homes(200), paths[-1])
    return paths


if __name__ == "__main__":
    import sys

    from minigrid_app.io.defaults import install_bundled_defaults

    install_bundled_defaults()
    for path in write_projects(sys.argv[1] if len(sys.argv) > 1 else "."):
        print(path)
