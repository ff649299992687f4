"""Write the shipped g-function tables (resources/gfunctions/gfunctions-v1.npz) with pygfunction.

Usage::

    .venv/bin/python scripts/make_gfunction_tables.py [--out PATH] [--work DIR]

For every standard layout (a line of 1-12 boreholes; two rows of 2-6; 3 × 3; 3 × 4) and every
node of the depth grid (10 m × 1.25^k up to ~440 m) and spacing grid (3 m × 1.3^k up to
~32 m), pygfunction computes the g-function (uniform borehole wall temperature) on the ln τ
grid of :mod:`minigrid_app.core.gfunctions`, for the default borehole radius (0.065 m) and
buried depth (1 m). About 3 300 pygfunction calls: ~25 minutes on one core. The work folder
keeps each finished layout, so an interrupted run continues where it stopped.

The file records the table version, the grids, the pygfunction version and the date;
``tests/core/test_gfunction_tables.py`` compares it with direct pygfunction results.
"""

from __future__ import annotations

import argparse
import datetime
import math
import sys
import time
from importlib.metadata import version
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minigrid_app.core import gfunctions  # noqa: E402

DEPTH_NODES = 18  # 10 m … 444 m
SPACING_START_M = 3.0
SPACING_RATIO = 1.3
SPACING_NODES = 10  # 3 m … 31.8 m
RADIUS_M = 0.065
BURIED_DEPTH_M = 1.0


def layouts() -> dict[str, tuple[int, int]]:
    """Table key → (rows, columns)."""
    found = {f"line-{n}": (1, n) for n in range(1, 13)}
    for columns in range(2, 7):
        found[f"rows-2x{columns}"] = (2, columns)
    found["rows-3x3"] = (3, 3)
    found["rows-3x4"] = (3, 4)
    return found


def depth_nodes() -> np.ndarray:
    return gfunctions.DEPTH_NODE_START_M * gfunctions.DEPTH_NODE_RATIO ** np.arange(DEPTH_NODES)


def spacing_nodes() -> np.ndarray:
    return SPACING_START_M * SPACING_RATIO ** np.arange(SPACING_NODES)


def compute_layout(rows: int, columns: int) -> np.ndarray:
    spacings = spacing_nodes() if rows * columns > 1 else spacing_nodes()[:1]
    values = np.zeros((DEPTH_NODES, len(spacings), gfunctions.LN_TAU_COUNT))
    for j, spacing in enumerate(spacings):
        geometry = gfunctions.grid(rows, columns, float(spacing), RADIUS_M, BURIED_DEPTH_M)
        for i, depth in enumerate(depth_nodes()):
            values[i, j] = gfunctions.pygfunction_row(geometry, float(depth))
    return values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "resources" / "gfunctions" / f"gfunctions-v{gfunctions.TABLE_VERSION}.npz"))
    parser.add_argument("--work", default=str(ROOT / "build" / "gfunction-tables"))
    parser.add_argument("--reverse", action="store_true", help="compute the layouts last to first (a second process)")
    args = parser.parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, np.ndarray] = {}
    order = list(layouts().items())
    for key, (rows, columns) in reversed(order) if args.reverse else order:
        part = work / f"{key}.npy"
        if part.exists():
            values = np.load(part)
        else:
            started = time.perf_counter()
            values = compute_layout(rows, columns)
            np.save(part, values)
            print(f"{key}: {time.perf_counter() - started:.0f} s", flush=True)
        arrays[f"values/{key}"] = values.astype(np.float32)
    arrays["version"] = np.array(gfunctions.TABLE_VERSION)
    arrays["ln_tau"] = np.array([gfunctions.LN_TAU_START, gfunctions.LN_TAU_STEP, gfunctions.LN_TAU_COUNT], dtype=float)
    arrays["ln_depth"] = np.array([math.log(gfunctions.DEPTH_NODE_START_M), math.log(gfunctions.DEPTH_NODE_RATIO)])
    arrays["ln_spacing"] = np.array([math.log(SPACING_START_M), math.log(SPACING_RATIO)])
    arrays["borehole"] = np.array([RADIUS_M, BURIED_DEPTH_M])
    arrays["generator"] = np.array(
        f"pygfunction {version('pygfunction')}, UBWT, {datetime.date.today().isoformat()}, "
        "scripts/make_gfunction_tables.py"
    )
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arrays)
    print(f"wrote {out} ({out.stat().st_size / 1024:.0f} kB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
