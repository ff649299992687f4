"""Allow ``python -m minigrid_app``."""

from minigrid_app.cli import main

raise SystemExit(main())
