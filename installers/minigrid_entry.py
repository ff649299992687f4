"""Entry point of the frozen program (PyInstaller): the same as ``python -m minigrid_app``.

Without arguments it opens the window; with a sub-command (``selftest``, ``compute``,
``export``, ``intent``, ...) it works on the command line, printing to the terminal.
"""

import multiprocessing
import sys

from minigrid_app.cli import main

if __name__ == "__main__":
    # A frozen program that starts worker processes must let them through here first.
    multiprocessing.freeze_support()
    sys.exit(main())
