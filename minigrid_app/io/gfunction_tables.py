"""The shipped g-function tables (``resources/gfunctions/gfunctions-v1.npz``) for the engine.

The engine (:mod:`minigrid_app.core.gfunctions`) reads no files; this module hands it the
tables. :func:`install` registers a loader that runs the first time a g-function is needed,
so importing the program costs nothing: numpy and the engine are imported only when the
tables are read (the window imports the io layer at start; its compute process sizes). A
missing or unreadable file, or one of another version, is not an error: the engine then
computes every g-function with pygfunction (slower, same results).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigrid_app.core import gtable_source
from minigrid_app.paths import resource_path

if TYPE_CHECKING:
    from minigrid_app.core import gfunctions


def table_path():
    from minigrid_app.core import gfunctions

    return resource_path("gfunctions", f"gfunctions-v{gfunctions.TABLE_VERSION}.npz")


def load_tables(path=None) -> dict[str, gfunctions.GTable]:
    """Read the tables; an empty mapping when the file is missing, damaged or of another version."""
    import zipfile  # here, with numpy: importing the io package (every command, the window) stays light

    import numpy as np

    from minigrid_app.core import gfunctions

    try:
        with np.load(path or table_path(), allow_pickle=False) as data:
            if int(data["version"]) != gfunctions.TABLE_VERSION:
                return {}
            start, step, count = (float(v) for v in data["ln_tau"])
            if (start, step, int(count)) != (gfunctions.LN_TAU_START, gfunctions.LN_TAU_STEP, gfunctions.LN_TAU_COUNT):
                return {}
            ln_depth = data["ln_depth"]
            ln_spacing = data["ln_spacing"]
            radius, buried = (float(v) for v in data["borehole"])
            tables = {}
            for name in data.files:
                if not name.startswith("values/"):
                    continue
                key = name.split("/", 1)[1]
                tables[key] = gfunctions.GTable(
                    key=key,
                    ln_depth_start=float(ln_depth[0]),
                    ln_depth_step=float(ln_depth[1]),
                    ln_spacing_start=float(ln_spacing[0]),
                    ln_spacing_step=float(ln_spacing[1]),
                    values=np.asarray(data[name], dtype=float),
                    radius_m=radius,
                    buried_depth_m=buried,
                )
            return tables
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return {}


def install(bank: gfunctions.GFunctionBank | None = None) -> None:
    """Let ``bank`` (the engine's own by default) load the tables when it first needs them."""
    if bank is None:
        gtable_source.install(load_tables)
    else:
        bank.use_tables(load_tables)
