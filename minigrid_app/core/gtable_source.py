"""Where the engine's shipped g-function tables come from (numpy-free on purpose).

The engine reads no files: the io layer installs a loader (:func:`install`, done by importing
:mod:`minigrid_app.io`) and :mod:`minigrid_app.core.gfunctions` hands it to its bank, whether
the engine is imported before or after (:func:`subscribe`). Kept apart from the engine so
that the window can import the io layer at start without loading numpy and the engine,
which its own compute process loads (issue 16).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Loader = Callable[[], Mapping[str, Any]]

_loader: Loader | None = None
_subscribers: list[Callable[[Loader], None]] = []


def install(loader: Loader) -> None:
    """Make ``loader`` (called when a table is first needed) the source of the shipped tables."""
    global _loader
    _loader = loader
    for use in _subscribers:
        use(loader)


def subscribe(use: Callable[[Loader], None]) -> None:
    """Call ``use(loader)`` with the installed loader now (if any) and on every later install."""
    _subscribers.append(use)
    if _loader is not None:
        use(_loader)
