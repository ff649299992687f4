"""Reading the default figures (``resources/defaults.toml``) and handing them to the engine.

The engine (:mod:`minigrid_app.core.parameters`) validates the figures but reads no files;
this module reads them. Entry points (the command line, the compute process) call
:func:`install_bundled_defaults` once; tests may install or pass figures of their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from minigrid_app.core.parameters import (
    DefaultsError,
    Parameter,
    default_parameters,
    defaults_installed,
    install_defaults,
    parse_defaults,
)
from minigrid_app.paths import resource_path


def load_defaults(path: str | Path | None = None) -> dict[str, Parameter]:
    """Read and validate a defaults file (the bundled one when ``path`` is None).

    Raises
    ------
    DefaultsError
        When the file is missing, unreadable or any entry is malformed.
    """
    import tomllib  # when the figures are first needed (the window reads them after its first paint)

    if path is None:
        path = resource_path("defaults.toml")
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DefaultsError(f"cannot read defaults file {path}: {exc}") from exc
    return parse_defaults(data, str(path))


@lru_cache(maxsize=1)
def bundled_defaults() -> dict[str, Parameter]:
    """The bundled defaults, read once."""
    return load_defaults()


def install_bundled_defaults() -> None:
    """Make the bundled defaults the engine's (read on first use, then kept)."""
    install_defaults(bundled_defaults)


def engine_defaults() -> Mapping[str, Parameter]:
    """The engine's default figures; the bundled ones are installed first when none are.

    For io code that needs figures (a project file checks its overrides against them)
    whoever called it: the program, a test, a script.
    """
    if not defaults_installed():
        install_bundled_defaults()
    return default_parameters()
