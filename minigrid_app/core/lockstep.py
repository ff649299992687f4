"""Many independent searches that size fields, advanced together so that their margins are asked together.

The break-even search (method.md#break-even) sizes a field again at every trial gas use, one home
and variant at a time: hundreds of searches in a street, each asking a few dozen margins of its
field, most of them one at a time (a depth search's step), and one margin alone costs some four
times what it costs among fifty (numpy's overhead per call: the g-function's interpolation and
transforms, the superposition). :func:`each_together` calls every search; a search that sizes a
field (:func:`.borefield.size_field`) stops there (:class:`Suspended`) and its sizing waits, as a
generator (:func:`.borefield.size_field_steps`), until every search is waiting; then the sizings
are advanced together, their requests answered in one superposition per ground
(:func:`answer_together`, :func:`.fieldmodel.margins_across`), and the searches called again:
a search's earlier steps give what they gave (the search remembers its trials), and the sizing it
stopped at is handed back. Each margin is the same in any batch, each search asks the same
margins in the same order, so every result is the same to the last bit as one search after the
other (``tests/core/test_lockstep.py``; ``minigrid compute --json`` byte for byte).

A task may stop at a whole street's sizing as well (:func:`.streetsizing.size_street`, a
generator whose fields ask their margins together: it yields a list of requests and is given
the list of their margins, :func:`side_by_side`): the signature curve's points
(:func:`.signatures.compute_signature_curves`) each lay out and size a street, all of them side
by side. Fields that several streets of one :func:`drive` size alike are sized once
(:data:`DRIVE`'s ``under_way``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any

import numpy as np

from minigrid_app.core.depthsearch import answered
from minigrid_app.core.fieldmodel import _sharing, margins_across

#: The most margins :func:`answer_together` works out in one superposition (larger batches save
#: little more and take more memory: a pair's transforms hold some 24 kB).
BATCH_PAIRS = 128


#: False: :func:`each_together` calls the tasks one after the other (the same results; to compare).
TOGETHER = True
#: The most tasks :func:`each_together` has under way at once: each waiting sizing holds its field's
#: model and design search (some 100 kB); 96 ask some 400 margins a step, about as cheap per margin
#: as all of a 200-home street's 600 searches at once, for a tenth of the memory.
TASKS_AT_ONCE = 96


class Suspended(BaseException):
    """A search stopped at a field's sizing, to be called again when it is done (a BaseException:
    no ``except Exception`` on the way up takes it for an error)."""


class _Session(threading.local):
    """The searches of :func:`each_together` in this thread: the one being called, the sizings
    that wait (search → its homes and generator) and the sizings done (search → homes and sizing)."""

    def __init__(self) -> None:
        self.active = False
        self.current: Hashable | None = None
        self.waiting: dict[Hashable, tuple[tuple, Any]] = {}
        self.done: dict[Hashable, tuple[tuple, Any]] = {}

    def size_field(self, homes, steps: Callable[[], Any]):
        """The sizing of the current search's field (or street: ``homes`` its requests, ``steps``
        a generator of lists of requests): done (its homes the same), else stop the search."""
        found = self.done.pop(self.current, None)
        if found is not None:
            if found[0] != tuple(homes):
                raise RuntimeError("a search asked another field than the one sized for it")
            return found[1]
        self.waiting[self.current] = (tuple(homes), steps())
        raise Suspended


SESSION = _Session()


class _Drive(threading.local):
    """The generators advanced together in this thread (:func:`drive`): how deep in drives, and
    what is under way in them (a field sized alone by one street that others wait for,
    :func:`.streetsizing.size_street_steps`), forgotten when the outermost drive ends."""

    def __init__(self) -> None:
        self.depth = 0
        self.under_way: dict[Hashable, bool] = {}


DRIVE = _Drive()


def each_together(
    tasks: dict[Hashable, Callable[[], Any]], progress: Callable[[int, int], None] | None = None, at_once: int = 0
) -> dict:
    """Every task's result (task → what it returns), the fields they size sized together.

    A task must give the same result when called again after a :class:`Suspended` (remembering
    what it worked out is up to it). ``progress(done, total)`` is called after every round.
    ``at_once``: the most tasks under way at once (default :data:`TASKS_AT_ONCE`).
    """
    if not TOGETHER or SESSION.active:  # one after the other (within another's: as without)
        return {key: task() for key, task in tasks.items()}
    results: dict[Hashable, Any] = {}
    queue = iter(tasks.items())
    waiting: dict[Hashable, Callable[[], Any]] = {}
    SESSION.active = True
    try:
        while True:
            while len(waiting) < (at_once or TASKS_AT_ONCE):  # a task that ends makes room for the next
                item = next(queue, None)
                if item is None:
                    break
                waiting[item[0]] = item[1]
            if not waiting:
                break
            for key, task in list(waiting.items()):
                SESSION.current = key
                try:
                    results[key] = task()
                except Suspended:
                    continue
                del waiting[key]
            sizings, SESSION.waiting = SESSION.waiting, {}
            for key, value in finish_together({key: steps for key, (_, steps) in sizings.items()}).items():
                SESSION.done[key] = (sizings[key][0], value)
            if progress is not None:
                progress(len(results), len(tasks))
    finally:
        SESSION.active, SESSION.current, SESSION.waiting, SESSION.done = False, None, {}, {}
    return results


def finish_together(generators: dict[Hashable, Any]) -> dict:
    """What each generator returns, all advanced together: their requests (``(designer, layouts,
    depths)``, :meth:`.fielddesign.Designer._margins_steps`, or a list of them) answered by
    :func:`answer_together`."""
    return drive(side_by_side(generators))


def drive(steps, answer_all: Callable[[list], list] | None = None):
    """What the generator ``steps`` returns, its lists of requests answered by ``answer_all``
    (default :func:`answer_together`); what is under way in it forgotten at the end."""
    DRIVE.depth += 1
    try:
        return answered(steps, answer_all or answer_together)
    finally:
        DRIVE.depth -= 1
        if not DRIVE.depth:
            DRIVE.under_way.clear()


def side_by_side(generators: dict[Hashable, Any]):
    """As a generator: what each generator returns (key → value), all advanced together.

    Each generator yields a request or a list of requests (a street's fields); this one yields
    the list of all of them and sends each generator its answer (a list for a list)."""
    finished: dict[Hashable, Any] = {}
    asking: dict[Hashable, Any] = {}
    for key, steps in generators.items():
        try:
            asking[key] = next(steps)
        except StopIteration as stop:
            finished[key] = stop.value
    while asking:
        requests: list = []
        spans = {}
        for key, asked in asking.items():
            many = isinstance(asked, list)
            spans[key] = (len(requests), many)
            if many:
                requests.extend(asked)
            else:
                requests.append(asked)
        answers = yield requests
        next_asking = {}
        for key, (start, many) in spans.items():
            found = answers[start : start + len(asking[key])] if many else answers[start]
            try:
                next_asking[key] = generators[key].send(found)
            except StopIteration as stop:
                finished[key] = stop.value
        asking = next_asking
    return finished


def answer(request: tuple) -> np.ndarray:
    """One request answered at once (:meth:`.fielddesign.Designer._margins`): a search alone."""
    designer, layouts, depths = request
    return designer._margins(layouts, depths)


def answer_together(requests: list[tuple]) -> list[np.ndarray]:
    """The margins of each request ``(designer, layouts, depths)`` (as :meth:`.fielddesign.Designer._margins`
    gives them, remembered by each designer), the missing ones of all in a few superpositions."""
    plans = [designer._missing(layouts, depths) for designer, layouts, depths in requests]
    groups: dict[tuple, list[tuple]] = {}
    for (designer, layouts, _), (keys, missing, _, _) in zip(requests, plans, strict=True):
        model = designer.model
        for i in missing:
            groups.setdefault(_sharing(model), []).append((designer, keys[i], designer.geometry(*layouts[i])))
    for pairs in groups.values():
        for start in range(0, len(pairs), BATCH_PAIRS):
            batch = pairs[start : start + BATCH_PAIRS]
            found = margins_across(
                [designer.model for designer, _, _ in batch], [geometry for _, _, geometry in batch],
                [key[3] for _, key, _ in batch],
            )
            for (designer, key, _), value in zip(batch, found.tolist(), strict=True):
                designer.known[key] = value
    return [designer._found(keys, ones, copies) for (designer, _, _), (keys, _, ones, copies) in zip(requests, plans, strict=True)]

