"""Allow ``python -m minigrid_app``."""

from minigrid_app.cli import main

# guarded: a calculation process started with "spawn" imports this module again
if __name__ == "__main__":
    raise SystemExit(main())
