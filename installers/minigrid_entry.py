"""Entry point of the frozen program (PyInstaller): the same as ``python -m minigrid_app``.

Without arguments it opens the window; with a sub-command (``selftest``, ``compute``,
``export``, ``intent``, ...) it works on the command line, printing to the terminal.
"""

import multiprocessing
import os
import sys
from pathlib import Path

from minigrid_app import APP_NAME, __version__
from minigrid_app.cli import main


def user_cache_dir() -> Path:
    """The per-user cache folder of the program (no Qt yet: it is not imported at this point)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / APP_NAME / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_NAME


def keep_matplotlib_font_cache() -> None:
    """Let matplotlib keep its font cache between starts.

    PyInstaller's matplotlib run-time hook points ``MPLCONFIGDIR`` at a new temporary folder
    on every start (needed for one-file builds, which unpack to a new place each time), so
    matplotlib would scan every system font at each start: seconds before the window shows.
    A one-folder install stays put, so the cache can live in the user's cache folder. When
    the folder moves anyway, matplotlib notices the missing font files and rebuilds it.
    """
    folder = user_cache_dir() / f"matplotlib-{__version__}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # read-only home: keep the temporary folder
    if os.access(folder, os.W_OK):
        os.environ["MPLCONFIGDIR"] = str(folder)


if __name__ == "__main__":
    # A frozen program that starts worker processes must let them through here first.
    multiprocessing.freeze_support()
    if getattr(sys, "frozen", False):
        keep_matplotlib_font_cache()
    sys.exit(main())
