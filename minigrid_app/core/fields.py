"""Old name of :mod:`minigrid_app.core.fieldsizing` (kept importable until every caller has moved)."""

from minigrid_app.core.fieldsizing import clear_cache, ground_parameters, home_heat, size  # noqa: F401
