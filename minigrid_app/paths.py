"""Where the program finds its bundled resources.

Works for a source checkout (editable install), an installed wheel that carries
``resources/`` next to the package, and a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """Folder holding defaults, examples, templates, icons and translations."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and (Path(frozen) / "resources" / "defaults.toml").is_file():
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent  # the bundle's folder needs no resolving (a few ms at start)
    for candidate in (here.parent / "resources", here / "resources"):
        if (candidate / "defaults.toml").is_file():
            return candidate
    raise FileNotFoundError("Minigrid resources folder not found (defaults.toml missing)")


def resource_path(*parts: str) -> Path:
    """Path of a file below the resources folder."""
    return resource_dir().joinpath(*parts)
