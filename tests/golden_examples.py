"""Golden results of the bundled examples, computed with pinned default figures.

The files under ``tests/data/golden/`` are the full ``compute --json`` results of the
frozen v1 projects in ``tests/data/v1/`` with the default figures of
``tests/data/defaults-pinned.toml``. A refactoring must leave them unchanged; a change of
method changes them on purpose, and the commit that does so regenerates them with

    .venv/bin/python -m tests.golden_examples

and says in its message which figures moved and why.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "golden"
FROZEN = DATA / "v1"
PINNED_DEFAULTS = DATA / "defaults-pinned.toml"
EXAMPLES = ("hofje-8", "straat-24", "twee-onder-een-kap-4")
# keys whose value depends on when or with which build the results were made
VOLATILE = {"app_version", "computed", "generated"}


def compute_golden(name: str) -> dict:
    """The results of a frozen example with the pinned defaults, as the JSON contract."""
    from minigrid_app.core.analysis import compute_project, resolve_parameters
    from minigrid_app.io.projectfile import load_project
    from minigrid_app.io.results_json import results_to_json

    loaded = load_project(FROZEN / f"{name}.minigrid")
    assert loaded.project is not None, loaded.problems
    params, problems = resolve_parameters(loaded.project, pinned_defaults())
    assert not problems, problems
    return json.loads(results_to_json(compute_project(loaded.project, params)))


def pinned_defaults():
    """The default figures of ``tests/data/defaults-pinned.toml`` (stable whatever defaults.toml says)."""
    from minigrid_app.io.defaults import load_defaults

    return load_defaults(PINNED_DEFAULTS)


def differences(expected, actual, path: str = "", rel: float = 1e-6, abs_tol: float = 1e-6) -> list[str]:
    """Every place where two JSON trees differ beyond the tolerance (floats)."""
    found: list[str] = []
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in sorted(set(expected) | set(actual)):
            if key in VOLATILE:
                continue
            if key not in actual:
                found.append(f"{path}/{key}: missing")
            elif key not in expected:
                found.append(f"{path}/{key}: new")
            else:
                found += differences(expected[key], actual[key], f"{path}/{key}", rel, abs_tol)
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            found.append(f"{path}: length {len(expected)} → {len(actual)}")
        for index, (a, b) in enumerate(zip(expected, actual, strict=False)):
            found += differences(a, b, f"{path}[{index}]", rel, abs_tol)
    elif isinstance(expected, bool) or isinstance(actual, bool):
        if expected != actual:
            found.append(f"{path}: {expected!r} → {actual!r}")
    elif isinstance(expected, int | float) and isinstance(actual, int | float):
        if not math.isclose(expected, actual, rel_tol=rel, abs_tol=abs_tol):
            found.append(f"{path}: {expected!r} → {actual!r}")
    elif expected != actual:
        found.append(f"{path}: {expected!r} → {actual!r}")
    return found


def regenerate() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name in EXAMPLES:
        data = compute_golden(name)
        (GOLDEN / f"{name}.json").write_text(
            json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"wrote {GOLDEN / f'{name}.json'}")


if __name__ == "__main__":
    regenerate()
