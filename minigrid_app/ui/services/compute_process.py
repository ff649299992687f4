"""The business case computed in a separate process, so the window never waits for it.

The engine is pure Python. Computed on a thread of the program itself, it holds the
interpreter lock most of the time, and every call from Qt into Python on the GUI thread (a
table cell, a paint) then waits for that lock: the window stutters while a street is being
computed. In a process of its own the engine has its own interpreter; the GUI thread only
unpickles the results (a few milliseconds).

One long-lived worker process keeps the borefield g-function cache warm between edits. It
is started with "spawn" (safe with Qt's threads; works in the frozen program, whose entry
calls ``multiprocessing.freeze_support()``). Progress comes back through a queue. If the
process cannot be used (it failed to start or died), the calculation runs on the calling
thread as before: slower for the window, never wrong.

A calculation nobody waits for any more stops in the worker too: when the caller's progress
report raises (the window asked its work to stop: the project changed meanwhile), the
worker is told through a shared number and stops at its own next progress report, so the
next calculation does not queue behind it.

No Qt here: the worker process imports only the engine.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

_lock = threading.Lock()
_executor: ProcessPoolExecutor | None = None
_progress_queue = None
#: the token of the calculation the worker is to stop (shared with the worker process)
_stop_token = None
_broken = False

# ---------------------------------------------------------------- in the worker process

_worker_queue = None
_worker_stop = None


class ComputeStopped(Exception):
    """The worker stopped a calculation its caller no longer waits for."""


def _initialise(progress_queue, stop_token=None) -> None:
    global _worker_queue, _worker_stop
    from minigrid_app.io.defaults import install_bundled_defaults

    _worker_queue, _worker_stop = progress_queue, stop_token
    install_bundled_defaults()  # importing minigrid_app.io also hands the engine its g-function tables
    # leave with the program: should it end without saying goodbye (a crash, a kill), the
    # worker would otherwise linger, holding its memory and the terminal's output
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with_parent, args=(parent.sentinel,), daemon=True).start()


def _exit_with_parent(sentinel) -> None:
    import os
    from multiprocessing.connection import wait

    wait([sentinel])
    os._exit(0)


def _warm_up() -> bool:
    """Import the engine (numpy, scipy, pygfunction) before the first real calculation."""
    import minigrid_app.core.analysis  # noqa: F401

    return True


def _compute(project, options: dict, token: int):
    from minigrid_app.core.analysis import compute_project

    def report(fraction: float, text: str) -> None:
        if _worker_stop is not None and _worker_stop.value == token:
            raise ComputeStopped(token)
        if _worker_queue is not None:
            _worker_queue.put((token, fraction, text))

    return compute_project(project, progress=report, **options)


# ---------------------------------------------------------------- in the program


def _pool() -> tuple[ProcessPoolExecutor, object, object] | None:
    """The worker process, its progress queue and its stop token (None: the process cannot be used).

    A caller keeps the three it was given: :func:`shutdown` lets go of the module's references."""
    global _executor, _progress_queue, _stop_token
    with _lock:
        if _broken:
            return None
        if _executor is None:
            context = multiprocessing.get_context("spawn")
            _progress_queue = context.Queue()
            _stop_token = context.Value("q", 0, lock=False)  # one writer (the caller), one reader
            _executor = ProcessPoolExecutor(
                max_workers=1, mp_context=context, initializer=_initialise, initargs=(_progress_queue, _stop_token)
            )
        return _executor, _progress_queue, _stop_token


def warm_up() -> None:
    """Start the worker process and load the engine in it, without waiting."""
    worker = _pool()
    if worker is not None:
        worker[0].submit(_warm_up)


_tokens = iter(range(1, 1 << 62))


def compute(project, progress: Callable[[float, str], None] | None = None, **options):
    """``compute_project(project, **options)`` in the worker process; called from a worker thread.

    Blocks the calling (non-GUI) thread until the results arrive, passing progress on.
    Falls back to computing on the calling thread when the process cannot be used.

    Raises
    ------
    Exception
        Whatever ``progress`` raises (a stop asked by the window), after telling the worker to
        stop this calculation too.
    """
    global _broken
    report = progress or (lambda fraction, text: None)
    worker = _pool()
    if worker is not None:
        pool, progress_queue, stop_token = worker
        with _lock:
            token = next(_tokens)
        stopped: BaseException | None = None
        try:
            future = pool.submit(_compute, project, options, token)
            while True:
                try:
                    item = progress_queue.get(timeout=0.05)
                except queue.Empty:
                    if future.done():
                        break
                    continue
                if item[0] == token:
                    try:
                        report(item[1], item[2])
                    except BaseException as exc:  # noqa: BLE001 - the caller's own stop: raised below
                        stopped = exc
                        break
            if stopped is None:
                return future.result()
        except Exception:  # noqa: BLE001 - a broken process or pickling problem: compute here instead
            with _lock:
                _broken = True
        if stopped is not None:
            stop_token.value = token  # the worker stops at its next progress report
            raise stopped
    from minigrid_app.core.analysis import compute_project

    return compute_project(project, progress=report, **options)


def shutdown() -> None:
    """Stop the worker process (at program exit) and let go of its queues and shared number.

    Waits for the worker to end: a calculation it is running stops at its next progress report
    once its caller stopped (the window stops its work before it closes). The pool's queues and
    the progress queue hold named semaphores; once nothing refers to them they are unlinked and
    struck off the resource tracker's list. Kept until the interpreter's own exit, they were left
    behind when the program did not end through it (ended by a signal: 'resource_tracker: There
    appear to be 8 leaked semaphore objects to clean up at shutdown').
    """
    global _executor, _progress_queue, _stop_token
    with _lock:
        executor, _executor = _executor, None
        _progress_queue = _stop_token = None  # a caller still waiting holds its own references
    if executor is not None:
        executor.shutdown(wait=True, cancel_futures=True)  # drops the pool's queues once the worker ended
