"""Old home of the business case; kept so existing imports keep working.

The orchestrator is :mod:`minigrid_app.core.analysis`, the result dataclasses are in
:mod:`minigrid_app.core.results`, a borefield's costs in :mod:`minigrid_app.core.field_costs`.
Import from those; this module goes once nothing imports it any more.
"""

from minigrid_app.core.analysis import BREAK_EVEN_LOWER_M3, compute_project, resolve_parameters
from minigrid_app.core.field_costs import own_field_lines
from minigrid_app.core.results import (
    ClusterResult,
    FieldResult,
    GroupResult,
    HouseholdResult,
    ProjectResults,
    Sensitivity,
    SensitivityBar,
    VariantTotals,
)
from minigrid_app.core.variant import GROUND_VARIANTS

__all__ = [
    "BREAK_EVEN_LOWER_M3",
    "GROUND_VARIANTS",
    "ClusterResult",
    "FieldResult",
    "GroupResult",
    "HouseholdResult",
    "ProjectResults",
    "Sensitivity",
    "SensitivityBar",
    "VariantTotals",
    "compute_project",
    "own_field_lines",
    "resolve_parameters",
]
