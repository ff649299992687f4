"""The bundled example projects (resources/examples; shown in README.md)."""

from __future__ import annotations

from pathlib import Path

from minigrid_app.core.model import Project
from minigrid_app.core.problems import Problem
from minigrid_app.io.projectfile import ProjectFileError, load_project
from minigrid_app.paths import resource_path

EXAMPLES = ("hofje-8", "straat-24", "twee-onder-een-kap-4")


def example_path(name: str) -> Path:
    if name not in EXAMPLES:
        raise ProjectFileError(
            Problem(
                f"Onbekend voorbeeld '{name}'. Kies uit: {', '.join(EXAMPLES)}.",
                f"Unknown example '{name}'. Choose from: {', '.join(EXAMPLES)}.",
            )
        )
    return resource_path("examples", f"{name}.minigrid")


def load_example(name: str) -> Project:
    """A fresh copy of a bundled example project."""
    result = load_project(example_path(name))
    if result.project is None:
        raise ProjectFileError(result.problems[0])
    return result.project
