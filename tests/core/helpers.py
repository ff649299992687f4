"""Small builders for engine tests."""

from __future__ import annotations

from minigrid_app.core.model import Household, Project
from minigrid_app.core.parameters import ParameterSet


def params(**overrides) -> ParameterSet:
    result, problems = ParameterSet.from_overrides(overrides)
    assert not problems, problems
    return result


def household(**fields) -> Household:
    base = dict(
        id="h1",
        label="Testwoning",
        build_year=1995,
        gas_m3_per_year=1200.0,
        cooks_on_gas=True,
        boiler_age_years=7.0,
        three_phase=False,
        participation="interested",
    )
    base.update(fields)
    return Household(**base)


def project(*households: Household, **cluster_settings) -> Project:
    p = Project(households=list(households))
    for key, value in cluster_settings.items():
        setattr(p.clusters, key, value)
    return p
