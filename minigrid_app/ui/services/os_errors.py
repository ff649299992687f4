"""Moved to :mod:`minigrid_app.io.os_errors` (the command line needs the same sentences)."""

from minigrid_app.io.os_errors import (  # noqa: F401
    export_failed,
    os_error_in,
    plain_reason,
    read_failed,
    save_failed,
    write_failed,
)
