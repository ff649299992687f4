"""Allow ``python -m minigrid_app``; :func:`run` is the program as a process (the frozen program starts it too)."""

import gc
import sys

from minigrid_app.cli import COMMANDS, main


def run(argv: list[str] | None = None) -> int:
    """:func:`minigrid_app.cli.main`, ended as a process ends.

    A command (``minigrid intent``, ``compute``, ...) leaves a large heap behind: the engine,
    its results, matplotlib, Qt. At exit Python's collections go through all of it once more, to
    free memory the process gives back whole anyway (a quarter of a second of ``minigrid
    intent``'s CPU time, issue 16); frozen first (:func:`gc.freeze`), they pass it by. Objects
    left in reference cycles are then not finalized at exit (the command has closed its files;
    Python's exit functions still run). The window's end is left as it was.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    code = main(argv)
    if argv and (argv[0] in COMMANDS or (len(argv) > 2 and argv[0] == "--lang" and argv[2] in COMMANDS)):
        gc.freeze()
    return code


# guarded: a calculation process started with "spawn" imports this module again
if __name__ == "__main__":
    raise SystemExit(run())
