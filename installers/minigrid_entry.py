"""Entry point of the frozen program (PyInstaller): the same as ``python -m minigrid_app``.

Without arguments it opens the window; with a sub-command (``selftest``, ``compute``,
``export``, ``intent``, ...) it works on the command line, printing to the terminal.
"""

import gc
import os
import sys
from pathlib import Path

from minigrid_app import APP_NAME, __version__
from minigrid_app.__main__ import run


def user_cache_dir() -> Path:
    """The per-user cache folder of the program (no Qt yet: it is not imported at this point)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / APP_NAME / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_NAME


def keep_matplotlib_font_cache() -> None:
    """Give matplotlib a configuration folder that keeps its font cache between starts.

    PyInstaller's matplotlib run-time hook would point ``MPLCONFIGDIR`` at a new temporary
    folder on every start (needed for one-file builds, which unpack to a new place each time),
    so matplotlib would scan every system font at each start: seconds before the first chart.
    A one-folder install stays put, so the cache lives in the user's cache folder; the spec
    leaves that hook out (it made and removed its folder at every start for nothing). When the
    folder moves anyway, matplotlib notices the missing font files and rebuilds it. Only where
    the cache folder cannot be written (a read-only home) does a temporary folder serve, as
    the hook's did, removed at exit.
    """
    folder = user_cache_dir() / f"matplotlib-{__version__}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        writable = os.access(folder, os.W_OK)
    except OSError:
        writable = False
    if writable:
        os.environ["MPLCONFIGDIR"] = str(folder)
        return
    import atexit
    import shutil
    import tempfile

    try:
        temporary = tempfile.mkdtemp(prefix="minigrid-matplotlib-")
    except OSError:
        return  # matplotlib then finds a folder of its own, or works without a cache
    os.environ["MPLCONFIGDIR"] = temporary
    atexit.register(shutil.rmtree, temporary, ignore_errors=True)


def started_by_multiprocessing(argv: list[str]) -> bool:
    """True when this process may be one that multiprocessing started from the program.

    A frozen program's worker is started as ``Minigrid --multiprocessing-fork ...`` and its
    helpers (resource tracker, fork server) as ``Minigrid ... -c "from multiprocessing..."``:
    only then has ``multiprocessing.freeze_support()`` anything to do. Any other start leaves
    multiprocessing unimported until the program needs it (the window starts its engine's
    process after its first paint; installers/pyi_rth_deferred.py patches it on that import).
    """
    return argv[1:2] == ["--multiprocessing-fork"] or "-c" in argv


if __name__ == "__main__":
    gc.enable()  # paused while the run-time hooks imported Qt (installers/pyi_rth_gc_paused.py)
    # A frozen program that starts worker processes must let them through here first.
    if started_by_multiprocessing(sys.argv):
        import multiprocessing

        multiprocessing.freeze_support()
    if getattr(sys, "frozen", False):
        keep_matplotlib_font_cache()
    sys.exit(run())
