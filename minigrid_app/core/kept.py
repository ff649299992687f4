"""What the engine keeps by its inputs: the most recently asked entries, thread-safe.

The window's engine computes on a worker thread while the evening pack or a what-if computes on
another; a kept street or field is read by both (:mod:`.fieldsizing`, :mod:`.streetsizing`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Any


class Kept:
    """Values by key, the ``most`` asked last kept (the least recently asked goes first).

    ``hits``: how many times :meth:`get` found its key (tests read it).
    """

    def __init__(self, most: int) -> None:
        self.most = most
        self.found: OrderedDict[Hashable, Any] = OrderedDict()
        self.hits = 0
        self.lock = threading.Lock()

    def get(self, key: Hashable) -> Any | None:
        """The value kept for ``key``, None when there is none."""
        with self.lock:
            found = self.found.get(key)
            if found is not None:
                self.found.move_to_end(key)
                self.hits += 1
            return found

    def put(self, key: Hashable, value: Any) -> None:
        """Keep ``value`` for ``key``; the least recently asked go beyond :attr:`most`."""
        with self.lock:
            self.found[key] = value
            while len(self.found) > self.most:
                self.found.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.found.clear()
